import type { ComposeBox, ExtractOptions, Found, MailAdapter } from '../adapter';
import { draftTextOf, findComposeBoxesIn, inputValue, sendButtonByLabel, sendButtonByPosition } from '../compose';
import { resolveTimeZone } from '../../dates';
import { dateReadKey, pageLanguage, readPageDate, type DateReadOptions } from '../date-labels';
import { closestOf, firstVisibleOf, forEachDescendant, isHiddenWithin, outermost, queryAll, queryAllOf, queryFirstOf } from '../dom-query';
import { guarded, notFound, orDefault, validatedSnapshot } from '../found';
import { cleanName, createPeopleDirectory, emailInText, personFromElement, uniquePeople } from '../people';
import { splitMessageBody } from '../quoted';
import { readThrough, withResolvedPeople, type MessageRead } from '../message-cache';
import { chooseReading, type MessagesRead } from '../reading';
import { MESSAGE_TEXT_LIMIT, QUOTED_TEXT_LIMIT, SIGNATURE_TEXT_LIMIT, type ComposeSnapshot, type Person, type ThreadSnapshot } from '../snapshot';
import { lineText, longestOwnText, rawText } from '../text';
import { hostOf } from '../url';
import { gmailSelectors as S } from './selectors';

/**
 * Gmail (mail.google.com). The open conversation is the visible role=main that
 * holds `[data-message-id]` elements; the inbox list stays in the DOM as a
 * hidden role=main full of other threads' `data-legacy-thread-id`s, so nothing
 * is read document-wide except compose boxes and the account.
 */

const EMAIL_ATTRIBUTES = ['email', 'data-hovercard-id', 'jid', 'data-email'] as const;
const NAME_ATTRIBUTES = ['name', 'data-name'] as const;
const COMPOSE = { editor: S.composeEditor, root: S.composeRoot, marker: S.composeMarker };
const BODY_LIMITS = { text: MESSAGE_TEXT_LIMIT, quoted: QUOTED_TEXT_LIMIT, signature: SIGNATURE_TEXT_LIMIT };

export const gmailAdapter: MailAdapter = {
  provider: 'gmail',

  matchesUrl(url) {
    return hostOf(url) === 'mail.google.com';
  },

  urlShowsThread(url) {
    // #inbox/FMfcgz…, #label/Clients/FMfcgz…, #search/acme/FMfcgz…: the last segment is a thread id.
    const hash = url.split('#')[1] ?? '';
    return /\/[A-Za-z0-9]{16,}$/.test(hash.split('?')[0] ?? '');
  },

  extractThread(doc, url, options = {}) {
    return guarded('the Gmail conversation', () => readThread(doc, url, options));
  },

  findComposeBoxes(doc) {
    return orDefault(() => findComposeBoxesIn(doc, COMPOSE), []);
  },

  readCompose(box) {
    return orDefault(() => readCompose(box), { to: [], cc: [], subject: '', draftText: '' });
  },

  findSendButton(box) {
    return guarded('the Gmail Send button', () => findSendButton(box));
  },

  readAccount(doc) {
    return orDefault(() => readAccount(doc), null);
  },

  readDraft(box) {
    return orDefault(() => draftTextOf(box.editor), '');
  },
};

