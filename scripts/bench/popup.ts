import type { Page } from 'playwright-core';
import { z } from 'zod';
import { launchExtension, sendFromPage, type Extension } from '../lib/extension-browser';
import { generateAccounts } from './accounts';
import { ensureExtensionBuilt } from './extension-build';
import { summarize, type BenchEntry } from './measure';

const NAME = 'popup.render.1000clients';
const CLIENTS = 1000;
const RUNS = 5;
const WARMUP = 1;
const RENDER_TIMEOUT_MS = 30_000;

/**
 * Injected before the popup's own scripts: `__bkRendered` resolves with
 * `performance.now()` (time since navigation start) when the last client card
 * is in the DOM. The extension's CSP forbids eval, so the bench reads it with
 * one `evaluate` rather than a polling `waitForFunction`.
 */
const WATCH_CARDS = `window.__bkRendered = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    const count = document.querySelectorAll('[data-testid="client-card"]').length;
    window.__bkCards = count;
    if (count >= ${CLIENTS}) {
      observer.disconnect();
      resolve(performance.now());
    }
  });
  observer.observe(document, { childList: true, subtree: true });
});`;

const AWAIT_CARDS = `Promise.race([
  window.__bkRendered.then((at) => ({ at })),
  new Promise((resolve) => setTimeout(() => resolve({ cards: window.__bkCards || 0 }), ${RENDER_TIMEOUT_MS})),
])`;
const RenderedSchema = z.union([z.object({ at: z.number() }), z.object({ cards: z.number() })]);

const ExportSchema = z.object({ ok: z.literal(true), text: z.string() });
/** Only what the bench replaces; everything else in the export is sent back as it came. */
const BackupShapeSchema = z.looseObject({ data: z.looseObject({}) });
const ReplySchema = z.object({ ok: z.boolean(), error: z.string().optional() });
const LoadedSchema = z.object({ ok: z.literal(true), clients: z.array(z.unknown()) });

/**
 * What the user waits for when they click the toolbar icon with a large
 * book: the real popup in the real extension, storage and background
 * included, from navigation start to the last client card.
 */
export async function bench(): Promise<BenchEntry[]> {
  const build = await ensureExtensionBuilt();
  if (!build.ok) return [{ name: NAME, missing: build.error }];
  const extension = await launchExtension();
  try {
    const loading = await load(extension);
    if (loading) return [{ name: NAME, missing: loading }];
    const samples: number[] = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const rendered = await openPopup(extension);
      if (typeof rendered === 'string') return [{ name: NAME, missing: rendered }];
      if (run >= WARMUP) samples.push(rendered);
    }
    const stale = build.stale ? '; build older than the sources, run with --build' : '';
    return [summarize(NAME, 'ms', samples, `${CLIENTS} clients + 1 contact and 1 commitment each, navigation start → last client card${stale}`)];
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
async function load(extension: Extension): Promise<string | null> {
  const book = generateAccounts({ clients: CLIENTS, contactsPerClient: 1, commitmentsPerClient: 1, seed: 5 });
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
    if (loaded.data.clients.length !== CLIENTS) return `the store holds ${loaded.data.clients.length} clients after loading ${CLIENTS}`;
    return null;
  } finally {
    await page.close();
  }
}

/** Milliseconds from navigation start to the last card, or a sentence when the cards never all appear. */
async function openPopup(extension: Extension): Promise<number | string> {
  const page: Page = await extension.context.newPage();
  try {
    await page.addInitScript(WATCH_CARDS);
    await page.goto(`chrome-extension://${extension.id}/popup.html`);
    const rendered = RenderedSchema.parse(await page.evaluate(AWAIT_CARDS));
    return 'at' in rendered ? rendered.at : `the popup showed ${rendered.cards} of ${CLIENTS} client cards after ${RENDER_TIMEOUT_MS / 1000} s`;
  } finally {
    await page.close();
  }
}
