/**
 * Features of the tone model: hashed word 1–2-grams and char 3–5-grams of
 * each word, plus a few dense cues (shouting, rule hits). The trainer and the
 * extension call this same code, so what was learned is what runs.
 *
 * Greeting names and sign-offs are masked first ("Hi Kenji," → "hi <name>",
 * "Warmly, Ana" → "<signoff>"), so no name or closing formula can carry a label.
 */

export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

/**
 * Feature occurrences, as parallel arrays (no object per hit: a 2,000-character
 * draft has several thousand). Hit `i` sits in bucket `bucket[i]` with sign
 * `sign[i]` and value `value[i]`, and belongs to token `token[i]` (and, for a
 * bigram, also `token2[i]`); hits of rules and capitals cover `start[i]..end[i]`.
 */
export class Hits {
  length = 0;
  bucket = new Int32Array(256);
  sign = new Int8Array(256);
  value = new Float64Array(256);
  token = new Int32Array(256);
  token2 = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);

  push(hash: number, value: number, token: number, token2: number, start: number, end: number): void {
    if (this.length === this.bucket.length) this.grow();
    const i = this.length++;
    this.bucket[i] = hash & MASK;
    this.sign[i] = hash & 0x80000000 ? -1 : 1;
    this.value[i] = value;
    this.token[i] = token;
    this.token2[i] = token2;
    this.start[i] = start;
    this.end[i] = end;
  }

  private grow(): void {
    const n = this.bucket.length * 2;
    const copy = <T extends Int32Array | Int8Array | Float64Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(n);
      b.set(a);
      return b;
    };
    this.bucket = copy(this.bucket, Int32Array);
    this.sign = copy(this.sign, Int8Array);
    this.value = copy(this.value, Float64Array);
    this.token = copy(this.token, Int32Array);
    this.token2 = copy(this.token2, Int32Array);
    this.start = copy(this.start, Int32Array);
    this.end = copy(this.end, Int32Array);
  }
}

export interface Token {
  /** Lower-cased form used for hashing. */
  norm: string;
  start: number;
  end: number;
  /** Written in capitals (3+ letters): a shouting cue, kept apart from the word itself. */
  caps: boolean;
}