function readThread(doc: Document, url: string, options: ExtractOptions): Found<ThreadSnapshot> {
  const dates: DateReadOptions = { timeZone: resolveTimeZone(options.timeZone), now: options.now, locale: pageLanguage(doc) };
  const directory = createPeopleDirectory();
  directory.remember(readAccount(doc), { account: true });

  const boxes = findComposeBoxesIn(doc, COMPOSE);
  const compose = boxes.map(readCompose);
  const view = findConversationView(doc);
  const scope = view ?? findReadingPane(doc);
  if (scope) {
    for (const element of queryAllOf(scope, S.person)) {
      directory.remember(personFromElement(element, EMAIL_ATTRIBUTES, NAME_ATTRIBUTES));
    }
  }
  let primary: MessagesRead | null = null;
  if (view) {
    const roots = outermost(queryAllOf(view, S.message)).filter((root) => !isHiddenWithin(root, view, { ariaHidden: false }));
    const dateKey = dateReadKey(dates);
    const read = roots.map((root, index) => {
      const around = surroundings(root, view);
      const context = `${index}|${around.expanded}|${around.inDetails}|${dateKey}`;
      return readThrough(options.messages, root, context, () => readMessage(root, index, around.expanded, dates));
    });
    primary = { messages: read.map((entry) => withResolvedPeople(entry.message, directory)), roots, bodies: read.map((entry) => entry.body) };
  }
  const subjectElement = scope ? queryFirstOf(scope, S.subject) : null;
  const threadId = scope ? readThreadId(scope, subjectElement, primary?.roots ?? [], url) : null;
  const chosen = chooseReading({
    provider: 'Gmail',
    primary,
    scope,
    structure: { body: S.body, dates, directory, compose: boxes, idPrefix: 'gmail-message' },
    compose: boxes,
    drafts: compose.map((box) => box.draftText),
    messages: options.messages,
    counter: scope && threadId ? conversationCounter(doc, scope, threadId) : null,
    folded: scope ? foldedCount(scope) : 0,
    selectors: [...S.conversationView.css, ...S.message.css],
  });
  if (!chosen) {
    if (compose.length > 0) return validatedSnapshot({ provider: 'gmail', threadId: null, subject: null, messages: [], compose, reading: 'primary' });
    return notFound(
      'a Gmail conversation or compose box',
      [...S.conversationView.css, ...S.message.css, ...S.composeEditor.css],
      'No conversation or compose box is open on this Gmail page.',
    );
  }
  if (!chosen.ok) return chosen;
  const subject = subjectElement ? cleanName(lineText(subjectElement)) || null : null;
  return validatedSnapshot({
    provider: 'gmail',
    threadId: chosen.reading === 'primary' ? threadId : readThreadId(scope!, subjectElement, chosen.read.roots, url),
    subject,
    messages: chosen.read.messages,
    compose,
    reading: chosen.reading,
    ...(chosen.partlyRead.length > 0 ? { partlyRead: chosen.partlyRead } : {}),
  });
}

/** Where to read by structure when no role=main holds known messages: the visible role=main, else the body. */
function findReadingPane(doc: Document): Element | null {
  for (const candidate of queryAllOf(doc, S.conversationView)) {
    if (!isHiddenWithin(candidate, null, { ariaHidden: false })) return candidate;
  }
  return doc.body;
}

/** Messages folded behind Gmail's "N older messages" bar: in the count, not in the page. */
function foldedCount(scope: Element): number {
  return queryAllOf(scope, S.foldedCount).reduce((sum, element) => sum + (Number(/^\s*(\d{1,4})\s*$/.exec(lineText(element))?.[1]) || 0), 0);
}

