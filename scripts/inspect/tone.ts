import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { analyzeTone, SENSITIVITIES, stripQuotedHistory, type Sensitivity } from '../../utils/tone';
import '../../utils/tone/model/shipped';
import { option, positionals, printJson, readJsonl } from './io';

const LineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** `inspect tone <draft.txt | drafts.jsonl> [--sensitivity relaxed|normal|strict]` */
export async function run(args: string[]): Promise<number> {
  const [file] = positionals(args, ['sensitivity']);
  if (!file) {
    process.stderr.write(`usage: inspect tone <draft.txt | drafts.jsonl> [--sensitivity ${SENSITIVITIES.join('|')}]\n`);
    return 2;
  }
  const sensitivity = option(args, 'sensitivity') ?? 'normal';
  if (!isSensitivity(sensitivity)) {
    process.stderr.write(`unknown sensitivity "${sensitivity}"\n`);
    return 2;
  }
  if (!file.endsWith('.jsonl')) {
    const text = stripQuotedHistory(await readFile(file, 'utf8'));
    printJson(analyzeTone(text, {}, { sensitivity }), true);
    return 0;
  }
  let failed = 0;
  for (const { line, value } of await readJsonl(file)) {
    const parsed = LineSchema.safeParse(value);
    if (!parsed.success) {
      failed += 1;
      printJson({ id: (value as { id?: unknown } | null)?.id ?? null, error: `line ${line}: needs {"id","text"}` });
      continue;
    }
    // Like the extension: the draft is scored without its quoted history.
    const { score, level, findings } = analyzeTone(stripQuotedHistory(parsed.data.text), {}, { sensitivity });
    printJson({ id: parsed.data.id, score, level, findings });
  }
  return failed ? 1 : 0;
}

function isSensitivity(value: string): value is Sensitivity {
  return (SENSITIVITIES as readonly string[]).includes(value);
}
