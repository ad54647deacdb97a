// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { onlyTrusted } from '../../../utils/page/trusted-event';

describe('onlyTrusted', () => {
  it("runs the action for the user's own event", () => {
    const ran: boolean[] = [];
    onlyTrusted(() => ran.push(true))({ isTrusted: true });
    expect(ran).toEqual([true]);
  });

  it('ignores a click a script made', () => {
    const ran: boolean[] = [];
    const button = document.createElement('button');
    button.addEventListener(
      'click',
      onlyTrusted(() => ran.push(true)),
    );
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(ran).toEqual([]);
  });
});
