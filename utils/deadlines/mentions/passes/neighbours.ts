import { isValidCivilDate } from '../../../dates';
import type { Candidate, MentionAt, MentionStep, ResolveContext } from '../types';
import { runOnEachMention } from './each-mention';

const RANGE_START = /\b(?:from\s+|between\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till|through|thru|and)\s*$/i;
export const MOVE_FROM = /\b(?:mov|push|reschedul|shift|chang|postpon|bring|brought|switch|bump)\w*\b[^.;]{0,60}\bfrom\s+$/i;
/** "the training we had scheduled for 8 April": a date that has been replaced. */
const SUPERSEDED = /\b(?:had\s+(?:been\s+)?(?:scheduled|planned|booked|set)|originally|previously|initially|instead\s+of)\s+(?:\w+\s+){0,3}$/i;

/** The words between the mention before and this one. */
function gapBefore({ mention, previous, sentence }: MentionAt): string | null {
  return previous ? sentence.slice(previous.end, mention.start) : null;
}

/** "from 18 to 22 May": the range starts on the 18th. */
export function startRanges({ mention, before }: MentionAt): void {
  const range = RANGE_START.exec(before);
  if (range && mention.due && range.index !== undefined) {
    const day = Number(range.groups?.day);
    if (isValidCivilDate(mention.due.year, mention.due.month, day)) {
      mention.due = { ...mention.due, day };
      mention.start = range.index;
    }
  }
}

/** "between 24 December and 2 January", "from 1 June to 3 June": the second date only closes the range. */
export function closeRanges(at: MentionAt): void {
  const { mention, previous, sentence } = at;
  const gap = gapBefore(at);
  if (gap === null || !previous) return;
  if (
    (/^\s*(?:-|–|—|to|until|till|through|thru)\s*$/i.test(gap) && !MOVE_FROM.test(sentence.slice(0, previous.start))) ||
    (/^\s*and\s*$/i.test(gap) && /\bbetween\s+$/i.test(sentence.slice(0, previous.start)))
  ) {
    mention.due = null;
    mention.blocked = 'range-end';
  }
}

/** "move the call from Thursday to Monday": the new date replaces the old one. */
export function moveDates(at: MentionAt): void {
  const { mention, previous, sentence } = at;
  const gap = gapBefore(at);
  if (gap === null || !previous) return;
  if (/^\s*(?:to|until|till)\s*$/i.test(gap) && MOVE_FROM.test(sentence.slice(0, previous.start)) && mention.due) {
    previous.due = null;
    previous.blocked = 'alternative';
    mention.blocked = undefined;
  }
}

/** "30 June (Tuesday)", "June 30, Tuesday": the written date already says which day. */
export function dropWeekdayLabels(at: MentionAt): void {
  const { mention, previous } = at;
  const gap = gapBefore(at);
  if (gap === null || !previous) return;
  if (mention.rule === 'weekday' && previous.due && !previous.blocked && /^\s*[,(]?\s*$/.test(gap) && previous.rule !== 'weekday') {
    mention.due = null;
    mention.blocked = 'label';
  }
}

/** "Tuesday or Wednesday": alternatives, neither is the date. */
export function splitAlternatives(at: MentionAt): void {
  const { mention, previous } = at;
  const gap = gapBefore(at);
  if (gap === null || !previous) return;
  if (/^\s*,?\s*or\s+(?:on\s+)?(?:the\s+)?$/i.test(gap) && previous.due && (mention.due || mention.rule === previous.rule)) {
    previous.due = null;
    previous.blocked = 'alternative';
    mention.due = null;
    mention.blocked = 'alternative';
  }
}

/** "the week of July 13", "w/c 13 July": a week, not a day. */
export function widenWeekOf({ mention, before }: MentionAt): void {
  if (/\b(?:the\s+week\s+of|week\s+(?:commencing|beginning|starting)|w\/c)\s+(?:the\s+)?$/i.test(before) && mention.due) {
    mention.due = null;
    mention.blocked = 'vague';
  }
}

/** "the training we had scheduled for 8 April", "instead of Friday": a date that has been replaced. */
export function dropSuperseded({ mention, before }: MentionAt): void {
  if (SUPERSEDED.test(before) && mention.due) {
    mention.due = null;
    mention.blocked = 'alternative';
  }
}

/** "5 or 6 June": the day after "or" is one of two. */
export function splitDayAlternatives({ mention, before }: MentionAt): void {
  if (/\b\d{1,2}(?:st|nd|rd|th)?\s+or\s+$/i.test(before) && mention.due) {
    mention.due = null;
    mention.blocked = 'alternative';
  }
}

/** The checks of each mention against its neighbour and the words before it, in this order. */
export const NEIGHBOUR_STEPS: readonly MentionStep[] = [
  startRanges,
  closeRanges,
  moveDates,
  dropWeekdayLabels,
  splitAlternatives,
  widenWeekOf,
  dropSuperseded,
  splitDayAlternatives,
];

/** Ranges, moves, labels and alternatives: what a mention's neighbours and the words before it say about it. */
export function readNeighbours(list: Candidate[], sentence: string, context: ResolveContext): void {
  runOnEachMention(NEIGHBOUR_STEPS, list, sentence, context);
}
