import type { ComposeBox } from './adapter';
import { isDateLabel, readPageDate, type DateReadOptions } from './date-labels';
import { firstVisibleOf, forEachDescendant, isHiddenByAttributes, isHiddenWithin, precedes, queryAll, type SelectorSpec } from './dom-query';
import { cleanName, emailInText, normaliseEmail, parsePerson, uniquePeople, type PeopleDirectory } from './people';
import { HISTORY_START_SELECTORS, QUOTE_BLOCK_SELECTORS, splitMessageBody } from './quoted';
import { MESSAGE_TEXT_LIMIT, QUOTED_TEXT_LIMIT, SIGNATURE_TEXT_LIMIT, type MailMessage, type Person } from './snapshot';
import { lineText, longestOwnText, rawText } from './text';

/**
 * The structural reading of a conversation, for layouts whose selectors the
 * adapters do not know. Class names and ids are not used: a message is a
 * repeated block of the reading pane holding one header date (a `datetime`, a
 * `title` or a visible label that is nothing but a date) and a sender (an
 * element whose attribute or text carries an address: hover cards, `email`,
 * `title`, `aria-label`, `mailto:`), followed by recipients under "To"/"Cc"
 * labels in any UI language we read, and a body (the largest text in the block
 * outside the header).
 *
 * Dates inside bodies and quoted history never start a block: bodies a
 * provider marks are skipped, quote containers are skipped, and a date label
 * must be only a date ("Sent: …", "On … wrote:" and sentences are not).
 */

export interface StructureOptions {
  /** The provider's body selectors: a body it marks is not searched for headers, and is preferred as the body. */
  body: SelectorSpec;
  dates: DateReadOptions;
  directory: PeopleDirectory;
  compose: readonly ComposeBox[];
  /** Prefix of index-based ids ("gmail-message" → "gmail-message-2"). */
  idPrefix: string;
}

/** A message read by structure, with the elements it came from (for the self-checks). */
export interface StructuredMessage {
  root: Element;
  body: Element | null;
  message: MailMessage;
}

/** Regions of the app around the reading pane, never part of a message. */
const NOT_MESSAGE_ROLES = new Set([
  'navigation',
  'banner',
  'listbox',
  'option',
  'grid',
  'row',
  'menu',
  'menubar',
  'tree',
  'search',
  'tooltip',
  'dialog',
  'toolbar',
]);
/** Attributes that hold an address on hover cards and chips, in the order they are trusted. */
const ADDRESS_ATTRIBUTES = ['email', 'data-email', 'data-hovercard-id', 'jid', 'title', 'aria-label', 'href'] as const;
const NAME_ATTRIBUTES = ['name', 'data-name'] as const;
/** Longest text a header date or person element may hold. */
const MAX_HEADER_TEXT = 120;

interface Anchors {
  dates: Array<{ element: Element; sentAt: string }>;
  people: Array<{ element: Element; person: Person }>;
  /** Subtrees not searched. */
  skipped: ReadonlySet<Element>;
  textRead: TextRead;
}

/** Where the scan read text: whole elements (labels and names, with all they hold), and elements entered by a read of a line's first words. */
interface TextRead {
  whole: Set<Element>;
  entered: Set<Element>;
}

/** A message header the reading pane plainly shows: its sender's address and its date. */
export interface ShownHeader {
  email: string;
  sentAt: string;
}

/**
 * The message headers (a sender with a date) the reading pane shows, in page
 * order, without reading bodies; with the elements the scan skipped whole
 * (bodies, quotes, compose boxes), where no change can alter the headers.
 */
export function messageHeaders(scope: Element, options: StructureOptions): { headers: ShownHeader[]; quiet: ReadonlySet<Element> } {
  const anchors = findAnchors(scope, options);
  const headers = blocksOf(scope, anchors)
    .filter((block) => block.sender)
    .map((block) => ({ email: block.sender!.person.email, sentAt: block.date.sentAt }));
  // A skipped element whose text was read (inside a label, or within the first words of a line) is not quiet.
  const quiet = new Set<Element>();
  for (const element of anchors.skipped) {
    let read = anchors.textRead.entered.has(element);
    for (let el = element.parentElement; el && !read; el = el.parentElement) read = anchors.textRead.whole.has(el);
    if (!read) quiet.add(element);
  }
  return { headers, quiet };
}