const GREETING =
  /^\s*(?:(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|afternoon|greetings)\b[ \t]*((?:(?:mr|mrs|ms|dr|prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:[ \t]+(?:and|&)?[ \t]*[\p{Lu}][\p{L}'’.-]*){0,3})?|([\p{Lu}][\p{L}'’.-]+(?:[ \t]+[\p{Lu}][\p{L}'’.-]+)?)(?=[ \t]*(?:[,–—-]|\n)))[ \t]*[,!:–—-]?/u;

const CLOSING =
  '(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|regards|warmly|thanks(?: again| so much)?|thank you|many thanks|cheers|all the best|sincerely|yours(?: sincerely| truly)?|talk soon|speak soon|br|thx|ta|with thanks|have a (?:good|great|nice) (?:day|weekend|week))';
const SIGNOFF = new RegExp(
  `(?:^|\\n|(?<=[.!?])[ \\t]+)[ \\t]*${CLOSING}[ \\t]*[,.!]?[ \\t]*(?:\\n[ \\t]*|[ \\t]+|-[ \\t]*)?(?:[\\p{Lu}][\\p{L}'’.-]*(?:[ \\t]+[\\p{Lu}][\\p{L}'’.-]*){0,2}[ \\t]*(?:\\n.*){0,3})?\\s*$`,
  'iu',
);
const SENT_FROM = /\n?[ \t]*sent from my [\w ]{2,30}\s*$/i;

/** Ranges of the text that are masked, each with the token that stands in for it. */
export interface Masked {
  start: number;
  end: number;
  token: '<name>' | '<signoff>';
}

/** The greeting's name and the sign-off block, as ranges to mask. */
export function maskedRanges(text: string): Masked[] {
  const out: Masked[] = [];
  const greeting = GREETING.exec(text);
  if (greeting) {
    const name = greeting[1] ?? greeting[2];
    if (name) {
      const start = greeting.index + greeting[0].indexOf(name);
      out.push({ start, end: start + name.length, token: '<name>' });
    }
  }
  let end = text.length;
  const sent = SENT_FROM.exec(text);
  if (sent) end = sent.index;
  const tail = text.slice(0, end);
  // Only the last 200 characters can hold a sign-off; keeps this linear on long drafts.
  const from = Math.max(0, tail.length - 200);
  const signoff = SIGNOFF.exec(tail.slice(from));
  if (signoff) {
    const start = from + signoff.index;
    if (!out.length || start >= out[0]!.end) out.push({ start, end: text.length, token: '<signoff>' });
  } else if (sent) {
    out.push({ start: sent.index, end: text.length, token: '<signoff>' });
  }
  return out;
}

// Words (with inner apostrophes), numbers, and the punctuation that carries tone.
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\p{N}+(?:[.,:]\p{N}+)*%?|[!?]+|\.{3}|…|[:;]-?[()DPp]|[.,;:]|["“”‘’'*]|\p{Extended_Pictographic}/gu;

/** The tokens of the text, masked ranges replaced by one stand-in token each. */
export function tokenize(text: string, masked: Masked[] = maskedRanges(text)): Token[] {
  const tokens: Token[] = [];
  let m = 0;
  TOKEN.lastIndex = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    while (m < masked.length && masked[m]!.end <= start) m += 1;
    const range = masked[m];
    if (range && start >= range.start && start < range.end) {
      const last = tokens[tokens.length - 1];
      if (!last || last.norm !== range.token || last.start !== range.start) {
        tokens.push({ norm: range.token, start: range.start, end: range.end, caps: false });
      }
      continue;
    }
    const word = match[0];
    const caps = word.length >= 3 && /^\p{Lu}+$/u.test(word);
    tokens.push({ norm: normalizeToken(word), start, end, caps });
  }
  return tokens;
}

function normalizeToken(word: string): string {
  const first = word.charCodeAt(0);
  if (first === 33 || first === 63) {
    // Runs of "!" and "?"
    if (/^!+$/.test(word)) return word.length > 1 ? '!!' : '!';
    if (/^\?+$/.test(word)) return word.length > 1 ? '??' : '?';
    return '?!';
  }
  if (first >= 48 && first <= 57) return '<num>';
  if (word === '“' || word === '”' || word === '‘') return '"';
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : /^\p{N}/u.test(lower) ? '<num>' : lower;
}

// 32-bit FNV-1a and a finaliser (murmur3's fmix32): fast, no allocation, the same in Node and Chromium.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEED_WORD = fnvString(FNV_OFFSET, 'w1');
const SEED_BIGRAM = fnvString(FNV_OFFSET, 'w2');
const SEED_CHAR = fnvString(FNV_OFFSET, 'c');
const SEED_DENSE = fnvString(FNV_OFFSET, 'd');

/** The hash of a named dense feature (e.g. `rule:threat`): its bucket and sign, as `Hits.push` reads them. */
export function denseHash(name: string): number {
  return fmix(fnvString(SEED_DENSE, name));
}

export interface FeatureOptions {
  /** Features to leave out, e.g. question marks for a corpus where "?" reads rude. */
  skip?: (token: Token) => boolean;
}

/** Occurrences per bucket while one block is being normalised (reset after use). */
const scratch = new Uint32Array(BUCKETS);

/** Scales a block of hits (from index `from`) to unit L2 norm of its bucket counts: repeating a text does not change its score. */
function normalise(hits: Hits, from: number): void {
  let sumSquares = 0;
  const { bucket, value, length } = hits;
  for (let i = from; i < length; i += 1) {
    const c = scratch[bucket[i]!]!;
    sumSquares += 2 * c + 1; // (c+1)² − c²
    scratch[bucket[i]!] = c + 1;
  }
  const scale = 1 / Math.sqrt(Math.max(1, sumSquares));
  for (let i = from; i < length; i += 1) {
    scratch[bucket[i]!] = 0;
    value[i] = scale;
  }
}

/** Hashed n-gram features of the tokens (those `options.skip` keeps). */
export function ngramFeatures(tokens: Token[], options: FeatureOptions = {}, hits: Hits = new Hits()): Hits {
  const from = hits.length;
  const words: number[] = [];
  const kept: number[] = [];
  tokens.forEach((token, i) => {
    if (options.skip?.(token)) return;
    kept.push(i);
    words.push(fnvString(SEED_WORD, token.norm));
  });
  for (let k = 0; k < kept.length; k += 1) {
    const i = kept[k]!;
    const token = tokens[i]!;
    hits.push(fmix(words[k]!), 1, i, -1, token.start, token.end);
    if (k > 0) {
      const j = kept[k - 1]!;
      hits.push(fmix(Math.imul(words[k - 1]! ^ SEED_BIGRAM, FNV_PRIME) ^ words[k]!), 1, j, i, tokens[j]!.start, token.end);
    }
  }
  normalise(hits, from);
  const chars = hits.length;
  for (const i of kept) {
    const token = tokens[i]!;
    if (token.norm.length >= 2 && token.norm[0] !== '<') charGrams(hits, token, i);
  }
  normalise(hits, chars);
  return hits;
}

/** Char 3–5-grams of " word ", hashed incrementally so no substring is built. */
function charGrams(hits: Hits, token: Token, index: number): void {
  const s = token.norm;
  const n = s.length + 2;
  for (let i = 0; i + 3 <= n; i += 1) {
    let h = SEED_CHAR;
    for (let k = 0; k < 5 && i + k < n; k += 1) {
      const at = i + k;
      h = Math.imul(h ^ (at === 0 || at === n - 1 ? 32 : s.charCodeAt(at - 1)), FNV_PRIME);
      if (k >= 2) hits.push(fmix(h ^ k), 1, index, -1, token.start, token.end);
    }
  }
}

/** A rule's hit, as the rules module reports it: what kind of heat, and where. */
export interface RuleHit {
  category: string;
  start: number;
  end: number;
}

export interface ToneFeatureInput {
  tokens: Token[];
  /** Rule hits to stack as features (only when the model was trained with them). */
  rules?: readonly RuleHit[];
  options?: FeatureOptions;
}

const CAPS = denseHash('caps');
const RULE_HASH = new Map<string, number>();

/** Every feature occurrence of a draft: n-grams, capitals, and (optionally) rule hits. */
export function toneFeatures({ tokens, rules, options }: ToneFeatureInput): Hits {
  const hits = ngramFeatures(tokens, options);
  let caps = 0;
  for (let i = 0; i < tokens.length && caps < 4; i += 1) {
    const token = tokens[i]!;
    const shouted = token.caps && (token.norm.length >= 5 || tokens[i + 1]?.caps === true || tokens[i - 1]?.caps === true);
    if (!shouted) continue;
    caps += 1;
    hits.push(CAPS, 0.5, i, -1, token.start, token.end);
  }
  if (rules) {
    const seen = new Map<string, number>();
    for (const rule of rules) {
      const count = seen.get(rule.category) ?? 0;
      if (count >= 2) continue;
      seen.set(rule.category, count + 1);
      let hash = RULE_HASH.get(rule.category);
      if (hash === undefined) RULE_HASH.set(rule.category, (hash = denseHash(`rule:${rule.category}`)));
      hits.push(hash, count ? 0.5 : 1, -1, -1, rule.start, rule.end);
    }
  }
  return hits;
}
