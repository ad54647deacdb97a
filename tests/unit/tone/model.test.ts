import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../../scripts/tone/corpus';
import { DEFAULT_OPTIONS, train } from '../../../scripts/tone/train';
import { ruleFindings } from '../../../utils/tone';
import { decodeModel, encodeModel, fromBase64, toBase64 } from '../../../utils/tone/model/format';
import { readTone } from '../../../utils/tone/model/score';
import { shippedModel } from '../../../utils/tone/model/shipped';
import { TONE_MODEL_BASE64 } from '../../../utils/tone/model/weights.generated';

const vectors = JSON.parse(readFileSync('tests/fixtures/tone/model-vectors.json', 'utf8')) as {
  sha256: string;
  vectors: Array<{ text: string; score: number }>;
};

describe('the shipped tone model', () => {
  it('is the model the trainer last wrote (same bytes as its test vectors)', () => {
    const bytes = fromBase64(TONE_MODEL_BASE64);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(vectors.sha256);
  });

  it('fits in 64 KiB', () => {
    expect(fromBase64(TONE_MODEL_BASE64).length).toBeLessThanOrEqual(65_536);
  });

  it.each(vectors.vectors.map((v, i) => ({ ...v, i })))('scores vector $i exactly as the trainer did', ({ text, score }) => {
    expect(readTone(text, ruleFindings(text), shippedModel()).score).toBe(score);
  });

  it('has thresholds in order: strict ≤ normal ≤ relaxed ≤ hostile', () => {
    const t = shippedModel().thresholds;
    expect(t.strict).toBeLessThanOrEqual(t.normal);
    expect(t.normal).toBeLessThanOrEqual(t.relaxed);
    expect(t.normal).toBeLessThanOrEqual(t.hostile);
  });
});

describe('the model format', () => {
  it('round-trips base64 of every length', () => {
    for (let n = 0; n < 9; n += 1) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('decodes what it encodes, sparse indices far apart included', () => {
    const bytes = encodeModel({
      bucketBits: 16,
      usesRules: true,
      bias: -1.5,
      scale: 0.25,
      calibA: 1,
      calibB: 0,
      thresholds: { relaxed: 80, normal: 70, strict: 60, hostile: 90 },
      indices: [0, 1, 200, 65_535],
      values: [1, -127, 5, 127],
    });
    const model = decodeModel(bytes);
    expect([model.weights[0], model.weights[1], model.weights[200], model.weights[65_535], model.weights[2]]).toEqual([0.25, -31.75, 1.25, 31.75, 0]);
    expect(model.usesRules).toBe(true);
    expect(model.thresholds.hostile).toBe(90);
  });

  it('refuses bytes that are not a model, or a newer version', () => {
    expect(() => decodeModel(new Uint8Array(64))).toThrow(/Not a Bridgekeeper tone model/);
    const bytes = encodeModel({
      bucketBits: 16,
      usesRules: false,
      bias: 0,
      scale: 1,
      calibA: 1,
      calibB: 0,
      thresholds: { relaxed: 1, normal: 1, strict: 1, hostile: 1 },
      indices: [],
      values: [],
    });
    bytes[4] = 9;
    expect(() => decodeModel(bytes)).toThrow(/version 9/);
  });
});

/** A tiny corpus: enough for the trainer to run every step (folds, calibration, thresholds, pruning). */
function fixture(): Example[] {
  const calm = [
    'Thanks for the update, see you Monday.',
    'Happy to walk your team through the order form.',
    'Could you share the PO number when you have it?',
    'Great meeting today, notes attached.',
    'No rush at all, whenever suits.',
    'We can move the call to Thursday if that helps.',
  ];
  const hot = [
    'This is the third time I have asked. Unacceptable.',
    'Your team is useless and you know it.',
    'Per my last email, sign it or else.',
    'Thanks for nothing, as usual.',
    'Frankly I do not care about your excuses.',
    'FIX THIS NOW!!!',
  ];
  const out: Example[] = [];
  for (let copy = 0; copy < 3; copy += 1) {
    calm.forEach((text, i) =>
      out.push({ id: `c${copy}-${i}`, text: `${text} (${copy})`, y: 0, source: 'drafts', split: 'train', level: i % 2 ? 'firm' : 'calm' }),
    );
    hot.forEach((text, i) =>
      out.push({
        id: `h${copy}-${i}`,
        text: `${text} (${copy})`,
        y: 1,
        source: copy ? 'drafts' : 'goemotions',
        split: 'train',
        level: i % 2 ? 'hostile' : 'heated',
      }),
    );
  }
  return out;
}

describe('the trainer', () => {
  const options = { ...DEFAULT_OPTIONS, epochs: 3, folds: 3, keep: 4_000 };

  it('is deterministic: the same data and seed give the same bytes', () => {
    const a = train(fixture(), options).bytes;
    const b = train(fixture(), options).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('gives other bytes for another seed', () => {
    const a = train(fixture(), options).bytes;
    const b = train(fixture(), { ...options, seed: options.seed + 1 }).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('learns the fixture: its heated lines score above its calm ones', () => {
    const model = decodeModel(train(fixture(), options).bytes);
    const score = (text: string) => readTone(text, ruleFindings(text), model).score;
    expect(score('Your team is useless, as usual.')).toBeGreaterThan(score('Thanks for the update, happy to help.'));
  });
});
