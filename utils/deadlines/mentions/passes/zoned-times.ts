import { instantOfWallClock, wallClockAt } from '../../../dates';
import { ZONE_PATTERN, zoneForName } from '../../lexicon';
import type { Candidate, ResolveContext } from '../types';

/** "5 pm New York time", "08:00 CET", "noon Berlin time". */
const TIME_IN_ZONE = new RegExp(
  `\\b(?:(?<hour>\\d{1,2})(?:[:.](?<minute>\\d{2}))?\\s*(?<meridiem>am|pm|a\\.m\\.|p\\.m\\.)|(?<hour24>\\d{1,2}):(?<minute24>\\d{2})|(?<named>noon|midday|midnight))\\s+(?:\\(?\\s*)?(?<zone>${ZONE_PATTERN})\\b`,
  'gi',
);

/** "by 5 pm New York time on Friday 5 June": that instant, seen from the sender's zone. */
export function convertZonedTimes(list: Candidate[], sentence: string, context: ResolveContext): void {
  TIME_IN_ZONE.lastIndex = 0;
  for (let match = TIME_IN_ZONE.exec(sentence); match; match = TIME_IN_ZONE.exec(sentence)) {
    const zone = zoneForName(match.groups?.zone ?? '');
    if (!zone || zone === context.timeZone) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    const target = nearestMention(list, span, sentence);
    if (!target?.due) continue;
    const time = clockTime(match.groups ?? {});
    if (!time) continue;
    const instant = instantOfWallClock({ ...target.due, ...time, second: 0 }, zone);
    const seen = wallClockAt(instant, context.timeZone);
    target.due = { year: seen.year, month: seen.month, day: seen.day };
    target.start = Math.min(target.start, span.start);
    target.end = Math.max(target.end, span.end);
  }
}

function clockTime(groups: Record<string, string | undefined>): { hour: number; minute: number } | null {
  if (groups.named) return { hour: /midnight/i.test(groups.named) ? 0 : 12, minute: 0 };
  if (groups.hour24) return { hour: Number(groups.hour24), minute: Number(groups.minute24 ?? 0) };
  let hour = Number(groups.hour);
  const pm = /^p/i.test(groups.meridiem ?? '');
  if (hour === 12) hour = pm ? 12 : 0;
  else if (pm) hour += 12;
  return hour < 24 ? { hour, minute: Number(groups.minute ?? 0) } : null;
}

function nearestMention(list: Candidate[], span: { start: number; end: number }, sentence: string): Candidate | undefined {
  let best: Candidate | undefined;
  let bestGap = Infinity;
  for (const mention of list) {
    if (!mention.due) continue;
    const gapText = mention.start >= span.end ? sentence.slice(span.end, mention.start) : sentence.slice(mention.end, span.start);
    if (/[.;!?]/.test(gapText) || gapText.length > 30) continue;
    if (gapText.length < bestGap) {
      best = mention;
      bestGap = gapText.length;
    }
  }
  return best;
}
