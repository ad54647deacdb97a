import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { detectDeadlinesChecked } from '../../utils/deadlines';
import { describeIssues } from '../../utils/model/parse';
import { positionals, printJson } from './io';

/**
 * `npm run --silent inspect -- deadlines <file.jsonl>`
 *
 * Each line `{"id","sentAt","timeZone","text"}` (other fields ignored) gives one
 * output line `{"id","found":[{"kind","due","quote"}]}`, computed by the same
 * code as the extension. A line that cannot be read gets `"found": []` and an
 * `"error"`, and the rest of the file is still processed; the exit code is then 1.
 */

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  sentAt: z.string({ message: 'must be a local date-time like 2026-04-29T09:15:00' }),
  timeZone: z.string({ message: 'must be an IANA time zone like Europe/London' }),
  text: z.string({ message: 'must be the message text' }),
});

export async function run(args: string[]): Promise<number> {
  const [file] = positionals(args);
  if (!file) {
    process.stderr.write('usage: npm run --silent inspect -- deadlines <file.jsonl>\n');
    return 2;
  }
  const raw = await readFile(file, 'utf8');
  let failed = 0;
  for (const [index, line] of raw.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const fallbackId = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      failed += 1;
      printJson({ id: fallbackId, found: [], error: `line ${index + 1} is not valid JSON` });
      continue;
    }
    const id = idOf(value) ?? fallbackId;
    const parsed = LineSchema.safeParse(value);
    if (!parsed.success) {
      failed += 1;
      printJson({ id, found: [], error: `Invalid line: ${describeIssues(parsed.error.issues)}` });
      continue;
    }
    const result = detectDeadlinesChecked(parsed.data.text, { sentAt: parsed.data.sentAt, timeZone: parsed.data.timeZone });
    if (!result.ok) {
      failed += 1;
      printJson({ id, found: [], error: result.error });
      continue;
    }
    printJson({ id, found: result.value.map(({ kind, due, quote }) => ({ kind, due, quote })) });
  }
  return failed > 0 ? 1 : 0;
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
