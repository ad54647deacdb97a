import type { Page } from 'playwright-core';
import { z } from 'zod';
import { FIRST_SCREEN_SHOWN } from '../../components/popup/first-load';
import { openActionPopup } from '../lib/action-popup';
import { launchExtension, sendFromPage, stopServiceWorker, type Extension } from '../lib/extension-browser';
import { generateAccounts } from './accounts';
import { ensureExtensionBuilt } from './extension-build';
import { summarize, withTarget, type BenchEntry } from './measure';

/**
 * Books the popup is opened on, and what it promises for each (issue 13:
 * < 100 ms, aim 50; < 300 ms); `stopped` also opens it with the worker
 * stopped first, as Chrome stops it after 30 s idle.
 */
const SIZES = [
  { clients: 1000, target: 100, stopped: true },
  { clients: 5000, target: 300, stopped: false },
] as const;
const RUNS = 7;
const WARMUP = 2;
const RENDER_TIMEOUT_MS = 30_000;
/** The popup loads with nothing attached to it; it is read after this long (the mark waits for it if it is later). */
const QUIET_MS = 300;

/**
 * Evaluated in the popup once it has loaded: the time since navigation start
 * of the popup's own mark (components/popup/first-load.ts), set once the
 * frame that shows the first triage rows is drawn.
 */
const FIRST_SHOWN = `Promise.race([
  new Promise((resolve) => new PerformanceObserver((list, observer) => {
    const mark = list.getEntriesByName(${JSON.stringify(FIRST_SCREEN_SHOWN)})[0];
    if (!mark) return;
    observer.disconnect();
    resolve({ at: mark.startTime, rows: document.querySelectorAll('[data-testid="triage-row"]').length });
  }).observe({ type: 'mark', buffered: true })),
  new Promise((resolve) => setTimeout(() => resolve({ timeout: true }), ${RENDER_TIMEOUT_MS})),
])`;
const ShownSchema = z.union([z.object({ at: z.number(), rows: z.number() }), z.object({ timeout: z.literal(true) })]);

/** The same time taken the old way, in a tab under Playwright: a MutationObserver injected before the page's scripts. */
const WATCH_FIRST_ROW = `window.__bkRendered = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="triage-row"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
});`;
const AWAIT_FIRST_ROW = `Promise.race([
  window.__bkRendered.then((at) => ({ at, rows: document.querySelectorAll('[data-testid="triage-row"]').length })),
  new Promise((resolve) => setTimeout(() => resolve({ timeout: true }), ${RENDER_TIMEOUT_MS})),
])`;

const ExportSchema = z.object({ ok: z.literal(true), text: z.string() });
/** Only what the bench replaces; everything else in the export is sent back as it came. */
const BackupShapeSchema = z.looseObject({ data: z.looseObject({}) });
const ReplySchema = z.object({ ok: z.boolean(), error: z.string().optional() });
const LoadedSchema = z.object({ ok: z.literal(true), clients: z.array(z.unknown()) });

const nameOf = (clients: number) => `popup.render.${clients}clients`;

type Opened = { at: number; rows: number } | string;

/**
 * What the user waits for when they click the toolbar icon with a large
 * book: the real toolbar popup of the real extension (chrome.action.openPopup,
 * scripts/lib/action-popup.ts), storage and background included, from
 * navigation start to the first triage rows on screen. The background keeps
 * the status current on writes, so after loading the book it is served from
 * memory, as it is for a user whose worker is running; the first opens are a
 * warm-up. `.workerStopped` stops the worker before each open, as Chrome
 * does after 30 s idle; `.tab` is the same page opened in a tab, watched by
 * Playwright while it loads, as this bench measured it before.
 */
export async function bench(): Promise<BenchEntry[]> {
  const build = await ensureExtensionBuilt();
  if (!build.ok) return SIZES.map(({ clients }) => ({ name: nameOf(clients), missing: build.error }));
  // No fixtures to serve: the popup's files are read as a user's browser reads them (see interceptRequests).
  const extension = await launchExtension({ interceptRequests: false });
  const control = await extension.page('options.html');
  const stale = build.stale ? '; build older than the sources, run with --build' : '';
  const entries: BenchEntry[] = [];
  const figure = (name: string, opened: { samples: number[]; rows: number } | string, how: string, target?: number) => {
    if (typeof opened === 'string') return entries.push({ name, missing: opened });
    const measured = summarize(name, 'ms', opened.samples, `${how}, navigation start → first triage rows on screen (${opened.rows} rows in the DOM)${stale}`);
    entries.push(target === undefined ? measured : withTarget(measured, target, `< ${target} ms`));
  };
  try {
    for (const { clients, target, stopped } of SIZES) {
      const name = nameOf(clients);
      const loading = await load(extension, clients);
      if (loading) {
        entries.push({ name, missing: loading });
        continue;
      }
      const book = `${clients.toLocaleString('en')} clients + 1 contact and 1 commitment each`;
      figure(name, await opens(() => inToolbarPopup(extension, control, clients)), `${book}, the toolbar popup`, target);
      if (!stopped) continue;
      figure(
        `${name}.workerStopped`,
        await opens(async () => (await stopServiceWorker(extension, control), inToolbarPopup(extension, control, clients))),
        `${book}, the toolbar popup with the worker stopped before each open (as Chrome stops it after 30 s idle)`,
      );
      figure(`${name}.tab`, await opens(() => inTab(extension, clients)), `${book}, popup.html in a tab watched by Playwright as it loads`);
    }
    return entries;
  } finally {
    await extension.close();
  }
}

