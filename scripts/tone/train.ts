/**
 * Trains the tone model: L2-regularised logistic regression over the hashed
 * features of `utils/tone/model/features.ts`, by AdaGrad SGD in a seeded
 * order (so a run is reproducible byte for byte), then Platt calibration and
 * per-sensitivity thresholds from out-of-fold scores on in-domain drafts
 * only, then pruning to the largest weights and int8 quantisation.
 */
import { ruleFindings } from '../../utils/tone/rule-findings';
import { BUCKET_BITS, BUCKETS, maskedRanges, tokenize, toneFeatures, type Token } from '../../utils/tone/model/features';
import { encodeModel, type QuantisedModel } from '../../utils/tone/model/format';
import { scoreOfMargin, sigmoid } from '../../utils/tone/model/score';
import { idFraction, type Example } from './corpus';

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of one in-domain draft relative to one external example. */
  draftWeight: number;
  /** Extra weight of the shared development drafts, the closest sample of the drafts the product is checked on. */
  sharedWeight: number;
  /** Per-corpus multipliers for the external corpora. */
  goemotionsWeight: number;
  politenessWeight: number;
  /** Leave question marks and "why" out of the politeness corpus's features. */
  dampQuestions: boolean;
  useRules: boolean;
  /** Weights kept after pruning (largest magnitude first). */
  keep: number;
  folds: number;
  /** False-warning rates on out-of-fold calm/firm drafts that set each sensitivity's threshold. */
  falseWarnAt: { relaxed: number; normal: number; strict: number };
}

/** Chosen on out-of-fold in-domain figures and the external corpora's dev parts (docs/tone-model.md). */
export const DEFAULT_OPTIONS: TrainOptions = {
  seed: 20261204,
  epochs: 6,
  learningRate: 0.05,
  l2: 3e-5,
  draftWeight: 16,
  sharedWeight: 3,
  goemotionsWeight: 1,
  politenessWeight: 6,
  dampQuestions: false,
  useRules: true,
  keep: 24_000,
  folds: 5,
  falseWarnAt: { relaxed: 0.02, normal: 0.05, strict: 0.1 },
};

/** A featurised example: bucket indices and signed values, duplicates merged. */
export interface Vector {
  index: Int32Array;
  value: Float64Array;
}

const QUESTION = new Set(['?', '??', '?!', 'why']);

export function featurize(example: Pick<Example, 'text' | 'source'>, options: Pick<TrainOptions, 'dampQuestions' | 'useRules'>): Vector {
  const tokens = tokenize(example.text, maskedRanges(example.text));
  const skip = options.dampQuestions && example.source === 'politeness' ? (t: Token) => QUESTION.has(t.norm) : undefined;
  const hits = toneFeatures({ tokens, ...(options.useRules ? { rules: ruleFindings(example.text) } : {}), ...(skip ? { options: { skip } } : {}) });
  const merged = new Map<number, number>();
  for (let i = 0; i < hits.length; i += 1) merged.set(hits.bucket[i]!, (merged.get(hits.bucket[i]!) ?? 0) + hits.sign[i]! * hits.value[i]!);
  const keys = [...merged.keys()].sort((a, b) => a - b);
  return { index: Int32Array.from(keys), value: Float64Array.from(keys, (k) => merged.get(k)!) };
}

/** mulberry32: a small seeded generator, the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Weighted {
  vector: Vector;
  y: 0 | 1;
  weight: number;
}

/** Sample weights: each corpus's classes balanced, drafts weighted above the external corpora. */
export function sampleWeights(examples: Example[], options: TrainOptions): number[] {
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(`${e.source}:${e.y}`, (counts.get(`${e.source}:${e.y}`) ?? 0) + 1);
  const corpus = { drafts: options.draftWeight, goemotions: options.goemotionsWeight, politeness: options.politenessWeight };
  return examples.map((e) => {
    const pos = counts.get(`${e.source}:1`) ?? 0;
    const neg = counts.get(`${e.source}:0`) ?? 0;
    const balance = (pos + neg) / (2 * (e.y ? pos : neg));
    return corpus[e.source] * balance * (e.shared ? options.sharedWeight : 1);
  });
}

