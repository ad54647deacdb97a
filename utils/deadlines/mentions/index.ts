import { chronoBackstop, collectCandidates, keepLongest } from './collect';
import { settle } from './passes';
import type { DateMention, MentionContext, ResolveContext } from './types';

/**
 * Date mentions: the rules (`rules/`, one file per kind of wording) find every
 * date expression of a sentence, the longest win, and the passes (`passes/`)
 * read them against each other: ranges, alternatives, "EOD Friday", durations
 * from a stated date, "before then", times in another zone.
 */
export type { DateMention, MentionContext } from './types';

/** Every date expression in one sentence, resolved against the sender's local date. */
export function findDateMentions(sentence: string, context: MentionContext): DateMention[] {
  const resolveContext: ResolveContext = {
    ...context,
    anchor: { year: context.wall.year, month: context.wall.month, day: context.wall.day },
    sentence,
  };
  const candidates = keepLongest(collectCandidates(sentence, resolveContext));
  const withChrono = keepLongest([...candidates, ...chronoBackstop(sentence, resolveContext, candidates)]);
  return settle(withChrono, sentence, resolveContext);
}
