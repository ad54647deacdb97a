import { afterAll, describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../../utils/mail';
import type { MailAdapter } from '../../../utils/mail/adapter';
import type { ThreadSnapshot } from '../../../utils/mail/snapshot';
import { bodyProblems, expectedStructureOf, structureOf } from './expectations';
import { createPageParser, extractOptionsFor, pageFixture, type PageFixture } from './pages';

/**
 * Variants of the saved pages that Gmail and Outlook really ship (renamed
 * classes, another UI language, another host, a layout without the hidden
 * parts): extraction must still give what .expected.json says.
 */

const parser = createPageParser();
afterAll(() => parser.close());

const gmailThread = pageFixture('gmail', 'thread-agreement');
const gmailCompose = pageFixture('gmail', 'compose-popout');
const outlookThread = pageFixture('outlook', 'thread-champion');
const outlookCompose = pageFixture('outlook', 'compose-new');

function extract(adapter: MailAdapter, doc: Document, fixture: PageFixture, url = fixture.expected.url): ThreadSnapshot {
  const result = adapter.extractThread(doc, url, extractOptionsFor(fixture.expected));
  if (!result.ok) throw new Error(`${result.error} (${result.selectors.join(', ')})`);
  return result.value;
}

function expectFullMatch(snapshot: ThreadSnapshot, fixture: PageFixture): void {
  expect(structureOf(snapshot)).toEqual(expectedStructureOf(fixture.expected));
  expect(bodyProblems(snapshot, fixture.expected)).toEqual([]);
}

// ---- page mutations -------------------------------------------------------

/** Content classes written by mail clients into message bodies: these never change with the web app's UI. */
const CONTENT_CLASS = /gmail|elementToProof|Signature|^m_|^x_/;

/** Renames every UI class token, as a new Gmail/Outlook build does. */
function renameUiClasses(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('[class]'))) {
    const renamed = (element.getAttribute('class') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((token) => (CONTENT_CLASS.test(token) ? token : `r${hash(token)}`));
    element.setAttribute('class', renamed.join(' '));
  }
}

function hash(text: string): string {
  let h = 7;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return h.toString(36);
}

function removeAll(doc: Document, css: string): void {
  for (const element of Array.from(doc.querySelectorAll(css))) element.remove();
}

function removeAttribute(doc: Document, css: string, attribute: string): void {
  for (const element of Array.from(doc.querySelectorAll(css))) element.removeAttribute(attribute);
}

/** Replaces whole attribute values (aria-label, title, data-tooltip…) through a dictionary. */
function translateAttributes(doc: Document, dictionary: Record<string, string>): void {
  for (const element of Array.from(doc.querySelectorAll('[aria-label], [title], [data-tooltip], [placeholder]'))) {
    for (const attribute of ['aria-label', 'title', 'data-tooltip', 'placeholder']) {
      const value = element.getAttribute(attribute);
      if (value !== null && value in dictionary) element.setAttribute(attribute, dictionary[value]!);
    }
  }
}

/** Replaces text nodes whose trimmed text is a dictionary key. */
function translateTexts(doc: Document, dictionary: Record<string, string>): void {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.trim();
    if (text in dictionary) (node as Text).data = dictionary[text]!;
  }
}

/** Rewrites every title that holds a date into the UI language's format. */
function retitleDates(doc: Document, rewrite: (title: string) => string | null): void {
  for (const element of Array.from(doc.querySelectorAll('[title]'))) {
    const rewritten = rewrite(element.getAttribute('title') ?? '');
    if (rewritten) element.setAttribute('title', rewritten);
    if (rewritten && element.hasAttribute('alt')) element.setAttribute('alt', rewritten);
  }
}

