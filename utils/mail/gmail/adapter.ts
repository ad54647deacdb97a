import type { ComposeBox, ExtractOptions, Found, MailAdapter } from '../adapter';
import {
  composeRootByClimbing,
  draftTextOf,
  inputValue,
  pageLocale,
  personFromElement,
  sendButtonByLabel,
  sendButtonByPosition,
  uniquePeople,
} from '../compose';
import { readPageDate, resolveTimeZone, type DateReadOptions } from '../dates';
import {
  closestOf,
  forEachDescendant,
  isHiddenWithin,
  outermost,
  queryAll,
  queryAllOf,
  queryFirst,
  queryFirstOf,
} from '../dom-query';
import { guarded, hostOf, notFound, validatedSnapshot } from '../found';
import { cleanName, createPeopleDirectory, emailInText, type PeopleDirectory } from '../people';
import { splitMessageBody } from '../quoted';
import type { ComposeSnapshot, MailMessage, Person, ThreadSnapshot } from '../snapshot';
import { lineText, rawText } from '../text';
import { gmailSelectors as S } from './selectors';

/**
 * Gmail (mail.google.com). The open conversation is the visible role=main that
 * holds `[data-message-id]` elements; the inbox list stays in the DOM as a
 * hidden role=main full of other threads' `data-legacy-thread-id`s, so nothing
 * is read document-wide except compose boxes and the account.
 */

const EMAIL_ATTRIBUTES = ['email', 'data-hovercard-id', 'jid', 'data-email'] as const;
const NAME_ATTRIBUTES = ['name', 'data-name'] as const;

export const gmailAdapter: MailAdapter = {
  provider: 'gmail',

  matchesUrl(url) {
    return hostOf(url) === 'mail.google.com';
  },

  extractThread(doc, url, options = {}) {
    return guarded('the Gmail conversation', () => readThread(doc, url, options));
  },

  findComposeBoxes(doc) {
    try {
      return findComposeBoxes(doc);
    } catch {
      return [];
    }
  },

  readCompose(box) {
    try {
      return readCompose(box);
    } catch {
      return { to: [], cc: [], subject: '', draftText: '' };
    }
  },

  findSendButton(box) {
    return guarded('the Gmail Send button', () => findSendButton(box));
  },

  readDraft(box) {
    try {
      return draftTextOf(box.editor);
    } catch {
      return '';
    }
  },
};

function readThread(doc: Document, url: string, options: ExtractOptions): Found<ThreadSnapshot> {
  const dates: DateReadOptions = { timeZone: resolveTimeZone(options.timeZone), now: options.now, locale: pageLocale(doc) };
  const directory = createPeopleDirectory();
  directory.remember(readAccount(doc), { account: true });

  const compose = findComposeBoxes(doc).map(readCompose);
  const view = findConversationView(doc);
  if (!view) {
    if (compose.length > 0) return validatedSnapshot({ provider: 'gmail', threadId: null, subject: null, messages: [], compose });
    return notFound(
      'a Gmail conversation or compose box',
      [...S.conversationView.css, ...S.message.css, ...S.composeEditor.css],
      'No conversation or compose box is open on this Gmail page.',
    );
  }

  const roots = outermost(queryAllOf(view, S.message)).filter((root) => !isHiddenWithin(root, view, { ariaHidden: false }));
  for (const element of queryAll(view, '[email]')) {
    directory.remember(personFromElement(element, EMAIL_ATTRIBUTES, NAME_ATTRIBUTES));
  }
  const messages = roots.map((root, index) => readMessage(root, index, view, dates, directory));
  const subjectElement = queryFirstOf(view, S.subject);
  const subject = subjectElement ? cleanName(lineText(subjectElement)) || null : null;

  return validatedSnapshot({
    provider: 'gmail',
    threadId: readThreadId(view, subjectElement, roots, url),
    subject,
    messages,
    compose,
  });
}

/** The visible role=main that holds messages; Gmail keeps other views in the DOM, hidden. */
function findConversationView(doc: Document): Element | null {
  for (const css of S.conversationView.css) {
    for (const candidate of queryAll(doc, css)) {
      if (isHiddenWithin(candidate, null, { ariaHidden: false })) continue;
      if (queryFirstOf(candidate, S.message)) return candidate;
    }
  }
  // No role=main at all (older or stripped markup): the body, if it shows messages.
  const body = doc.body;
  const message = body ? queryFirstOf(body, S.message) : null;
  return message && !isHiddenWithin(message, null, { ariaHidden: false }) ? body : null;
}

