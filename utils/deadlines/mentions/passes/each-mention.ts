import type { Candidate, MentionStep, ResolveContext } from '../types';

/** Runs `steps` on each mention in text order, all steps on one mention before the next. */
export function runOnEachMention(steps: readonly MentionStep[], list: Candidate[], sentence: string, context: ResolveContext): void {
  for (const [index, mention] of list.entries()) {
    const at = { mention, index, previous: list[index - 1], before: sentence.slice(0, mention.start), list, sentence, context };
    for (const step of steps) step(at);
  }
}