export interface Fitted {
  weights: Float64Array;
  bias: number;
}

export function fit(data: Weighted[], options: TrainOptions): Fitted {
  const weights = new Float64Array(BUCKETS);
  const squares = new Float64Array(BUCKETS);
  let bias = 0;
  let biasSquares = 0;
  const next = random(options.seed);
  const order = data.map((_, i) => i);
  const eta = options.learningRate;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { vector, y, weight } = data[k]!;
      let z = bias;
      for (let f = 0; f < vector.index.length; f += 1) z += weights[vector.index[f]!]! * vector.value[f]!;
      const g = (sigmoid(z) - y) * weight;
      for (let f = 0; f < vector.index.length; f += 1) {
        const j = vector.index[f]!;
        const grad = g * vector.value[f]! + options.l2 * weights[j]! * weight;
        squares[j]! += grad * grad;
        weights[j]! -= (eta * grad) / (Math.sqrt(squares[j]!) + 1e-8);
      }
      biasSquares += g * g;
      bias -= (eta * g) / (Math.sqrt(biasSquares) + 1e-8);
    }
  }
  return { weights, bias };
}

/** The largest weights, int8: scale so the largest kept weight maps to ±127. */
export function quantise(fitted: Fitted, keep: number): { scale: number; indices: number[]; values: number[]; dense: Float32Array } {
  const ranked = [...fitted.weights.keys()]
    .filter((i) => fitted.weights[i] !== 0)
    .sort((a, b) => Math.abs(fitted.weights[b]!) - Math.abs(fitted.weights[a]!) || a - b);
  const kept = ranked.slice(0, keep).sort((a, b) => a - b);
  const max = kept.reduce((m, i) => Math.max(m, Math.abs(fitted.weights[i]!)), 0) || 1;
  const scale = Math.fround(max / 127);
  const indices: number[] = [];
  const values: number[] = [];
  const dense = new Float32Array(BUCKETS);
  for (const i of kept) {
    const q = Math.max(-127, Math.min(127, Math.round(fitted.weights[i]! / scale)));
    if (q === 0) continue;
    indices.push(i);
    values.push(q);
    dense[i] = q * scale;
  }
  return { scale, indices, values, dense };
}

export function marginOf(vector: Vector, weights: ArrayLike<number>, bias: number): number {
  let z = bias;
  for (let f = 0; f < vector.index.length; f += 1) z += weights[vector.index[f]!]! * vector.value[f]!;
  return z;
}

/** 1-D logistic regression of labels on margins (Newton's method): the calibration layer. */
export function calibrate(margins: number[], ys: number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter += 1) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (let i = 0; i < margins.length; i += 1) {
      const p = sigmoid(a * margins[i]! + b);
      const r = p - ys[i]!;
      const w = p * (1 - p);
      ga += r * margins[i]!;
      gb += r;
      haa += w * margins[i]! * margins[i]!;
      hab += w * margins[i]!;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a: Math.fround(a), b: Math.fround(b) };
}

/** The lowest score that keeps the false-warning rate on `safe` scores at or under `rate`. */
export function thresholdFor(safe: number[], rate: number): number {
  const sorted = [...safe].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * rate);
  // Warn when score ≥ threshold: put the threshold just above the (allowed+1)-th highest safe score.
  const above = sorted[allowed] ?? 0;
  return Math.fround(Math.min(99.99, above + 0.01));
}

