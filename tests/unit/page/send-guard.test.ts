// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComposeBox, MailAdapter } from '../../../utils/mail/adapter';
import { guardSends } from '../../../utils/page/send-guard';

/** A compose box with the same wiring as the fixtures: bubble-phase send listeners on the button and editor. */
function mountCompose(): { sent: string[]; editor: HTMLElement; button: HTMLElement } {
  document.body.innerHTML = `
    <div class="compose"><div class="editor" contenteditable="true">draft</div><div role="button" class="send">Send</div></div>`;
  const editor = document.querySelector<HTMLElement>('.editor')!;
  const button = document.querySelector<HTMLElement>('.send')!;
  const sent: string[] = [];
  button.addEventListener('click', () => sent.push(editor.textContent ?? ''));
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) sent.push(editor.textContent ?? '');
  });
  return { sent, editor, button };
}

const fakeAdapter: MailAdapter = {
  provider: 'gmail',
  matchesUrl: () => true,
  extractThread: () => ({ ok: false, what: 'thread', selectors: [], error: 'unused' }),
  findComposeBoxes: (doc) => [...doc.querySelectorAll('.compose')].map((root) => ({ root, editor: root.querySelector<HTMLElement>('.editor')! })),
  readCompose: () => ({ to: [], cc: [], subject: '', draftText: '' }),
  findSendButton: (box: ComposeBox) => {
    const button = box.root.querySelector<HTMLElement>('.send');
    return button ? { ok: true, value: button } : { ok: false, what: 'send', selectors: ['.send'], error: 'no send' };
  },
  readDraft: (box) => box.editor.textContent ?? '',
  readAccount: () => null,
  urlShowsThread: () => true,
};

describe('guardSends', () => {
  let controller: AbortController;
  let held: Array<{ draft: string; send: () => void }>;
  beforeEach(() => {
    controller = new AbortController();
    held = [];
  });
  afterEach(() => controller.abort());

  const start = (hold: (draft: string) => boolean) =>
    guardSends({
      win: window,
      adapter: fakeAdapter,
      signal: controller.signal,
      shouldHold: hold,
      onHold: (_box, draft, send) => held.push({ draft, send }),
    });

  it('lets a calm draft through untouched', () => {
    const { sent, button } = mountCompose();
    start(() => false);
    button.click();
    expect(sent).toEqual(['draft']);
    expect(held).toEqual([]);
  });

  it('holds a risky draft sent with the button, and "send anyway" sends it exactly once', () => {
    const { sent, button } = mountCompose();
    start(() => true);
    button.click();
    expect(sent).toEqual([]);
    expect(held.map((h) => h.draft)).toEqual(['draft']);
    held[0]!.send();
    expect(sent).toEqual(['draft']);
    button.click(); // the release was for one send only
    expect(sent).toEqual(['draft']);
    expect(held).toHaveLength(2);
  });

  it('holds Ctrl+Enter and Cmd+Enter in the editor', () => {
    const { sent, editor } = mountCompose();
    start(() => true);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    expect(sent).toEqual([]);
    expect(held).toHaveLength(2);
  });

  it('ignores plain Enter and clicks outside the Send control', () => {
    const { sent, editor } = mountCompose();
    start(() => true);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    editor.click();
    expect(held).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('lets the send through when the check itself fails', () => {
    const { sent, button } = mountCompose();
    start(() => {
      throw new Error('engine broke');
    });
    button.click();
    expect(sent).toEqual(['draft']);
  });

  it('stops intercepting once its signal is aborted', () => {
    const { sent, button } = mountCompose();
    start(() => true);
    controller.abort();
    button.click();
    expect(sent).toEqual(['draft']);
  });
});