/** WARMUP + RUNS opens; the measured runs' times, or the sentence of the first that failed. */
async function opens(open: () => Promise<Opened>): Promise<{ samples: number[]; rows: number } | string> {
  const samples: number[] = [];
  let rows = 0;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const opened = await open();
    if (typeof opened === 'string') return opened;
    rows = opened.rows;
    if (run >= WARMUP) samples.push(opened.at);
  }
  return { samples, rows };
}

/**
 * Opens the toolbar popup, reads its mark once it has loaded, and closes it
 * once React has taken over with the whole list, so that each open starts
 * from a browser at rest, as a click does, rather than while the last loads.
 */
async function inToolbarPopup(extension: Extension, control: Page, clients: number): Promise<Opened> {
  const popup = await openActionPopup(extension, control);
  try {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const shown = ShownSchema.parse(await popup.evaluate(FIRST_SHOWN));
    if (!('at' in shown)) return `the popup showed no triage row after ${RENDER_TIMEOUT_MS / 1000} s`;
    await untilTrue(() => popup.evaluate(`document.querySelector('[data-testid="triage-list"][data-rows="${clients}"]') !== null`));
    return shown;
  } finally {
    await popup.close();
  }
}

/** The old way: popup.html in a new tab, a MutationObserver injected before its scripts. */
async function inTab(extension: Extension, clients: number): Promise<Opened> {
  const page = await extension.context.newPage();
  try {
    await page.addInitScript(WATCH_FIRST_ROW);
    await page.goto(`chrome-extension://${extension.id}/popup.html`);
    const shown = ShownSchema.parse(await page.evaluate(AWAIT_FIRST_ROW));
    if (!('at' in shown)) return `the popup showed no triage row after ${RENDER_TIMEOUT_MS / 1000} s`;
    await page.waitForSelector(`[data-testid="triage-list"][data-rows="${clients}"]`, { timeout: RENDER_TIMEOUT_MS }).catch(() => undefined);
    return shown;
  } finally {
    await page.close();
  }
}

async function untilTrue(read: () => Promise<unknown>): Promise<void> {
  const until = Date.now() + RENDER_TIMEOUT_MS;
  while (Date.now() < until && (await read()) !== true) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Stores the book through the background in one `backup/restore`: the
 * extension's own export, with its record lists replaced. One message per
 * record (`client/save`…) would measure the loading, not the popup: each
 * save makes the background refresh the badge over the whole book, and
 * 3,000 of them kept the worker busy for minutes.
 * Returns a sentence when the background does not take the book.
 */
async function load(extension: Extension, clients: number): Promise<string | null> {
  const book = generateAccounts({ clients, contactsPerClient: 1, commitmentsPerClient: 1, seed: 5 });
  const page = await extension.page('popup.html');
  try {
    const exported = ExportSchema.safeParse(await sendFromPage(page, { type: 'backup/export' }));
    if (!exported.success) return 'backup/export did not answer with a backup to restore the bench accounts from';
    const backup = BackupShapeSchema.parse(JSON.parse(exported.data.text));
    const text = JSON.stringify({ ...backup, data: { ...backup.data, clients: book.clients, contacts: book.contacts, commitments: book.commitments } });
    const restored = ReplySchema.parse(await sendFromPage(page, { type: 'backup/restore', text, mode: 'replace' }));
    if (!restored.ok) return `the background refused the bench's accounts: ${restored.error ?? 'no reason given'}`;
    const loaded = LoadedSchema.safeParse(await sendFromPage(page, { type: 'accounts/load' }));
    if (!loaded.success) return 'accounts/load did not answer with the stored clients';
    if (loaded.data.clients.length !== clients) return `the store holds ${loaded.data.clients.length} clients after loading ${clients}`;
    return null;
  } finally {
    await page.close();
  }
}