function readMessage(root: Element, index: number, view: Element, dates: DateReadOptions, directory: PeopleDirectory): MailMessage {
  const item = closestOf(root, S.messageItem);
  const expandedAttribute = item && view.contains(item) ? item.getAttribute('aria-expanded') : null;
  const body = expandedAttribute === 'false' ? null : findBody(root);
  const collapsed = expandedAttribute === 'false' ? true : expandedAttribute === 'true' ? false : !body;

  const senderElement = findSender(root);
  const sender = senderElement ? personFromElement(senderElement, EMAIL_ATTRIBUTES, NAME_ATTRIBUTES) : null;
  const from = directory.resolve(sender ?? { name: '', email: '' });
  const dateElement = queryFirstOf(root, S.sentAt);
  const sentAt = readSentAt(root, dateElement, body, dates);
  const id = messageId(root, index);

  if (collapsed) {
    // A stub shows sender, date and a snippet only: no recipients.
    const text = readSnippet(root, [senderElement, dateElement]);
    return { id, from, to: [], cc: [], sentAt, collapsed, text, quoted: '', signature: '' };
  }
  const { to, cc } = readRecipients(root, senderElement, directory);
  const split = body ? splitMessageBody(body) : { text: '', signature: '', quoted: '' };
  return { id, from, to, cc, sentAt, collapsed, ...split };
}

