import type { ComposeBox, ExtractOptions, Found, MailAdapter } from '../adapter';
import { BUTTONS, draftTextOf, findComposeBoxesIn, inputValue, sendButtonByLabel, sendButtonByPosition } from '../compose';
import { resolveTimeZone } from '../../dates';
import { dateReadKey, pageLanguage, readPageDate, type DateReadOptions } from '../date-labels';
import { closestOf, firstVisibleOf, isHiddenWithin, outermost, queryAll, queryAllOf, queryFirstOf } from '../dom-query';
import { guarded, notFound, orDefault, validatedSnapshot } from '../found';
import { cleanName, createPeopleDirectory, emailInText, normaliseEmail, personFromElement, uniquePeople } from '../people';
import { splitMessageBody } from '../quoted';
import { readThrough, withResolvedPeople, type MessageRead } from '../message-cache';
import { chooseReading, type MessagesRead } from '../reading';
import { isRecipientLine } from '../structure';
import { MESSAGE_TEXT_LIMIT, QUOTED_TEXT_LIMIT, SIGNATURE_TEXT_LIMIT, type ComposeSnapshot, type Person, type ThreadSnapshot } from '../snapshot';
import { lineText, longestOwnText } from '../text';
import { hostOf } from '../url';
import { outlookSelectors as S } from './selectors';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com,
 * outlook.live.com). The reading pane holds the conversation
 * (`data-app-section=ConversationContainer`, with its `data-convid`) and any
 * inline reply; the message list beside it holds other conversations'
 * `data-convid`s, so the id is read from the open conversation only.
 */

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);
const HOVER_EMAIL_ATTRIBUTES = ['title', 'aria-label', 'data-email'] as const;
const ENTITY_EMAIL_ATTRIBUTES = ['aria-label', 'title', 'data-email'] as const;
const COMPOSE = { editor: S.composeEditor, root: S.composeRoot, marker: S.composeMarker };
const BODY_LIMITS = { text: MESSAGE_TEXT_LIMIT, quoted: QUOTED_TEXT_LIMIT, signature: SIGNATURE_TEXT_LIMIT };

