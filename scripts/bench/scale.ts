import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, TRANSFER_PART_CHARS, serializeBackup, type Backup } from '../../utils/backup';
import { defaultSettings } from '../../utils/model';
import { launchExtension, stopServiceWorker } from '../lib/extension-browser';
import { OWN_ADDRESSES, generateAccounts, generateMail } from './accounts';
import { ensureExtensionBuilt } from './extension-build';
import { summarize, withTarget, type BenchEntry } from './measure';

/**
 * A large book in the real extension (Chromium, built extension, its own
 * IndexedDB): 10,000 clients, 50,000 contacts, 30,000 commitments and
 * 100,000 mail records, a 70 MB backup. It goes in through the options
 * page's restore in parts and comes back out through its export in parts;
 * the two texts must be the same (bar the export time), or the bench fails.
 */

export const SCALE = { clients: 10_000, contactsPerClient: 5, commitmentsPerClient: 3, mailPerClient: 10 } as const;
export const SCALE_NOW = new Date('2026-11-20T15:00:00Z');
const TIME_ZONE = 'Europe/Berlin';
const RUNS = 2;

/** The large book as the backup file the extension writes, generated from fixed seeds. */
export function scaleBackupText(size: { clients: number; contactsPerClient: number; commitmentsPerClient: number; mailPerClient: number } = SCALE): string {
  const book = generateAccounts(
    { clients: size.clients, contactsPerClient: size.contactsPerClient, commitmentsPerClient: size.commitmentsPerClient },
    SCALE_NOW,
  );
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: SCALE_NOW.toISOString(),
    data: {
      ...book,
      mail: generateMail(book, size.mailPerClient, SCALE_NOW),
      dismissals: [],
      settings: { ...defaultSettings(), ownAddresses: OWN_ADDRESSES },
    },
  };
  return serializeBackup(backup);
}

/** The same file exported at another moment differs only in its `exportedAt`. */
export const withoutExportTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

/*
 * In-page code is kept as strings, so the bundler that runs this script
 * cannot slip its own helpers into it. Each runs in an extension page and
 * speaks the extension's protocol the way the options page does.
 */

/** Reads the chosen file and cuts it as the options page does (utils/backup/transfer splitText). */
const READ_FILE_IN_PARTS = `async ({ size }) => {
  const text = await document.querySelector('#bk-bench-file').files[0].text();
  const parts = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  globalThis.__bkParts = parts;
  return parts.length;
}`;

const RESTORE_IN_PARTS = `async () => {
  const send = (message) => chrome.runtime.sendMessage(message);
  const parts = globalThis.__bkParts;
  const chars = parts.reduce((sum, part) => sum + part.length, 0);
  const started = performance.now();
  const start = await send({ type: 'backup/restore/start', chars, parts: parts.length });
  if (!start.ok) return { error: start.error };
  for (let index = 0; index < parts.length; index++) {
    const sent = await send({ type: 'backup/restore/part', transferId: start.transferId, index, text: parts[index] });
    if (!sent.ok) return { error: sent.error };
  }
  const done = await send({ type: 'backup/restore/finish', transferId: start.transferId, mode: 'replace', llm: 'use-backup' });
  if (!done.ok) return { error: done.error };
  return { ms: performance.now() - started, counts: done.counts };
}`;

/** Times whole exports (start → last part joined) and checks each against the restored text. */
const EXPORT_IN_PARTS = `async ({ runs }) => {
  const send = (message) => chrome.runtime.sendMessage(message);
  const plain = (text) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');
  const original = plain(globalThis.__bkParts.join(''));
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const start = await send({ type: 'backup/export/start' });
    if (!start.ok) return { error: start.error };
    const parts = [];
    for (let index = 0; index < start.parts; index++) {
      const part = await send({ type: 'backup/export/part', transferId: start.transferId, index });
      if (!part.ok) return { error: part.error };
      parts.push(part.text);
    }
    const text = parts.join('');
    samples.push(performance.now() - started);
    if (plain(text) !== original) {
      let at = 0;
      const exported = plain(text);
      while (at < original.length && exported[at] === original[at]) at++;
      return { error: 'the export is not the restored file', at, chars: text.length, expected: original.length, near: exported.slice(Math.max(0, at - 80), at + 80) };
    }
  }
  return { samples, chars: original.length, parts: Math.ceil(original.length / ${2 ** 20}) };
}`;