const DE_WEEKDAYS: Record<string, string> = { Mon: 'Mo.', Tue: 'Di.', Wed: 'Mi.', Thu: 'Do.', Fri: 'Fr.', Sat: 'Sa.', Sun: 'So.' };
const DE_MONTHS: Record<string, string> = {
  Jan: 'Jan.',
  Feb: 'Feb.',
  Mar: 'März',
  Apr: 'Apr.',
  May: 'Mai',
  Jun: 'Juni',
  Jul: 'Juli',
  Aug: 'Aug.',
  Sep: 'Sept.',
  Oct: 'Okt.',
  Nov: 'Nov.',
  Dec: 'Dez.',
};

function to24h(hour: string, minute: string, meridiem: string): string {
  const h = (Number(hour) % 12) + (meridiem === 'PM' ? 12 : 0);
  return `${String(h).padStart(2, '0')}:${minute}`;
}

/** "Mon, Mar 9, 2026, 10:02 AM" → "Mo., 9. März 2026, 10:02" (Gmail in German). */
function gmailGermanDate(title: string): string | null {
  const m = /^(\w{3}), (\w{3}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d{2}) (AM|PM)$/.exec(title);
  return m ? `${DE_WEEKDAYS[m[1]!]}, ${m[3]}. ${DE_MONTHS[m[2]!]} ${m[4]}, ${to24h(m[5]!, m[6]!, m[7]!)}` : null;
}

/** "Tue 10/13/2026 8:41 AM" → "Di 13.10.2026 08:41" (Outlook in German). */
function outlookGermanDate(title: string): string | null {
  const m = /^(\w{3}) (\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}) (AM|PM)$/.exec(title);
  return m ? `${DE_WEEKDAYS[m[1]!]!.replace('.', '')} ${m[3]!.padStart(2, '0')}.${m[2]!.padStart(2, '0')}.${m[4]} ${to24h(m[5]!, m[6]!, m[7]!)}` : null;
}

const GMAIL_GERMAN: Record<string, string> = {
  'Send \u202A(Ctrl-Enter)\u202C': 'Senden \u202A(Strg + Eingabetaste)\u202C',
  'More send options': 'Weitere Sendeoptionen',
  'To recipients': 'An-Empfänger',
  'Cc recipients': 'Cc-Empfänger',
  Subject: 'Betreff',
  'Message Body': 'Nachrichtentext',
  'Show details': 'Details anzeigen',
};
const GMAIL_GERMAN_TEXT: Record<string, string> = { 'from:': 'von:', 'to:': 'an:', 'date:': 'Datum:', 'subject:': 'Betreff:', to: 'an', me: 'mich' };

const OUTLOOK_GERMAN: Record<string, string> = {
  Send: 'Senden',
  'Send (Ctrl+Enter)': 'Senden (Strg+Eingabe)',
  'More send options': 'Weitere Sendeoptionen',
  'Email message': 'E-Mail-Nachricht',
  'Message body': 'Nachrichtentext',
  To: 'An',
  Subject: 'Betreff',
  'Add a subject': 'Betreff hinzufügen',
  'To: You': 'An: Sie',
  'Cc: You': 'Cc: Sie',
  Discard: 'Verwerfen',
  'Discard (Esc)': 'Verwerfen (Esc)',
};
const OUTLOOK_GERMAN_TEXT: Record<string, string> = { 'To:': 'An:', You: 'Sie' };

function germanGmail(doc: Document): void {
  doc.documentElement.setAttribute('lang', 'de');
  translateAttributes(doc, GMAIL_GERMAN);
  translateTexts(doc, GMAIL_GERMAN_TEXT);
  removeAttribute(doc, '[name="me"]', 'name');
  retitleDates(doc, gmailGermanDate);
}

function germanOutlook(doc: Document): void {
  doc.documentElement.setAttribute('lang', 'de-DE');
  translateAttributes(doc, OUTLOOK_GERMAN);
  translateTexts(doc, OUTLOOK_GERMAN_TEXT);
  retitleDates(doc, outlookGermanDate);
}

// ---- Gmail ----------------------------------------------------------------