function messageId(root: Element, index: number): string {
  const legacy = root.getAttribute('data-legacy-message-id');
  if (legacy) return legacy;
  const id = root.getAttribute('data-message-id');
  if (id) return id.replace(/^#?msg-[a-z]:/, '');
  return `gmail-message-${index + 1}`;
}

function findSender(root: Element): Element | null {
  const outsideDetails = (element: Element) => !element.closest('[role="dialog"]');
  return (
    queryFirstOf(root, S.sender, outsideDetails) ??
    queryAll(root, '[email]').find(outsideDetails) ??
    // The avatar carries the address too (jid / data-hovercard-id) when the name line is gone.
    queryFirst(root, 'img[jid], img[data-hovercard-id]')
  );
}

function readSentAt(root: Element, dateElement: Element | null, body: Element | null, dates: DateReadOptions): string | null {
  if (dateElement) {
    for (const raw of [dateElement.getAttribute('title'), dateElement.getAttribute('alt'), lineText(dateElement)]) {
      const sentAt = readPageDate(raw, dates);
      if (sentAt) return sentAt;
    }
  }
  // The details table has a "date:" row with the full date.
  for (const row of queryAllOf(root, S.detailsRow)) {
    const [label, value] = [row.firstElementChild, row.lastElementChild];
    if (!label || !value || label === value || !DATE_LABELS.has(detailLabel(label))) continue;
    const sentAt = readPageDate(lineText(value), dates);
    if (sentAt) return sentAt;
  }
  // Layout changed: any title in the header that reads as a date (the date cell keeps its full date there).
  for (const element of queryAll(root, '[title]')) {
    if (body?.contains(element) || element.closest('[role="dialog"]')) continue;
    const sentAt = readPageDate(element.getAttribute('title'), dates);
    if (sentAt) return sentAt;
  }
  return null;
}

const DATE_LABELS = new Set(['date', 'datum', 'fecha', 'data', 'дата']);

function detailLabel(cell: Element): string {
  return lineText(cell).toLowerCase().replace(/[\s:：]+$/, '');
}

/** Labels of the "show details" rows in the UI languages we read. */
const DETAIL_LABELS: Record<string, 'from' | 'to' | 'cc' | 'bcc' | 'other'> = {
  from: 'from', von: 'from', de: 'from', da: 'from', van: 'from', från: 'from', fra: 'from', od: 'from', от: 'from',
  to: 'to', an: 'to', à: 'to', a: 'to', para: 'to', aan: 'to', till: 'to', til: 'to', do: 'to', кому: 'to',
  cc: 'cc', kopie: 'cc', copie: 'cc', копия: 'cc',
  bcc: 'bcc', cci: 'bcc', cco: 'bcc', bkopie: 'bcc',
  'reply-to': 'other', 'antwort an': 'other', 'répondre à': 'other', 'responder a': 'other',
};

function readRecipients(root: Element, senderElement: Element | null, directory: PeopleDirectory): { to: Person[]; cc: Person[] } {
  const rows = queryAllOf(root, S.detailsRow).filter((row) => queryFirst(row, '[email]'));
  const people = (scope: Element) =>
    uniquePeople(queryAll(scope, '[email]').map((element) => personFromElement(element, EMAIL_ATTRIBUTES, NAME_ATTRIBUTES))).map(directory.resolve);

  if (rows.length > 0) {
    const labelled = rows.map((row) => {
      const cell = row.firstElementChild;
      return { row, role: cell ? DETAIL_LABELS[detailLabel(cell)] : undefined };
    });
    const to: Person[] = [];
    const cc: Person[] = [];
    if (labelled.some((entry) => entry.role)) {
      for (const { row, role } of labelled) {
        if (role === 'to') to.push(...people(row));
        if (role === 'cc') cc.push(...people(row));
      }
    } else {
      // Unknown UI language: Gmail always lists from, to, then cc.
      labelled.forEach(({ row }, position) => {
        if (position === 1) to.push(...people(row));
        if (position === 2) cc.push(...people(row));
      });
    }
    return { to: uniquePeople(to), cc: uniquePeople(cc) };
  }

  // No details table: the short line lists to and cc together.
  const line = queryAllOf(root, S.recipientLine);
  const shown = line.length > 0 ? line : queryAll(root, '[email]').filter((element) => element !== senderElement && !senderElement?.contains(element));
  return {
    to: uniquePeople(shown.map((element) => personFromElement(element, EMAIL_ATTRIBUTES, NAME_ATTRIBUTES))).map(directory.resolve),
    cc: [],
  };
}

/** The visible body (Gmail keeps an empty hidden twin next to it). */
function findBody(root: Element): Element | null {
  for (const css of S.body.css) {
    const visible = queryAll(root, css).find((element) => !isHiddenWithin(element, root, { ariaHidden: false }));
    if (visible) return visible;
  }
  return guessBody(root);
}

/** Share of a wrapper's text one child must hold for the guess to descend into it. */
const BODY_DESCEND_SHARE = 0.75;
const GUESS_TEXT_LIMIT = 200_000;
/** Deepest the guess descends: each level re-reads the subtree's text. */
const MAX_DESCEND = 40;

/**
 * Without known classes: the largest part of the message that holds no address
 * element (the header holds the sender and recipients), narrowed down while one
 * child holds most of its text (leaves attachment cards out).
 */
function guessBody(root: Element): Element | null {
  const holdsPeople = new Set<Element>();
  for (const element of queryAll(root, '[email], [role="dialog"]')) {
    for (let el: Element | null = element; el && el !== root && !holdsPeople.has(el); el = el.parentElement) holdsPeople.add(el);
  }
  let best: Element | null = null;
  let bestLength = 0;
  forEachDescendant(root, (element) => {
    if (holdsPeople.has(element)) return undefined;
    if (isHiddenWithin(element, root, { ariaHidden: false }) || element.closest('[role="dialog"]')) return 'skip';
    const length = rawText(element, GUESS_TEXT_LIMIT).trim().length;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
    return 'skip';
  });
  let current = best as Element | null;
  for (let level = 0; current && level < MAX_DESCEND; level += 1) {
    const total = rawText(current, GUESS_TEXT_LIMIT).trim().length;
    let next: Element | null = null;
    for (let child: Element | null = current.firstElementChild; child; child = child.nextElementSibling) {
      if (rawText(child, GUESS_TEXT_LIMIT).trim().length >= total * BODY_DESCEND_SHARE && total > 0) next = child;
    }
    if (!next) break;
    current = next;
  }
  return current;
}

/** A collapsed message's snippet: the known element, else the longest own text outside sender and date. */
function readSnippet(root: Element, exclude: ReadonlyArray<Element | null>): string {
  const known = queryFirstOf(root, S.snippet);
  if (known) return cleanName(lineText(known));
  let best = '';
  forEachDescendant(root, (element) => {
    if (exclude.some((excluded) => excluded && (excluded === element || excluded.contains(element)))) return 'skip';
    if (element.closest('[role="dialog"]') || isHiddenWithin(element, root, { ariaHidden: false })) return 'skip';
    let own = '';
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) own += (node as CharacterData).data;
    }
    const text = cleanName(own);
    if (text.length > best.length) best = text;
    return undefined;
  });
  return best;
}

