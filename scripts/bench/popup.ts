import type { Page } from 'playwright-core';
import { z } from 'zod';
import { launchExtension, type Extension } from '../lib/extension-browser';
import { generateAccounts } from './accounts';
import { ensureExtensionBuilt } from './extension-build';
import { summarize, type BenchEntry } from './measure';

const NAME = 'popup.render.1000clients';
const CLIENTS = 1000;
const RUNS = 5;
const WARMUP = 1;
const RENDER_TIMEOUT_MS = 30_000;

/**
 * Injected before the popup's own scripts: notes `performance.now()` (time
 * since navigation start) when the last client card is in the DOM.
 */
const WATCH_CARDS = `(() => {
  const observer = new MutationObserver(() => {
    const count = document.querySelectorAll('[data-testid="client-card"]').length;
    window.__bkCards = count;
    if (count >= ${CLIENTS}) {
      window.__bkRendered = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Sends protocol messages from an extension page, a few at a time, the way
 * the options page's import would; returns the first refusals.
 */
const SEND_ALL = `async (messages) => {
  const queue = messages.slice();
  const failures = [];
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (queue.length) {
      const message = queue.shift();
      try {
        const reply = await chrome.runtime.sendMessage(message);
        if (!reply || reply.ok !== true) failures.push(message.type + ': ' + (reply ? reply.error : 'no reply'));
      } catch (error) {
        failures.push(message.type + ': ' + error.message);
      }
    }
  }));
  return failures.slice(0, 3);
}`;

const RefusalsSchema = z.array(z.string());
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

/** Stores the book through the background; a sentence when the background does not take it. */
async function load(extension: Extension): Promise<string | null> {
  const book = generateAccounts({ clients: CLIENTS, contactsPerClient: 1, commitmentsPerClient: 1, seed: 5 });
  const page = await extension.page('popup.html');
  try {
    const phases = [
      book.clients.map((client) => ({ type: 'client/save', client })),
      book.contacts.map((contact) => ({ type: 'contact/save', contact })),
      book.commitments.map((commitment) => ({ type: 'commitment/save', commitment })),
    ];
    for (const messages of phases) {
      const refusals = RefusalsSchema.parse(await page.evaluate(`(${SEND_ALL})(${JSON.stringify(messages)})`));
      if (refusals.length) return `the background refused the bench's accounts (${refusals.join('; ')})`;
    }
    const loaded = LoadedSchema.safeParse(await page.evaluate(`chrome.runtime.sendMessage({ type: 'accounts/load' })`));
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
    try {
      await page.waitForFunction('window.__bkRendered !== undefined', null, { timeout: RENDER_TIMEOUT_MS, polling: 100 });
    } catch {
      const cards = z.number().catch(0).parse(await page.evaluate('window.__bkCards'));
      return `the popup showed ${cards} of ${CLIENTS} client cards after ${RENDER_TIMEOUT_MS / 1000} s`;
    }
    return z.number().parse(await page.evaluate('window.__bkRendered'));
  } finally {
    await page.close();
  }
}