export function auc(scores: number[], ys: number[]): number {
  const pairs = scores.map((s, i) => [s, ys[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < pairs.length;) {
    let j = i;
    while (j < pairs.length && pairs[j]![0] === pairs[i]![0]) j += 1;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k += 1)
      if (pairs[k]![1] === 1) {
        rankSum += rank;
        pos += 1;
      }
    i = j;
  }
  const neg = pairs.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

export interface TrainResult {
  bytes: Uint8Array;
  model: QuantisedModel;
  /** Out-of-fold calibrated scores of the in-domain training drafts. */
  outOfFold: Array<{ id: string; score: number; y: 0 | 1; level?: string }>;
  vectors: Map<string, Vector>;
  dense: Float32Array;
}

export function train(examples: Example[], options: TrainOptions = DEFAULT_OPTIONS, log: (line: string) => void = () => {}): TrainResult {
  const trainSet = examples.filter((e) => e.split === 'train');
  const weights = sampleWeights(trainSet, options);
  const vectors = new Map<string, Vector>();
  const data: Weighted[] = trainSet.map((e, i) => {
    const vector = featurize(e, options);
    vectors.set(e.id, vector);
    return { vector, y: e.y, weight: weights[i]! };
  });

  // Out-of-fold margins of the in-domain drafts: external data always trains, drafts rotate.
  const fold = trainSet.map((e) => (e.source === 'drafts' ? Math.floor(idFraction(`fold:${e.group ?? e.id}`) * options.folds) : -1));
  const oofMargins: number[] = [];
  const oofIndex: number[] = [];
  for (let k = 0; k < options.folds; k += 1) {
    const fitted = fit(
      data.filter((_, i) => fold[i] !== k),
      options,
    );
    const { dense } = quantise(fitted, options.keep);
    trainSet.forEach((_, i) => {
      if (fold[i] !== k) return;
      oofMargins.push(marginOf(data[i]!.vector, dense, Math.fround(fitted.bias)));
      oofIndex.push(i);
    });
    log(`fold ${k + 1}/${options.folds} done`);
  }
  const { a, b } = calibrate(
    oofMargins,
    oofIndex.map((i) => trainSet[i]!.y),
  );
  const outOfFold = oofIndex.map((i, n) => ({
    id: trainSet[i]!.id,
    score: scoreOfMargin({ calibA: a, calibB: b }, oofMargins[n]!),
    y: trainSet[i]!.y,
    ...(trainSet[i]!.level ? { level: trainSet[i]!.level } : {}),
  }));
  const safe = outOfFold.filter((o) => o.y === 0).map((o) => o.score);
  const relaxed = thresholdFor(safe, options.falseWarnAt.relaxed);
  const normal = thresholdFor(safe, options.falseWarnAt.normal);
  const strict = thresholdFor(safe, options.falseWarnAt.strict);
  const hostile = hostileThreshold(outOfFold, normal);

  const fitted = fit(data, options);
  const q = quantise(fitted, options.keep);
  const model: QuantisedModel = {
    bucketBits: BUCKET_BITS,
    usesRules: options.useRules,
    bias: Math.fround(fitted.bias),
    scale: q.scale,
    calibA: a,
    calibB: b,
    thresholds: { relaxed, normal, strict, hostile },
    indices: q.indices,
    values: q.values,
  };
  return { bytes: encodeModel(model), model, outOfFold, vectors, dense: q.dense };
}

/** Between heated and hostile drafts that warn: the score that best separates them (balanced accuracy). */
function hostileThreshold(outOfFold: TrainResult['outOfFold'], floor: number): number {
  const warned = outOfFold.filter((o) => o.y === 1 && o.score >= floor);
  const hostile = warned.filter((o) => o.level === 'hostile').map((o) => o.score);
  const heated = warned.filter((o) => o.level !== 'hostile').map((o) => o.score);
  if (!hostile.length || !heated.length) return Math.fround(Math.max(floor, 85));
  let best = { t: 85, acc: -1 };
  for (const t of [...new Set([...hostile, ...heated])].sort((x, y) => x - y)) {
    const acc = hostile.filter((s) => s >= t).length / hostile.length + heated.filter((s) => s < t).length / heated.length;
    if (acc > best.acc) best = { t, acc };
  }
  return Math.fround(Math.max(floor, best.t));
}
