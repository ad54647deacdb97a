import { afterAll, describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../../utils/mail';
import type { MailAdapter } from '../../../utils/mail/adapter';
import { ThreadSnapshotSchema } from '../../../utils/mail/snapshot';
import { createPageParser, PAGE_FIXTURES } from './pages';

/**
 * Fuzzing with a seeded PRNG (each run's seed is in its test name, so a failure
 * replays exactly): saved pages mangled at the text and DOM level, and random
 * markup, go through both adapters. Nothing may throw, and every ok result must
 * pass ThreadSnapshotSchema.
 */

const RUNS = 200;
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
const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, max: number): number => Math.floor(random() * max);

/** Attributes the adapters look at, with values that mislead them. */
const ATTRIBUTES: ReadonlyArray<[string, readonly string[]]> = [
  ['style', ['display:none', 'visibility: hidden', 'display:', 'white-space:pre']],
  ['hidden', ['']],
  ['aria-hidden', ['true', 'false']],
  ['aria-expanded', ['true', 'false', '']],
  ['role', ['main', 'listitem', 'region', 'dialog', 'button', 'listbox', 'option', 'textbox', 'toolbar', 'document']],
  ['email', ['x@y.example', 'not an address', '', 'Ma\u202Eria@x.example']],
  ['name', ['me', 'You', '\u202Eevil\u202C', '']],
  ['title', ['Mon, Mar 9, 2026, 10:02 AM', 'Feb 31, 2026, 25:99 PM', '10/13/2026', 'x@y.example', '']],
  ['id', ['appendonsend', 'divRplyFwdMsg', 'Signature', 'UniqueMessageBody_9', 'MSG_1_FROM', 'MSG__TO', 'docking_InitVisiblePart_9']],
  ['class', ['gmail_quote', 'gmail_signature', 'a3s', 'M9', 'aoO', 'adn', 'kv']],
  ['data-message-id', ['#msg-f:1', '']],
  ['data-legacy-thread-id', ['zzzz', '19cd2e79bc066e63', '']],
  ['data-thread-perm-id', ['thread-f:99999999999999999999999', 'thread-f:x']],
  ['data-convid', ['', 'AAQk=']],
  ['contenteditable', ['true', 'false']],
  ['g_editable', ['true']],
  ['data-app-section', ['ConversationContainer', 'MailCompose']],
  ['data-testid', ['SentReceivedSavedTime', 'ComposeSendButton']],
  ['aria-label', ['Send', 'Senden', 'From: X', 'To: You', 'Message body']],
  ['value', ['Re: subject', '']],
];

const TEXTS = [
  'Hello', 'On Thu, Apr 2, 2026 at 8:31 AM Maria <m@x.example> wrote:', '-- ', '> quoted', 'From: A\nSent: B',
  '-----Original Message-----', '\u202E\u200B\uFEFF', '\u00a0\u202f', '10:24 AM', 'Ma\u0301ria', '',
];

function mutateText(random: Random, html: string): string {
  const at = int(random, html.length);
  switch (int(random, 3)) {
    case 0:
      return html.slice(0, at);
    case 1: {
      const length = int(random, 2000);
      return html.slice(0, at) + html.slice(at + length);
    }
    default: {
      const length = int(random, 2000);
      return html.slice(0, at) + html.slice(at, at + length) + html.slice(at);
    }
  }
}

/** One DOM mutation; `elements` is listed once per run (mutating detached ones is harmless). */
function mutateDom(random: Random, doc: Document, elements: readonly Element[]): void {
  if (elements.length === 0) return;
  const target = pick(random, elements);
  switch (int(random, 5)) {
    case 0:
      target.remove();
      break;
    case 1: {
      const place = pick(random, elements);
      if (!place.contains(target) && !target.contains(place)) place.parentNode?.insertBefore(target.cloneNode(true), place);
      break;
    }
    case 2: {
      const children = Array.from(target.children);
      for (let i = children.length - 1; i > 0; i -= 1) {
        const j = int(random, i + 1);
        target.insertBefore(children[j]!, children[i]!.nextSibling);
      }
      break;
    }
    case 3: {
      const [name, values] = pick(random, ATTRIBUTES);
      target.setAttribute(name, pick(random, values));
      break;
    }
    default:
      target.appendChild(doc.createTextNode(pick(random, TEXTS)));
  }
}

const TAGS = ['div', 'span', 'p', 'br', 'table', 'tr', 'td', 'blockquote', 'h2', 'h3', 'a', 'script', 'style', 'img', 'b', 'button', 'input', 'form', 'pre', 'hr'];

/** Random nested markup, at most `budget.left` elements (nesting is exponential otherwise). */
function randomMarkup(random: Random, budget = { left: 400 }, depth = 0): string {
  let out = '';
  const count = 1 + int(random, 5);
  for (let i = 0; i < count; i += 1) {
    if (random() < 0.3 || depth > 14 || budget.left <= 0) {
      out += pick(random, TEXTS).replace(/</g, '&lt;');
      continue;
    }
    budget.left -= 1;
    const tag = pick(random, TAGS);
    const attributes = Array.from({ length: int(random, 4) }, () => {
      const [name, values] = pick(random, ATTRIBUTES);
      return ` ${name}="${pick(random, values).replace(/"/g, '&quot;')}"`;
    }).join('');
    out += `<${tag}${attributes}>${randomMarkup(random, budget, depth + 1)}</${tag}>`;
  }
  return out;
}

function runAdapter(adapter: MailAdapter, doc: Document, url: string, random: Random): void {
  const thread = adapter.extractThread(doc, url, { timeZone: pick(random, ['America/New_York', 'Europe/Berlin', 'Nowhere/City']), now: new Date(1_780_000_000_000) });
  if (thread.ok) {
    const parsed = ThreadSnapshotSchema.safeParse(thread.value);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  } else {
    expect(thread.error).not.toBe('');
  }
  for (const box of adapter.findComposeBoxes(doc)) {
    adapter.readCompose(box);
    expect(typeof adapter.readDraft(box)).toBe('string');
    const send = adapter.findSendButton(box);
    if (send.ok) expect(box.root.contains(send.value)).toBe(true);
  }
}

describe('fuzzed pages through both adapters', () => {
  it.each(Array.from({ length: RUNS }, (_, index) => [index + 1]))('seed %i', (seed) => {
    const random = prng(seed);
    let html: string;
    if (random() < 0.5) {
      html = pick(random, PAGE_FIXTURES).html;
      if (random() < 0.4) html = mutateText(random, html);
    } else {
      html = `<!DOCTYPE html><html><body>${randomMarkup(random)}</body></html>`;
    }
    const doc = parser.parse(html);
    const mutations = int(random, 9);
    const elements = Array.from(doc.getElementsByTagName('*')).filter((element) => element !== doc.documentElement);
    for (let i = 0; i < mutations; i += 1) mutateDom(random, doc, elements);

    for (const [adapter, url] of [
      [gmailAdapter, 'https://mail.google.com/mail/u/0/#inbox/abc'],
      [outlookAdapter, 'https://outlook.live.com/mail/0/inbox/id/AAQk%3D'],
    ] as const) {
      expect(() => runAdapter(adapter, doc, url, random)).not.toThrow();
    }
  });
});
