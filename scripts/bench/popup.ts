import type { Page } from 'playwright-core';
import { z } from 'zod';
import { launchExtension, sendFromPage, type Extension } from '../lib/extension-browser';
import { generateAccounts } from './accounts';
import { ensureExtensionBuilt } from './extension-build';
import { summarize, withTarget, type BenchEntry } from './measure';

/** Books the popup is opened on, and what it promises for each (issue 13: < 100 ms, aim 50; < 300 ms). */
const SIZES = [
  { clients: 1000, target: 100 },
  { clients: 5000, target: 300 },
] as const;
const RUNS = 7;
const WARMUP = 2;
const RENDER_TIMEOUT_MS = 30_000;

/**
 * Injected before the popup's own scripts: `__bkRendered` resolves with the
 * time since navigation start at which the first triage row was painted:
 * the row is in the DOM, then the frame that shows it is drawn (the callback
 * after the next animation frame runs once that frame's paint is done). The
 * extension's CSP forbids eval, so the bench reads it with one `evaluate`
 * rather than a polling `waitForFunction`.
 */
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
const RenderedSchema = z.union([z.object({ at: z.number(), rows: z.number() }), z.object({ timeout: z.literal(true) })]);

const ExportSchema = z.object({ ok: z.literal(true), text: z.string() });
/** Only what the bench replaces; everything else in the export is sent back as it came. */
const BackupShapeSchema = z.looseObject({ data: z.looseObject({}) });
const ReplySchema = z.object({ ok: z.boolean(), error: z.string().optional() });
const LoadedSchema = z.object({ ok: z.literal(true), clients: z.array(z.unknown()) });

const nameOf = (clients: number) => `popup.render.${clients}clients`;

/**
 * What the user waits for when they click the toolbar icon with a large
 * book: the real popup in the real extension, storage and background
 * included, from navigation start to the first triage row painted. The
 * background keeps the status current on writes, so after loading the book
 * it is served from memory, as it is for a user whose worker is running;
 * the first opens are a warm-up.
 */
export async function bench(): Promise<BenchEntry[]> {
  const build = await ensureExtensionBuilt();
  if (!build.ok) return SIZES.map(({ clients }) => ({ name: nameOf(clients), missing: build.error }));
  // No fixtures to serve: the popup's files are read as a user's browser reads them (see interceptRequests).
  const extension = await launchExtension({ interceptRequests: false });
  const entries: BenchEntry[] = [];
  try {
    for (const { clients, target } of SIZES) {
      const name = nameOf(clients);
      const loading = await load(extension, clients);
      if (loading) {
        entries.push({ name, missing: loading });
        continue;
      }
      const samples: number[] = [];
      let rows = 0;
      for (let run = 0; run < WARMUP + RUNS; run++) {
        const rendered = await openPopup(extension, clients);
        if (typeof rendered === 'string') break;
        rows = rendered.rows;
        if (run >= WARMUP) samples.push(rendered.at);
      }
      if (samples.length < RUNS) {
        entries.push({ name, missing: `the popup showed no triage row after ${RENDER_TIMEOUT_MS / 1000} s` });
        continue;
      }
      const stale = build.stale ? '; build older than the sources, run with --build' : '';
      const note = `${clients.toLocaleString('en')} clients + 1 contact and 1 commitment each, navigation start → first triage row painted (${rows} rows in the DOM then)${stale}`;
      entries.push(withTarget(summarize(name, 'ms', samples, note), target, `< ${target} ms`));
    }
    return entries;
  } finally {
    await extension.close();
  }
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

/**
 * Milliseconds from navigation start to the first triage row painted, or a
 * sentence when none appears. The page is closed once React has taken over
 * with the whole list, so that each open starts from a browser at rest, as a
 * click on the toolbar does, rather than while the last one still loads.
 */
async function openPopup(extension: Extension, clients: number): Promise<{ at: number; rows: number } | string> {
  const page: Page = await extension.context.newPage();
  try {
    await page.addInitScript(WATCH_FIRST_ROW);
    await page.goto(`chrome-extension://${extension.id}/popup.html`);
    const rendered = RenderedSchema.parse(await page.evaluate(AWAIT_FIRST_ROW));
    if (!('at' in rendered)) return 'no triage row';
    await page.waitForSelector(`[data-testid="triage-list"][data-rows="${clients}"]`, { timeout: RENDER_TIMEOUT_MS }).catch(() => undefined);
    return rendered;
  } finally {
    await page.close();
  }
}
