import type { ComposeBox } from './adapter';
import { closestOf, isHiddenWithin, outermost, precedes, queryAll, queryAllOf, queryFirstOf, type SelectorSpec } from './dom-query';
import { cleanName } from './people';
import { splitMessageBody } from './quoted';
import { INVISIBLE_CHARS } from './text';

/** Where a provider's compose boxes are: the editor, the root around it, and fields only a compose has. */
export interface ComposeSelectors {
  editor: SelectorSpec;
  root: SelectorSpec;
  marker: SelectorSpec;
}

/**
 * Open compose and reply boxes in page order: one per visible editor, its root
 * found by the provider's root selector or, when that class changed, by
 * climbing to the nearest ancestor holding a compose-only field.
 */
export function findComposeBoxesIn(doc: Document, selectors: ComposeSelectors): ComposeBox[] {
  const boxes: ComposeBox[] = [];
  const roots = new Set<Element>();
  for (const editor of outermost(queryAllOf(doc, selectors.editor))) {
    if (isHiddenWithin(editor, null, { ariaHidden: false })) continue;
    const root = closestOf(editor, selectors.root) ?? composeRootByClimbing(editor, selectors.marker) ?? editor.parentElement ?? editor;
    if (roots.has(root)) continue;
    roots.add(root);
    boxes.push({ root, editor: editor as HTMLElement });
  }
  return boxes;
}

/** What the user typed in a compose editor: signature and quoted history split off. */
export function draftTextOf(editor: Element): string {
  return splitMessageBody(editor).text;
}

/**
 * "Send" in the UI languages of both products. A label is compared after its
 * shortcut hint ("Send ‪(Ctrl-Enter)‬", "Senden (Strg+Eingabe)") is removed, so
 * "Send later" or "More send options" never match.
 */
const SEND_LABELS = new Set([
  'send',
  'senden',
  'envoyer',
  'enviar',
  'invia',
  'verzenden',
  'verstuur',
  'skicka',
  'lähetä',
  'wyślij',
  'odeslat',
  'odoslať',
  'gönder',
  'küldés',
  'trimite',
  'αποστολή',
  'отправить',
  'надіслати',
  'изпращане',
  '送信',
  '发送',
  '傳送',
  '發送',
  '보내기',
  'إرسال',
  'שליחה',
  'שלח',
  'kirim',
  'gửi',
  'ส่ง',
  'भेजें',
]);

export function isSendLabel(raw: string | null): boolean {
  if (!raw) return false;
  const label = raw
    .replace(INVISIBLE_CHARS, '')
    .replace(/\s*[([].*$/s, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return SEND_LABELS.has(label);
}

/** Anything that acts as a button; both products use real buttons and div[role=button]. */
export const BUTTONS = 'button, [role="button"]';

/** The first button in `root` whose aria-label, title or tooltip says Send in a known language. */
export function sendButtonByLabel(root: Element): HTMLElement | null {
  for (const button of queryAll(root, BUTTONS)) {
    if (isHiddenWithin(button, root, { ariaHidden: false })) continue;
    const labels = [button.getAttribute('aria-label'), button.getAttribute('title'), button.getAttribute('data-tooltip')];
    if (labels.some(isSendLabel)) return button as HTMLElement;
  }
  return null;
}

/**
 * The page's primary action by position: the first plain button after the
 * editor (Gmail's footer starts with Send) or, with `before`, the first plain
 * button before it (Outlook's compose toolbar sits above the editor and starts
 * with Send). "Plain" means it opens no menu, toggles nothing and expands
 * nothing: that rules out "More send options", formatting toggles and
 * "Show trimmed content".
 */
export function sendButtonByPosition(root: Element, editor: Element, where: 'after' | 'before'): HTMLElement | null {
  const plain = queryAll(root, BUTTONS).filter(
    (button) =>
      !editor.contains(button) &&
      !button.hasAttribute('aria-haspopup') &&
      !button.hasAttribute('aria-expanded') &&
      !button.hasAttribute('aria-pressed') &&
      button.getAttribute('aria-disabled') !== 'true' &&
      !isHiddenWithin(button, root, { ariaHidden: false }),
  );
  const candidate = where === 'after' ? plain.find((button) => precedes(editor, button)) : plain.find((button) => precedes(button, editor));
  return (candidate as HTMLElement | undefined) ?? null;
}

/**
 * The compose root found by climbing from the editor to the nearest ancestor
 * that also holds a compose-only field (subject, compose form): used when the
 * provider's root class changed.
 */
export function composeRootByClimbing(editor: Element, marker: SelectorSpec, maxLevels = 12): Element | null {
  let element = editor.parentElement;
  for (let level = 0; element && level < maxLevels; level += 1, element = element.parentElement) {
    if (element.localName === 'body' || element.localName === 'html') return null;
    if (queryFirstOf(element, marker)) return element;
  }
  return null;
}

/** Text typed into an input, or its value attribute when the engine has no live value. */
export function inputValue(element: Element | null): string {
  if (!element) return '';
  const live = (element as HTMLInputElement).value;
  const value = typeof live === 'string' ? live : (element.getAttribute('value') ?? '');
  return cleanName(value.replace(/\s+/g, ' ')).slice(0, 1000);
}