export const outlookAdapter: MailAdapter = {
  provider: 'outlook',

  matchesUrl(url) {
    return OUTLOOK_HOSTS.has(hostOf(url));
  },

  urlShowsThread(url) {
    return /\/mail\/.*\/id\/[^/?#]+/.test(url);
  },

  extractThread(doc, url, options = {}) {
    return guarded('the Outlook conversation', () => readThread(doc, url, options));
  },

  findComposeBoxes(doc) {
    return orDefault(() => findComposeBoxesIn(doc, COMPOSE), []);
  },

  readCompose(box) {
    return orDefault(() => readCompose(box), { to: [], cc: [], subject: '', draftText: '' });
  },

  findSendButton(box) {
    return guarded('the Outlook Send button', () => findSendButton(box));
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
  const conversation = findConversation(doc);
  const scope = conversation ?? findReadingPane(doc);
  if (scope) {
    for (const element of queryAllOf(scope, S.person)) {
      directory.remember(personFromElement(element, HOVER_EMAIL_ATTRIBUTES, []));
    }
  }
  let primary: MessagesRead | null = null;
  if (conversation) {
    const roots = messageRoots(conversation);
    const dateKey = dateReadKey(dates);
    // Everything a message's reading depends on is inside its element (aria-expanded too), but for its position and the day.
    const read = roots.map((root, index) => readThrough(options.messages, root, `${index}|${dateKey}`, () => readMessage(root, index, dates)));
    primary = { messages: read.map((entry) => withResolvedPeople(entry.message, directory)), roots, bodies: read.map((entry) => entry.body) };
  }
  const chosen = chooseReading({
    provider: 'Outlook',
    primary,
    scope,
    structure: { body: S.body, dates, directory, compose: boxes, idPrefix: 'outlook-message' },
    compose: boxes,
    drafts: compose.map((box) => box.draftText),
    messages: options.messages,
    selectors: [...S.conversation.css, ...S.message.css],
  });
  if (!chosen) {
    if (compose.length > 0) return validatedSnapshot({ provider: 'outlook', threadId: null, subject: null, messages: [], compose, reading: 'primary' });
    return notFound(
      'an Outlook conversation or compose box',
      [...S.conversation.css, ...S.message.css, ...S.composeEditor.css],
      'No conversation or compose box is open in the Outlook reading pane.',
    );
  }
  if (!chosen.ok) return chosen;
  const subjectElement = queryFirstOf(scope!, S.subject);
  const subject = subjectElement ? cleanName(subjectElement.getAttribute('title') || lineText(subjectElement)) || null : null;

  return validatedSnapshot({
    provider: 'outlook',
    threadId: readThreadId(doc, scope!, url),
    subject,
    messages: chosen.read.messages,
    compose,
    reading: chosen.reading,
    ...(chosen.partlyRead.length > 0 ? { partlyRead: chosen.partlyRead } : {}),
  });
}

/** Where to read by structure when no known container holds messages: the reading pane, else the visible role=main. */
function findReadingPane(doc: Document): Element | null {
  for (const candidate of [...queryAllOf(doc, S.readingPane), ...queryAllOf(doc, S.conversation)]) {
    if (!isHiddenWithin(candidate, null, { ariaHidden: false })) return candidate;
  }
  return doc.body;
}

/** The open conversation: a container that holds messages, outside any compose. */
function findConversation(doc: Document): Element | null {
  for (const css of S.conversation.css) {
    for (const candidate of queryAll(doc, css)) {
      if (isHiddenWithin(candidate, null, { ariaHidden: false })) continue;
      if (messageRoots(candidate).length > 0) return candidate;
    }
  }
  return null;
}

function messageRoots(scope: Element): Element[] {
  for (const css of S.message.css) {
    const roots = outermost(queryAll(scope, css)).filter((root) => !closestOf(root, S.composeRoot) && !isHiddenWithin(root, scope, { ariaHidden: false }));
    if (roots.length > 0) return roots;
  }
  // Regions renamed: each body or date climbs to the element holding one message.
  const anchors = [...queryAllOf(scope, S.body), ...queryAllOf(scope, S.sentAt)];
  return outermost(
    anchors
      .map((anchor) => closestOf(anchor, S.messageHolder) ?? anchor.parentElement)
      .filter((root): root is Element => root !== null && scope.contains(root)),
  );
}

/** One message from its own element; people as it shows them (the thread completes their names). */
function readMessage(root: Element, index: number, dates: DateReadOptions): MessageRead {
  const expanded = root.getAttribute('aria-expanded');
  const body = expanded === 'false' ? null : firstVisibleOf(root, S.body, root);
  const collapsed = expanded === 'false' ? true : expanded === 'true' ? false : !body;
  const outsideBody = (element: Element) => !body?.contains(element);

  // Without the sender's own hook, the first person outside the body and off the To/Cc lines.
  const senderElement =
    queryFirstOf(root, S.sender, outsideBody) ?? queryFirstOf(root, S.person, (element) => outsideBody(element) && !isRecipientLine(element, root));
  const from = (senderElement && personFromElement(senderElement, HOVER_EMAIL_ATTRIBUTES, [])) ?? { name: '', email: '' };
  const dateElement = queryFirstOf(root, S.sentAt, outsideBody);
  const sentAt = readSentAt(root, dateElement, body, dates);
  const id = messageId(root, index);

  if (collapsed) {
    const snippet = queryFirstOf(root, S.snippet);
    const text = snippet ? cleanName(lineText(snippet)) : longestOwnText(root, [senderElement, dateElement]);
    return { message: { id, from, to: [], cc: [], sentAt, collapsed, text, quoted: '', signature: '' }, body: null };
  }
  const { to, cc } = readRecipients(root, body);
  const split = body ? splitMessageBody(body, BODY_LIMITS) : { text: '', signature: '', quoted: '' };
  return { message: { id, from, to, cc, sentAt, collapsed, ...split }, body };
}

/** "MSG_70bd60cb543_FROM" → "70bd60cb543"; index-based when the page has no id. */
function messageId(root: Element, index: number): string {
  const tagged = queryFirstOf(root, S.messagePart)?.getAttribute('id');
  const match = tagged ? /^MSG_(.+)_[A-Z]+$/.exec(tagged) : null;
  return match?.[1] ?? `outlook-message-${index + 1}`;
}

function readSentAt(root: Element, dateElement: Element | null, body: Element | null, dates: DateReadOptions): string | null {
  if (dateElement) {
    for (const raw of [dateElement.getAttribute('title'), lineText(dateElement)]) {
      const sentAt = readPageDate(raw, dates);
      if (sentAt) return sentAt;
    }
  }
  for (const element of queryAllOf(root, S.titled)) {
    if (body?.contains(element)) continue;
    const sentAt = readPageDate(element.getAttribute('title'), dates);
    if (sentAt) return sentAt;
  }
  return null;
}

/** "To:" / "Cc:" prefixes of header lines in the UI languages we read, for when the ids are gone. */
const TO_PREFIX = /^(?:to|an|à|a|para|aan|till|til|do|кому)\s*:/i;
const CC_PREFIX = /^(?:cc|kopie|copie|копия)\s*:/i;

function readRecipients(root: Element, body: Element | null): { to: Person[]; cc: Person[] } {
  const outsideBody = (element: Element) => !body?.contains(element);
  const people = (line: Element | null | undefined) =>
    line ? uniquePeople(queryAllOf(line, S.person).map((element) => personFromElement(element, HOVER_EMAIL_ATTRIBUTES, []))) : [];

  let toLine = queryFirstOf(root, S.toLine, outsideBody);
  let ccLine = queryFirstOf(root, S.ccLine, outsideBody);
  if (!toLine && !ccLine) {
    const lines = queryAllOf(root, S.headerLine).filter(outsideBody);
    const labelled = (prefix: RegExp) => lines.find((line) => prefix.test(cleanName(line.getAttribute('aria-label') || lineText(line))));
    toLine = labelled(TO_PREFIX) ?? lines[0] ?? null;
    ccLine = labelled(CC_PREFIX) ?? lines.find((line) => line !== toLine) ?? null;
  }
  return { to: people(toLine), cc: people(ccLine) };
}

function readThreadId(doc: Document, conversation: Element, url: string): string | null {
  const own = conversation.getAttribute('data-convid') ?? queryFirstOf(conversation, S.conversationId)?.getAttribute('data-convid');
  if (own) return own;
  const selected = queryFirstOf(doc, S.selectedConversation)?.getAttribute('data-convid');
  if (selected) return selected;
  // …/mail/inbox/id/AAQk…%3D: the conversation or item id, URL-encoded.
  const fromUrl = /\/id\/([^/?#]+)/.exec(url)?.[1];
  if (!fromUrl) return null;
  try {
    return decodeURIComponent(fromUrl);
  } catch {
    return fromUrl;
  }
}

function readAccount(doc: Document): Person | null {
  const nameElement = queryFirstOf(doc, S.accountName);
  const emailElement = queryFirstOf(doc, S.accountEmail);
  const email = normaliseEmail(emailElement ? lineText(emailElement) : '') || emailInText(emailElement?.getAttribute('title'));
  if (!email) return null;
  const name = nameElement ? cleanName(lineText(nameElement)) : '';
  return { name, email };
}

function readCompose(box: ComposeBox): ComposeSnapshot {
  const wells = queryAllOf(box.root, S.recipientWell).filter((well) => well !== box.editor);
  return {
    to: readRecipientField(queryFirstOf(box.root, S.composeTo) ?? wells[0] ?? null),
    cc: readRecipientField(queryFirstOf(box.root, S.composeCc) ?? wells[1] ?? null),
    subject: inputValue(queryFirstOf(box.root, S.composeSubject)),
    draftText: draftTextOf(box.editor),
  };
}

function readRecipientField(field: Element | null): Person[] {
  if (!field) return [];
  return uniquePeople(queryAllOf(field, S.recipient).map((entity) => personFromElement(entity, ENTITY_EMAIL_ATTRIBUTES, [])));
}

function findSendButton(box: ComposeBox): Found<HTMLElement> {
  const known = firstVisibleOf(box.root, S.sendButton, box.root);
  // An icon alternative ([data-icon-name=Send]) finds the glyph: the button is around it.
  const knownButton = known ? (known.closest(BUTTONS) ?? known) : null;
  const button = (knownButton as HTMLElement | null) ?? sendButtonByLabel(box.root) ?? sendButtonByPosition(box.root, box.editor, 'before');
  if (button) return { ok: true, value: button };
  return notFound(
    'the Outlook Send button',
    [...S.sendButton.css, 'button labelled Send in a known UI language', 'first plain button before the editor'],
    'No Send button was found in this compose box.',
  );
}
