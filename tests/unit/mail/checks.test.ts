import { afterAll, describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../../utils/mail';
import type { Found } from '../../../utils/mail/adapter';
import type { ThreadSnapshot } from '../../../utils/mail/snapshot';
import { bodyProblems, expectedStructureOf, structureOf } from './expectations';
import { createPageParser, extractOptionsFor, pageFixture, type PageFixture } from './pages';

/**
 * A reading is checked before it is used: a reading that fails a check is
 * "could not read this thread" with the check named; a layout the selectors
 * do not know is read by structure and marked as a fallback reading.
 */

const parser = createPageParser();
afterAll(() => parser.close());

const gmail = pageFixture('gmail', 'thread-agreement');
const outlook = pageFixture('outlook', 'thread-champion');
const classic = pageFixture('outlook', 'live-classic');

function extract(fixture: PageFixture, edit: (doc: Document) => void = () => {}): Found<ThreadSnapshot> {
  const doc = parser.parse(fixture.html);
  edit(doc);
  const adapter = fixture.provider === 'gmail' ? gmailAdapter : outlookAdapter;
  return adapter.extractThread(doc, fixture.expected.url, extractOptionsFor(fixture.expected));
}

function failure(result: Found<ThreadSnapshot>) {
  if (result.ok) throw new Error(`read as ok with ${result.value.messages.length} messages (${result.value.reading})`);
  return result;
}

describe('readings that pass every check', () => {
  it.each([gmail, outlook])('$name is read by its selectors and marked primary, with nothing partly read', (fixture) => {
    const result = extract(fixture);
    expect(result.ok && result.value.reading).toBe('primary');
    expect(result.ok && result.value.partlyRead).toBeUndefined();
  });

  it('reads the older outlook.live.com layout exactly, by structure, and marks it as a fallback', () => {
    const result = extract(classic);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.reading).toBe('fallback');
    expect(structureOf(result.value)).toEqual(expectedStructureOf(classic.expected));
    expect(bodyProblems(result.value, classic.expected)).toEqual([]);
  });

  it.each([
    ['Gmail', gmail, ['data-message-id', 'data-legacy-message-id', 'class']],
    ['Outlook', outlook, ['role', 'class', 'id', 'data-testid', 'aria-expanded', 'data-app-section']],
  ] as const)('reads %s by structure when the message hooks are gone: same senders, dates and own words', (_, fixture, attributes) => {
    const result = extract(fixture, (doc) => {
      // Every hook of the message list goes, as in a rebuilt UI; mail content (bodies' own markup) stays.
      for (const element of Array.from(doc.querySelectorAll('[role="main"] *'))) {
        if (element.closest('[class*="a3s"], [id^="UniqueMessageBody"], [contenteditable]')) continue;
        for (const attribute of attributes) if (attribute !== 'role' || element.getAttribute('role') !== 'main') element.removeAttribute(attribute);
      }
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.reading).toBe('fallback');
    expect(result.value.messages.map(({ from, sentAt }) => ({ email: from.email, sentAt }))).toEqual(
      fixture.expected.messages.map(({ from, sentAt }) => ({ email: from.email, sentAt })),
    );
    for (const [index, message] of fixture.expected.messages.entries()) {
      for (const phrase of message.bodyIncludes) expect(result.value.messages[index]!.text).toContain(phrase);
    }
  });
});

describe('readings that fail a check are not used', () => {
  it("does not take the reply being written for a message's text (compose-not-message)", () => {
    // What the issue saw on an unknown layout: the last message's body read as the draft in the reply box.
    const result = failure(
      extract(outlook, (doc) => {
        const draft = doc.querySelector('[id^="editorParent_"] [contenteditable="true"]')!;
        const body = doc.querySelectorAll('[id^="UniqueMessageBody"]')[1]!;
        body.replaceChildren(...Array.from(draft.childNodes, (node) => node.cloneNode(true)));
      }),
    );
    expect(result.failedChecks).toContain('compose-not-message');
    expect(result.error).toMatch(/^Could not read this thread: failed check .*compose-not-message: message 4 is a reply being written/);
  });

  it('never reads quoted history as its own message: a quoted copy of a message is left to the structure (quoted-not-message)', () => {
    const doc = parser.parse(gmail.html);
    const quote = doc.createElement('blockquote');
    quote.className = 'gmail_quote';
    const copy = doc.querySelector('[data-message-id]')!.cloneNode(true) as Element;
    copy.setAttribute('data-message-id', '#msg-f:42');
    copy.setAttribute('data-legacy-message-id', '42');
    quote.appendChild(copy);
    doc.querySelector('[role="list"][aria-label="Conversation"]')!.appendChild(quote);
    const result = gmailAdapter.extractThread(doc, gmail.expected.url, extractOptionsFor(gmail.expected));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.reading).toBe('fallback');
    expect(result.value.messages.map((message) => message.id)).not.toContain('42');
    expect(result.value.messages).toHaveLength(6);
  });

  it("fails when the conversation's own counter says more messages than were read (message-count)", () => {
    const result = failure(
      extract(gmail, (doc) => {
        const row = doc.querySelector(`tr [data-legacy-thread-id="${gmail.expected.threadId}"]`)!.closest('tr')!;
        row.querySelector('.bx0')!.textContent = '9';
      }),
    );
    expect(result.failedChecks).toEqual(['message-count']);
    expect(result.error).toContain('the conversation counts 9 messages but 6 were found');
  });

  it('counts messages folded behind "N older messages" as found, and says they were not read', () => {
    const result = extract(gmail, (doc) => {
      const row = doc.querySelector(`tr [data-legacy-thread-id="${gmail.expected.threadId}"]`)!.closest('tr')!;
      row.querySelector('.bx0')!.textContent = '27';
      const bar = doc.createElement('div');
      bar.className = 'adv';
      bar.setAttribute('role', 'listitem');
      bar.innerHTML = '<span class="G1" role="button" tabindex="0">21</span>';
      doc.querySelector('[role="list"][aria-label="Conversation"] > [role="listitem"]')!.after(bar);
    });
    expect(result.ok && result.value.partlyRead).toEqual(['21 earlier messages are folded away on the page and were not read']);
  });

  it('uses the structure when the page shows a date the selectors missed (headers-agree)', () => {
    const result = extract(outlook, (doc) => {
      const date = doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]')[3]!;
      const time = doc.createElement('time');
      time.setAttribute('datetime', '2026-10-16T09:12:00-05:00');
      time.textContent = 'Fri 10/16';
      date.replaceWith(time);
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.reading).toBe('fallback');
    expect(result.value.messages[3]!.sentAt).toBe('2026-10-16T09:12:00-05:00');
  });
});

describe('partly read threads say what is missing', () => {
  it('reads a message without a date, and reports the thread as partly read', () => {
    const result = extract(outlook, (doc) => {
      const last = doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]')[3]!;
      last.removeAttribute('title');
      last.textContent = '';
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.messages[3]!.sentAt).toBeNull();
    expect(result.value.partlyRead).toEqual(['message 4 shows no date']);
  });
});