/** The messages of the reading pane, by structure; [] when it shows no header with a sender and a date. */
export function readByStructure(scope: Element, options: StructureOptions): StructuredMessage[] {
  const anchors = findAnchors(scope, options);
  return blocksOf(scope, anchors)
    .filter((block) => block.sender)
    .map((block, index) => readBlock(block, index, anchors, options));
}

function findAnchors(scope: Element, options: StructureOptions): Anchors {
  const dates: Anchors['dates'] = [];
  const people: Anchors['people'] = [];
  // One query per selector for what is skipped whole: cheaper than matching every element against the
  // lists, and than one query of the whole list (Chromium's fast paths take single selectors only).
  const skipped = new Set<Element>(options.compose.flatMap((box) => [box.root, box.editor]));
  const textRead: TextRead = { whole: new Set(), entered: new Set() };
  for (const css of [...options.body.css, ...SKIPPED_CSS]) for (const element of queryAll(scope, css)) skipped.add(element);
  forEachDescendant(scope, (element) => {
    if (skipped.has(element)) return 'skip';
    if (element.attributes.length > 0) {
      if (isHiddenByAttributes(element, { ariaHidden: false })) return 'skip';
      const role = element.getAttribute('role');
      if (role && NOT_MESSAGE_ROLES.has(role)) return 'skip';
    }
    const sentAt = headerDate(element, options.dates, textRead);
    if (sentAt) dates.push({ element, sentAt });
    const person = personOf(element, textRead);
    if (person) people.push({ element, person });
    return undefined;
  });
  // A date element inside another (a title on a cell and on its text): the outer one stands for both.
  const kept = dates.filter((date) => !dates.some((other) => other !== date && other.element.contains(date.element)));
  return { dates: kept, people, skipped, textRead };
}

/** Never a message header: quotes, history, editors and what is not text. */
const SKIPPED_CSS = [...QUOTE_BLOCK_SELECTORS, ...HISTORY_START_SELECTORS, '[contenteditable="true"]', 'script', 'style', 'template', 'svg'];

/** The date a header element shows: `datetime`, a `title` that is a date, or a short text that is only a date. */
function headerDate(element: Element, dates: DateReadOptions, textRead: TextRead): string | null {
  const datetime = element.localName === 'time' ? element.getAttribute('datetime') : null;
  if (datetime) return readPageDate(datetime, dates);
  const title = element.attributes.length > 0 ? element.getAttribute('title') : null;
  if (title && title.length <= MAX_HEADER_TEXT && /\d/.test(title) && isDateLabel(title)) {
    const sentAt = readPageDate(title, dates);
    if (sentAt) return sentAt;
  }
  // Visible text: only an element that holds the text itself, with a time of day in it.
  let own = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) own += (node as CharacterData).data;
  }
  if (!/\d{1,2}:\d{2}/.test(own)) return null;
  textRead.whole.add(element);
  const text = lineText(element);
  if (text.length > MAX_HEADER_TEXT || !isDateLabel(text) || !namesADay(text)) return null;
  return readPageDate(text, dates);
}

/**
 * A visible header date names its day ("Mon 3/2/2026 9:14 AM", "Fri 9:12 AM",
 * "Today 9:12"). A bare time ("9:30am") is the agenda beside an invitation or
 * a schedule in the page, not a message's header: read as one it would cut the
 * message's block in two.
 */
function namesADay(text: string): boolean {
  return /[\p{L}\d]/u.test(text.replace(/\([^)]*\)|（[^）]*）/gu, ' ').replace(/(?:午前|午後)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr)?/giu, ' '));
}

/** A person shown by an element: an address in one of its attributes, or text that is only "Name <address>". */
function personOf(element: Element, textRead?: TextRead): Person | null {
  let anyAddress = false;
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.value.includes('@')) anyAddress = true;
  }
  for (const attribute of anyAddress ? ADDRESS_ATTRIBUTES : []) {
    const value = element.getAttribute(attribute);
    if (!value || value.length > 500) continue;
    if (attribute === 'href' && !/^mailto:/i.test(value)) continue;
    const parsed = parsePerson(value.replace(/^mailto:/i, ''));
    const email = parsed?.email || normaliseEmail(value) || (attribute === 'title' || attribute === 'aria-label' ? emailInText(value) : '');
    if (!email) continue;
    const fromAttribute = parsed?.name || (attribute === 'aria-label' || attribute === 'title' ? nameBeside(value, email) : '');
    return { name: nameOf(element, email, fromAttribute, textRead), email };
  }
  // "Rachel Kim <rachel.kim@globex-health.example>" as plain header text.
  let own = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) own += (node as CharacterData).data;
  }
  if (!own.includes('@')) return null;
  textRead?.whole.add(element);
  const text = lineText(element);
  if (text.length > MAX_HEADER_TEXT) return null;
  const parsed = parsePerson(text);
  return parsed ? { name: parsed.name, email: parsed.email } : null;
}