/** The "(6)" of the open thread's row in the conversation list, when that row is in the page. */
function conversationCounter(doc: Document, scope: Element, threadId: string): number | null {
  for (const marker of queryAll(doc, `[data-legacy-thread-id="${threadId.replace(/[^0-9a-f]/gi, '')}"]`)) {
    if (scope.contains(marker)) continue;
    const row = closestOf(marker, S.listRow);
    const count = row ? queryFirstOf(row, S.listCount) : null;
    const value = count ? /^\s*(\d{1,4})\s*$/.exec(lineText(count))?.[1] : undefined;
    if (value) return Number(value);
  }
  return null;
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

/**
 * What a message's reading depends on outside its own element: whether the
 * list item around it is expanded, and whether it sits in a details popup.
 */
function surroundings(root: Element, view: Element): { expanded: string | null; inDetails: boolean } {
  const item = closestOf(root, S.messageItem);
  return { expanded: item && view.contains(item) ? item.getAttribute('aria-expanded') : null, inDetails: inDetails(root) };
}

/** One message from its own element; people as it shows them (the thread completes their names). */
function readMessage(root: Element, index: number, expandedAttribute: string | null, dates: DateReadOptions): MessageRead {
  const body = expandedAttribute === 'false' ? null : findBody(root);
  const collapsed = expandedAttribute === 'false' ? true : expandedAttribute === 'true' ? false : !body;

  const senderElement = findSender(root);
  const sender = senderElement ? personFromElement(senderElement, EMAIL_ATTRIBUTES, NAME_ATTRIBUTES) : null;
  const from = sender ?? { name: '', email: '' };
  const dateElement = queryFirstOf(root, S.sentAt);
  const sentAt = readSentAt(root, dateElement, body, dates);
  const id = messageId(root, index);

  if (collapsed) {
    // A stub shows sender, date and a snippet only: no recipients.
    const snippet = queryFirstOf(root, S.snippet);
    const text = snippet ? cleanName(lineText(snippet)) : longestOwnText(root, [senderElement, dateElement], inDetails);
    return { message: { id, from, to: [], cc: [], sentAt, collapsed, text, quoted: '', signature: '' }, body: null };
  }
  const { to, cc } = readRecipients(root, senderElement);
  const split = body ? splitMessageBody(body, BODY_LIMITS) : { text: '', signature: '', quoted: '' };
  return { message: { id, from, to, cc, sentAt, collapsed, ...split }, body };
}

function messageId(root: Element, index: number): string {
  const legacy = root.getAttribute('data-legacy-message-id');
  if (legacy) return legacy;
  const id = root.getAttribute('data-message-id');
  if (id) return id.replace(/^#?msg-[a-z]:/, '');
  return `gmail-message-${index + 1}`;
}

/** Inside the hidden "show details" popup, whose people and titles are not the header's. */
function inDetails(element: Element): boolean {
  return closestOf(element, S.detailsPopup) !== null;
}

function findSender(root: Element): Element | null {
  const outsideDetails = (element: Element) => !inDetails(element);
  return (
    queryFirstOf(root, S.sender, outsideDetails) ??
    queryFirstOf(root, S.person, outsideDetails) ??
    // The avatar carries the address too (jid / data-hovercard-id) when the name line is gone.
    queryFirstOf(root, S.avatar)
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
  for (const element of queryAllOf(root, S.titled)) {
    if (body?.contains(element) || inDetails(element)) continue;
    const sentAt = readPageDate(element.getAttribute('title'), dates);
    if (sentAt) return sentAt;
  }
  return null;
}

/** Labels of the "show details" rows in the UI languages we read. */
const DETAIL_LABELS: Record<string, 'from' | 'to' | 'cc' | 'bcc' | 'other'> = {
  from: 'from',
  von: 'from',
  de: 'from',
  da: 'from',
  van: 'from',
  från: 'from',
  fra: 'from',
  od: 'from',
  от: 'from',
  送信元: 'from',
  差出人: 'from',
  发件人: 'from',
  寄件者: 'from',
  보낸사람: 'from',
  to: 'to',
  an: 'to',
  à: 'to',
  a: 'to',
  para: 'to',
  aan: 'to',
  till: 'to',
  til: 'to',
  do: 'to',
  кому: 'to',
  宛先: 'to',
  收件人: 'to',
  收件者: 'to',
  받는사람: 'to',
  cc: 'cc',
  kopie: 'cc',
  copie: 'cc',
  копия: 'cc',
  抄送: 'cc',
  副本: 'cc',
  참조: 'cc',
  bcc: 'bcc',
  cci: 'bcc',
  cco: 'bcc',
  bkopie: 'bcc',
  密件抄送: 'bcc',
  숨은참조: 'bcc',
  'reply-to': 'other',
  'antwort an': 'other',
  'répondre à': 'other',
  'responder a': 'other',
};
const DATE_LABELS = new Set(['date', 'datum', 'fecha', 'data', 'дата', '日付', '日期', '날짜']);

function detailLabel(cell: Element): string {
  return lineText(cell)
    .toLowerCase()
    .replace(/[\s:：]+$/, '');
}

function readRecipients(root: Element, senderElement: Element | null): { to: Person[]; cc: Person[] } {
  const peopleIn = (elements: readonly Element[]) => uniquePeople(elements.map((element) => personFromElement(element, EMAIL_ATTRIBUTES, NAME_ATTRIBUTES)));
  const rows = queryAllOf(root, S.detailsRow).filter((row) => queryFirstOf(row, S.person));

  if (rows.length > 0) {
    const labelled = rows.map((row) => {
      const cell = row.firstElementChild;
      return { row, role: cell ? DETAIL_LABELS[detailLabel(cell)] : undefined };
    });
    const to: Element[] = [];
    const cc: Element[] = [];
    // A language whose "to:" we do not know may still share "cc:" with English (Japanese does): without a known To row, go by position.
    if (labelled.some((entry) => entry.role === 'to' || entry.role === 'from')) {
      for (const { row, role } of labelled) {
        if (role === 'to') to.push(...queryAllOf(row, S.person));
        if (role === 'cc') cc.push(...queryAllOf(row, S.person));
      }
    } else {
      // Unknown UI language: Gmail always lists from, to, then cc.
      labelled.forEach(({ row }, position) => {
        if (position === 1) to.push(...queryAllOf(row, S.person));
        if (position === 2) cc.push(...queryAllOf(row, S.person));
      });
    }
    return { to: peopleIn(to), cc: peopleIn(cc) };
  }

  // No details table: the short line lists to and cc together.
  const line = queryAllOf(root, S.recipientLine);
  const shown = line.length > 0 ? line : queryAllOf(root, S.person).filter((element) => element !== senderElement && !senderElement?.contains(element));
  return { to: peopleIn(shown), cc: [] };
}

/** The visible body (Gmail keeps an empty hidden twin next to it), else a guess. */
function findBody(root: Element): Element | null {
  return firstVisibleOf(root, S.body, root) ?? guessBody(root);
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
  for (const element of [...queryAllOf(root, S.person), ...queryAllOf(root, S.detailsPopup)]) {
    for (let el: Element | null = element; el && el !== root && !holdsPeople.has(el); el = el.parentElement) holdsPeople.add(el);
  }
  let best: Element | null = null;
  let bestLength = 0;
  forEachDescendant(root, (element) => {
    if (holdsPeople.has(element)) return undefined;
    if (isHiddenWithin(element, root, { ariaHidden: false }) || inDetails(element)) return 'skip';
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
      if (total > 0 && rawText(child, GUESS_TEXT_LIMIT).trim().length >= total * BODY_DESCEND_SHARE) next = child;
    }
    if (!next) break;
    current = next;
  }
  return current;
}

function readThreadId(view: Element, subjectElement: Element | null, roots: readonly Element[], url: string): string | null {
  const legacy = subjectElement?.getAttribute('data-legacy-thread-id');
  if (legacy && /^[0-9a-f]{1,32}$/i.test(legacy)) return legacy;
  // "thread-f:1859193321554341475" is the same id in decimal.
  const perm = queryFirstOf(view, S.threadPermId)?.getAttribute('data-thread-perm-id');
  const decimal = perm ? /(?:^|:)(\d{1,20})$/.exec(perm)?.[1] : undefined;
  if (decimal) return BigInt(decimal).toString(16);
  // The conversation starts with its first message, whose legacy id is the thread's.
  const first = roots[0]?.getAttribute('data-legacy-message-id');
  if (first && /^[0-9a-f]{1,32}$/i.test(first)) return first;
  // Older URLs end in the hex thread id (#inbox/16f1a2b3c4d5e6f7); newer ones in an opaque token.
  return /#[^/]+\/([0-9a-f]{16})$/i.exec(url)?.[1] ?? null;
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
      return email ? { name: cleanName(part.replace(/<[^>]*>/, '').replace(/\S+@\S+/, '')), email } : null;
    })
    .filter((person): person is Person => person !== null);
}

function findSendButton(box: ComposeBox): Found<HTMLElement> {
  const known = firstVisibleOf(box.root, S.sendButton, box.root) as HTMLElement | null;
  const button = known ?? sendButtonByLabel(box.root) ?? sendButtonByPosition(box.root, box.editor, 'after');
  if (button) return { ok: true, value: button };
  return notFound(
    'the Gmail Send button',
    [...S.sendButton.css, 'button labelled Send in a known UI language', 'first plain button after the editor'],
    'No Send button was found in this compose box.',
  );
}
