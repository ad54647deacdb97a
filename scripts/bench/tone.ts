import { accountDraft } from './drafts';
import { exportsOf, formatNumber, importOptional, measure, withTarget, type BenchEntry } from './measure';

/** The part of `utils/tone` this benchmark calls. */
interface ToneModule {
  analyzeTone(text: string): unknown;
}

const SIZES = [
  { chars: 200, batch: 200, runs: 30 },
  { chars: 2000, batch: 40, runs: 30 },
  { chars: 20_000, batch: 2, runs: 20 },
] as const;

/**
 * The pre-send guard scores the draft on every pause in typing, so a
 * normal email must cost well under a frame, and a pasted 20,000-character
 * thread must not cost more than linearly.
 */
export async function bench(): Promise<BenchEntry[]> {
  await importOptional('utils/tone/model/shipped'); // makes the shipped weights the engine's default
  const tone = exportsOf<ToneModule>(await importOptional('utils/tone'), ['analyzeTone'], 'utils/tone');
  if (typeof tone === 'string') return SIZES.map(({ chars }) => ({ name: `tone.analyze.${chars}`, missing: tone }));

  const results = [];
  for (const { chars, batch, runs } of SIZES) {
    const draft = accountDraft(chars);
    results.push(
      await measure(`tone.analyze.${chars}`, 'ms', () => tone.analyzeTone(draft), {
        runs,
        warmup: 3,
        batch,
        note: `${draft.length} chars`,
      }),
    );
  }
  const [small, normal, long] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0]];
  return [small, withTarget(normal, 1), withTarget(long, normal.median * 15, `< 15× 2,000-char (${formatNumber(normal.median * 15)} ms)`), await modelBytes()];
}

/** The shipped weights as the build carries them, decoded from the generated module. */
async function modelBytes(): Promise<BenchEntry> {
  const generated = exportsOf<{ TONE_MODEL_BASE64: string }>(
    await importOptional('utils/tone/model/weights.generated'),
    ['TONE_MODEL_BASE64'],
    'utils/tone/model/weights.generated',
  );
  if (typeof generated === 'string') return { name: 'tone.model.bytes', missing: generated };
  const bytes = Buffer.from(generated.TONE_MODEL_BASE64, 'base64').length;
  return {
    name: 'tone.model.bytes',
    unit: 'bytes',
    median: bytes,
    min: bytes,
    max: bytes,
    runs: 1,
    target: '≤ 65,536',
    met: bytes <= 65_536,
    note: 'int8 sparse weights + header',
  };
}