/**
 * The popup's whole list as it comes when Chrome has stopped the worker (it
 * does after 30 s idle): the message starts the worker, which opens
 * IndexedDB, reads the book and computes every client's status. The first
 * screen does not wait for it (it is painted from the copy in session
 * storage); search and scrolling past it do.
 */
const STATUS_TRIAGE = `(async () => {
  const started = performance.now();
  const answer = await chrome.runtime.sendMessage({ type: 'status/triage' });
  return answer.ok ? { ms: performance.now() - started, rows: answer.rows.length } : { error: answer.error };
})()`;

/**
 * The hourly check as the worker runs it after a restart: a new service over
 * the extension's own IndexedDB (same origin as the worker), nothing cached.
 * `BridgekeeperCore` is the IIFE bundle of utils/service and utils/store.
 *
 * The first check after the restore reads the whole book and makes the alert
 * agenda (timed apart). Then, for each of the next `runs` days, the first
 * check of that day (the clients the agenda says are due: a deadline stage,
 * a passing, a silence limit) and a second check the same hour (none due).
 */
const ALERTS_CHECK = `async ({ runs, now, timeZone }) => {
  const core = globalThis.BridgekeeperCore;
  const db = await core.openBridgekeeperDb();
  const store = new core.AccountStore(db);
  const deps = (at) => ({
    store,
    secrets: { getApiKey: async () => null, setApiKey: async () => undefined },
    tabs: { remember: async () => undefined, forget: async () => undefined, recall: async () => null },
    permissions: { contains: async () => false },
    now: () => new Date(at),
    timeZone: () => timeZone,
    accountsChanged: () => undefined,
    openOptions: async () => undefined,
  });
  const check = async (at) => {
    const started = performance.now();
    const sent = await core.createService(deps(at)).evaluateAlerts(new Date(at));
    return { ms: performance.now() - started, alerts: sent.length };
  };
  const first = await check(now);
  const samples = [];
  const again = [];
  const dayAlerts = [];
  for (let run = 1; run <= runs; run++) {
    const at = new Date(Date.parse(now) + run * 86400000).toISOString();
    const day = await check(at);
    samples.push(day.ms);
    dayAlerts.push(day.alerts);
    const second = await check(at);
    if (second.alerts) return { error: 'a second check the same day raised alerts again', alerts: second.alerts };
    again.push(second.ms);
  }
  db.close();
  return { samples, again, dayAlerts, firstMs: first.ms, firstAlerts: first.alerts };
}`;

const Failure = z.object({ error: z.string() }).loose();
const RestoredSchema = z.union([Failure, z.object({ ms: z.number(), counts: z.record(z.string(), z.number()) })]);
const ExportedSchema = z.union([Failure, z.object({ samples: z.array(z.number()), chars: z.number(), parts: z.number() })]);
const TriageSchema = z.union([Failure, z.object({ ms: z.number(), rows: z.number() })]);
const AlertsSchema = z.union([
  Failure,
  z.object({ samples: z.array(z.number()), again: z.array(z.number()), dayAlerts: z.array(z.number()), firstMs: z.number(), firstAlerts: z.number() }),
]);

function orThrow<T extends object>(what: string, result: T | z.infer<typeof Failure>): T {
  if ('error' in result) throw new Error(`${what}: ${JSON.stringify(result)}`);
  return result;
}

/**
 * Hands the backup to the page as a file, the way a user chooses one: a
 * local path, so the 70 MB never go through the DevTools protocol.
 */
