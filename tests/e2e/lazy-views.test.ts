import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GMAIL, launchExtension, type Extension } from './harness';
import { extensionUi } from './shadow';

/**
 * React and the in-page views are a bundle of their own (entrypoints/mail-views)
 * that a mail tab loads only when it first shows one: a tab with the folded
 * sidebar and no draft never fetches it (issue 15, item 8).
 */

const url = (JSON.parse(readFileSync('tests/fixtures/gmail/thread-agreement.expected.json', 'utf8')) as { url: string }).url;

/** Every chrome-extension:// script the page fetched, by file name. */
function scriptsFetched(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://') && request.url().endsWith('.js')) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

describe('the mail page views load when first shown, with the built extension in Chromium', () => {
  let ext: Extension;

  beforeAll(async () => {
    // A fresh profile: no clients, so the thread is no client's and the sidebar stays folded.
    ext = await launchExtension({ timezoneId: 'America/New_York', routes: [GMAIL('thread-agreement.html')] });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a folded sidebar draws without them; opening it loads them and shows the full sidebar', async () => {
    const page = await ext.context.newPage();
    const fetched = scriptsFetched(page);
    await page.goto(url);
    const ui = extensionUi(page);
    await ui.locator('[data-testid="sidebar"][data-state="view"][data-expanded="false"]').waitFor();
    await page.waitForTimeout(1000);
    expect(fetched).not.toContain('/mail-views.js');

    await ui.getByTestId('sidebar-toggle').click();
    await ui.getByTestId('sidebar-no-client').waitFor();
    await expect(ui.getByTestId('sidebar').getAttribute('data-expanded')).resolves.toBe('true');
    expect(fetched.filter((path) => path === '/mail-views.js').length).toBeGreaterThan(0);

    // Folded again, it is the same sidebar, drawn by the views now.
    await ui.getByTestId('sidebar-toggle').click();
    await expect.poll(() => ui.getByTestId('sidebar').getAttribute('data-expanded')).toBe('false');
    await page.close();
  });
});
