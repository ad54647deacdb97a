import { afterAll, describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../../utils/mail';
import { readPageDate } from '../../../utils/mail/date-labels';
import { cleanName, emailInText, parsePeople } from '../../../utils/mail/people';
import { splitQuotedText, splitSignatureText } from '../../../utils/mail/quoted';
import type { ComposeBox, MailAdapter } from '../../../utils/mail/adapter';
import { MESSAGE_TEXT_LIMIT, ThreadSnapshotSchema, type ThreadSnapshot } from '../../../utils/mail/snapshot';
import { createPageParser } from './pages';

/**
 * Mail is written by strangers. Whatever a message holds, the adapters return
 * a valid snapshot or a NotFound, never throw, never let markup, scripts or
 * spoofing characters into the text they hand on.
 */

const parser = createPageParser();
afterAll(() => parser.close());

const NY = { timeZone: 'America/New_York', now: new Date('2026-05-18T14:00:00Z') };
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBZcVtqWmJxKdNpLrTgHsWvXc';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQk%3D';

interface MessageParts {
  senderName?: string;
  senderEmail?: string;
  date?: string;
  body: string;
}

/** The smallest Gmail conversation the adapter reads: one expanded message. */
function gmailPage({ senderName = 'Maria Gonzalez', senderEmail = 'maria@acme.example', date = 'Mon, Mar 9, 2026, 10:02 AM', body }: MessageParts): string {
  return `<!DOCTYPE html><html lang="en"><body><div role="main">
    <h2 data-legacy-thread-id="19cd2e79bc066e63">Subject</h2>
    <div role="list"><div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:1" data-legacy-message-id="19cd2e79bc066e63">
      <h3><span email="${senderEmail}" name="${senderName}">${senderName}</span></h3>
      <span class="g3" role="gridcell" title="${date}" alt="${date}">${date}</span>
      <div class="ii gt"><div class="a3s">${body}</div></div>
    </div></div></div></div></body></html>`;
}

/** The smallest Outlook conversation the adapter reads: one expanded message. */
function outlookPage({ senderName = 'Rachel Kim', senderEmail = 'rachel@globex.example', date = 'Tue 10/13/2026 8:41 AM', body }: MessageParts): string {
  return `<!DOCTYPE html><html lang="en-US"><body><div role="main">
    <div data-app-section="ConversationContainer" data-convid="AAQk=">
      <span role="heading" aria-level="2" id="CONV_1_SUBJECT">Subject</span>
      <div role="region" aria-expanded="true">
        <span id="MSG_1_FROM"><span data-lpc-hover-target-id="x" title="${senderEmail}">${senderName}</span></span>
        <div data-testid="SentReceivedSavedTime" title="${date}">${date}</div>
        <div id="UniqueMessageBody_1" role="document">${body}</div>
      </div></div></div></body></html>`;
}

const PAGES: ReadonlyArray<[string, MailAdapter, (parts: MessageParts) => string, string]> = [
  ['Gmail', gmailAdapter, gmailPage, GMAIL_URL],
  ['Outlook', outlookAdapter, outlookPage, OUTLOOK_URL],
];

function read(adapter: MailAdapter, html: string, url: string): ThreadSnapshot {
  const result = adapter.extractThread(parser.parse(html), url, NY);
  if (!result.ok) throw new Error(result.error);
  expect(ThreadSnapshotSchema.safeParse(result.value).success).toBe(true);
  return result.value;
}

describe.each(PAGES)('%s adapter on hostile messages', (_, adapter, page, url) => {
  it('reads a plain message (the templates themselves work)', () => {
    const message = read(adapter, page({ body: '<div>Hello there</div>' }), url).messages[0]!;
    expect(message.text).toBe('Hello there');
    expect(message.sentAt).not.toBeNull();
  });

  it('keeps script code out of the text', () => {
    const message = read(adapter, page({ body: '<div>Hello</div><script>window.stolen = document.cookie</script><noscript>enable js</noscript>' }), url)
      .messages[0]!;
    expect(JSON.stringify(message)).not.toMatch(/stolen|cookie|enable js/);
    expect(message.text).toBe('Hello');
  });

  it('keeps event-handler attributes and javascript: links out of the snapshot', () => {
    const body = '<img src="x" onerror="alert(1)"><a href="javascript:alert(2)" onclick="alert(3)">click here</a><div onmouseover="alert(4)">hover</div>';
    const snapshot = read(adapter, page({ body }), url);
    expect(JSON.stringify(snapshot)).not.toMatch(/alert|javascript:|onerror/);
    expect(snapshot.messages[0]!.text).toBe('click here\nhover');
  });

  it('keeps hidden tracking text and styles out of the text', () => {
    const body = '<style>.x{color:red}</style><div>Visible</div><div style="display:none">hidden preheader</div><span hidden>pixel</span>';
    expect(read(adapter, page({ body }), url).messages[0]!.text).toBe('Visible');
  });

  it('strips direction overrides and zero-width characters from the sender', () => {
    const snapshot = read(adapter, page({ senderName: 'Maria\u202E zelaznoG\u202C \u200BBoss', senderEmail: 'Ma\u200Bria@Acme.example', body: 'x' }), url);
    expect(snapshot.messages[0]!.from).toEqual({ name: 'Maria zelaznoG Boss', email: 'maria@acme.example' });
  });

  it.each([
    ['an impossible date', 'Feb 31, 2026, 99:99 PM'],
    ['words', 'sometime last week'],
    ['an empty title', ''],
    ['markup around impossible numbers', '<b>99/99/9999 10:00</b>'],
  ])('reads %s as sentAt null without throwing', (_, date) => {
    expect(read(adapter, page({ date, body: 'x' }), url).messages[0]!.sentAt).toBeNull();
  });

  it('reads the first 20,000 characters of a 5 MB body, flags it truncated and says so', () => {
    const body = `<div>Start</div><div>${'lorem ipsum dolor '.repeat(300_000)}</div><div>End of a long mail</div>`;
    const snapshot = read(adapter, page({ body }), url);
    const message = snapshot.messages[0]!;
    expect(message.text.startsWith('Start\nlorem ipsum')).toBe(true);
    expect(message.text).toHaveLength(MESSAGE_TEXT_LIMIT);
    expect(message.text).not.toContain('End of a long mail');
    expect(message.truncated).toBe(true);
    expect(snapshot.partlyRead).toEqual(['message 1 is longer than 20,000 characters; only its start was read']);
  });

  it('reads a body of exactly the limit whole, without a truncated flag', () => {
    const words = 'x'.repeat(MESSAGE_TEXT_LIMIT);
    const message = read(adapter, page({ body: `<div>${words}</div>` }), url).messages[0]!;
    expect(message.text).toBe(words);
    expect(message.truncated).toBeUndefined();
  });

  // What it costs is a bench figure (mail.extract.gmail.5mb, in Chromium).
  it('reads a 5 MB body, cut at the limit', () => {
    const doc = parser.parse(page({ body: `<div>${'lorem ipsum dolor '.repeat(300_000)}</div>` }));
    const result = adapter.extractThread(doc, url, NY);
    expect(result.ok && result.value.messages[0]!.truncated).toBe(true);
  });

  it('cuts a body of 1,000 paragraphs at the limit too', () => {
    const body = `<p>${'lorem ipsum dolor sit amet '.repeat(20)}</p>`.repeat(1_000);
    const message = read(adapter, page({ body }), url).messages[0]!;
    expect(message.truncated).toBe(true);
    expect(message.text.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT);
  });

  it('reads a body nested 5,000 levels deep', () => {
    const body = `<div>Top</div>${'<div><span>'.repeat(2500)}deep words${'</span></div>'.repeat(2500)}`;
    const message = read(adapter, page({ body }), url).messages[0]!;
    expect(message.text).toBe('Top\ndeep words');
  });
});

describe('adapters never throw, whatever they are given', () => {
  const garbage = [
    ['null', null],
    ['an empty object', {}],
    ['a number', 42],
  ] as const;

  it.each(PAGES.flatMap(([name, adapter]) => garbage.map(([label, value]) => [name, label, adapter, value] as const)))(
    '%s given %s',
    (_, __, adapter, value) => {
      const doc = value as unknown as Document;
      const box = { root: value, editor: value } as unknown as ComposeBox;
      const thread = adapter.extractThread(doc, 'not a url');
      expect(thread.ok).toBe(false);
      expect(thread.ok ? '' : thread.error).not.toBe('');
      expect(adapter.findComposeBoxes(doc)).toEqual([]);
      expect(adapter.readCompose(box)).toEqual({ to: [], cc: [], subject: '', draftText: '' });
      expect(adapter.readDraft(box)).toBe('');
      expect(adapter.findSendButton(box).ok).toBe(false);
      expect(adapter.matchesUrl(value as unknown as string)).toBe(false);
    },
  );

  it.each(PAGES)('%s reports which selectors it tried on a page that is not a mail page', (_, adapter) => {
    const result = adapter.extractThread(parser.parse('<html><body><p>Hello</p></body></html>'), 'https://example.invalid/');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.selectors.length).toBeGreaterThan(2);
      expect(result.error).toMatch(/No conversation or compose box/);
    }
  });
});

// A pattern that backtracked on these would not finish within the test's timeout; their cost is not asserted here.
describe('text readers finish on inputs built to make them backtrack', () => {
  const lines = (line: string, count: number) => Array.from({ length: count }, () => line).join('\n');

  it.each([
    ['attribution-like lines', () => splitQuotedText(lines(`Am ${'schrieb '.repeat(60)}`, 20_000))],
    ['From: lines without a Sent: line', () => splitQuotedText(lines('From: someone', 50_000))],
    ['signature delimiters on every line', () => splitSignatureText(lines('--', 100_000))],
    ['a huge run without an address', () => emailInText('a'.repeat(1_000_000))],
    ['a huge recipient list', () => parsePeople(Array.from({ length: 20_000 }, (_, i) => `P ${i} <p${i}@x.example>`).join(', '))],
    ['a huge name', () => cleanName('\u202E'.repeat(1_000_000))],
    ['a huge date title', () => readPageDate('Mar 9, 2026 '.repeat(100_000), { timeZone: 'UTC' })],
  ])('%s', (_, read) => {
    expect(read).not.toThrow();
  });
});
