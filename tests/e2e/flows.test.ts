import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GMAIL, launchExtension, sendFromPage, type Extension } from './harness';
import { OWN_ADDRESSES, acme, acmeContacts, seedAccounts } from './accounts';
import { serveJuneThreadAhead, YEAR_AHEAD } from './ahead';
import { extensionUi } from './shadow';

const GMAIL_THREAD = (JSON.parse(readFileSync('tests/fixtures/gmail/thread-agreement.expected.json', 'utf8')) as { url: string }).url;

/**
 * A date already behind today is shown as past and never offered to track, so
 * the thread is served with its dates moved to next year (ahead.ts): "by 30 June"
 * stays ahead whenever the test runs.
 */
const DUE = `${YEAR_AHEAD}-06-30`;

describe('deadlines and suggestions from the thread, in Chromium', () => {
  let ext: Extension;
  afterEach(async () => {
    await ext?.close();
  });

  describe('a thread asking for the signed agreement by 30 June', () => {
    beforeEach(async () => {
      ext = await launchExtension({ timezoneId: 'America/New_York', routes: [GMAIL('thread-agreement-june.html')] });
      const options = await ext.page('options.html');
      await seedAccounts(options, { clients: [acme], contacts: acmeContacts, ownAddresses: OWN_ADDRESSES });
      await options.close();
      await serveJuneThreadAhead(ext);
    });

    it('suggests the deadline; confirming it makes a commitment the popup lists', async () => {
      const page = await ext.context.newPage();
      await page.goto(GMAIL_THREAD);
      const suggestion = extensionUi(page).locator(`[data-testid="deadline-suggestion"][data-kind="agreement"][data-due="${DUE}"]`);
      await suggestion.waitFor({ timeout: 15_000 });
      await expect(suggestion.textContent()).resolves.toContain('signed agreement back to us by 30 June');
      await suggestion.getByTestId('deadline-confirm').click();
      await suggestion.waitFor({ state: 'detached' });

      const popup = await ext.page('popup.html');
      const accounts = await sendFromPage<{ commitments: Array<{ kind: string; dueAt: string; source?: { quote?: string } }> }>(popup, {
        type: 'accounts/load',
      });
      expect(accounts.commitments).toEqual([
        expect.objectContaining({ kind: 'agreement', dueAt: DUE, source: expect.objectContaining({ quote: expect.stringContaining('30 June') }) }),
      ]);
      await popup.getByTestId('triage-row').filter({ hasText: 'Acme Retail' }).click();
      const card = popup.getByTestId('client-card').filter({ hasText: 'Acme Retail' });
      await card.waitFor();
      await expect(card.textContent()).resolves.toMatch(/Signed agreement back to us — agreement, in \d+ days/);
      await page.close();
      await popup.close();
    });

    it('remembers a dismissed suggestion', async () => {
      const page = await ext.context.newPage();
      await page.goto(GMAIL_THREAD);
      const suggestion = extensionUi(page).locator(`[data-testid="deadline-suggestion"][data-kind="agreement"][data-due="${DUE}"]`);
      await suggestion.waitFor({ timeout: 15_000 });
      await suggestion.getByTestId('deadline-dismiss').click();
      await suggestion.waitFor({ state: 'detached' });
      await page.reload();
      await extensionUi(page).getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      await expect(suggestion.count()).resolves.toBe(0);
      await page.close();
    });
  });

  it('shows de-escalate variants for an angry reply and inserts one into the reply box', async () => {
    ext = await launchExtension({ timezoneId: 'America/New_York', routes: [GMAIL('thread-agreement.html')] });
    const options = await ext.page('options.html');
    await seedAccounts(options, { clients: [acme], contacts: acmeContacts, ownAddresses: OWN_ADDRESSES });
    await options.close();
    const page = await ext.context.newPage();
    await page.goto(GMAIL_THREAD);
    const situation = extensionUi(page).locator('[data-testid="situation"][data-situation="de-escalate"]');
    await situation.waitFor({ timeout: 15_000 });
    const toggle = situation.locator('button').first();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const variant = situation.getByTestId('variant').first();
    await variant.waitFor();
    const text = (await variant.locator('.bk-variant-text').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(40);
    await variant.getByTestId('variant-insert').click();
    const firstLine = text.split('\n')[0]!.trim();
    await expect.poll(() => page.locator('[g_editable="true"]').innerText()).toContain(firstLine);

    // The toolbar popup, opened on that tab, shows the same situation.
    const probe = await ext.page('options.html');
    const [tab] = await probe.evaluate(() => chrome.tabs.query({ url: 'https://mail.google.com/*' }));
    const popup = await ext.page(`popup.html?tab=${tab?.id}`);
    await popup.locator('[data-testid="popup-thread"] [data-situation="de-escalate"]').waitFor();
    await page.close();
    await probe.close();
    await popup.close();
  });
});
