/**
 * The tone engine: a learned model decides how likely a draft is to heat the
 * relationship up; the phrase rules name what kind of heat it is; the findings
 * point at the phrases that add most to the model's score, each with a
 * sentence-level rewrite. Runs locally, no network.
 */
import { maskedRanges } from './model/features';
import type { ToneModel } from './model/format';
import { heatedPhrases, providedToneModel, readTone, type ModelReading, type Phrase } from './model/score';
import { rewriteFor } from './rewrite';
import { ruleFindings, type WeightedFinding } from './rule-findings';
import { LIMIT_MARKERS } from './rules';
import type { Finding, Sensitivity, ToneContext, ToneLevel, ToneResult } from './schema';

export * from './schema';
export type { ToneCategory } from './rules';
export { ruleFindings } from './rule-findings';
export { stripQuotedHistory } from './quoted';

/** Longest draft scored; a pasted thread past this is cut, keeping the cost bounded. */
const MAX_CHARS = 200_000;
/** How much a phrase must add to the margin to be shown as a finding. */
const PHRASE_MIN_WEIGHT = 0.35;
const MAX_FINDINGS = 5;

const CONTEXT_SHIFT = { keyAtRisk: 10, newInRole: 5, heatedIncoming: 5 } as const;

interface Options {
  sensitivity?: Sensitivity;
  /** For tests and the trainer's checks: another model than the shipped one. */
  model?: ToneModel;
}

export function analyzeTone(rawText: string, context: ToneContext = {}, options: Options = {}): ToneResult {
  const text = rawText.length > MAX_CHARS ? rawText.slice(0, MAX_CHARS) : rawText;
  const model = options.model ?? providedToneModel();
  if (!model) throw new Error('No tone model loaded: import utils/tone/model/shipped, or pass one.');
  const rules = ruleFindings(text);
  const reading = readTone(text, rules, model);
  const score = reading.score;

  const reasons: string[] = [];
  let shift = 0;
  if (context.clientTier === 'key' && context.clientHealth === 'at-risk') {
    shift += CONTEXT_SHIFT.keyAtRisk;
    reasons.push(`${context.clientName ?? 'This'} is a key client at risk: warning at a lower threshold.`);
  }
  if (context.recipientNewInRole) {
    shift += CONTEXT_SHIFT.newInRole;
    reasons.push('The recipient is new in their role: first impressions weigh more.');
  }
  if ((context.incomingHeat ?? 0) >= 60) {
    shift += CONTEXT_SHIFT.heatedIncoming;
    reasons.push('Their last message was heated: answering in kind escalates.');
  }
  const heatedAt = Math.max(5, model.thresholds[options.sensitivity ?? 'normal'] - shift);
  const hostileAt = Math.max(heatedAt, model.thresholds.hostile - shift);
  const warn = text.trim() !== '' && score >= heatedAt;
  LIMIT_MARKERS.lastIndex = 0;
  const level: ToneLevel = warn ? (score >= hostileAt ? 'hostile' : 'heated') : LIMIT_MARKERS.test(text) || score >= heatedAt * 0.6 ? 'firm' : 'calm';

  const findings = explain(text, reading, rules, warn);
  if (warn) reasons.unshift(`${findings.length} phrase${findings.length === 1 ? '' : 's'} likely to escalate.`);
  return { score, level, findings, warn, reasons };
}

const MODEL_MESSAGE: Record<string, string> = {
  shouting: 'Capitals read as shouting.',
  blame: 'Aimed at them, this reads as blame; say what you need instead.',
  sarcasm: 'A pointed question reads as sarcasm or a challenge, not a request.',
  heat: 'This phrase carries most of the heat: the reader is likely to take it as an attack.',
};

/** A name for a phrase no rule explains, from what it is made of. */
function modelCategory(phrase: string): string {
  if (/\b\p{Lu}{4,}\b/u.test(phrase) || /!{2,}/.test(phrase)) return 'shouting';
  if (/\?/.test(phrase)) return 'sarcasm';
  if (/\byou(?:r|'re|'ve|'ll)?\b/i.test(phrase)) return 'blame';
  return 'heat';
}

function severityOfWeight(weight: number): Finding['severity'] {
  return weight >= 1.2 ? 'high' : weight >= 0.6 ? 'medium' : 'low';
}

/**
 * Findings: the phrases that add most to the score, named by the rule that
 * overlaps them where one does; rule hits the model also counts as heat are
 * kept. A warned draft always has at least one finding.
 */
function explain(text: string, reading: ModelReading, rules: WeightedFinding[], warn: boolean): Finding[] {
  let phrases = heatedPhrases(reading, text, PHRASE_MIN_WEIGHT);
  if (warn && !phrases.length) phrases = heatedPhrases(reading, text, Number.MIN_VALUE).slice(0, 1);
  // Prefix sums over the tokens: a span's contribution in O(log n), so many rule hits stay cheap.
  const { tokens, contributions } = reading;
  const prefix = new Float64Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i += 1) prefix[i + 1] = prefix[i]! + contributions[i]!;
  const firstEndingAfter = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const contributionOf = (start: number, end: number) => {
    const from = firstEndingAfter(start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < end) to += 1;
    return prefix[to]! - prefix[from]!;
  };
  const greeting = maskedRanges(text).find((m) => m.token === '<name>');
  const afterGreeting = greeting ? greeting.end + 1 : 0;
  const out: Array<Finding & { weight: number }> = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const phrase of phrases.slice(0, MAX_FINDINGS)) {
    const rule = rules.filter((r) => overlaps(r, phrase)).sort((a, b) => b.weight - a.weight)[0];
    out.push(findingOf(text, phrase, rule, afterGreeting));
  }
  for (const rule of rules) {
    if (out.length >= MAX_FINDINGS) break;
    if (out.some((f) => overlaps(f, rule))) continue;
    const weight = contributionOf(rule.start, rule.end);
    if (weight <= 0) continue;
    out.push(findingOf(text, { start: rule.start, end: rule.end, weight }, rule, afterGreeting));
  }
  return out.sort((a, b) => a.start - b.start).map(({ weight: _w, ...f }) => f);
}

function findingOf(text: string, phrase: Phrase, rule: WeightedFinding | undefined, afterGreeting: number): Finding & { weight: number } {
  const category = rule?.category ?? modelCategory(text.slice(phrase.start, phrase.end));
  const message = rule?.message ?? MODEL_MESSAGE[category] ?? MODEL_MESSAGE.heat!;
  const rewrite = rewriteFor(text, { start: phrase.start, end: phrase.end, category }, afterGreeting);
  return {
    start: phrase.start,
    end: phrase.end,
    category,
    severity: severityOfWeight(phrase.weight),
    message,
    suggestion: rewrite.text,
    rewrite,
    weight: phrase.weight,
  };
}
