/**
 * `npm run eval:tone [-- drafts.jsonl]`: the tone engine against labelled drafts.
 * Prints the confusion matrix, warn-recall (heated+hostile flagged), the
 * false-warning rate (calm+firm flagged) and span recall; exits 1 below target.
 */
import { z } from 'zod';
import { analyzeTone, TONE_LEVELS } from '../utils/tone';
import { positionals, readJsonl } from './inspect/io';

const DraftSchema = z.object({
  id: z.string(),
  text: z.string(),
  label: z.enum(TONE_LEVELS),
  spans: z.array(z.string()).default([]),
});

const TARGET = { warnRecall: 0.9, falseWarning: 0.1 };

async function main() {
  const [path = 'tests/fixtures/tone/drafts.jsonl'] = positionals(process.argv.slice(2));
  const drafts = (await readJsonl(path)).map(({ line, value }) => {
    const parsed = DraftSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${path}:${line}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
  const matrix = new Map<string, number>();
  let risky = 0;
  let warned = 0;
  let safe = 0;
  let falseWarn = 0;
  let spans = 0;
  let spansHit = 0;
  const misses: string[] = [];
  for (const draft of drafts) {
    const result = analyzeTone(draft.text);
    matrix.set(`${draft.label}→${result.level}`, (matrix.get(`${draft.label}→${result.level}`) ?? 0) + 1);
    const isRisky = draft.label === 'heated' || draft.label === 'hostile';
    if (isRisky) {
      risky += 1;
      if (result.warn) warned += 1;
      else misses.push(`miss ${draft.id} (${draft.label}, ${result.score}): ${draft.text.slice(0, 100)}`);
    } else {
      safe += 1;
      if (result.warn) {
        falseWarn += 1;
        misses.push(`false ${draft.id} (${draft.label}, ${result.score}): ${result.findings.map((f) => draft.text.slice(f.start, f.end)).join(' | ')}`);
      }
    }
    for (const span of draft.spans) {
      spans += 1;
      const start = draft.text.indexOf(span);
      if (start >= 0 && result.findings.some((f) => f.start < start + span.length && f.end > start)) spansHit += 1;
    }
  }
  const pad = (s: string | number, n = 9) => String(s).padStart(n);
  console.log(`tone eval on ${path} (${drafts.length} drafts)\n`);
  console.log(`${pad('label \\ got', 12)}${TONE_LEVELS.map((l) => pad(l)).join('')}`);
  for (const label of TONE_LEVELS) console.log(`${pad(label, 12)}${TONE_LEVELS.map((l) => pad(matrix.get(`${label}→${l}`) ?? 0)).join('')}`);
  const warnRecall = risky ? warned / risky : 1;
  const falseWarning = safe ? falseWarn / safe : 0;
  console.log(`\nwarn-recall (heated+hostile warned): ${warnRecall.toFixed(3)} (target ≥ ${TARGET.warnRecall})`);
  console.log(`false-warning rate (calm+firm warned): ${falseWarning.toFixed(3)} (target ≤ ${TARGET.falseWarning})`);
  console.log(`span recall: ${(spans ? spansHit / spans : 1).toFixed(3)} (${spansHit}/${spans})`);
  if (process.argv.includes('--verbose')) console.log(`\n${misses.join('\n')}`);
  const ok = warnRecall >= TARGET.warnRecall && falseWarning <= TARGET.falseWarning;
  console.log(ok ? '\nTargets met.' : '\nTargets NOT met.');
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
