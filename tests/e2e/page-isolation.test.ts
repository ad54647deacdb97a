import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, sendFromPage, type Extension } from './harness';
import { OWN_ADDRESSES, acme, acmeContacts, seedAccounts } from './accounts';
import { serveJuneThreadAhead, YEAR_AHEAD } from './ahead';
import { extensionUi } from './shadow';

// The June thread is served at the URL of the agreement thread (as in flows.test.ts).
const GMAIL_THREAD = (JSON.parse(readFileSync('tests/fixtures/gmail/thread-agreement.expected.json', 'utf8')) as { url: string }).url;
const EDITOR = '[g_editable="true"]';
const SEND = '[role="button"].aoO';
const HOSTILE = 'This is the FOURTH time I am asking. Frankly your team is completely useless, and this is your fault!!!';

/** The June thread's deadline, served a year ahead (see ahead.ts). */
const JUNE_DEADLINE = `[data-testid="deadline-suggestion"][data-kind="agreement"][data-due="${YEAR_AHEAD}-06-30"]`;

async function commitments(ext: Extension): Promise<unknown[]> {
  const options = await ext.page('options.html');
  const accounts = await sendFromPage<{ commitments: unknown[] }>(options, { type: 'accounts/load' });
  await options.close();
  return accounts.commitments;
}

const sentCount = (page: Page) => page.evaluate(() => ((window as unknown as { __sent?: unknown[] }).__sent ?? []).length);

/** Time for a click to reach the background and the sidebar to re-read the thread, had it done anything. */
const settle = (page: Page) => page.waitForTimeout(1_500);

describe("a mail page's own scripts cannot read or drive Bridgekeeper, in Chromium", () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension({ timezoneId: 'America/New_York' });
    const options = await ext.page('options.html');
    await seedAccounts(options, { clients: [acme], contacts: acmeContacts, ownAddresses: OWN_ADDRESSES });
    await options.close();
    await serveJuneThreadAhead(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function openThread(): Promise<Page> {
    const page = await ext.context.newPage();
    await page.goto(GMAIL_THREAD);
    await extensionUi(page).locator(JUNE_DEADLINE).waitFor({ timeout: 15_000 });
    return page;
  }

  /** After a reload: is the June deadline still offered (neither tracked nor dismissed)? */
  async function stillOffered(page: Page): Promise<boolean> {
    await page.reload();
    const ui = extensionUi(page);
    await ui.getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
    await ui.getByTestId('suggestions').waitFor();
    return (await ui.locator(JUNE_DEADLINE).count()) === 1;
  }

  it('a script in the Gmail page cannot read the sidebar, and its .click() on "Track it" saves nothing', async () => {
    const page = await openThread();
    await expect(extensionUi(page).getByTestId('sidebar-client-name').textContent()).resolves.toBe('Acme Retail');

    // Everything a page script can reach: the document, every open shadow root in it, and the hosts of our UI.
    const seen = await page.evaluate(() => {
      // Every UI of ours, whatever it is called: WXT names each host after the UI (bridgekeeper-sidebar, …).
      const hosts = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('bridgekeeper-'));
      const shadowText: string[] = [];
      const buttons: HTMLElement[] = [...document.querySelectorAll<HTMLElement>('button, [role="button"]')];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if (!element.shadowRoot) continue;
          shadowText.push(element.shadowRoot.textContent ?? '');
          buttons.push(...element.shadowRoot.querySelectorAll<HTMLElement>('button'));
          walk(element.shadowRoot);
        }
      };
      walk(document);
      const writes = buttons.filter((button) => /^(Track it|Dismiss)$/.test(button.textContent?.trim() ?? ''));
      for (const button of writes) button.click();
      return {
        hosts: hosts.length,
        openRoots: hosts.filter((host) => host.shadowRoot !== null).length,
        text: [...shadowText, ...hosts.map((host) => `${host.textContent} ${(host as HTMLElement).innerText}`)].join('\n'),
        clicked: writes.length,
      };
    });
    await settle(page);

    expect(await commitments(ext)).toEqual([]);
    expect(await stillOffered(page)).toBe(true);
    expect(seen.hosts).toBeGreaterThan(0);
    expect(seen.openRoots).toBe(0);
    expect(seen.text).not.toContain('Acme Retail');
    expect(seen.text).not.toContain('Helen Whitaker');
    expect(seen.clicked).toBe(0);
    await page.close();
  });

  it("ignores a script's click even on our own buttons; the user's click still writes", async () => {
    const page = await openThread();
    const ui = extensionUi(page);
    const deadline = ui.locator(JUNE_DEADLINE);
    const insert = ui.getByTestId('variant-insert').first();
    await insert.waitFor();
    const draftBefore = await page.locator(EDITOR).innerText();

    await deadline.getByTestId('deadline-confirm').untrustedClick();
    await deadline.getByTestId('deadline-dismiss').untrustedClick();
    await insert.untrustedClick();
    await settle(page);
    expect(await page.locator(EDITOR).innerText()).toBe(draftBefore);
    expect(await commitments(ext)).toEqual([]);
    expect(await stillOffered(page)).toBe(true);

    // The same buttons, clicked by the user.
    await ui.getByTestId('variant-insert').first().click();
    await expect.poll(() => page.locator(EDITOR).innerText()).not.toBe(draftBefore);
    await deadline.getByTestId('deadline-confirm').click();
    await deadline.waitFor({ state: 'detached' });
    expect(await commitments(ext)).toEqual([expect.objectContaining({ kind: 'agreement', dueAt: `${YEAR_AHEAD}-06-30` })]);
    await page.close();
  });

  it('a held send cannot be released or rewritten by a script: only the user sends it', async () => {
    const page = await ext.context.newPage();
    await page.goto(GMAIL_THREAD);
    await extensionUi(page).getByTestId('sidebar-client-name').waitFor({ timeout: 15_000 });
    const editor = page.locator(EDITOR).first();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(HOSTILE);
    await page.locator(SEND).first().click();
    const panel = extensionUi(page).getByTestId('presend-panel');
    await panel.waitFor();

    await panel.getByTestId('presend-apply').first().untrustedClick();
    await panel.getByTestId('presend-send-anyway').untrustedClick();
    await settle(page);
    expect(await sentCount(page)).toBe(0);
    expect(await editor.innerText()).toBe(HOSTILE);
    await expect(panel.count()).resolves.toBe(1);

    await panel.getByTestId('presend-send-anyway').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.close();
  });
});
