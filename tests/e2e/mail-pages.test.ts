import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GMAIL, OUTLOOK, launchExtension, type Extension } from './harness';
import { OWN_ADDRESSES, acme, acmeContacts, globex, globexContacts, seedAccounts } from './accounts';
import { extensionUi } from './shadow';

const urlOf = (expected: string) => (JSON.parse(readFileSync(`tests/fixtures/${expected}`, 'utf8')) as { url: string }).url;
const GMAIL_THREAD = urlOf('gmail/thread-agreement.expected.json');
const OUTLOOK_THREAD = urlOf('outlook/thread-champion.expected.json');

const PROVIDERS = [
  {
    name: 'Gmail',
    url: GMAIL_THREAD,
    editor: '[g_editable="true"]',
    send: '[role="button"].aoO',
    client: 'Acme Retail',
  },
  {
    name: 'Outlook',
    url: OUTLOOK_THREAD,
    editor: '[id^="editorParent_"] [contenteditable="true"]',
    send: '[data-testid="ComposeSendButton"] button:not([aria-haspopup])',
    client: 'Globex Health',
  },
] as const;

const HOSTILE =
  'This is the FOURTH time I am asking. Frankly your team is completely useless, and if the agreement is not signed by Friday we will cut you off. Per my last email, this is your fault!!!';
const CALM = 'Thank you for the update, Rachel. I will send the summary on Tuesday as agreed.';

async function sentCount(page: Page): Promise<number> {
  return page.evaluate(() => ((window as unknown as { __sent?: unknown[] }).__sent ?? []).length);
}

async function replaceDraft(page: Page, editor: string, text: string) {
  const box = page.locator(editor).first();
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

describe('in the mail page, with the built extension in Chromium', () => {
  let ext: Extension;
  const securityViolations: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension({
      timezoneId: 'America/New_York',
      routes: [GMAIL('thread-agreement.html'), OUTLOOK('thread-champion.html')],
    });
    const options = await ext.page('options.html');
    await seedAccounts(options, {
      clients: [acme, globex],
      contacts: [...acmeContacts, ...globexContacts],
      ownAddresses: OWN_ADDRESSES,
    });
    await options.close();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function openMail(url: string): Promise<Page> {
    const page = await ext.context.newPage();
    page.on('console', (message) => {
      if (/trusted ?type|TrustedHTML|Content Security Policy/i.test(message.text())) securityViolations.push(message.text());
    });
    await page.goto(url);
    return page;
  }

  for (const provider of PROVIDERS) {
    describe(provider.name, () => {
      it('shows the matched client in the sidebar', async () => {
        const page = await openMail(provider.url);
        await expect(extensionUi(page).getByTestId('sidebar-client-name').textContent({ timeout: 15_000 })).resolves.toBe(provider.client);
        expect(securityViolations).toEqual([]);
        await page.close();
      });

      it('holds a hostile reply; "Send anyway" sends it exactly once', async () => {
        const page = await openMail(provider.url);
        await extensionUi(page).getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
        await replaceDraft(page, provider.editor, HOSTILE);
        await page.locator(provider.send).first().click();
        const panel = extensionUi(page).getByTestId('presend-panel');
        await panel.waitFor();
        await expect(panel.getAttribute('data-level')).resolves.toMatch(/heated|hostile/);
        await expect(extensionUi(page).getByTestId('presend-finding').count()).resolves.toBeGreaterThan(0);
        expect(await sentCount(page)).toBe(0);

        await extensionUi(page).getByTestId('presend-send-anyway').click();
        await expect.poll(() => sentCount(page)).toBe(1);
        const sent = await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent[0]);
        expect(JSON.stringify(sent)).toContain('completely useless');
        await page.waitForTimeout(300);
        expect(await sentCount(page)).toBe(1);
        await page.close();
      });

      it('holds Ctrl+Enter too, and Escape returns to editing without sending', async () => {
        const page = await openMail(provider.url);
        await extensionUi(page).getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
        await replaceDraft(page, provider.editor, HOSTILE);
        await page.keyboard.press('Control+Enter');
        await extensionUi(page).getByTestId('presend-panel').waitFor();
        await page.keyboard.press('Escape');
        await extensionUi(page).getByTestId('presend-panel').waitFor({ state: 'detached' });
        expect(await sentCount(page)).toBe(0);
        await page.close();
      });

      it('sends a calm reply at once', async () => {
        const page = await openMail(provider.url);
        await extensionUi(page).getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
        await replaceDraft(page, provider.editor, CALM);
        await page.locator(provider.send).first().click();
        await expect.poll(() => sentCount(page)).toBe(1);
        await expect(extensionUi(page).getByTestId('presend-panel').count()).resolves.toBe(0);
        await page.close();
      });
    });
  }

  it('applies a suggested rewrite in the compose box, and Ctrl+Z undoes it', async () => {
    const page = await openMail(GMAIL_THREAD);
    await extensionUi(page).getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
    await replaceDraft(page, '[g_editable="true"]', HOSTILE);
    await page.locator('[role="button"].aoO').click();
    await extensionUi(page).getByTestId('presend-panel').waitFor();
    const before = await page.locator('[g_editable="true"]').innerText();
    await extensionUi(page).getByTestId('presend-apply').first().click();
    const after = await page.locator('[g_editable="true"]').innerText();
    expect(after).not.toBe(before);
    await page.locator('[g_editable="true"]').focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('[g_editable="true"]').innerText()).toBe(before);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it('rewrites whole sentences on Apply, checks the edited draft again, and sends it once it reads calm', async () => {
    const page = await openMail(GMAIL_THREAD);
    const editor = '[g_editable="true"]';
    await extensionUi(page).getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
    await replaceDraft(page, editor, 'This is the fourth time I am asking for the signed order form. Frankly, your legal team is useless.');
    await page.locator('[role="button"].aoO').click();
    const panel = extensionUi(page).getByTestId('presend-panel');
    await panel.waitFor();
    for (let round = 0; round < 4 && (await panel.count()) > 0; round += 1) {
      expect(await sentCount(page)).toBe(0);
      const rewrite = (await panel.locator('.bk-suggestion em').first().textContent())!.replace(/^“|”$/g, '');
      await panel.getByTestId('presend-apply').first().click();
      const edited = await page.locator(editor).innerText();
      // A whole sentence went in: capitalised, ending in punctuation, with nothing spliced around it.
      expect(edited).toContain(rewrite);
      expect(rewrite).toMatch(/^\p{Lu}.*[.?!]$/u);
      expect(edited.trim()).toMatch(/^(?:\p{Lu}[^]*?[.?!](?:\s+|$))+$/u);
      // Checked again: either the panel shows the edited draft, or it closed because the draft now reads calm.
      if (await panel.count()) await expect(panel.locator('.bk-draft').innerText()).resolves.toBe(edited);
    }
    await expect(panel.count()).resolves.toBe(0);
    expect(await sentCount(page)).toBe(0);
    const final = await page.locator(editor).innerText();
    expect(final).not.toContain('useless');
    await page.locator('[role="button"].aoO').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.close();
  });

  it('makes no network request when no LLM key is set', async () => {
    // Everything the service worker fetched, from its own resource timing.
    const fetched = await ext.worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(fetched.filter((url) => /^https?:/.test(url))).toEqual([]);
    // And nothing left the browser but the mail pages themselves.
    expect(ext.outbound.filter((url) => !/^https:\/\/(mail\.google\.com|outlook\.office\.com)\//.test(url))).toEqual([]);
  });
});
