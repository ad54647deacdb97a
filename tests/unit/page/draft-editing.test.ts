// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { occurrenceBefore, selectPhrase } from '../../../utils/page/draft-editing';

describe('draft editing', () => {
  it('selects a phrase that spans several text nodes', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true">This is <b>completely</b> unacceptable, frankly.</div>';
    const range = selectPhrase(document.getElementById('e')!, 'completely unacceptable');
    expect(range?.toString()).toBe('completely unacceptable');
  });

  it('picks the requested occurrence and returns null when the phrase is gone', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><div>again and</div><div>again</div></div>';
    const editor = document.getElementById('e')!;
    const second = selectPhrase(editor, 'again', 1);
    expect(second?.startContainer.textContent).toBe('again');
    expect(selectPhrase(editor, 'again', 2)).toBeNull();
    expect(selectPhrase(editor, 'never said')).toBeNull();
  });

  it('counts earlier occurrences so the right one is replaced', () => {
    expect(occurrenceBefore('no, no, NO and no', 'no', 15)).toBe(2);
    expect(occurrenceBefore('no, no', 'no', 0)).toBe(0);
  });
});
