import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from './harness';

/** A date `days` from today in the browser's zone, as the date input wants it. */
function dayOffset(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function fill(page: Page, name: string, value: string) {
  await page.locator(`[name="${name}"]`).fill(value);
}

describe('foundation: options → store → popup, in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows an empty popup that points to the options page', async () => {
    const popup = await ext.page('popup.html');
    await expect(popup.getByTestId('popup-empty').textContent()).resolves.toContain('Add your first client');
    await popup.close();
  });

  it('rejects a malformed domain with a field-level message and writes nothing', async () => {
    const options = await ext.page('options.html');
    await options.getByRole('button', { name: 'Add client' }).click();
    await fill(options, 'name', 'Broken Domain Ltd');
    await fill(options, 'domains', 'not a domain');
    await options.getByRole('button', { name: 'Save client' }).click();
    await expect(options.locator('.field__error').first().textContent()).resolves.toMatch(/not a domain like acme\.com/);
    await options.reload();
    await expect(options.getByRole('button', { name: 'Broken Domain Ltd' }).count()).resolves.toBe(0);
    await options.close();
  });

  it('adds a client, contact and overdue agreement, and the popup shows health and badge after a reload', async () => {
    const options = await ext.page('options.html');
    await options.getByRole('button', { name: 'Add client' }).click();
    await fill(options, 'name', 'Acme Retail');
    await fill(options, 'domains', 'acme-retail.example');
    await options.locator('[name="tier"]').selectOption('key');
    await options.getByRole('button', { name: 'Save client' }).click();
    await options.getByRole('heading', { name: 'Acme Retail' }).waitFor();

    await options.getByRole('button', { name: 'Add contact' }).click();
    await fill(options, 'contactName', 'Maria Gonzalez');
    await fill(options, 'emails', 'maria.gonzalez@acme-retail.example');
    await options.locator('[name="role"]').selectOption('champion');
    await options.getByRole('button', { name: 'Save contact' }).click();
    await options.getByText('maria.gonzalez@acme-retail.example').waitFor();

    await options.getByRole('button', { name: 'Add commitment' }).click();
    await options.locator('[name="kind"]').selectOption('agreement');
    await fill(options, 'commitmentTitle', '2026 services agreement');
    await fill(options, 'dueAt', dayOffset(-12));
    await fill(options, 'sentAt', dayOffset(-63));
    await options.getByRole('button', { name: 'Save commitment' }).click();
    await options.getByText('2026 services agreement').waitFor();

    await options.reload();
    await options.getByRole('heading', { name: 'Acme Retail' }).waitFor();
    await options.close();

    const popup = await ext.page('popup.html');
    // The popup opens on triage: the at-risk client leads, and its row opens the full card.
    const row = popup.getByTestId('triage-row').filter({ hasText: 'Acme Retail' });
    await expect(row.getAttribute('data-group')).resolves.toBe('at-risk');
    await row.click();
    const card = popup.getByTestId('client-card').filter({ hasText: 'Acme Retail' });
    await card.waitFor();
    await expect(card.getByTestId('health-chip').getAttribute('data-level')).resolves.toBe('at-risk');
    await expect(card.getByTestId('overdue-list').textContent()).resolves.toContain(
      '2026 services agreement — agreement, 12 days overdue, unsigned since it was sent 63 days ago',
    );
    await expect(popup.getByTestId('overdue-count').textContent()).resolves.toBe('1 overdue');
    await expect(ext.worker.evaluate(() => chrome.action.getBadgeText({}))).resolves.toBe('1');
    await popup.close();
  });

  it('reports a corrupted stored record instead of crashing', async () => {
    await ext.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bridgekeeper');
          open.onsuccess = () => {
            const tx = open.result.transaction('clients', 'readwrite');
            tx.objectStore('clients').put({ schemaVersion: 1, id: 'corrupt-1', name: 42, domains: 'x' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const options = await ext.page('options.html');
    await expect(options.getByTestId('corrupt-records').textContent()).resolves.toContain('corrupt-1');
    await options.getByRole('button', { name: 'Acme Retail' }).waitFor();
    const popup = await ext.page('popup.html');
    await popup.getByTestId('triage-row').first().waitFor();
    await expect(popup.getByRole('alert').textContent()).resolves.toContain('could not be read');
    await options.close();
    await popup.close();
  });
});
