/** Finding the candidate mentions of a sentence: every rule's matches, the longest kept, chrono for what no rule covers. */
import * as chrono from 'chrono-node';
import { isMonthFirstZone } from '../lexicon';
import { RULES } from './rules';
import { M, datedOrNearest } from './rules/shared';
import type { Candidate, ResolveContext, RuleMatch } from './types';

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function collectCandidates(sentence: string, context: ResolveContext): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      if (match[0].length === 0) continue;
      const resolved = rule.resolve(match as RuleMatch, context);
      if (!resolved) continue;
      const start = resolved.start ?? match.index;
      let end = resolved.end ?? match.index + match[0].length;
      // Trailing spaces or a swallowed separator never belong to the expression.
      while (end > start && /[\s,]/.test(sentence[end - 1] ?? '')) end -= 1;
      found.push({ due: null, ...resolved, start, end, rule: rule.name });
    }
  }
  return found;
}

/** Longer spans win; on equal length, the earlier rule (more specific) wins. */
export function keepLongest(candidates: Candidate[]): Candidate[] {
  const order = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.index - b.index);
  const kept: Candidate[] = [];
  for (const { candidate } of order) {
    if (!kept.some((other) => overlaps(other, candidate))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const UNCOVERED_DATE_HINT = new RegExp(`\\d[^.;!?]{0,12}\\b${M}\\b|\\b${M}\\b[^.;!?]{0,12}\\d`, 'i');

/** Chrono catches written dates our rules have no pattern for; only certain day-and-month readings are used. */
export function chronoBackstop(sentence: string, context: ResolveContext, taken: Candidate[]): Candidate[] {
  // Chrono is the slow part; only ask it about a month name and a number our rules left alone.
  let uncovered = sentence;
  for (const mention of taken) uncovered = uncovered.slice(0, mention.start) + ' '.repeat(mention.end - mention.start) + uncovered.slice(mention.end);
  if (!UNCOVERED_DATE_HINT.test(uncovered)) return [];
  const reference = new Date(Date.UTC(context.anchor.year, context.anchor.month - 1, context.anchor.day, 12));
  const parser = isMonthFirstZone(context.timeZone) ? chrono.en : chrono.en.GB;
  const out: Candidate[] = [];
  for (const result of parser.parse(sentence, reference)) {
    const span = { start: result.index, end: result.index + result.text.length };
    if (taken.some((other) => overlaps(other, span))) continue;
    if (!result.start.isCertain('day') || !result.start.isCertain('month') || !/\d/.test(result.text)) continue;
    const month = result.start.get('month');
    const day = result.start.get('day');
    if (!month || !day) continue;
    const year = result.start.isCertain('year') ? String(result.start.get('year')) : undefined;
    const due = datedOrNearest(year, month, day, context.anchor);
    if (due) out.push({ ...span, due, rule: 'chrono' });
  }
  return out;
}
