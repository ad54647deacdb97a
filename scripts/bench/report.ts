import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, arch, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { CHROMIUM } from '../lib/extension-browser';
import { formatNumber, isMissing, type BenchEntry, type Measured } from './measure';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  platform: string;
}

export function describeMachine(): Machine {
  let chromium = 'unknown';
  try {
    const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    chromium = /[\d.]{5,}/.exec(version)?.[0] ?? version.trim();
  } catch {
    // Reported as unknown; the browser figures then say why they are missing.
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium,
    platform: `${platform()} ${release()} ${arch()}`,
  };
}

/** A benchmark that threw: a bug in the bench or in the code it runs. */
export interface Crash {
  area: string;
  error: string;
}

export function printTable(entries: readonly BenchEntry[], crashes: readonly Crash[]): void {
  const header = ['name', 'median', 'min', 'max', 'unit', 'runs', 'target', ''];
  const rows = entries.map((entry) =>
    isMissing(entry)
      ? [entry.name, `missing: ${entry.missing}`]
      : [
          entry.name,
          formatNumber(entry.median),
          formatNumber(entry.min),
          formatNumber(entry.max),
          entry.unit,
          String(entry.runs),
          entry.target ?? '',
          entry.met === undefined ? '' : entry.met ? 'ok' : 'MISSED',
        ],
  );
  // Names set the first column for every row; the others only count rows that have figures.
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.filter((row) => column === 0 || row.length > 2).map((row) => row[column]?.length ?? 0)),
  );
  const numeric = new Set([1, 2, 3, 5]);
  const line = (cells: readonly string[]) =>
    cells.length === 2
      ? `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]}`
      : cells
          .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
          .join('  ')
          .trimEnd();
  const out = [
    line(header),
    widths
      .slice(0, -1)
      .map((width) => '-'.repeat(width))
      .join('  '),
    ...rows.map(line),
  ];
  for (const crash of crashes) out.push(`${crash.area.padEnd(widths[0]!)}  CRASHED: ${crash.error}`);
  const notes = entries.filter((entry) => !isMissing(entry) && entry.note);
  if (notes.length) {
    out.push('', 'inputs:');
    for (const entry of notes) if (!isMissing(entry)) out.push(`  ${entry.name}: ${entry.note}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

export function writeResults(file: string, report: { machine: Machine; wallSeconds: number; entries: readonly BenchEntry[]; crashes: readonly Crash[] }): void {
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const results = report.entries
    .filter((entry): entry is Measured => !isMissing(entry))
    .map((entry) => ({ ...entry, median: round(entry.median), min: round(entry.min), max: round(entry.max) }));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        machine: report.machine,
        wallSeconds: Math.round(report.wallSeconds * 10) / 10,
        results,
        missing: report.entries.filter(isMissing),
        crashed: report.crashes,
      },
      null,
      2,
    )}\n`,
  );
}
