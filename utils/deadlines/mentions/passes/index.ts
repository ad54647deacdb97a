import type { Candidate, DateMention, Pass, ResolveContext } from '../types';
import { joinDayEnds } from './day-ends';
import { readNeighbours } from './neighbours';
import { resolveReferences } from './references';
import { convertZonedTimes } from './zoned-times';

/** How a sentence's mentions are read against each other once found, in this order. */
export const PASSES: readonly Pass[] = [joinDayEnds, readNeighbours, resolveReferences, convertZonedTimes];

/** Runs every pass over the candidates; a mention left without a date and a reason is vague. */
export function settle(candidates: Candidate[], sentence: string, context: ResolveContext): DateMention[] {
  const list = [...candidates];
  for (const pass of PASSES) pass(list, sentence, context);
  return list.map(({ start, end, due, rule, blocked, implicitStart }) => ({
    start,
    end,
    due,
    rule,
    ...(implicitStart ? { implicitStart } : {}),
    ...(blocked ? { blocked } : due ? {} : { blocked: 'vague' as const }),
  }));
}
