import {
  addBusinessDays,
  addDays,
  addHoursToWallClock,
  addMonthsClamped,
  compareDates,
  subtractBusinessDays,
  type CivilDate,
  type WallClock,
} from '../../../dates';
import type { Candidate, MentionAt, MentionStep, ResolveContext, Unit } from '../types';
import { runOnEachMention } from './each-mention';

const BASE_IS_ANCHOR = /^\s*(?:the\s+date\s+of\s+)?(?:receipt\s+of\s+)?(?:this\s+(?:notice|email|e-mail|letter|message|reminder)|today|now)\b/i;
const BASE_IS_ISSUE = /^\s*(?:the\s+)?(?:issue|issuance|invoice\s+date|date\s+of\s+(?:the\s+)?invoice|invoicing|the\s+invoice)\b/i;
const ISSUE_MARK = /\b(?:issued|dated|invoiced|raised|sent)\s+(?:on\s+)?$/i;

/** "… sent on 15 May. Please raise the PO before then.": the last date before it, in this sentence or the one before. */
export function resolveThen({ mention, index, list, context }: MentionAt): void {
  if (!mention.refersBack) return;
  const previous = list
    .slice(0, index)
    .reverse()
    .find((other) => other.due);
  mention.due = previous?.due ?? context.previousDue ?? null;
  if (!mention.due) mention.blocked = 'undated-event';
}

/**
 * A duration counted from its base: the anchor ("within 30 days", "14 days
 * from this notice"), a date the sentence states ("60 days before the 30
 * September renewal date") or the issue date of an invoice; from an undated
 * event ("14 days after signing") it gives no date.
 */
export function resolveOffsets({ mention, list, sentence, context }: MentionAt): void {
  if (!mention.offset) return;
  const { amount, unit, direction, tail } = mention.offset;
  const after = sentence.slice(mention.end);
  let base: CivilDate | null = null;
  const anchorWords = BASE_IS_ANCHOR.exec(after);
  if (!tail || anchorWords) {
    base = context.anchor;
    if (!tail && mention.rule === 'duration') mention.implicitStart = true;
    if (tail && anchorWords) {
      // "within 15 days of today": "today" is the base, not a second date.
      mention.end += anchorWords[0].length;
      for (const other of list) if (other !== mention && other.start >= mention.start && other.end <= mention.end) other.blocked = 'undated-event';
    }
  } else {
    const stated = list.find(
      (other) =>
        other !== mention &&
        other.due &&
        other.start >= mention.end &&
        /^\s*(?:the\s+|this\s+|our\s+|your\s+)?(?:(?:invoice|issue|order|delivery|start|contract|signing|renewal)\s+date\s+(?:of\s+)?|(?:[\w-]+\s+){1,3}(?:on|of|dated)\s+)?$/i.test(
          sentence.slice(mention.end, other.start),
        ),
    );
    if (stated?.due) {
      base = stated.due;
      // "the 2 October invoice date" only anchors the count; "the 30 September renewal date" is a date in its own right.
      if (/^\s*(?:invoice|issue|delivery|order|signing|signature|start|purchase|shipping|billing|receipt)\s+date\b/i.test(sentence.slice(stated.end)))
        stated.blocked = 'label';
    } else if (BASE_IS_ISSUE.test(after)) {
      const issued = list.find((other) => other !== mention && other.due && ISSUE_MARK.test(sentence.slice(0, other.start)));
      base = issued?.due ?? null;
    }
  }
  if (!base) {
    mention.blocked = 'undated-event';
    return;
  }
  mention.due = applyOffset(base, amount, unit, direction, base === context.anchor ? context.wall : undefined);
}

export function applyOffset(base: CivilDate, amount: number, unit: Unit, direction: 1 | -1, wall?: WallClock): CivilDate {
  switch (unit) {
    case 'day':
      return addDays(base, direction * amount);
    case 'business-day':
      return direction > 0 ? addBusinessDays(base, amount) : subtractBusinessDays(base, amount);
    case 'week':
      return addDays(base, direction * amount * 7);
    case 'month':
      return addMonthsClamped(base, direction * amount);
    case 'year':
      return addMonthsClamped(base, direction * amount * 12);
    case 'hour': {
      const from = wall && compareDates(wall, base) === 0 ? wall : { ...base, hour: 12, minute: 0, second: 0 };
      return addHoursToWallClock(from, direction * amount);
    }
  }
}

/** The steps that give a date to mentions counted from something else, in this order. */
export const REFERENCE_STEPS: readonly MentionStep[] = [resolveThen, resolveOffsets];

/** "before then" and durations: mentions whose date is counted from another date. */
export function resolveReferences(list: Candidate[], sentence: string, context: ResolveContext): void {
  runOnEachMention(REFERENCE_STEPS, list, sentence, context);
}
