import type { ToneModel } from './format';
import { maskedRanges, tokenize, toneFeatures, type RuleHit, type Token } from './features';

/**
 * Where the engine gets its model when the caller names none. The weights are
 * not imported here: the background and Node load them with `./shipped`, the
 * content scripts receive them from the background once per page, so the
 * 48 KB of weights are not in every mail tab's bundle.
 */
let provider: (() => ToneModel) | undefined;

export function provideToneModel(get: () => ToneModel): void {
  provider = get;
}

export function providedToneModel(): ToneModel | undefined {
  return provider?.();
}

export interface ModelReading {
  /** Raw margin before calibration. */
  margin: number;
  /** Calibrated probability that the draft reads heated or hostile, 0–100. */
  score: number;
  tokens: Token[];
  /** Each token's share of the margin (what it adds to the heat). */
  contributions: Float64Array;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The calibrated score of a raw margin, rounded as the extension reports it. */
export function scoreOfMargin(model: Pick<ToneModel, 'calibA' | 'calibB'>, margin: number): number {
  return Math.round(10_000 * sigmoid(model.calibA * margin + model.calibB)) / 100;
}

/** Scores a draft and spreads the margin over its tokens. Linear in the draft's length. */
export function readTone(text: string, rules: readonly RuleHit[], model: ToneModel): ModelReading {
  const tokens = tokenize(text, maskedRanges(text));
  const hits = toneFeatures({ tokens, ...(model.usesRules ? { rules } : {}) });
  const contributions = new Float64Array(tokens.length);
  const { bucket, sign, value, token, token2, length } = hits;
  const weights = model.weights;
  let margin = model.bias;
  for (let i = 0; i < length; i += 1) {
    const c = sign[i]! * value[i]! * weights[bucket[i]!]!;
    if (c === 0) continue;
    margin += c;
    const t = token[i]!;
    const t2 = token2[i]!;
    if (t2 >= 0) {
      contributions[t]! += c / 2;
      contributions[t2]! += c / 2;
    } else if (t >= 0) {
      contributions[t]! += c;
    } else {
      spread(tokens, contributions, hits.start[i]!, hits.end[i]!, c);
    }
  }
  return { margin, score: scoreOfMargin(model, margin), tokens, contributions };
}

/** A hit that covers a span (a rule's phrase): its share goes evenly to the tokens in the span. */
function spread(tokens: Token[], contributions: Float64Array, start: number, end: number, c: number): void {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < tokens.length && tokens[last]!.start < end) last += 1;
  const n = last - lo;
  for (let i = lo; i < last; i += 1) contributions[i]! += c / n;
}

export interface Phrase {
  start: number;
  end: number;
  /** What the phrase adds to the margin. */
  weight: number;
}

const BOUNDARY = /^(?:[.!?…]|!!|\?\?|\?!|\.\.\.)$/;

/**
 * The phrases that carry the heat: within each sentence, the run of tokens
 * whose contributions add up to the most (Kadane), strongest first.
 */
export function heatedPhrases(reading: ModelReading, text: string, minWeight: number): Phrase[] {
  const { tokens, contributions } = reading;
  const phrases: Phrase[] = [];
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let run = 0;
  let runStart = 0;
  const close = () => {
    if (bestStart >= 0 && best >= minWeight) phrases.push({ start: tokens[bestStart]!.start, end: tokens[bestEnd]!.end, weight: best });
    best = 0;
    bestStart = -1;
    run = 0;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const newline = i > 0 && text.slice(tokens[i - 1]!.end, token.start).includes('\n');
    if (newline) close();
    if (run <= 0) {
      run = 0;
      runStart = i;
    }
    run += contributions[i]!;
    if (run > best) {
      best = run;
      bestStart = runStart;
      bestEnd = i;
    }
    if (BOUNDARY.test(token.norm)) {
      close();
      runStart = i + 1;
    }
  }
  close();
  return phrases.sort((a, b) => b.weight - a.weight || a.start - b.start);
}
