import { isHiddenWithin, precedes, queryAll, queryFirst, queryFirstOf, type SelectorSpec } from './dom-query';
import { cleanName, normaliseEmail, parsePerson } from './people';
import { splitMessageBody } from './quoted';
import type { Person } from './snapshot';
import { INVISIBLE_CHARS, lineText } from './text';

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
  'send', 'senden', 'envoyer', 'enviar', 'invia', 'verzenden', 'verstuur', 'skicka', 'lähetä', 'wyślij', 'odeslat',
  'odoslať', 'gönder', 'küldés', 'trimite', 'αποστολή', 'отправить', 'надіслати', 'изпращане', '送信', '发送', '傳送',
  '發送', '보내기', 'إرسال', 'שליחה', 'שלח', 'kirim', 'gửi', 'ส่ง', 'भेजें',
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

const BUTTONS = 'button, [role="button"]';

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
  const value = typeof live === 'string' ? live : element.getAttribute('value') ?? '';
  return cleanName(value.replace(/\s+/g, ' ')).slice(0, 1000);
}

/**
 * A recipient chip or hover target: the address from the first attribute that
 * holds one, the name from name-like attributes or the visible text.
 */
export function personFromElement(element: Element, emailAttributes: readonly string[], nameAttributes: readonly string[]): Person | null {
  let email = '';
  let nameFromAddress = '';
  for (const attribute of emailAttributes) {
    const value = element.getAttribute(attribute);
    if (!value) continue;
    const parsed = parsePerson(value);
    if (parsed) {
      email = parsed.email;
      nameFromAddress = parsed.name;
      break;
    }
    const bare = normaliseEmail(value);
    if (bare) {
      email = bare;
      break;
    }
  }
  if (!email) return null;
  let name = '';
  for (const attribute of nameAttributes) {
    name = cleanName(element.getAttribute(attribute));
    if (name) break;
  }
  if (!name) name = nameFromAddress;
  if (!name) {
    const shown = cleanName(lineText(element));
    name = shown.toLowerCase() === email ? '' : shown.replace(/\s*<[^>]*>\s*$/, '');
  }
  return { name, email };
}

/** People from a list of elements, first occurrence of each address kept. */
export function uniquePeople(people: ReadonlyArray<Person | null>): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const person of people) {
    if (!person?.email || seen.has(person.email)) continue;
    seen.add(person.email);
    out.push(person);
  }
  return out;
}

/** The page's language, for reading numeric dates. */
export function pageLocale(doc: Document): string | undefined {
  return queryFirst(doc, 'html')?.getAttribute('lang') ?? undefined;
}
