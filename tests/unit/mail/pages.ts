import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { z } from 'zod';
import type { Provider } from '../../../utils/mail/snapshot';

/** The saved webmail pages under tests/fixtures and what a correct extractor reads from them. */

const PersonSchema = z.object({ name: z.string(), email: z.string() });

export const ExpectedPageSchema = z.object({
  provider: z.enum(['gmail', 'outlook']),
  url: z.string(),
  timezone: z.string(),
  capturedAt: z.string(),
  subject: z.string().nullable(),
  threadId: z.string().nullable(),
  messages: z.array(
    z.object({
      from: PersonSchema,
      to: z.array(PersonSchema),
      cc: z.array(PersonSchema),
      sentAt: z.string().nullable(),
      collapsed: z.boolean(),
      bodyIncludes: z.array(z.string()),
      bodyExcludes: z.array(z.string()),
    }),
  ),
  /** The draft read as this thread's reply: the first compose box in page order, the one the sidebar and tone check use. */
  compose: z.object({
    present: z.boolean(),
    to: z.array(PersonSchema),
    cc: z.array(PersonSchema),
    subject: z.string(),
    draftText: z.string(),
  }),
  /** Other compose boxes open on the page (a pop-out new message beside an inline reply), in page order after `compose`. */
  otherCompose: z.array(z.object({ to: z.array(PersonSchema), cc: z.array(PersonSchema), subject: z.string(), draftText: z.string() })).default([]),
});
export type ExpectedPage = z.infer<typeof ExpectedPageSchema>;

export interface PageFixture {
  provider: Provider;
  name: string;
  html: string;
  expected: ExpectedPage;
}

/**
 * Every page with an .expected.json under tests/fixtures/gmail and tests/fixtures/outlook: a page added
 * there runs through the adapter tests and the selectors-count test without being listed anywhere.
 */
function fixtureNames(): Array<[Provider, string]> {
  return (['gmail', 'outlook'] as const).flatMap((provider) =>
    readdirSync(new URL(`../../fixtures/${provider}/`, import.meta.url))
      .filter((file) => file.endsWith('.expected.json'))
      .map((file) => file.slice(0, -'.expected.json'.length))
      .sort()
      .map((name): [Provider, string] => [provider, name]),
  );
}

function readFixture(provider: Provider, name: string): PageFixture {
  const base = new URL(`../../fixtures/${provider}/${name}`, import.meta.url);
  const html = readFileSync(new URL(`${base.href}.html`), 'utf8');
  const expected = ExpectedPageSchema.parse(JSON.parse(readFileSync(new URL(`${base.href}.expected.json`), 'utf8')));
  return { provider, name, html, expected };
}

export const PAGE_FIXTURES: readonly PageFixture[] = fixtureNames().map(([provider, name]) => readFixture(provider, name));

export function pageFixture(provider: Provider, name: string): PageFixture {
  const found = PAGE_FIXTURES.find((fixture) => fixture.provider === provider && fixture.name === name);
  if (!found) throw new Error(`no fixture ${provider}/${name}`);
  return found;
}

/**
 * Parses HTML into documents the way a saved page loads, without running its
 * scripts (DOMParser never does). One happy-dom Window serves a whole test file.
 */
export function createPageParser(): { parse(html: string): Document; close(): Promise<void> } {
  const window = new Window({ url: 'https://example.invalid/' });
  return {
    parse: (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/** Options a test passes so local times read as in the fixture's time zone, at capture time. */
export function extractOptionsFor(expected: ExpectedPage): { timeZone: string; now: Date } {
  return { timeZone: expected.timezone, now: new Date(expected.capturedAt) };
}