/** The name in "Rachel Kim rachel.kim@…" or "Opens profile card for Rachel Kim (rachel.kim@…)": what is left beside the address. */
function nameBeside(value: string, email: string): string {
  const rest = cleanName(value.replace(new RegExp(`[<(]?\\s*${escapeRegExp(email)}\\s*[>)]?`, 'i'), ' '));
  return rest.includes(':') ? cleanName(rest.slice(rest.lastIndexOf(':') + 1)) : rest;
}

function nameOf(element: Element, email: string, fromAttribute: string, textRead?: TextRead): string {
  for (const attribute of NAME_ATTRIBUTES) {
    const name = cleanName(element.getAttribute(attribute));
    // Gmail's avatars carry a generated `name=":2n"`: a name has a letter and is not an id.
    if (name && /\p{L}/u.test(name) && !name.startsWith(':')) return name;
  }
  if (fromAttribute && fromAttribute.toLowerCase() !== email) return fromAttribute;
  textRead?.whole.add(element);
  const shown = cleanName(lineText(element)).replace(/\s*<[^>]*>\s*$/, '');
  return shown.length <= MAX_HEADER_TEXT && shown.toLowerCase() !== email && !shown.includes('@') ? shown : '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Block {
  /** The outermost element holding this header and no other. */
  root: Element;
  /** Siblings after the root up to the next header (flat layouts put the body beside the header). */
  tail: Element[];
  date: { element: Element; sentAt: string };
  sender: { element: Element; person: Person } | null;
}

