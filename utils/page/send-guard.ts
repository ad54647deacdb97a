import type { ComposeBox, MailAdapter } from '../mail/adapter';

/** A node from any realm (the page's, a test DOM's). */
function isNode(target: EventTarget | null): target is Node {
  return typeof (target as Node | null)?.nodeType === 'number';
}

export interface SendGuardOptions {
  win: Window;
  adapter: MailAdapter;
  signal: AbortSignal;
  /** Synchronous and fast: decides while the event is still in flight. */
  shouldHold(draft: string, box: ComposeBox): boolean;
  /** Shows the warning; `send` sends exactly what was written, once. */
  onHold(box: ComposeBox, draft: string, send: () => void): void;
}

/**
 * Intercepts Send (click on the compose's Send control, or Ctrl/Cmd+Enter in
 * its editor) in the capture phase at the window, before the app's own
 * listeners. A calm draft is not touched at all; a held one is stopped and
 * handed to `onHold`. A failure here must never block sending: any error lets
 * the event through.
 */
export function guardSends(options: SendGuardOptions): void {
  const { win, adapter, signal } = options;
  const released = new WeakSet<Element>();

  const boxFor = (target: EventTarget | null): ComposeBox | undefined => {
    if (!isNode(target)) return undefined;
    return adapter.findComposeBoxes(win.document).find((box) => box.root.contains(target));
  };

  const intercept = (event: Event, box: ComposeBox) => {
    if (released.has(box.root)) {
      // "Send anyway": this one event goes through to the app.
      released.delete(box.root);
      return;
    }
    const draft = adapter.readDraft(box);
    if (!options.shouldHold(draft, box)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    options.onHold(box, draft, () => {
      const button = adapter.findSendButton(box);
      if (!button.ok) return;
      released.add(box.root);
      button.value.click();
    });
  };

  const onClick = (event: MouseEvent) => {
    try {
      const box = boxFor(event.target);
      if (!box) return;
      const button = adapter.findSendButton(box);
      if (!button.ok || !isNode(event.target) || !button.value.contains(event.target)) return;
      intercept(event, box);
    } catch (error) {
      console.warn('Bridgekeeper: send check failed; letting the send through', error);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    try {
      const box = boxFor(event.target);
      if (!box || !isNode(event.target) || !box.editor.contains(event.target)) return;
      intercept(event, box);
    } catch (error) {
      console.warn('Bridgekeeper: send check failed; letting the send through', error);
    }
  };

  win.addEventListener('click', onClick, { capture: true, signal });
  win.addEventListener('keydown', onKeyDown, { capture: true, signal });
}
