import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

/** One figure: the median of `runs` timed runs, each already divided by the operations it held. */
export interface Measured {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** What the product promises for this figure, e.g. "< 1 ms"; absent when nothing is promised. */
  target?: string;
  /** Whether the median keeps the promise. */
  met?: boolean;
  /** How the figure was taken, when the name does not say it (sizes of inputs, counts). */
  note?: string;
}

/** A figure that could not be taken because what it measures is not there yet (a module, a build). */
export interface Missing {
  name: string;
  missing: string;
}

export type BenchEntry = Measured | Missing;

export const isMissing = (entry: BenchEntry): entry is Missing => 'missing' in entry;

export interface MeasureOptions {
  runs: number;
  warmup: number;
  /**
   * Calls of `fn` per timed run; the run's time is divided by it. Sub-millisecond
   * work is timed in batches so the clock's resolution and the loop do not dominate.
   */
  batch?: number;
  note?: string;
}

/**
 * Results go here so the JIT cannot prove a call's result unused and drop the
 * call; nobody reads it.
 */
let sink: unknown;
export const keep = (value: unknown): void => {
  sink = value;
};

/** Times `fn` after `warmup` untimed runs (which also let V8 optimise it). */
export async function measure(name: string, unit: 'ms', fn: () => unknown, options: MeasureOptions): Promise<Measured> {
  const batch = options.batch ?? 1;
  for (let i = 0; i < options.warmup; i++) {
    for (let j = 0; j < batch; j++) keep(await fn());
  }
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) keep(await fn());
    samples.push((performance.now() - start) / batch);
  }
  keep(sink);
  return summarize(name, unit, samples, options.note);
}

/** Median, min and max of samples taken elsewhere (inside a browser page). */
export function summarize(name: string, unit: string, samples: readonly number[], note?: string): Measured {
  if (samples.length === 0) throw new Error(`${name}: no samples`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    name,
    unit,
    median,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    runs: sorted.length,
    ...(note ? { note } : {}),
  };
}

/** Attaches a promise to a figure: `limit` is in the figure's unit, the median must stay under it. */
export function withTarget(result: Measured, limit: number, text = `< ${limit.toLocaleString('en')} ${result.unit}`): Measured {
  return { ...result, target: text, met: result.median < limit };
}

export function formatNumber(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

/**
 * Loads a module that another part of the product may not have written yet
 * (`utils/tone` → `utils/tone/index.ts` or `utils/tone.ts`). The path goes
 * through a variable so the type checker does not insist the file exists;
 * callers describe the part of its API they use and check it with `exportsOf`.
 * A module that exists but does not load (a file it imports is half-written)
 * is reported the same way, with the loader's message.
 */
export async function importOptional(projectPath: string): Promise<Record<string, unknown> | string> {
  const candidates = [`${projectPath}/index.ts`, `${projectPath}.ts`].map((path) => resolve(path));
  const file = candidates.find((path) => existsSync(path));
  if (!file) return `${projectPath} is not there yet`;
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    return `${projectPath} does not load: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** The named exports of a loaded module, or a sentence saying which one is missing. */
export function exportsOf<T>(module: Record<string, unknown> | string, names: readonly (keyof T & string)[], where: string): T | string {
  if (typeof module === 'string') return module;
  const absent = names.filter((name) => module[name] === undefined);
  return absent.length ? `${where} does not export ${absent.join(', ')} yet` : (module as T);
}