async function handFile(page: Page, text: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bk-bench-scale-'));
  try {
    const file = join(dir, 'bridgekeeper-backup.json');
    writeFileSync(file, text);
    await page.evaluate(
      `(() => { const input = document.createElement('input'); input.type = 'file'; input.id = 'bk-bench-file'; document.body.append(input); })()`,
    );
    await page.setInputFiles('#bk-bench-file', file);
    return z.number().parse(await page.evaluate(`(${READ_FILE_IN_PARTS})(${JSON.stringify({ size: TRANSFER_PART_CHARS })})`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function coreBundle(): Promise<string> {
  const bundle = await build({
    stdin: {
      contents: "export { createService } from './utils/service';\nexport { AccountStore, openBridgekeeperDb } from './utils/store';\n",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    // Under the extension's CSP zod cannot compile its fast path: say so before any schema is built.
    banner: { js: '(globalThis.__zod_globalConfig ??= {}).jitless = true;' },
    bundle: true,
    format: 'iife',
    globalName: 'BridgekeeperCore',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

const NAMES = [
  'backup.restore.10kclients',
  'backup.export.10kclients',
  'status.triage.10kclients.workerStopped',
  'alerts.check.10kclients',
  'alerts.check.10kclients.again',
  'alerts.check.10kclients.rebuild',
] as const;

/** The steps of this area take a while: say which one is running. */
function stepper() {
  let last = performance.now();
  return (what: string) => {
    const now = performance.now();
    process.stderr.write(` ${what} ${((now - last) / 1000).toFixed(1)} s;`);
    last = now;
  };
}

export async function bench(): Promise<BenchEntry[]> {
  const step = stepper();
  const built = await ensureExtensionBuilt();
  if (!built.ok) return NAMES.map((name) => ({ name, missing: built.error }));
  const stale = built.stale ? '; build older than the sources, run with --build' : '';
  const text = scaleBackupText();
  step('generate');
  const size = `${SCALE.clients.toLocaleString('en')} clients, ${(SCALE.clients * SCALE.contactsPerClient).toLocaleString('en')} contacts, ${(SCALE.clients * SCALE.mailPerClient).toLocaleString('en')} mail records`;
  const megabytes = `${(Buffer.byteLength(text) / 1e6).toFixed(0)} MB`;
  const [core, extension] = await Promise.all([coreBundle(), launchExtension()]);
  try {
    const page = await extension.page('options.html');
    const parts = await handFile(page, text);
    step('hand to page');

    const restored = orThrow('restore in parts', RestoredSchema.parse(await page.evaluate(`(${RESTORE_IN_PARTS})()`)));
    step('restore');
    if (restored.counts.clients !== SCALE.clients) throw new Error(`restore wrote ${restored.counts.clients} clients, not ${SCALE.clients}`);
    const exported = orThrow('export in parts', ExportedSchema.parse(await page.evaluate(`(${EXPORT_IN_PARTS})(${JSON.stringify({ runs: RUNS })})`)));
    step('export');
    const triage: number[] = [];
    let rows = 0;
    for (let run = 0; run < RUNS; run++) {
      await stopServiceWorker(extension, page);
      const answer = orThrow('status/triage', TriageSchema.parse(await page.evaluate(STATUS_TRIAGE)));
      triage.push(answer.ms);
      rows = answer.rows;
    }
    step('status');
    await page.evaluate(core);
    const alerts = orThrow(
      'alert check',
      AlertsSchema.parse(await page.evaluate(`(${ALERTS_CHECK})(${JSON.stringify({ runs: RUNS, now: SCALE_NOW.toISOString(), timeZone: TIME_ZONE })})`)),
    );
    step('alerts');
    await page.close();

    return [
      summarize(
        NAMES[0],
        'ms',
        [restored.ms],
        `${size}, ${megabytes} in ${parts} parts from the options page, checked and written in one transaction (one run)${stale}`,
      ),
      summarize(
        NAMES[1],
        'ms',
        exported.samples,
        `${size}, ${megabytes} in ${exported.parts} parts to the options page; each export equals the restored file byte for byte (bar exportedAt)${stale}`,
      ),
      summarize(
        NAMES[2],
        'ms',
        triage,
        `${rows.toLocaleString('en')} triage rows, the worker stopped before each: its start, IndexedDB opened, the book read, every status computed, one message to an extension page${stale}`,
      ),
      withTarget(
        summarize(
          NAMES[3],
          'ms',
          alerts.samples,
          `the first hourly check of each of the ${RUNS} days after the restore, on a fresh service as after a worker restart: the clients the alert agenda says are due, read from what it kept of them, ${alerts.dayAlerts.join(' and ')} alerts${stale}`,
        ),
        1000,
      ),
      summarize(NAMES[4], 'ms', alerts.again, `a second check in the same hour of each day: no client due, no alert${stale}`),
      summarize(
        NAMES[5],
        'ms',
        [alerts.firstMs],
        `the first check after the restore (or a change of zone or key-client silence limit): reads the whole book, makes the agenda, ${alerts.firstAlerts} alerts (one run)${stale}`,
      ),
    ];
  } finally {
    await extension.close();
  }
}
