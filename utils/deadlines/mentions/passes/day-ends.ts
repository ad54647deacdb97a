import type { Candidate } from '../types';

/** "EOD tomorrow", "COB Friday": the named day wins; the day-end words join its span. */
export function joinDayEnds(list: Candidate[], sentence: string): void {
  for (const qualifier of list.filter((candidate) => candidate.dayEnd)) {
    const neighbour = list.find(
      (other) =>
        other !== qualifier &&
        !other.dayEnd &&
        other.due &&
        ((other.start >= qualifier.end && /^[\s,]*(?:on\s+)?$/i.test(sentence.slice(qualifier.end, other.start))) ||
          (other.end <= qualifier.start && /^[\s,]*(?:at\s+|by\s+)?(?:the\s+)?$/i.test(sentence.slice(other.end, qualifier.start)))),
    );
    if (neighbour) {
      neighbour.start = Math.min(neighbour.start, qualifier.start);
      neighbour.end = Math.max(neighbour.end, qualifier.end);
      list.splice(list.indexOf(qualifier), 1);
    }
  }
}
