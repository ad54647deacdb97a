import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../utils/mail';
import type { MailAdapter } from '../../../utils/mail/adapter';
import { ThreadSnapshotSchema, type ThreadSnapshot } from '../../../utils/mail/snapshot';
import { createPageParser, extractOptionsFor, PAGE_FIXTURES, type PageFixture } from './pages';

/**
 * Every saved page through its adapter, in the page's own time zone, compared
 * with its .expected.json.
 */

/** What each page's stand-in send handler listens on: by provider, or by page for a layout with its own compose markup. */
const PAGE_SEND: Record<string, string> = {
  gmail: '.IZ .Up div[role=button]:not([aria-haspopup=true])',
  outlook: 'button[id$="__primaryActionButton"]:not([aria-haspopup])',
  'live-classic': 'button[aria-label="Send"]',
};

const parser = createPageParser();
afterAll(() => parser.close());

function load(fixture: PageFixture): { adapter: MailAdapter; doc: Document; snapshot: ThreadSnapshot } {
  const adapter = adapterForUrl(fixture.expected.url);
  if (!adapter) throw new Error(`no adapter for ${fixture.expected.url}`);
  const doc = parser.parse(fixture.html);
  const result = adapter.extractThread(doc, fixture.expected.url, extractOptionsFor(fixture.expected));
  if (!result.ok) throw new Error(`${fixture.name}: ${result.error} (${result.selectors.join(', ')})`);
  return { adapter, doc, snapshot: result.value };
}

describe.each(PAGE_FIXTURES.map((fixture) => [`${fixture.provider}/${fixture.name}`, fixture] as const))('%s', (_, fixture) => {
  const { adapter, doc, snapshot } = load(fixture);
  const expected = fixture.expected;

  it('is read by the adapter of its URL and passes the snapshot schema', () => {
    expect(adapter.provider).toBe(expected.provider);
    expect(ThreadSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it("has the open thread's subject and id, not those of the inbox list", () => {
    expect(snapshot.subject).toBe(expected.subject);
    expect(snapshot.threadId).toBe(expected.threadId);
  });

  it('lists the messages oldest first with sender, recipients, date and collapsed state', () => {
    expect(snapshot.messages.map(({ from, to, cc, sentAt, collapsed }) => ({ from, to, cc, sentAt, collapsed }))).toEqual(
      expected.messages.map(({ from, to, cc, sentAt, collapsed }) => ({ from, to, cc, sentAt, collapsed })),
    );
  });

  it.each(expected.messages.map((message, index) => [index + 1, message] as const))(
    'message %i keeps its own words in text and its quoted history out of it',
    (index, message) => {
      const actual = snapshot.messages[index - 1]!;
      for (const phrase of message.bodyIncludes) expect(actual.text).toContain(phrase);
      for (const phrase of message.bodyExcludes) {
        expect(actual.text).not.toContain(phrase);
        expect(actual.quoted.replace(/\s+/g, ' ')).toContain(phrase);
      }
    },
  );

  it('gives every message a distinct id', () => {
    const ids = snapshot.messages.map((message) => message.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const drafts = expected.compose.present ? [expected.compose, ...expected.otherCompose] : [];

  it("reads the thread's reply box first (recipients, subject, exactly the typed draft), then any other open compose", () => {
    if (!expected.compose.present) {
      expect(snapshot.compose).toEqual([]);
      return;
    }
    expect(snapshot.compose).toEqual(drafts.map(({ to, cc, subject, draftText }) => ({ to, cc, subject, draftText })));
  });

  it('finds each Send button the page itself listens on, and the same draft through readDraft', () => {
    const boxes = adapter.findComposeBoxes(doc);
    expect(boxes).toHaveLength(drafts.length);
    boxes.forEach((box, index) => {
      // The pages' stand-in send handlers (inline script at the end) pick these elements.
      const pageSend = box.root.querySelector(PAGE_SEND[fixture.name] ?? PAGE_SEND[expected.provider]!);
      const send = adapter.findSendButton(box);
      expect(send.ok && send.value).toBe(pageSend);
      expect(adapter.readDraft(box)).toBe(drafts[index]!.draftText);
    });
  });
});
