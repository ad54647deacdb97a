import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../utils/mail';
import { chronological, type MessagesRead } from '../../../utils/mail/reading';
import type { MailMessage, ThreadSnapshot } from '../../../utils/mail/snapshot';
import { bodyProblems, expectedStructureOf, structureOf } from './expectations';
import { createPageParser, extractOptionsFor, pageFixture, type PageFixture } from './pages';

/**
 * The layouts built in this project (tests/fixtures/*\/SOURCE.md) read by
 * structure as well: with the provider's message hooks gone, the fallback must
 * still read them exactly, or not at all.
 */

const parser = createPageParser();
afterAll(() => parser.close());

function read(fixture: PageFixture, mutate: (doc: Document) => void) {
  const doc = parser.parse(fixture.html);
  mutate(doc);
  return adapterForUrl(fixture.expected.url)!.extractThread(doc, fixture.expected.url, extractOptionsFor(fixture.expected));
}

function expectExactly(result: ReturnType<typeof read>, fixture: PageFixture): ThreadSnapshot {
  if (!result.ok) throw new Error(result.error);
  expect(structureOf(result.value)).toEqual(expectedStructureOf(fixture.expected));
  expect(bodyProblems(result.value, fixture.expected)).toEqual([]);
  return result.value;
}

/**
 * The first message's sender hover card gone (a Gmail build that renders it later): the selectors then take a
 * recipient for the sender, the self-checks see the header the page shows and the structure is read instead.
 */
function withoutFirstSenderCard(doc: Document): void {
  doc.querySelector('[role="listitem"] h3 [email]')?.remove();
}

describe('an invitation card inside a Gmail message', () => {
  const fixture = pageFixture('gmail', 'thread-forward-invite');

  it('is read exactly by the selectors, the forwarded header block staying quoted history', () => {
    expectExactly(
      read(fixture, () => {}),
      fixture,
    );
  });

  it('does not cut its message in two when read by structure: the agenda times beside it are no header dates', () => {
    const snapshot = expectExactly(read(fixture, withoutFirstSenderCard), fixture);
    expect(snapshot.reading).toBe('fallback');
  });
});

describe('Gmail in Japanese', () => {
  const fixture = pageFixture('gmail', 'thread-japanese');

  it('reads To and Cc from the details table under 宛先 and Cc, and 自分 as the signed-in account', () => {
    const result = read(fixture, () => {});
    if (!result.ok) throw new Error(result.error);
    const last = result.value.messages.at(-1)!;
    expect(last.to).toEqual([{ name: '山本 彩', email: 'aya.yamamoto@northwind-analytics.example' }]);
    expect(last.cc).toEqual([{ name: '中村 由美', email: 'yumi.nakamura@sakura-logistics.example' }]);
  });

  it('goes by position when only "Cc:" is a label it knows (Thai: จาก, ถึง, Cc)', () => {
    const result = read(fixture, (doc) => {
      for (const label of Array.from(doc.querySelectorAll('[role="dialog"] td.gG span'))) {
        label.textContent = ({ '送信元:': 'จาก:', '宛先:': 'ถึง:' } as Record<string, string>)[label.textContent ?? ''] ?? label.textContent;
      }
    });
    if (!result.ok) throw new Error(result.error);
    const last = result.value.messages.at(-1)!;
    expect(last.to.map((person) => person.email)).toEqual(['aya.yamamoto@northwind-analytics.example']);
    expect(last.cc.map((person) => person.email)).toEqual(['yumi.nakamura@sakura-logistics.example']);
  });

  it('reads 自分 on the short "宛先:" line as the signed-in account when the details table is not in the page', () => {
    const result = read(fixture, (doc) => doc.querySelectorAll('[role="dialog"][aria-hidden]').forEach((popup) => popup.remove()));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.messages.at(-1)!.to[0]).toEqual({ name: '山本 彩', email: 'aya.yamamoto@northwind-analytics.example' });
  });
});

describe('Outlook with newest messages on top', () => {
  const fixture = pageFixture('outlook', 'newest-first');

  it('lists the conversation oldest first, as the page order reversed', () => {
    const snapshot = expectExactly(
      read(fixture, () => {}),
      fixture,
    );
    const times = snapshot.messages.map((message) => Date.parse(message.sentAt!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('chronological', () => {
  const message = (id: string, sentAt: string | null): MailMessage => ({
    id,
    from: { name: '', email: `${id}@example.test` },
    to: [],
    cc: [],
    sentAt,
    collapsed: false,
    text: id,
    quoted: '',
    signature: '',
  });
  const readOf = (messages: MailMessage[]): MessagesRead => ({ messages, roots: [], bodies: messages.map(() => null) });
  const ids = (read: MessagesRead) => read.messages.map((m) => m.id);

  it.each([
    [
      'newest first is turned round',
      [
        ['c', '2026-11-18T10:00:00Z'],
        ['b', '2026-11-17T10:00:00Z'],
        ['a', '2026-11-16T10:00:00Z'],
      ],
      ['a', 'b', 'c'],
    ],
    [
      'oldest first is kept',
      [
        ['a', '2026-11-16T10:00:00Z'],
        ['b', '2026-11-17T10:00:00Z'],
      ],
      ['a', 'b'],
    ],
    [
      'a mixed order is the page’s and is kept',
      [
        ['a', '2026-11-16T10:00:00Z'],
        ['c', '2026-11-18T10:00:00Z'],
        ['b', '2026-11-17T10:00:00Z'],
      ],
      ['a', 'c', 'b'],
    ],
    [
      'undated messages go round with the dated ones',
      [
        ['c', '2026-11-18T10:00:00Z'],
        ['x', null],
        ['a', '2026-11-16T10:00:00Z'],
      ],
      ['a', 'x', 'c'],
    ],
    [
      'equal dates alone are no order',
      [
        ['a', '2026-11-16T10:00:00Z'],
        ['b', '2026-11-16T10:00:00Z'],
      ],
      ['a', 'b'],
    ],
  ] as const)('%s', (_, rows, order) => {
    expect(ids(chronological(readOf(rows.map(([id, sentAt]) => message(id, sentAt)))))).toEqual(order);
  });
});
