import { describe, expect, it } from 'vitest';
import type { ThreadSnapshot } from '../../../utils/mail/snapshot';
import { createRateLimiter, PROTOCOL, REPORT_LIMITS, ReportedThreadSchema } from '../../../utils/messaging';

const person = (i: number) => ({ name: `Person ${i}`, email: `p${i}@acme-retail.example` });
const message = (i: number, text = `Message ${i}.`) => ({
  id: `m${i}`,
  from: person(i),
  to: [person(0)],
  cc: [],
  sentAt: '2026-05-15T10:00:00-04:00',
  collapsed: false,
  text,
  quoted: '',
  signature: '',
});
const thread = (messages: ThreadSnapshot['messages']): ThreadSnapshot => ({ provider: 'gmail', threadId: 't1', subject: 'Renewal', messages, compose: [] });

describe('what a thread report may hold', () => {
  it('leaves an ordinary thread exactly as it was', () => {
    const snapshot = thread([message(1), message(2)]);
    expect(ReportedThreadSchema.parse(snapshot)).toEqual(snapshot);
  });

  it('keeps the first 50 checks a partly read thread lists, however many it sends', () => {
    const partlyRead = Array.from({ length: 100_000 }, (_, i) => `check ${i}`);
    const parsed = ReportedThreadSchema.parse({ ...thread([message(1)]), partlyRead });
    expect(parsed.partlyRead).toEqual(partlyRead.slice(0, 50));
  });

  it('keeps the latest messages of a very long thread', () => {
    const parsed = ReportedThreadSchema.parse(thread(Array.from({ length: 5_000 }, (_, i) => message(i))));
    expect(parsed.messages).toHaveLength(REPORT_LIMITS.messages);
    expect(parsed.messages[0]!.id).toBe(`m${5_000 - REPORT_LIMITS.messages}`);
    expect(parsed.messages.at(-1)!.id).toBe('m4999');
  });

  it('cuts one huge message, then shares the thread’s text budget newest first', () => {
    const huge = 'x'.repeat(60_000_000);
    const parsed = ReportedThreadSchema.parse(thread(Array.from({ length: 50 }, (_, i) => message(i, huge))));
    const lengths = parsed.messages.map((m) => m.text.length);
    expect(Math.max(...lengths)).toBe(REPORT_LIMITS.messageText);
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(REPORT_LIMITS.threadText);
    expect(lengths.at(-1)).toBe(REPORT_LIMITS.messageText);
    expect(lengths[0]).toBe(0);
  });

  it('cuts recipient lists, quoted history, signatures, subject and drafts', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => person(i));
    const parsed = ReportedThreadSchema.parse({
      ...thread([{ ...message(1), to: many, cc: many, quoted: 'q'.repeat(1_000_000), signature: 's'.repeat(1_000_000) }]),
      subject: 'S'.repeat(1_000_000),
      compose: Array.from({ length: 20 }, () => ({ to: many, cc: [], subject: '', draftText: 'd'.repeat(1_000_000) })),
    });
    const [first] = parsed.messages;
    expect(first!.to).toHaveLength(REPORT_LIMITS.recipients);
    expect(first!.cc).toHaveLength(REPORT_LIMITS.recipients);
    expect(first!.quoted.length).toBeLessThanOrEqual(REPORT_LIMITS.signature);
    expect(first!.signature.length).toBeLessThanOrEqual(REPORT_LIMITS.signature);
    expect(parsed.subject!.length).toBe(REPORT_LIMITS.subject);
    expect(parsed.compose).toHaveLength(REPORT_LIMITS.compose);
    expect(parsed.compose[0]!.to).toHaveLength(REPORT_LIMITS.recipients);
    expect(parsed.compose[0]!.draftText.length).toBe(REPORT_LIMITS.messageText);
  });

  it('is what thread/report reads', () => {
    const parsed = PROTOCOL['thread/report'].request.parse({
      type: 'thread/report',
      url: 'https://mail.google.com/',
      snapshot: thread(Array.from({ length: 300 }, (_, i) => message(i))),
    });
    expect(parsed.snapshot.messages).toHaveLength(REPORT_LIMITS.messages);
  });
});

describe('the per-tab token bucket', () => {
  it('lets a burst through, then one request per refill interval', () => {
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 2 });
    expect([1, 2, 3, 4].map(() => limiter.take(7, 1_000))).toEqual([true, true, true, false]);
    expect(limiter.take(7, 1_400)).toBe(false);
    expect(limiter.take(7, 1_500)).toBe(true);
    // Refill never exceeds the capacity, however long the tab was quiet.
    expect(Array.from({ length: 5 }, () => limiter.take(7, 100_000)).filter(Boolean)).toHaveLength(3);
  });

  it('keeps one bucket per tab, and forgets a closed tab', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1 });
    expect(limiter.take(1, 0)).toBe(true);
    expect(limiter.take(1, 0)).toBe(false);
    expect(limiter.take(2, 0)).toBe(true);
    limiter.forget(1);
    expect(limiter.take(1, 0)).toBe(true);
  });

  it('does not refill when the clock goes back', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1 });
    expect(limiter.take(1, 10_000)).toBe(true);
    expect(limiter.take(1, 0)).toBe(false);
    expect(limiter.take(1, 10_500)).toBe(false);
    expect(limiter.take(1, 11_000)).toBe(true);
  });
});
