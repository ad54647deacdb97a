import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, screenshotPath, sendFromPage, type Extension } from './harness';
import { OWN_ADDRESSES, acme, acmeContacts, globex, globexContacts, seedAccounts } from './accounts';
import { fixtureAhead, YEAR_AHEAD } from './ahead';
import { boundKey, pressCommand } from './commands';
import { extensionUi } from './shadow';

const urlOf = (expected: string) => (JSON.parse(readFileSync(`tests/fixtures/${expected}`, 'utf8')) as { url: string }).url;

const PROVIDERS = [
  {
    name: 'Gmail',
    url: urlOf('gmail/thread-agreement.expected.json'),
    route: 'https://mail.google.com/**',
    html: fixtureAhead('gmail/thread-agreement-june.html'),
    headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
    editor: '[g_editable="true"]',
    client: 'client-acme',
  },
  {
    name: 'Outlook',
    url: urlOf('outlook/thread-champion.expected.json'),
    route: 'https://outlook.office.com/**',
    // Rachel's message names a date of its own, so the thread offers a deadline to track.
    html: fixtureAhead('outlook/thread-champion.html').replace(
      "I've now met Marcus.",
      "I've now met Marcus. We will sign the renewal agreement by November 30.",
    ),
    headers: {},
    editor: '[id^="editorParent_"] [contenteditable="true"]',
    client: 'client-globex',
  },
] as const;

interface StoredCommitment {
  id: string;
  clientId: string;
  dueAt: string;
  source?: { provider?: string };
}

describe('the command palette, in Chromium', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension({ timezoneId: 'America/New_York' });
    const options = await ext.page('options.html');
    await seedAccounts(options, { clients: [acme, globex], contacts: [...acmeContacts, ...globexContacts], ownAddresses: OWN_ADDRESSES });
    await options.close();
    for (const provider of PROVIDERS) {
      await ext.context.route(provider.route, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: provider.headers, body: provider.html }),
      );
    }
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function commitments(): Promise<StoredCommitment[]> {
    const options = await ext.page('options.html');
    const accounts = await sendFromPage<{ commitments: StoredCommitment[] }>(options, { type: 'accounts/load' });
    await options.close();
    return accounts.commitments;
  }

  async function openThread(url: string, { offered = true } = {}): Promise<Page> {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(url);
    await extensionUi(page).getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
    // Wait until the background has answered with the thread's suggestions.
    if (offered) await extensionUi(page).getByTestId('deadline-suggestion').first().waitFor({ timeout: 15_000 });
    return page;
  }

  const palette = (page: Page) => extensionUi(page).getByTestId('palette');

  for (const provider of PROVIDERS) {
    it(`${provider.name}: Ctrl+Shift+K opens it, and a suggested deadline is tracked with the keyboard alone`, async () => {
      const page = await openThread(provider.url);
      const before = (await commitments()).length;
      await page.locator('body').press('Control+Shift+K');
      await palette(page).waitFor({ timeout: 5_000 });

      await page.keyboard.type('track deadline');
      const first = extensionUi(page).getByTestId('palette-item').first();
      await expect(first.getAttribute('data-action-id')).resolves.toMatch(/^track:/);
      await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
      // Arrow keys move the highlight and wrap round; Up from the second row is the first again.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
      await page.keyboard.press('Enter');

      await palette(page).waitFor({ state: 'detached', timeout: 5_000 });
      await expect.poll(async () => (await commitments()).length, { timeout: 10_000 }).toBe(before + 1);
      const tracked = (await commitments()).at(-1)!;
      expect(tracked).toMatchObject({ clientId: provider.client, source: { provider: provider.name.toLowerCase() } });
      expect(tracked.dueAt.startsWith(String(YEAR_AHEAD))).toBe(true);

      // Recently used first: the next time, with no query, a track action leads the list.
      await page.locator('body').press('Control+Shift+K');
      await palette(page).waitFor({ timeout: 5_000 });
      const lead = await extensionUi(page).getByTestId('palette-item').first().getAttribute('data-action-id');
      const hasTrack = (await extensionUi(page).locator('[data-testid="palette-item"][data-action-id^="track:"]').count()) > 0;
      if (hasTrack) expect(lead).toMatch(/^track:/);
      await page.keyboard.press('Escape');
      await palette(page).waitFor({ state: 'detached', timeout: 5_000 });
      await page.close();
    });

    it(`${provider.name}: the browser's command opens it from the compose box; a suggestion goes into the draft with the keyboard alone`, async () => {
      const page = await openThread(provider.url, { offered: false });
      const editor = page.locator(provider.editor).first();
      await editor.click();
      await page.keyboard.type('Hello');
      await pressCommand(ext, page, 'open-palette');
      await palette(page).waitFor({ timeout: 5_000 });

      await page.keyboard.type('insert wording');
      const first = extensionUi(page).getByTestId('palette-item').first();
      await expect(first.getAttribute('data-action-id')).resolves.toMatch(/^insert:/);
      await page.keyboard.press('Enter');
      await palette(page).waitFor({ state: 'detached', timeout: 5_000 });
      // The wording is in the draft, the draft kept what was typed, and the focus is back in it.
      await expect.poll(async () => (await editor.innerText()).length, { timeout: 5_000 }).toBeGreaterThan('Hello'.length + 40);
      await page.keyboard.type(' Thanks');
      await expect(editor.innerText()).resolves.toContain('Thanks');
      await expect(editor.innerText()).resolves.toContain('Hello');
      await page.close();
    });

    it(`${provider.name}: the shortcut leaves the compose box's keys alone`, async () => {
      const page = await openThread(provider.url, { offered: false });
      const editor = page.locator(provider.editor).first();
      await editor.click();
      await page.keyboard.type('Hello');
      await page.keyboard.press('Control+Shift+K');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      await expect(palette(page).count()).resolves.toBe(0);
      await expect(editor.innerText()).resolves.toContain('Hello');
      await page.close();
    });
  }

  it('opens from the sidebar header, which shows the key the browser has bound, and a page script’s click on a command runs nothing', async () => {
    const page = await openThread(PROVIDERS[0].url);
    const before = (await commitments()).length;
    const bound = await boundKey(ext, 'open-palette');
    expect(bound).toBe('Ctrl+Shift+K');
    await expect(extensionUi(page).getByTestId('sidebar-palette-shortcut').textContent()).resolves.toBe(bound);
    await extensionUi(page).getByTestId('sidebar-open-palette').click();
    await palette(page).waitFor({ timeout: 5_000 });
    await extensionUi(page).locator('[data-testid="palette-item"][data-action-id^="track:"]').untrustedClick();
    await page.waitForTimeout(1_500);
    expect((await commitments()).length).toBe(before);
    await expect(palette(page).count()).resolves.toBe(1);

    await page.screenshot({ path: screenshotPath('palette.png') });
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'detached', timeout: 5_000 });
    await page.close();
  });
});