/** One block per header date: the highest ancestor that holds no other header date, with a sender before or beside it. */
function blocksOf(scope: Element, anchors: Anchors): Block[] {
  const counts = new Map<Element, number>();
  for (const { element } of anchors.dates) {
    for (let el: Element | null = element; el && el !== scope; el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  }
  const roots = anchors.dates.map(({ element }) => {
    let root = element;
    while (root.parentElement && root.parentElement !== scope && counts.get(root.parentElement) === 1) root = root.parentElement;
    return root;
  });
  const rootSet = new Set(roots);
  return anchors.dates.map((date, index) => {
    const root = roots[index]!;
    const tail: Element[] = [];
    for (let next = root.nextElementSibling; next && !rootSet.has(next) && !counts.has(next); next = next.nextElementSibling) tail.push(next);
    const inBlock = (element: Element) => root.contains(element) || tail.some((part) => part.contains(element));
    // The sender is shown before the date, outside the To/Cc lines. Two different such people mean two headers
    // merged into one block (a header lost its date): no sender, so the block is not read as a message.
    const candidates = anchors.people.filter(({ element }) => inBlock(element) && !isRecipientLine(element, root, anchors.textRead.entered));
    const before = candidates.filter(({ element }) => precedes(element, date.element));
    const distinct = new Set(before.map(({ person }) => person.email));
    const sender = distinct.size > 1 ? null : (before[0] ?? candidates[0] ?? null);
    return { root, tail, date, sender };
  });
}

/** "To:", "Cc:", "An:", "À :", "宛先:" … at the start of a header line, in the UI languages we read. */
const TO_LABEL = /^(?:to|an|à|a|para|aan|till|til|do|кому|宛先|收件人|받는 사람)\s*[:：]?$/i;
const CC_LABEL = /^(?:cc|kopie|copie|копия|抄送)\s*[:：]?$/i;
const BCC_LABEL = /^(?:bcc|cci|cco|bkopie|密件抄送)\s*[:：]?$/i;
const FROM_LABEL = /^(?:from|von|de|da|van|från|fra|od|от|差出人|送信者|发件人)\s*[:：]?$/i;

/** True when the element sits on a line that starts with a To/Cc label: then it is not the sender. */
export function isRecipientLine(element: Element, stop: Element, entered?: Set<Element>): boolean {
  let levels = 0;
  for (let el = element.parentElement; el && levels < 4; el = el.parentElement, levels += 1) {
    const first = firstWord(el, entered);
    if (first && (TO_LABEL.test(first) || CC_LABEL.test(first) || BCC_LABEL.test(first))) return true;
    if (el === stop) break;
  }
  return false;
}

/** The first label-like word of an element's text: "To:" from "To: You; Tom Becker". */
function firstWord(element: Element, entered?: Set<Element>): string {
  const text = rawText(element, 200, entered).trim();
  const match = /^([^\s:：]+(?:\s[^\s:：]+)?\s*[:：])/.exec(text) ?? /^(\S+)/.exec(text);
  return match ? match[1]!.trim() : '';
}

type Role = 'from' | 'to' | 'cc' | 'bcc';

function readBlock(block: Block, index: number, anchors: Anchors, options: StructureOptions): StructuredMessage {
  const parts = [block.root, ...block.tail];
  const inBlock = (element: Element) => parts.some((part) => part.contains(element));
  const editors = options.compose.map((box) => box.root);
  const senderElement = block.sender!.element;
  const from = options.directory.resolve(block.sender!.person);
  const body = findBody(parts, block, editors, options.body);
  const collapsed = isCollapsed(block, body);
  const id = messageId(parts, index, options.idPrefix);

  if (collapsed) {
    const text = parts
      .map((part) => longestOwnText(part, [senderElement, block.date.element, ...editors]))
      .reduce((best, text) => (text.length > best.length ? text : best), '');
    const message: MailMessage = { id, from, to: [], cc: [], sentAt: block.date.sentAt, collapsed, text: cleanName(text), quoted: '', signature: '' };
    return { root: block.root, body: null, message };
  }

  const people = anchors.people.filter(({ element }) => inBlock(element) && !body?.contains(element) && element !== senderElement);
  const { to, cc } = recipientsFromDetails(parts, body) ?? recipientsByLabel(parts, people, block.sender!.person.email, body);
  const split = body
    ? splitMessageBody(body, { text: MESSAGE_TEXT_LIMIT, quoted: QUOTED_TEXT_LIMIT, signature: SIGNATURE_TEXT_LIMIT })
    : { text: '', signature: '', quoted: '' };
  const message: MailMessage = {
    id,
    from,
    to: uniquePeople(to).map(options.directory.resolve),
    cc: uniquePeople(cc).map(options.directory.resolve),
    sentAt: block.date.sentAt,
    collapsed,
    ...split,
  };
  return { root: block.root, body, message };
}

/**
 * Recipients from a details table ("to:", "cc:" rows), even a hidden one: the
 * short header line merges To, Cc and Bcc ("to me, Maria"), the table does not.
 */
function recipientsFromDetails(parts: readonly Element[], body: Element | null): { to: Person[]; cc: Person[] } | null {
  const to: Person[] = [];
  const cc: Person[] = [];
  let found = false;
  for (const part of parts) {
    for (const row of queryAll(part, 'tr')) {
      const label = row.firstElementChild;
      if (!label || label === row.lastElementChild || body?.contains(row)) continue;
      const text = rawText(label, 40).trim();
      const into = TO_LABEL.test(text) ? to : CC_LABEL.test(text) ? cc : BCC_LABEL.test(text) || FROM_LABEL.test(text) ? [] : null;
      if (!into) continue;
      found = true;
      const rowPeople = [row, ...queryAll(row, '*')].map((element) => personOf(element)).filter((person): person is Person => person !== null);
      into.push(...rowPeople);
    }
  }
  return found ? { to, cc } : null;
}

/** Recipients in header order, each under the last "To"/"Cc" label before it (unlabelled ones are To). */
function recipientsByLabel(parts: readonly Element[], people: Anchors['people'], senderEmail: string, body: Element | null): { to: Person[]; cc: Person[] } {
  const byElement = new Map(people.map((entry) => [entry.element, entry.person]));
  const to: Person[] = [];
  const cc: Person[] = [];
  let role: Role = 'to';
  let sawLabel = false;
  for (const part of parts) {
    walkInOrder(part, body, (node) => {
      if (node.nodeType === 3) {
        const word = (node as CharacterData).data.trim();
        if (!word || word.length > 20) return;
        if (TO_LABEL.test(word)) [role, sawLabel] = ['to', true];
        else if (CC_LABEL.test(word)) [role, sawLabel] = ['cc', true];
        else if (BCC_LABEL.test(word)) [role, sawLabel] = ['bcc', true];
        else if (FROM_LABEL.test(word)) [role, sawLabel] = ['from', true];
        return;
      }
      const person = byElement.get(node as Element);
      if (!person) return;
      // The sender's address repeated beside the name ("Sam Carter <sam@…>") before any label is not a recipient.
      if (!sawLabel && person.email === senderEmail) return;
      if (role === 'to') to.push(person);
      else if (role === 'cc') cc.push(person);
    });
  }
  return { to, cc };
}

/** Document-order walk over element and text nodes, skipping hidden subtrees and `skip`. */
function walkInOrder(root: Element, skip: Element | null, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element === skip || (element !== root && isHiddenByAttributes(element, { ariaHidden: false }))) continue;
      visit(element);
    } else if (node.nodeType === 3) {
      visit(node);
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}

