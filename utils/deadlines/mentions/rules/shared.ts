/** Pattern pieces and calendar readings several date rules share. */
import {
  addDays,
  addMonthsClamped,
  compareDates,
  isValidCivilDate,
  isoWeekday,
  lastDayOfMonth,
  mondayOf,
  nearestOccurrence,
  type CivilDate,
} from '../../../dates';
import { MONTH_PATTERN, NUMBER_PATTERN, WEEKDAY_PATTERN, isMonthFirstZone, monthNumber, numberValue } from '../../lexicon';
import type { RuleMatch, Unit } from '../types';

export const M = MONTH_PATTERN;
export const WD = WEEKDAY_PATTERN;
export const NUM = NUMBER_PATTERN;
export const ORD_SUFFIX = '(?:st|nd|rd|th)';
/** "may" is also a modal verb: "we may need", "it may be". */
export const NOT_MODAL_MAY =
  '(?<!\\bmay(?=\\s+(?:be|have|not|need|want|also|still|take|require|come|get|help|find|see|apply|change|vary|well|only|just|already|affect|cause|include|result|lead|differ|ask|use|wish|like)\\b))';
export const YEAR_TAIL =
  "(?:[\\s,-]+(?<year>\\d{4}|'\\d{2}|\\d{2}(?![\\d:.]|\\s*(?:am|pm|a\\.m|p\\.m|h\\b|hrs?\\b|%|days?|weeks?|months?|years?|hours?|minutes?|people|users|seats|licen[cs]es|percent|\\w))))?";

export function weekdayFrom(anchor: CivilDate, index: number, mode: 'bare' | 'next' | 'last' | 'this-week'): CivilDate {
  const anchorIndex = isoWeekday(anchor);
  switch (mode) {
    case 'bare': {
      const ahead = (index - anchorIndex + 7) % 7 || 7;
      return addDays(anchor, ahead);
    }
    case 'next':
      return addDays(mondayOf(anchor), 7 + index);
    case 'last': {
      const back = (anchorIndex - index + 7) % 7 || 7;
      return addDays(anchor, -back);
    }
    case 'this-week': {
      const sameWeek = addDays(mondayOf(anchor), index);
      return compareDates(sameWeek, anchor) > 0 ? sameWeek : weekdayFrom(anchor, index, 'bare');
    }
  }
}

export function twoDigitYear(text: string): number {
  const digits = text.replace(/^'/, '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

export function datedOrNearest(year: string | undefined, month: number, day: number, anchor: CivilDate): CivilDate | null {
  if (year) {
    const fullYear = twoDigitYear(year);
    return isValidCivilDate(fullYear, month, day) ? { year: fullYear, month, day } : null;
  }
  return nearestOccurrence(month, day, anchor);
}

/** Day-month order of two numbers: the only valid reading, else the zone's habit. */
export function numericDayMonth(first: number, second: number, timeZone: string): { day: number; month: number } | null {
  const dayFirstValid = second >= 1 && second <= 12 && first >= 1 && first <= 31;
  const monthFirstValid = first >= 1 && first <= 12 && second >= 1 && second <= 31;
  if (dayFirstValid && monthFirstValid) {
    return isMonthFirstZone(timeZone) ? { month: first, day: second } : { day: first, month: second };
  }
  if (dayFirstValid) return { day: first, month: second };
  if (monthFirstValid) return { month: first, day: second };
  return null;
}

export function quarterEnd(quarter: number, year: number): CivilDate {
  return lastDayOfMonth(year, quarter * 3);
}

export function quarterOf(date: CivilDate): number {
  return Math.ceil(date.month / 3);
}

/** "end of Q1" sent in December means next year's Q1. */
export function upcomingQuarterEnd(quarter: number, anchor: CivilDate): CivilDate {
  const thisYear = quarterEnd(quarter, anchor.year);
  return compareDates(thisYear, anchor) >= 0 ? thisYear : quarterEnd(quarter, anchor.year + 1);
}

/** "October", "next month", "the month": the month they name, near the anchor. */
export function monthReference(words: string, anchor: CivilDate, year?: string): { year: number; month: number } | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(?:the |this )?(?:current )?month$/.test(lower)) return { year: anchor.year, month: anchor.month };
  if (/^(?:next|the following) month$/.test(lower)) {
    const next = addMonthsClamped({ ...anchor, day: 1 }, 1);
    return { year: next.year, month: next.month };
  }
  const month = monthNumber(lower.replace(/^(?:the month of )/, ''));
  if (!month) return null;
  if (year) return { year: twoDigitYear(year), month };
  const near = nearestOccurrence(month, 15, anchor);
  return near ? { year: near.year, month } : null;
}

export const QUARTER_WORDS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

export const UNIT_PATTERN = '(?<business>business\\s+|working\\s+|work\\s+)?(?<unit>days?|weeks?|months?|years?|hours?|hrs|fortnights?)';
export const OFFSET_TAIL = "(?:'?s?\\s+time)?(?:\\s+(?<tail>of|after|from|following|before|prior\\s+to|since)\\b)?";

export function unitOf(match: RuleMatch): Unit {
  const unit = (match.groups.unit ?? 'day').toLowerCase();
  if (unit.startsWith('fortnight')) return 'week';
  if (unit.startsWith('week')) return 'week';
  if (unit.startsWith('month')) return 'month';
  if (unit.startsWith('year')) return 'year';
  if (unit.startsWith('h')) return 'hour';
  return match.groups.business ? 'business-day' : 'day';
}

export function amountOf(match: RuleMatch): number | null {
  const value = numberValue(match.groups.amount ?? 'a');
  if (value === null) return null;
  return (match.groups.unit ?? '').toLowerCase().startsWith('fortnight') ? value * 2 : value;
}
