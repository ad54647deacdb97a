import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_SHOWN } from '../../components/popup/first-load';
import { openActionPopup } from '../../scripts/lib/action-popup';
import { launchExtension, sendFromPage, stopServiceWorker, type Extension } from './harness';

/**
 * The popup paints its first screen from the copy the background leaves in
 * session storage (utils/service/first-screen.ts), so a click on the toolbar
 * does not wait for a worker Chrome has stopped.
 */

interface Copy {
  timeZone: string;
  screen: { total: number; rows: Array<{ id: string; name: string }> };
}

const readCopy = (page: Page) => page.evaluate(() => chrome.storage.session.get('popupFirstScreen').then((v) => v.popupFirstScreen as Copy | undefined));

async function copyWith(page: Page, accept: (copy: Copy) => boolean): Promise<Copy> {
  for (let tries = 0; tries < 100; tries++) {
    const copy = await readCopy(page);
    if (copy && accept(copy)) return copy;
    await page.waitForTimeout(100);
  }
  throw new Error(`the background left no such copy; last: ${JSON.stringify(await readCopy(page))}`);
}

/**
 * Before the popup's own scripts: notes each message the page sends, and how
 * many had gone when the first triage row was drawn (`__firstRow`), and
 * whether one ever was (`__rowDrawn`).
 */
const WATCH_MESSAGES = `window.__sent = [];
const send = chrome.runtime.sendMessage.bind(chrome.runtime);
chrome.runtime.sendMessage = (...args) => { window.__sent.push(args[0] && args[0].type); return send(...args); };
window.__firstRow = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="triage-row"]')) return;
    observer.disconnect();
    window.__rowDrawn = true;
    resolve(window.__sent.slice());
  });
  observer.observe(document, { childList: true, subtree: true });
});`;

describe('the popup’s first screen, in Chromium', () => {
  let ext: Extension;
  let control: Page;
  let clients = 0;
  beforeAll(async () => {
    ext = await launchExtension();
    control = await ext.page('options.html');
    const loaded = await sendFromPage<{ ok: boolean }>(control, { type: 'sample/load' });
    expect(loaded).toMatchObject({ ok: true });
    clients = (await sendFromPage<{ clients: unknown[] }>(control, { type: 'accounts/load' })).clients.length;
    expect(clients).toBeGreaterThan(1);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the background’s triage with the worker stopped, asking it nothing first', async () => {
    const copy = await copyWith(control, (c) => c.screen.total === clients);
    await stopServiceWorker(ext, control);
    const popup = await ext.context.newPage();
    await popup.addInitScript(WATCH_MESSAGES);
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    await expect(popup.evaluate('window.__firstRow')).resolves.toEqual([]);
    const rows = popup.getByTestId('triage-row');
    await rows.first().waitFor();
    await expect(rows.first().getAttribute('data-client-id')).resolves.toBe(copy.screen.rows[0]?.id);
    await expect(rows.count()).resolves.toBe(clients);
    // React takes over, and its requests start the worker again.
    await expect.poll(() => popup.evaluate('window.__sent'), { timeout: 10_000 }).toContain('status/triage');
    await popup.close();
  });

  it('opens as the toolbar popup with the triage rows, and marks when they are on screen', async () => {
    const copy = await copyWith(control, (c) => c.screen.total === clients);
    const popup = await openActionPopup(ext, control);
    try {
      const shown = await popup.evaluate(`new Promise((resolve) => new PerformanceObserver((list) => {
        const mark = list.getEntriesByName('${FIRST_SCREEN_SHOWN}')[0];
        if (mark) resolve(Array.from(document.querySelectorAll('[data-testid="triage-row"]'), (row) => row.dataset.clientId));
      }).observe({ type: 'mark', buffered: true }))`);
      expect(shown).toEqual(copy.screen.rows.map((r) => r.id));
    } finally {
      await popup.close();
    }
  });

  it('opens on one client’s card when an alert names it, drawing no list first', async () => {
    const copy = await copyWith(control, (c) => c.screen.total === clients);
    const client = copy.screen.rows[1]!;
    const popup = await ext.context.newPage();
    await popup.addInitScript(WATCH_MESSAGES);
    await popup.goto(`chrome-extension://${ext.id}/popup.html?client=${encodeURIComponent(client.id)}`);
    await popup.getByTestId('client-card').filter({ hasText: client.name }).waitFor();
    await expect(popup.evaluate('window.__rowDrawn === true')).resolves.toBe(false);
    await popup.close();
  });

  it('keeps what was typed in the search box while React was still loading', async () => {
    const copy = await copyWith(control, (c) => c.screen.total === clients);
    const wanted = copy.screen.rows.at(-1)!;
    const typed = wanted.name.slice(0, 7);
    const popup = await ext.context.newPage();
    await popup.addInitScript(WATCH_MESSAGES);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The popup's module, and React after it, wait until the test has typed.
    await popup.route(/\/chunks\/popup-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    const box = popup.getByRole('searchbox', { name: 'Search clients' });
    await box.click();
    await box.pressSequentially(typed);
    await expect(popup.evaluate('window.__sent')).resolves.toEqual([]);
    release();
    // React has taken over once it asks for the whole list.
    await expect.poll(() => popup.evaluate('window.__sent'), { timeout: 10_000 }).toContain('status/triage');
    await expect(box.inputValue()).resolves.toBe(typed);
    await expect(popup.evaluate('document.activeElement?.getAttribute("aria-label")')).resolves.toBe('Search clients');
    const names = await popup.locator('[data-testid="triage-row"] .triage-row__name').evaluateAll((nodes) => nodes.map((n) => n.firstChild?.textContent ?? ''));
    expect(names).toContain(wanted.name);
    expect(names.every((name) => name.toLowerCase().includes(typed.toLowerCase()))).toBe(true);
    await popup.close();
  });

  it('loses the copy to a write before the write answers, and the next copy has the write', async () => {
    const copy = await copyWith(control, (c) => c.screen.total === clients);
    const gone = copy.screen.rows[0]!;
    const deleted = await sendFromPage<{ ok: boolean }>(control, { type: 'client/delete', id: gone.id });
    expect(deleted.ok).toBe(true);
    const right = await readCopy(control);
    expect(right?.screen.rows.map((r) => r.id) ?? []).not.toContain(gone.id);
    const next = await copyWith(control, (c) => c.screen.total === clients - 1);
    expect(next.screen.rows.map((r) => r.id)).not.toContain(gone.id);
    const popup = await ext.page('popup.html');
    await popup.getByTestId('triage-row').first().waitFor();
    await expect(popup.getByTestId('triage-row').filter({ hasText: gone.name }).count()).resolves.toBe(0);
    await popup.close();
  });
});
