import { afterAll, describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../../utils/mail';
import type { ExtractOptions, MailAdapter } from '../../../utils/mail/adapter';
import { gmailSelectors } from '../../../utils/mail/gmail/selectors';
import { createMessageCache, type MessageCache } from '../../../utils/mail/message-cache';
import { outlookSelectors } from '../../../utils/mail/outlook/selectors';
import type { ThreadSnapshot } from '../../../utils/mail/snapshot';
import { createPageParser, extractOptionsFor, pageFixture, type PageFixture } from './pages';

/**
 * An adapter given a message cache reads again only the messages whose
 * element a mutation touched (as the thread watcher reports them), and its
 * snapshot is always the one a fresh read of the whole page gives.
 */

const parser = createPageParser();
afterAll(() => parser.close());

const CASES: ReadonlyArray<{ adapter: MailAdapter; fixture: PageFixture; message: string; body: string }> = [
  { adapter: gmailAdapter, fixture: pageFixture('gmail', 'thread-agreement'), message: gmailSelectors.message.css[0]!, body: gmailSelectors.body.css[0]! },
  {
    adapter: outlookAdapter,
    fixture: pageFixture('outlook', 'thread-champion'),
    message: outlookSelectors.message.css[0]!,
    body: outlookSelectors.body.css[0]!,
  },
];

function extract(adapter: MailAdapter, doc: Document, fixture: PageFixture, options: Partial<ExtractOptions> = {}): ThreadSnapshot {
  const result = adapter.extractThread(doc, fixture.expected.url, { ...extractOptionsFor(fixture.expected), ...options });
  if (!result.ok) throw new Error(`${result.error} (${result.selectors.join(', ')})`);
  return result.value;
}

/** The last message of the page with a body, and that body (Gmail keeps an empty twin beside each). */
function lastMessage(doc: Document, css: { message: string; body: string }): { message: Element; body: Element } {
  const body = Array.from(doc.querySelectorAll(css.body))
    .filter((element) => (element.textContent ?? '').trim())
    .at(-1);
  let message = body?.closest(css.message) ?? null;
  while (message?.parentElement?.closest(css.message)) message = message.parentElement.closest(css.message);
  if (!body || !message) throw new Error('no message with a body in the page');
  return { message, body };
}

/** Adds a paragraph as a page would, and tells the cache what a MutationObserver would. */
function appendParagraph(body: Element, text: string, cache: MessageCache): void {
  const paragraph = body.ownerDocument.createElement('p');
  paragraph.textContent = text;
  // First in the body: the message's own words, before its signature and quoted history.
  body.insertBefore(paragraph, body.firstChild);
  cache.touched(body, 'childList');
}

describe.each(CASES.map((entry) => [`${entry.fixture.provider}/${entry.fixture.name}`, entry] as const))(
  '%s with a message cache',
  (_, { adapter, fixture, ...css }) => {
    it('reads every message once, then reuses all of them while the page is unchanged, with the same snapshot', () => {
      const doc = parser.parse(fixture.html);
      const cache = createMessageCache();
      const first = extract(adapter, doc, fixture, { messages: cache });
      const count = first.messages.length;
      expect(count).toBeGreaterThan(1);
      expect(cache.counts).toEqual({ read: count, reused: 0, scanned: 1, scansReused: 0 });

      const second = extract(adapter, doc, fixture, { messages: cache });
      expect(cache.counts).toEqual({ read: count, reused: count, scanned: 1, scansReused: 1 });
      expect(second).toEqual(extract(adapter, doc, fixture));
    });

    it('reads again only the message a mutation touched, and gives what a fresh read gives', () => {
      const doc = parser.parse(fixture.html);
      const cache = createMessageCache();
      const count = extract(adapter, doc, fixture, { messages: cache }).messages.length;

      appendParagraph(lastMessage(doc, css).body, 'Added after the first read: the renewal call moves to Thursday.', cache);
      const after = extract(adapter, doc, fixture, { messages: cache });
      expect(cache.counts).toMatchObject({ read: count + 1, reused: count - 1 });
      expect(after.messages.at(-1)?.text).toContain('the renewal call moves to Thursday');
      expect(after).toEqual(extract(adapter, doc, fixture));
    });

    it('keeps an unchanged message when only a node outside every message changed', () => {
      const doc = parser.parse(fixture.html);
      const cache = createMessageCache();
      const count = extract(adapter, doc, fixture, { messages: cache }).messages.length;
      const banner = doc.createElement('div');
      doc.body.appendChild(banner);
      cache.touched(doc.body, 'childList');
      extract(adapter, doc, fixture, { messages: cache });
      expect(cache.counts).toMatchObject({ read: count, reused: count });
    });

    it('scans the headers again when an attribute of a skipped body changed (it may be no body any more)', () => {
      const doc = parser.parse(fixture.html);
      const cache = createMessageCache();
      extract(adapter, doc, fixture, { messages: cache });
      const { body } = lastMessage(doc, css);
      body.setAttribute('data-seen', 'yes');
      cache.touched(body, 'attributes');
      const after = extract(adapter, doc, fixture, { messages: cache });
      expect(cache.counts).toMatchObject({ scanned: 2, scansReused: 0 });
      expect(after).toEqual(extract(adapter, doc, fixture));
    });

    it('scans the headers again when a header changed', () => {
      const doc = parser.parse(fixture.html);
      const cache = createMessageCache();
      const count = extract(adapter, doc, fixture, { messages: cache }).messages.length;
      const { message, body } = lastMessage(doc, css);
      const header = Array.from(message.querySelectorAll('[title]')).find(
        (element) => !body.contains(element) && /\d:\d\d/.test(element.getAttribute('title')!),
      );
      expect(header).toBeDefined();
      header!.setAttribute('title', header!.getAttribute('title')!.replace(/\d+:\d\d/, '7:45'));
      cache.touched(header!, 'attributes');
      const after = extract(adapter, doc, fixture, { messages: cache });
      expect(cache.counts).toEqual({ read: count + 1, reused: count - 1, scanned: 2, scansReused: 0 });
      expect(after.messages.at(-1)?.sentAt).toContain('T07:45');
      expect(after).toEqual(extract(adapter, doc, fixture));
    });

    it('reads again a message taken out of the page, changed while out, and put back', () => {
      const doc = parser.parse(fixture.html);
      const cache = createMessageCache();
      const count = extract(adapter, doc, fixture, { messages: cache }).messages.length;
      const { message, body } = lastMessage(doc, css);
      const parent = message.parentElement!;
      const next = message.nextSibling;
      message.remove();
      cache.removed(message);
      // Not observed: a detached subtree's mutations reach no observer of the page.
      const paragraph = doc.createElement('p');
      paragraph.textContent = 'Written while the message was out of the page.';
      body.insertBefore(paragraph, body.firstChild);
      parent.insertBefore(message, next);
      cache.touched(parent, 'childList');

      const after = extract(adapter, doc, fixture, { messages: cache });
      expect(cache.counts.read).toBe(count + 1);
      expect(after.messages.at(-1)?.text).toContain('Written while the message was out of the page.');
      expect(after).toEqual(extract(adapter, doc, fixture));
    });

    it('reads every message again on another day: year-less and weekday dates count from it', () => {
      const doc = parser.parse(fixture.html);
      const cache = createMessageCache();
      const count = extract(adapter, doc, fixture, { messages: cache }).messages.length;
      const nextDay = new Date(Date.parse(fixture.expected.capturedAt) + 86_400_000);
      const later = extract(adapter, doc, fixture, { messages: cache, now: nextDay });
      expect(cache.counts).toMatchObject({ read: 2 * count, reused: 0, scanned: 2 });
      expect(later).toEqual(extract(adapter, doc, fixture, { now: nextDay }));
    });
  },
);

describe('a cached message in a changed thread', () => {
  it('completes its names from the page as it is now, as a fresh read does ("me" is the account shown now)', () => {
    const { adapter, fixture } = CASES[0]!;
    const doc = parser.parse(fixture.html);
    const account = doc.querySelector(gmailSelectors.account.css[0]!)!;
    const label = account.getAttribute('aria-label')!;
    const email = 'sam.carter@northwind-analytics.example';
    expect(label).toContain(`Sam Carter\n(${email})`);
    // The page names the signed-in user only "me": the name comes from the account button.
    for (const element of Array.from(doc.querySelectorAll(`[email="${email}"]`))) {
      element.setAttribute('name', 'me');
      element.textContent = 'me';
    }
    const cache = createMessageCache();
    const before = extract(adapter, doc, fixture, { messages: cache });
    const count = before.messages.length;
    expect(before.messages[0]?.from).toEqual({ name: 'Sam Carter', email });

    account.setAttribute('aria-label', label.replace('Sam Carter', 'Samuel Carter'));
    cache.touched(account, 'attributes');
    const after = extract(adapter, doc, fixture, { messages: cache });
    expect(cache.counts).toMatchObject({ read: count, reused: count });
    expect(after.messages[0]?.from).toEqual({ name: 'Samuel Carter', email });
    expect(after).toEqual(extract(adapter, doc, fixture));
  });
});
