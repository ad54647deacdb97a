import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, launchExtension, type Extension } from './harness';
import { bodyProblems, expectedStructureOf, structureOf } from '../unit/mail/expectations';
import { PAGE_FIXTURES, type PageFixture } from '../unit/mail/pages';
import type { ThreadSnapshot } from '../../utils/mail/snapshot';

/**
 * Every saved page under tests/fixtures/gmail and tests/fixtures/outlook with
 * an .expected.json, loaded at its real URL in Chromium with the built
 * extension: the snapshot the content script sends the background
 * (thread/report) must say what the .expected.json says, as the unit tests
 * read it in Node.
 *
 * The snapshot is taken where the background receives it: a second
 * runtime.onMessage listener in the service worker records each thread/report
 * and answers nothing, so the extension's own listener still does. Nothing is
 * added to the extension or the page for the test.
 */

interface Heard {
  type: 'thread/report' | 'thread/clear';
  url: string;
  snapshot?: ThreadSnapshot;
}

const GMAIL_CSP = "require-trusted-types-for 'script'";
/** Long enough for document_idle, the tone model and the first debounced read, with room on a busy machine. */
const REPORT_TIMEOUT = 20_000;
/** After the first report, further DOM changes (the sidebar mounting) may re-read: the last report counts. */
const SETTLE_MS = 1_200;

describe('the content script reads every saved page as its .expected.json says, in Chromium', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.worker.evaluate(() => {
      const heard: unknown[] = [];
      (globalThis as unknown as { __bkHeard: unknown[] }).__bkHeard = heard;
      chrome.runtime.onMessage.addListener((message: unknown) => {
        const { type, url, snapshot } = (message ?? {}) as { type?: unknown; url?: unknown; snapshot?: unknown };
        if (type === 'thread/report' || type === 'thread/clear') heard.push(JSON.parse(JSON.stringify({ type, url, snapshot })));
        return false;
      });
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** What the background heard for `url` since `from`. */
  async function heardFor(url: string, from: number): Promise<Heard[]> {
    const all = await ext.worker.evaluate(() => (globalThis as unknown as { __bkHeard: unknown[] }).__bkHeard);
    return (all as Heard[]).slice(from).filter((entry) => entry.url === url);
  }

  /** Opens the page at its URL in the page's own time zone, served from the fixture (Gmail with its Trusted Types header). */
  async function openAt(fixture: PageFixture): Promise<Page> {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: fixture.expected.timezone });
    const body = await readFile(`${FIXTURES}/${fixture.provider}/${fixture.name}.html`);
    // Gmail's URLs differ only after '#', which never reaches the server: each page gets its own route.
    await page.route(`${new URL(fixture.expected.url).origin}/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: fixture.provider === 'gmail' ? { 'content-security-policy': GMAIL_CSP } : {},
        body,
      }),
    );
    await page.goto(fixture.expected.url);
    return page;
  }

  it.each(PAGE_FIXTURES.map((fixture) => [`${fixture.provider}/${fixture.name}`, fixture] as const))(
    '%s',
    async (_, fixture) => {
      const from = await heardCount();
      const page = await openAt(fixture);
      await expect
        .poll(async () => (await heardFor(fixture.expected.url, from)).length, { timeout: REPORT_TIMEOUT, message: `no thread/report for ${fixture.name}` })
        .toBeGreaterThan(0);
      await page.waitForTimeout(SETTLE_MS);
      const heard = await heardFor(fixture.expected.url, from);
      const last = heard.at(-1)!;
      expect(last.type, `the content script could not read ${fixture.name}`).toBe('thread/report');
      const snapshot = last.snapshot!;
      expect(structureOf(snapshot)).toEqual(expectedStructureOf(fixture.expected));
      expect(bodyProblems(snapshot, fixture.expected)).toEqual([]);
      await page.close();
    },
    60_000,
  );

  async function heardCount(): Promise<number> {
    return ext.worker.evaluate(() => (globalThis as unknown as { __bkHeard: unknown[] }).__bkHeard.length);
  }
});
