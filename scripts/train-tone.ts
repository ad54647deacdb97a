/**
 * `npm run train:tone`: trains the tone model from `data/tone/` and writes the
 * weights the extension ships (`utils/tone/model/weights.generated.ts`), the
 * test vectors that pin the extension's inference to the trainer's
 * (`tests/fixtures/tone/model-vectors.json`) and a training report
 * (`data/tone/train-report.json`). Deterministic: the same data and seed give
 * the same bytes.
 *
 * `--dry` trains and reports without writing; `--set key=value` overrides an
 * option (for sweeps, judged on out-of-fold figures only, never the test split).
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { ruleFindings } from '../utils/tone/rule-findings';
import { maskedRanges, tokenize, toneFeatures } from '../utils/tone/model/features';
import { toBase64 } from '../utils/tone/model/format';
import { scoreOfMargin } from '../utils/tone/model/score';
import { readCorpus, type Example } from './tone/corpus';
import { auc, DEFAULT_OPTIONS, train, type TrainOptions, type TrainResult } from './tone/train';

const WEIGHTS_FILE = 'utils/tone/model/weights.generated.ts';
const VECTORS_FILE = 'tests/fixtures/tone/model-vectors.json';
const REPORT_FILE = 'data/tone/train-report.json';

function parseOptions(args: string[]): TrainOptions {
  const options = structuredClone(DEFAULT_OPTIONS) as TrainOptions & Record<string, unknown>;
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] !== '--set') continue;
    const [key, raw] = (args[i + 1] ?? '').split('=');
    if (!key || raw === undefined || !(key in options)) throw new Error(`unknown option ${args[i + 1]}`);
    options[key] = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
  }
  return options;
}

/** The trainer's own reading of a text's score: features in order, dense dequantised weights. */
function trainerScore(text: string, result: TrainResult): number {
  const tokens = tokenize(text, maskedRanges(text));
  const hits = toneFeatures({ tokens, ...(result.model.usesRules ? { rules: ruleFindings(text) } : {}) });
  let margin = result.model.bias;
  for (let i = 0; i < hits.length; i += 1) {
    const c = hits.sign[i]! * hits.value[i]! * result.dense[hits.bucket[i]!]!;
    if (c !== 0) margin += c;
  }
  return scoreOfMargin({ calibA: result.model.calibA, calibB: result.model.calibB }, margin);
}

const VECTOR_TEXTS = [
  '',
  'Thanks, that works for us.',
  'WHY IS THIS STILL NOT SIGNED',
  'Hi Kenji,\n\nPer my last three emails, the agreement is still unsigned.\n\nWarmly,\nAna',
  'Dear Ms Okafor, services will be paused on 3 June if the order form is not signed; I can walk your team through it on Monday.',
  'Oh great, another "urgent" request. Clearly a top priority for your team... :)',
];

function pickVectors(examples: Example[]): string[] {
  const drafts = examples.filter((e) => e.source === 'drafts' && e.split === 'train').slice(0, 30);
  const external = examples.filter((e) => e.source !== 'drafts' && e.split === 'train').slice(0, 14);
  return [...VECTOR_TEXTS, ...drafts.map((e) => e.text), ...external.map((e) => e.text)];
}

async function main() {
  const args = process.argv.slice(2);
  const options = parseOptions(args);
  const started = performance.now();
  const dataIndex = args.indexOf('--data');
  const examples = await readCorpus(dataIndex >= 0 ? args[dataIndex + 1]! : 'data/tone');
  const counts = (source: string, split: string) => examples.filter((e) => e.source === source && e.split === split).length;
  console.error(
    `examples: drafts ${counts('drafts', 'train')} train / ${counts('drafts', 'test')} test, goemotions ${counts('goemotions', 'train')} / ${counts('goemotions', 'test')}, politeness ${counts('politeness', 'train')} / ${counts('politeness', 'test')}`,
  );
  const result = train(examples, options, (line) => console.error(line));
  const seconds = (performance.now() - started) / 1000;

  const oof = result.outOfFold;
  const t = result.model.thresholds;
  const recallAt = (threshold: number) => oof.filter((o) => o.y === 1 && o.score >= threshold).length / Math.max(1, oof.filter((o) => o.y === 1).length);
  const falseAt = (threshold: number) => oof.filter((o) => o.y === 0 && o.score >= threshold).length / Math.max(1, oof.filter((o) => o.y === 0).length);
  const summary = {
    options,
    seconds: Math.round(seconds * 10) / 10,
    bytes: result.bytes.length,
    sha256: createHash('sha256').update(result.bytes).digest('hex'),
    kept: result.model.indices.length,
    calibration: { a: result.model.calibA, b: result.model.calibB },
    thresholds: t,
    outOfFold: {
      drafts: oof.length,
      auc:
        Math.round(
          auc(
            oof.map((o) => o.score),
            oof.map((o) => o.y),
          ) * 1000,
        ) / 1000,
      normal: { recall: round3(recallAt(t.normal)), falseWarn: round3(falseAt(t.normal)) },
      strict: { recall: round3(recallAt(t.strict)), falseWarn: round3(falseAt(t.strict)) },
      relaxed: { recall: round3(recallAt(t.relaxed)), falseWarn: round3(falseAt(t.relaxed)) },
    },
  };
  const devAuc: Record<string, number> = {};
  for (const source of ['goemotions', 'politeness'] as const) {
    const dev = examples.filter((e) => e.source === source && e.split === 'dev');
    devAuc[source] = round3(
      auc(
        dev.map((e) => trainerScore(e.text, result)),
        dev.map((e) => e.y),
      ),
    );
  }
  const warmVsAngry = examples.filter((e) => e.source === 'goemotions' && e.split === 'dev' && (e.y === 1 || e.warm));
  devAuc['goemotions warm vs angry'] = round3(
    auc(
      warmVsAngry.map((e) => trainerScore(e.text, result)),
      warmVsAngry.map((e) => e.y),
    ),
  );
  console.log(JSON.stringify({ ...summary, devAuc }, null, 2));
  if (args.includes('--dry')) return;

  const base64 = toBase64(result.bytes);
  const lines = base64.match(/.{1,100}/g) ?? [''];
  await writeFile(
    WEIGHTS_FILE,
    `// Generated by \`npm run train:tone\` (scripts/train-tone.ts) from data/tone/. Do not edit.\n// ${result.bytes.length} bytes, sha256 ${summary.sha256}\nexport const TONE_MODEL_BASE64 =\n${lines.map((l) => `  '${l}'`).join(' +\n')};\n`,
  );
  const vectors = pickVectors(examples).map((text) => ({ text, score: trainerScore(text, result) }));
  await writeFile(VECTORS_FILE, `${JSON.stringify({ sha256: summary.sha256, vectors }, null, 1)}\n`);
  const { seconds: _s, ...stable } = summary;
  await writeFile(REPORT_FILE, `${JSON.stringify(stable, null, 2)}\n`);
  console.error(`wrote ${WEIGHTS_FILE} (${result.bytes.length} bytes), ${VECTORS_FILE}, ${REPORT_FILE} in ${summary.seconds} s`);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
