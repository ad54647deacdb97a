import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../utils/mail';
import type { MailAdapter } from '../../../utils/mail/adapter';
import type { MailMessage, ThreadSnapshot } from '../../../utils/mail/snapshot';
import { createPageParser, extractOptionsFor, PAGE_FIXTURES, type PageFixture } from './pages';

/**
 * Fuzzing by relations to the original page (seeded PRNG; the seed is in the
 * test name, so a failure replays exactly). Each run takes a saved thread and
 * mangles it. Whatever the adapter then returns, it may say "could not read",
 * but what it does read must hold against the original:
 *
 * - it never gains a message, a sender, a recipient or words the original lacks;
 * - a message whose region was not touched reads as before (sender, date,
 *   collapsed state, own text; recipients only among its original ones);
 * - damage outside the conversation (navigation) changes nothing at all, and
 *   the reading is still ok: an adapter that always fails, fails this test.
 */

const SEEDS = 24;
const parser = createPageParser();
afterAll(() => parser.close());

/** mulberry32: small, fast, good enough to spread mutations. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, max: number): number => Math.floor(random() * max);

const threads = PAGE_FIXTURES.filter((fixture) => fixture.expected.messages.length > 0);

function read(adapter: MailAdapter, doc: Document, fixture: PageFixture) {
  return adapter.extractThread(doc, fixture.expected.url, extractOptionsFor(fixture.expected));
}

/**
 * Attributes the adapters look at, set to values that mislead them. No new
 * address is written (a page that shows a new person may be read with them);
 * an address attribute may only be emptied.
 */
function misleadingAttributes(): ReadonlyArray<[string, readonly string[]]> {
  return [
    ['style', ['display:none', 'visibility: hidden', 'white-space:pre']],
    ['hidden', ['']],
    ['aria-hidden', ['true', 'false']],
    ['aria-expanded', ['true', 'false']],
    ['role', ['main', 'listitem', 'region', 'dialog', 'document', 'heading', 'toolbar']],
    ['email', ['', 'not an address']],
    ['title', ['Mon, Mar 9, 2026, 10:02 AM', 'Feb 31, 2026, 25:99 PM', '']],
    ['class', ['gmail_quote', 'gmail_signature', 'a3s', 'adn', 'allowTextSelection']],
    ['id', ['appendonsend', 'divRplyFwdMsg', 'Signature']],
    ['data-message-id', ['#msg-f:1', '']],
    ['contenteditable', ['true', 'false']],
  ];
}

/** One mutation of an element under `region`: remove it, shuffle its children, or set a misleading attribute. */
function mutateWithin(random: Random, region: Element): void {
  const elements = Array.from(region.querySelectorAll('*'));
  if (elements.length === 0) return;
  const target = pick(random, elements);
  switch (int(random, 3)) {
    case 0:
      target.remove();
      break;
    case 1: {
      const children = Array.from(target.children);
      for (let i = children.length - 1; i > 0; i -= 1) target.insertBefore(children[int(random, i + 1)]!, children[i]!.nextSibling);
      break;
    }
    default: {
      const [name, values] = pick(random, misleadingAttributes());
      target.setAttribute(name, pick(random, values));
    }
  }
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];

/** Everything the original page knows: its words and its addresses. */
function pageKnowledge(doc: Document) {
  const known = new Set<string>();
  const walker = doc.createTreeWalker(doc.documentElement, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) for (const word of words((node as Text).data)) known.add(word);
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) for (const word of words(attribute.value)) known.add(word);
  }
  return known;
}

function people(message: MailMessage): string[] {
  return [message.from.email, ...message.to.map((p) => p.email), ...message.cc.map((p) => p.email)].filter(Boolean);
}

/** Relations every reading of a mangled page must keep with the original reading. */
function expectNoGains(mutated: ThreadSnapshot, original: ThreadSnapshot, known: Set<string>): void {
  expect(mutated.messages.length, 'no message the original lacks').toBeLessThanOrEqual(original.messages.length);
  const originalPeople = new Set(original.messages.flatMap(people));
  const originalHeaders = new Set(original.messages.map((m) => `${m.from.email}|${m.sentAt}`));
  for (const message of mutated.messages) {
    for (const email of people(message)) expect(originalPeople, `no sender or recipient the original lacks: ${email}`).toContain(email);
    if (message.from.email && message.sentAt) {
      expect(originalHeaders, 'every sender and date read belongs to one original message').toContain(`${message.from.email}|${message.sentAt}`);
    }
    const invented = words(`${message.text} ${message.quoted} ${message.signature}`).filter((word) => !known.has(word));
    expect(invented, 'no words the page lacks').toEqual([]);
  }
}

describe('fuzzed thread pages keep their relations to the original', () => {
  it.each(Array.from({ length: SEEDS }, (_, index) => [index + 1]))(
    'seed %i',
    (seed) => {
      const random = prng(seed);
      const fixture = threads[(seed - 1) % threads.length]!;
      const adapter = adapterForUrl(fixture.expected.url)!;
      const originalDoc = parser.parse(fixture.html);
      const baseline = read(adapter, originalDoc, fixture);
      if (!baseline.ok) throw new Error(`${fixture.name} is not read unmutated: ${baseline.error}`);
      const original = baseline.value;
      const known = pageKnowledge(originalDoc);

      // 1. Damage outside the conversation (the navigation pane) changes nothing.
      const chrome = parser.parse(fixture.html);
      const navigation = Array.from(chrome.querySelectorAll('[role="navigation"]'));
      for (let i = 0; i < 6 && navigation.length > 0; i += 1) mutateWithin(random, pick(random, navigation));
      const untouched = read(adapter, chrome, fixture);
      expect(untouched.ok, untouched.ok ? '' : untouched.error).toBe(true);
      if (untouched.ok) expect(untouched.value.messages).toEqual(original.messages);

      // 2. Damage inside one message: nothing gained anywhere, the other messages read as before.
      const doc = parser.parse(fixture.html);
      const target = int(random, original.messages.length);
      const region = messageRegion(doc, original.messages[target]!, target);
      for (let i = 1 + int(random, 6); i > 0 && region; i -= 1) mutateWithin(random, region);
      const result = read(adapter, doc, fixture);
      if (!result.ok) {
        expect(result.error).toMatch(/\S/);
        return;
      }
      expectNoGains(result.value, original, known);
      original.messages.forEach((before, index) => {
        if (index === target) return;
        const after = result.value.messages.find((message) => message.id === before.id);
        expect(after, `message ${index + 1} (${before.id}) was not touched and is still read`).toBeDefined();
        const { from, sentAt, collapsed, text } = after!;
        expect({ from, sentAt, collapsed, text }).toEqual({ from: before.from, sentAt: before.sentAt, collapsed: before.collapsed, text: before.text });
        for (const email of [...after!.to, ...after!.cc].map((p) => p.email)) {
          expect([...before.to, ...before.cc].map((p) => p.email)).toContain(email);
        }
      });
    },
    30_000,
  );
});

/** The element of the page that holds one message, found by its id (Gmail, Outlook) or its position. */
function messageRegion(doc: Document, message: MailMessage, index: number): Element | null {
  const byId =
    doc.querySelector(`[data-legacy-message-id="${message.id}"]`) ??
    doc.querySelector(`[id^="MSG_${message.id}_"]`)?.closest('[role="region"], [aria-label="Email message"]') ??
    null;
  if (byId) return byId;
  return doc.querySelectorAll('[aria-label="Email message"], [data-message-id]')[index] ?? null;
}