describe('Gmail conversation variants', () => {
  it('reads the same after every UI class name changes', () => {
    const doc = parser.parse(gmailThread.html);
    renameUiClasses(doc);
    expectFullMatch(extract(gmailAdapter, doc, gmailThread), gmailThread);
  });

  it('reads the same in a German UI (labels, detail rows, date titles)', () => {
    const doc = parser.parse(gmailThread.html);
    germanGmail(doc);
    expectFullMatch(extract(gmailAdapter, doc, gmailThread), gmailThread);
  });

  it('reads the same in a German UI with renamed classes', () => {
    const doc = parser.parse(gmailThread.html);
    germanGmail(doc);
    renameUiClasses(doc);
    expectFullMatch(extract(gmailAdapter, doc, gmailThread), gmailThread);
  });

  it('keeps the open thread id when the hidden inbox list is gone', () => {
    const doc = parser.parse(gmailThread.html);
    removeAll(doc, '[role="main"][style*="display:none"]');
    expectFullMatch(extract(gmailAdapter, doc, gmailThread), gmailThread);
  });

  it('ignores the inbox list when it is visible beside the thread (split pane)', () => {
    const doc = parser.parse(gmailThread.html);
    removeAttribute(doc, '[role="main"][style*="display:none"]', 'style');
    expect(extract(gmailAdapter, doc, gmailThread).threadId).toBe(gmailThread.expected.threadId);
  });

  it('reads dates from the visible text when the titles are gone', () => {
    const doc = parser.parse(gmailThread.html);
    removeAttribute(doc, '[role="gridcell"][title]', 'title');
    removeAttribute(doc, '[role="gridcell"][alt]', 'alt');
    const sentAt = extract(gmailAdapter, doc, gmailThread).messages.map((message) => (message.collapsed ? null : message.sentAt));
    expect(sentAt).toEqual(gmailThread.expected.messages.map((message) => (message.collapsed ? null : message.sentAt)));
  });

  it('lists to and cc together from the short line when the details table is gone', () => {
    const doc = parser.parse(gmailThread.html);
    removeAll(doc, '[role="dialog"][aria-hidden="true"]');
    const messages = extract(gmailAdapter, doc, gmailThread).messages;
    expect(messages.map((message) => ({ to: message.to, cc: message.cc }))).toEqual(
      gmailThread.expected.messages.map((message) => ({ to: [...message.to, ...message.cc], cc: [] })),
    );
  });

  it('reads the pop-out compose after every UI class name changes', () => {
    const doc = parser.parse(gmailCompose.html);
    renameUiClasses(doc);
    expectFullMatch(extract(gmailAdapter, doc, gmailCompose), gmailCompose);
  });
});

describe('Gmail Send button', () => {
  function sendOf(doc: Document): Element | null {
    const box = gmailAdapter.findComposeBoxes(doc)[0];
    if (!box) return null;
    const found = gmailAdapter.findSendButton(box);
    return found.ok ? found.value : null;
  }
  /** The element the page's own send handler listens on (the fixture's inline script). */
  const pageSend = (doc: Document) => doc.querySelector('.IZ .Up div[role=button]:not([aria-haspopup=true])');

  it('is found by its German label when its class names changed', () => {
    const doc = parser.parse(gmailCompose.html);
    const expected = pageSend(doc);
    germanGmail(doc);
    renameUiClasses(doc);
    expect(expected).not.toBeNull();
    expect(sendOf(doc)).toBe(expected);
  });

  it('is found by position in a UI language we do not know', () => {
    const doc = parser.parse(gmailCompose.html);
    const expected = pageSend(doc);
    translateAttributes(doc, { 'Send \u202A(Ctrl-Enter)\u202C': 'Tinda', 'Message Body': 'Ujumbe' });
    removeAttribute(doc, '[data-tooltip]', 'data-tooltip');
    renameUiClasses(doc);
    expect(sendOf(doc)).toBe(expected);
  });
});

// ---- Outlook ----------------------------------------------------------------

