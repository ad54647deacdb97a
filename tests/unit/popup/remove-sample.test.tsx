// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/options/DataSection';
import type { Messenger } from '../../../utils/messaging';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => act(() => root?.unmount()));

function render() {
  const request = vi.fn(async () => ({ ok: true as const, removed: 12 })) as unknown as Messenger & ReturnType<typeof vi.fn>;
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(<DataSection request={request} reload={() => undefined} requestOrigin={async () => false} />));
  const click = (testId: string) => act(() => (container.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement).click());
  return { container, request, click };
}

describe('Remove sample data', () => {
  it('asks first, and removes nothing until confirmed', async () => {
    const { container, request, click } = render();
    click('sample-remove');
    expect(request).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid="sample-remove-confirm"]')?.textContent).toContain('Your own records stay');

    click('sample-remove-no');
    expect(container.querySelector('[data-testid="sample-remove-confirm"]')).toBeNull();
    expect(request).not.toHaveBeenCalled();

    click('sample-remove');
    await act(async () => click('sample-remove-yes'));
    expect(request).toHaveBeenCalledWith('sample/remove', {});
  });
});