function readThreadId(view: Element, subjectElement: Element | null, roots: readonly Element[], url: string): string | null {
  const legacy = subjectElement?.getAttribute('data-legacy-thread-id') ?? queryFirst(view, 'h2[data-legacy-thread-id]')?.getAttribute('data-legacy-thread-id');
  if (legacy && /^[0-9a-f]{1,32}$/i.test(legacy)) return legacy;
  // "thread-f:1859193321554341475" is the same id in decimal.
  const perm = (subjectElement ?? queryFirst(view, '[data-thread-perm-id]'))?.getAttribute('data-thread-perm-id');
  const decimal = perm ? /(?:^|:)(\d{1,20})$/.exec(perm)?.[1] : undefined;
  if (decimal) return BigInt(decimal).toString(16);
  // The conversation starts with its first message, whose legacy id is the thread's.
  const first = roots[0]?.getAttribute('data-legacy-message-id');
  if (first && /^[0-9a-f]{1,32}$/i.test(first)) return first;
  const fromUrl = /#[^/]+\/([0-9a-f]{16})$/i.exec(url)?.[1];
  return fromUrl ?? null;
}

function readAccount(doc: Document): Person | null {
  const label = queryFirstOf(doc, S.account)?.getAttribute('aria-label');
  const email = emailInText(label);
  if (!label || !email) return null;
  // "Google Account: Sam Carter\n(sam.carter@…)", in any UI language: the name sits between the colon and the address.
  const withoutEmail = label.replace(new RegExp(`\\(?\\s*${escapeRegExp(email)}\\s*\\)?`, 'i'), ' ');
  const name = cleanName(withoutEmail.includes(':') ? withoutEmail.slice(withoutEmail.indexOf(':') + 1) : withoutEmail);
  return { name, email };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findComposeBoxes(doc: Document): ComposeBox[] {
  const boxes: ComposeBox[] = [];
  const roots = new Set<Element>();
  for (const editor of outermost(queryAllOf(doc, S.composeEditor))) {
    if (isHiddenWithin(editor, null, { ariaHidden: false })) continue;
    const root = closestOf(editor, S.composeRoot) ?? composeRootByClimbing(editor, S.composeMarker) ?? editor.parentElement ?? editor;
    if (roots.has(root)) continue;
    roots.add(root);
    boxes.push({ root, editor: editor as HTMLElement });
  }
  return boxes;
}

function readCompose(box: ComposeBox): ComposeSnapshot {
  const listboxes = queryAllOf(box.root, S.recipientFieldByOrder);
  return {
    to: readRecipientField(queryFirstOf(box.root, S.composeTo) ?? listboxes[0] ?? null),
    cc: readRecipientField(queryFirstOf(box.root, S.composeCc) ?? listboxes[1] ?? null),
    subject: inputValue(queryFirstOf(box.root, S.composeSubject)),
    draftText: draftTextOf(box.editor),
  };
}

function readRecipientField(field: Element | null): Person[] {
  if (!field) return [];
  const chips = queryAllOf(field, S.recipientChip);
  if (chips.length > 0) return uniquePeople(chips.map((chip) => personFromElement(chip, EMAIL_ATTRIBUTES, NAME_ATTRIBUTES)));
  // Older layouts keep addresses in a textarea/input value.
  if (field.localName === 'textarea' || field.localName === 'input') return uniquePeople(parseFieldValue(inputValue(field)));
  return [];
}

function parseFieldValue(value: string): Person[] {
  return value
    .split(/[,;]/)
    .map((part) => {
      const email = emailInText(part);
      return email ? { name: cleanName(part.replace(/<[^>]*>/, '').replace(email, '')), email } : null;
    })
    .filter((person): person is Person => person !== null);
}

function findSendButton(box: ComposeBox): Found<HTMLElement> {
  const known = queryFirstOf(box.root, S.sendButton, (element) => !isHiddenWithin(element, box.root, { ariaHidden: false }));
  const button = (known as HTMLElement | null) ?? sendButtonByLabel(box.root) ?? sendButtonByPosition(box.root, box.editor, 'after');
  if (button) return { ok: true, value: button };
  return notFound(
    'the Gmail Send button',
    [...S.sendButton.css, 'button labelled Send in a known UI language', 'first plain button after the editor'],
    'No Send button was found in this compose box.',
  );
}
