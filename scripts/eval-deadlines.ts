/**
 * `npm run eval:deadlines [-- file.jsonl] [--half even|odd]`: precision and
 * recall of (kind, due) pairs per case, summed over the file, as
 * tests/fixtures/deadlines/CONVENTIONS.md defines them. Exits 1 below target.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { COMMITMENT_KINDS } from '../utils/model/commitment';
import { detectDeadlinesChecked } from '../utils/deadlines';
import { option, positionals } from './inspect/io';

const TARGET = { precision: 0.9, recall: 0.9 };
const DEFAULT_FILE = 'tests/fixtures/deadlines/sentences.jsonl';

const CaseSchema = z.object({
  id: z.string(),
  sentAt: z.string(),
  timeZone: z.string(),
  text: z.string(),
  expect: z.array(z.object({ kind: z.enum(COMMITMENT_KINDS), due: z.string(), quote: z.string().optional() })),
});
type Case = z.infer<typeof CaseSchema>;

function idNumber(id: string): number {
  return Number(/(\d+)\s*$/.exec(id)?.[1] ?? NaN);
}

async function main(args: string[]): Promise<number> {
  const file = positionals(args, ['half'])[0] ?? DEFAULT_FILE;
  const half = option(args, 'half');
  const raw = await readFile(file, 'utf8');
  const cases: Case[] = [];
  for (const [index, line] of raw.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const parsed = CaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      process.stderr.write(`${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid case'}\n`);
      return 2;
    }
    cases.push(parsed.data);
  }
  const selected = cases.filter((c) => {
    if (half === 'even') return idNumber(c.id) % 2 === 0;
    if (half === 'odd') return idNumber(c.id) % 2 === 1;
    return true;
  });

  let truePositives = 0;
  let predictedCount = 0;
  let expectedCount = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const item of selected) {
    const result = detectDeadlinesChecked(item.text, { sentAt: item.sentAt, timeZone: item.timeZone });
    if (!result.ok) {
      process.stderr.write(`${item.id}: ${result.error}\n`);
      return 2;
    }
    const expected = new Set(item.expect.map((e) => `${e.kind} ${e.due}`));
    const predicted = new Map<string, string>(result.value.map((d) => [`${d.kind} ${d.due}`, d.quote]));
    expectedCount += expected.size;
    predictedCount += predicted.size;
    for (const pair of expected) {
      if (predicted.has(pair)) truePositives += 1;
      else misses.push(`${item.id}  ${pair}  | ${item.text}`);
    }
    for (const [pair, quote] of predicted) {
      if (!expected.has(pair)) falsePositives.push(`${item.id}  ${pair}  «${quote}»  | ${item.text}`);
    }
  }

  const precision = predictedCount ? truePositives / predictedCount : 1;
  const recall = expectedCount ? truePositives / expectedCount : 1;
  const out = process.stdout;
  out.write(`file: ${file}${half ? ` (${half} ids)` : ''}, ${selected.length} cases\n`);
  out.write(`misses (${misses.length}):\n${misses.map((m) => `  ${m}\n`).join('')}`);
  out.write(`false positives (${falsePositives.length}):\n${falsePositives.map((m) => `  ${m}\n`).join('')}`);
  out.write(`precision ${precision.toFixed(3)} (${truePositives}/${predictedCount})  recall ${recall.toFixed(3)} (${truePositives}/${expectedCount})\n`);
  const met = precision >= TARGET.precision && recall >= TARGET.recall;
  out.write(`target precision >= ${TARGET.precision} and recall >= ${TARGET.recall}: ${met ? 'met' : 'NOT met'}\n`);
  return met ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval-deadlines: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