/** Share of a wrapper's text one child must hold for the guess to descend into it. */
const BODY_DESCEND_SHARE = 0.75;
const GUESS_TEXT_LIMIT = 200_000;
const MAX_DESCEND = 40;
/** Less own text than this in an unmarked block reads as a collapsed stub. */
const MIN_BODY_TEXT = 1;

/** The body the provider marks, else the largest text in the block outside the header and any compose. */
function findBody(parts: readonly Element[], block: Block, editors: readonly Element[], known: SelectorSpec): Element | null {
  for (const part of parts) {
    const marked = firstVisibleOf(part, known, part);
    if (marked && !editors.some((editor) => editor.contains(marked) || marked.contains(editor))) return marked;
  }
  const header = new Set<Element>();
  for (const start of [block.date.element, block.sender!.element]) {
    for (let el: Element | null = start; el && !header.has(el); el = el.parentElement) header.add(el);
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const part of parts) {
    const visit = (element: Element): 'skip' | undefined => {
      if (header.has(element)) return undefined;
      if (editors.some((editor) => editor === element || editor.contains(element) || element.contains(editor))) {
        return editors.some((editor) => element.contains(editor) && editor !== element) ? undefined : 'skip';
      }
      if (isHiddenWithin(element, part, { ariaHidden: false }) || element.getAttribute('role') === 'toolbar') return 'skip';
      const length = rawText(element, GUESS_TEXT_LIMIT).trim().length;
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
      return 'skip';
    };
    if (visit(part) === undefined) forEachDescendant(part, visit);
  }
  let current = best as Element | null;
  for (let level = 0; current && level < MAX_DESCEND; level += 1) {
    const total = rawText(current, GUESS_TEXT_LIMIT).trim().length;
    let next: Element | null = null;
    for (let child: Element | null = current.firstElementChild; child; child = child.nextElementSibling) {
      if (total > 0 && rawText(child, GUESS_TEXT_LIMIT).trim().length >= total * BODY_DESCEND_SHARE) next = child;
    }
    if (!next) break;
    current = next;
  }
  return bestLength >= MIN_BODY_TEXT ? current : null;
}

/** Collapsed when an element around the header says so (aria-expanded=false), else when there is no body. */
function isCollapsed(block: Block, body: Element | null): boolean {
  for (let el: Element | null = block.date.element; el; el = el.parentElement) {
    const expanded = el.getAttribute('aria-expanded');
    if (expanded === 'false') return true;
    if (expanded === 'true') return false;
    if (el === block.root) break;
  }
  return !body;
}

/** The message id the page carries (Gmail's legacy id, Outlook's MSG_<id>_… parts), else index-based. */
function messageId(parts: readonly Element[], index: number, prefix: string): string {
  for (const part of parts) {
    for (const element of [part, ...queryAll(part, '[data-legacy-message-id], [data-message-id], [id^="MSG_"], [data-item-id], [data-itemid]')]) {
      const legacy = element.getAttribute('data-legacy-message-id');
      if (legacy) return legacy;
      const id = element.getAttribute('data-message-id');
      if (id) return id.replace(/^#?msg-[a-z]:/, '');
      const tagged = /^MSG_(.+)_[A-Z]+$/.exec(element.getAttribute('id') ?? '')?.[1];
      if (tagged) return tagged;
      const item = element.getAttribute('data-item-id') ?? element.getAttribute('data-itemid');
      if (item) return item;
    }
  }
  return `${prefix}-${index + 1}`;
}