describe('Outlook conversation variants', () => {
  it('reads the same with no class names at all', () => {
    const doc = parser.parse(outlookThread.html);
    removeAttribute(doc, '[class]', 'class');
    expectFullMatch(extract(outlookAdapter, doc, outlookThread), outlookThread);
  });

  it('reads the same in a German UI (labels, "An: Sie", date titles)', () => {
    const doc = parser.parse(outlookThread.html);
    germanOutlook(doc);
    expectFullMatch(extract(outlookAdapter, doc, outlookThread), outlookThread);
  });

  it('reads the same on outlook.live.com, taking the conversation id from the URL when the page has none', () => {
    const doc = parser.parse(outlookThread.html);
    removeAttribute(doc, '[data-convid]', 'data-convid');
    const url = outlookThread.expected.url.replace('outlook.office.com', 'outlook.live.com').replace('/mail/', '/mail/0/');
    expectFullMatch(extract(outlookAdapter, doc, outlookThread, url), outlookThread);
  });

  it('takes the conversation id from the open conversation, not the first row of the message list', () => {
    const doc = parser.parse(outlookThread.html);
    const firstRow = doc.querySelector('[role="option"][data-convid]');
    expect(firstRow?.getAttribute('data-convid')).not.toBe(outlookThread.expected.threadId);
    expect(extract(outlookAdapter, doc, outlookThread, 'https://outlook.office.com/mail/inbox').threadId).toBe(outlookThread.expected.threadId);
  });

  it('finds To and Cc lines by their German labels when their ids are gone', () => {
    const doc = parser.parse(outlookThread.html);
    germanOutlook(doc);
    for (const line of Array.from(doc.querySelectorAll('[id^="MSG_"][aria-readonly]'))) line.removeAttribute('id');
    const messages = extract(outlookAdapter, doc, outlookThread).messages;
    expect(messages.map(({ to, cc }) => ({ to, cc }))).toEqual(outlookThread.expected.messages.map(({ to, cc }) => ({ to, cc })));
  });

  it('reads the new-message compose with no class names at all', () => {
    const doc = parser.parse(outlookCompose.html);
    removeAttribute(doc, '[class]', 'class');
    expectFullMatch(extract(outlookAdapter, doc, outlookCompose), outlookCompose);
  });
});

describe('Outlook Send button', () => {
  function sendOf(doc: Document): Element | null {
    const box = outlookAdapter.findComposeBoxes(doc)[0];
    if (!box) return null;
    const found = outlookAdapter.findSendButton(box);
    return found.ok ? found.value : null;
  }
  const pageSend = (doc: Document) => doc.querySelector('[id^="docking_InitVisiblePart_"] button[id$="__primaryActionButton"]:not([aria-haspopup])');

  it('is found in a German UI', () => {
    const doc = parser.parse(outlookCompose.html);
    const expected = pageSend(doc);
    germanOutlook(doc);
    expect(expected).not.toBeNull();
    expect(sendOf(doc)).toBe(expected);
  });

  it('is found by its German label when test ids, ids and classes are gone', () => {
    const doc = parser.parse(outlookThread.html);
    const expected = pageSend(doc);
    germanOutlook(doc);
    removeAttribute(doc, '[data-testid]', 'data-testid');
    removeAttribute(doc, 'button[id]', 'id');
    removeAttribute(doc, '[class]', 'class');
    expect(sendOf(doc)).toBe(expected);
  });

  it('is found as the first plain toolbar button in a UI language we do not know', () => {
    const doc = parser.parse(outlookCompose.html);
    const expected = pageSend(doc);
    translateAttributes(doc, { Send: 'Tuma', 'Send (Ctrl+Enter)': 'Tuma (Ctrl+Enter)' });
    removeAttribute(doc, '[data-testid]', 'data-testid');
    removeAttribute(doc, 'button[id]', 'id');
    removeAttribute(doc, '[class]', 'class');
    expect(sendOf(doc)).toBe(expected);
  });
});
