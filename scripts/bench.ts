/**
 * `npm run bench [-- --only tone,match] [-- --build]`: every performance
 * figure of the product, as a table on stdout and bench/results.json.
 * bench/README.md says what each figure means and what it should be.
 * Nothing here fails on a slow figure; the exit code is 1 only when a
 * benchmark itself crashed.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchEntry } from './bench/measure';
import { describeMachine, printTable, writeResults, type Crash } from './bench/report';
import { ensureExtensionBuilt } from './bench/extension-build';
import { option } from './inspect/io';

/** Areas in the order they run: pure Node work first, then the browser ones, which need the build. */
const AREAS: Record<string, () => Promise<{ bench(): Promise<BenchEntry[]> }>> = {
  tone: () => import('./bench/tone'),
  deadlines: () => import('./bench/deadlines'),
  match: () => import('./bench/match'),
  signals: () => import('./bench/signals'),
  import: () => import('./bench/import'),
  mail: () => import('./bench/mail-extract'),
  bundle: () => import('./bench/bundle'),
  popup: () => import('./bench/popup'),
  scale: () => import('./bench/scale'),
};

const RESULTS_FILE = 'bench/results.json';

async function main(args: string[]): Promise<number> {
  process.chdir(resolve(fileURLToPath(import.meta.url), '../..'));
  const only = option(args, 'only')
    ?.split(',')
    .map((name) => name.trim());
  const unknown = only?.filter((name) => !(name in AREAS)) ?? [];
  if (unknown.length) {
    process.stderr.write(`bench: no area ${unknown.join(', ')}; areas are ${Object.keys(AREAS).join(', ')}\n`);
    return 2;
  }
  if (args.includes('--build')) {
    const build = await ensureExtensionBuilt(true);
    if (!build.ok) process.stderr.write(`bench: ${build.error}\n`);
  }

  const entries: BenchEntry[] = [];
  const crashes: Crash[] = [];
  for (const [area, load] of Object.entries(AREAS)) {
    if (only && !only.includes(area)) continue;
    const started = performance.now();
    process.stderr.write(`bench: ${area}…`);
    try {
      entries.push(...(await (await load()).bench()));
      process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      process.stderr.write(` crashed\n${(error as Error).stack ?? String(error)}\n`);
      crashes.push({ area, error: (error as Error).message.split('\n')[0] ?? String(error) });
    }
  }

  const wallSeconds = process.uptime();
  process.stdout.write('\n');
  printTable(entries, crashes);
  process.stdout.write(`\nwall time ${wallSeconds.toFixed(1)} s (this process); results in ${RESULTS_FILE}\n`);
  writeResults(RESULTS_FILE, { machine: describeMachine(), wallSeconds, entries, crashes });
  return crashes.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
