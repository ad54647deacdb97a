/**
 * `npx tsx scripts/tone-agreement.ts`: agreement between the first labelling
 * of the project's drafts and the blind second pass over 300 of them
 * (data/tone/second-pass/). Prints Cohen's kappa on the four levels and on
 * warn / no warn, and the drafts the passes disagree on.
 */
import { readSecondPass, readDrafts } from './tone/corpus';

const LEVELS = ['calm', 'firm', 'heated', 'hostile'] as const;

function kappa(pairs: Array<[string, string]>, classes: readonly string[]): number {
  const n = pairs.length;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  let chance = 0;
  for (const c of classes) chance += (pairs.filter(([a]) => a === c).length / n) * (pairs.filter(([, b]) => b === c).length / n);
  return (agree - chance) / (1 - chance);
}

async function main() {
  const first = new Map((await readDrafts('data/tone', { keepDisagreements: true })).map((d) => [d.id, d.level!]));
  const second = await readSecondPass('data/tone');
  const pairs: Array<[string, string]> = [...second].map(([id, label]) => [first.get(id)!, label]);
  const warn = (l: string) => (l === 'heated' || l === 'hostile' ? 'warn' : 'ok');
  const binary = pairs.map(([a, b]) => [warn(a), warn(b)] as [string, string]);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const matrix = Object.fromEntries(LEVELS.map((a) => [a, Object.fromEntries(LEVELS.map((b) => [b, pairs.filter(([x, y]) => x === a && y === b).length]))]));
  const disagreeWarn = [...second].filter(([id, label]) => warn(first.get(id)!) !== warn(label)).map(([id, label]) => `${id}: ${first.get(id)} → ${label}`);
  console.log(
    JSON.stringify(
      {
        drafts: pairs.length,
        agreement: {
          levels: round(pairs.filter(([a, b]) => a === b).length / pairs.length),
          warn: round(binary.filter(([a, b]) => a === b).length / binary.length),
        },
        kappa: { levels: round(kappa(pairs, LEVELS)), warn: round(kappa(binary, ['warn', 'ok'])) },
        confusion: { rows: 'first pass', columns: 'second pass', matrix },
        droppedForWarnDisagreement: disagreeWarn,
      },
      null,
      2,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
