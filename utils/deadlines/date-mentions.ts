import * as chrono from 'chrono-node';
import {
  addBusinessDays,
  addDays,
  addHoursToWallClock,
  addMonthsClamped,
  compareDates,
  daysInMonth,
  instantOfWallClock,
  isValidCivilDate,
  isoWeekday,
  lastDayOfMonth,
  mondayOf,
  nearestOccurrence,
  nextWithDayNumber,
  subtractBusinessDays,
  wallClockAt,
  type CivilDate,
  type WallClock,
} from '../dates';
import {
  MONTH_PATTERN,
  NUMBER_PATTERN,
  ORDINAL_WORDS,
  WEEKDAY_PATTERN,
  WEEKDAY_PREFIX_PATTERN,
  ZONE_PATTERN,
  isMonthFirstZone,
  monthNumber,
  numberValue,
  weekdayIndex,
  zoneForName,
} from './lexicon';

/**
 * A date expression found in one sentence. `due` is null when the words name
 * no single day (a window such as "next week", "mid-June", "in Q3"), when they
 * are timed from an undated event, or when they are recurring or alternatives:
 * such mentions still mark their clause as dated so nothing else is pinned on it.
 */
export type DateMention = {
  start: number;
  end: number;
  due: CivilDate | null;
  rule: string;
  /** Why a mention with words that look like a date gives no entry. */
  blocked?: 'vague' | 'recurring' | 'alternative' | 'undated-event' | 'range-end' | 'label';
  /** A duration with no starting point written ("within 30 days"): counted from the anchor unless the sentence times it from an event. */
  implicitStart?: boolean;
};

export type MentionContext = {
  wall: WallClock;
  timeZone: string;
  /** The last date named in the previous sentence, for "before then" at the start of this one. */
  previousDue?: CivilDate | null;
};

type Unit = 'day' | 'business-day' | 'week' | 'month' | 'year' | 'hour';

type Candidate = DateMention & {
  /** A duration waiting for its base ("30 days of issue", "60 days before the 30 September …"). */
  offset?: { amount: number; unit: Unit; direction: 1 | -1; tail: string | null };
  /** "EOD"/"COB": the end of some day, the anchor unless a day is named next to it. */
  dayEnd?: boolean;
  /** "before then": the date of the previous mention. */
  refersBack?: boolean;
};

type RuleMatch = RegExpExecArray & { groups: Record<string, string | undefined> };
type Rule = {
  name: string;
  pattern: RegExp;
  resolve: (match: RuleMatch, context: ResolveContext) => Partial<Candidate> | null;
};

type ResolveContext = MentionContext & { anchor: CivilDate; sentence: string };

const M = MONTH_PATTERN;
const WD = WEEKDAY_PATTERN;
const NUM = NUMBER_PATTERN;
const ORD_SUFFIX = '(?:st|nd|rd|th)';
/** "may" is also a modal verb: "we may need", "it may be". */
const NOT_MODAL_MAY =
  '(?<!\\bmay(?=\\s+(?:be|have|not|need|want|also|still|take|require|come|get|help|find|see|apply|change|vary|well|only|just|already|affect|cause|include|result|lead|differ|ask|use|wish|like)\\b))';
const YEAR_TAIL =
  "(?:[\\s,-]+(?<year>\\d{4}|'\\d{2}|\\d{2}(?![\\d:.]|\\s*(?:am|pm|a\\.m|p\\.m|h\\b|hrs?\\b|%|days?|weeks?|months?|years?|hours?|minutes?|people|users|seats|licen[cs]es|percent|\\w))))?";

function weekdayFrom(anchor: CivilDate, index: number, mode: 'bare' | 'next' | 'last' | 'this-week'): CivilDate {
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

function twoDigitYear(text: string): number {
  const digits = text.replace(/^'/, '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function datedOrNearest(year: string | undefined, month: number, day: number, anchor: CivilDate): CivilDate | null {
  if (year) {
    const fullYear = twoDigitYear(year);
    return isValidCivilDate(fullYear, month, day) ? { year: fullYear, month, day } : null;
  }
  return nearestOccurrence(month, day, anchor);
}

/** Day-month order of two numbers: the only valid reading, else the zone's habit. */
function numericDayMonth(first: number, second: number, timeZone: string): { day: number; month: number } | null {
  const dayFirstValid = second >= 1 && second <= 12 && first >= 1 && first <= 31;
  const monthFirstValid = first >= 1 && first <= 12 && second >= 1 && second <= 31;
  if (dayFirstValid && monthFirstValid) {
    return isMonthFirstZone(timeZone) ? { month: first, day: second } : { day: first, month: second };
  }
  if (dayFirstValid) return { day: first, month: second };
  if (monthFirstValid) return { month: first, day: second };
  return null;
}

function quarterEnd(quarter: number, year: number): CivilDate {
  return lastDayOfMonth(year, quarter * 3);
}

function quarterOf(date: CivilDate): number {
  return Math.ceil(date.month / 3);
}

/** "end of Q1" sent in December means next year's Q1. */
function upcomingQuarterEnd(quarter: number, anchor: CivilDate): CivilDate {
  const thisYear = quarterEnd(quarter, anchor.year);
  return compareDates(thisYear, anchor) >= 0 ? thisYear : quarterEnd(quarter, anchor.year + 1);
}

/** "October", "next month", "the month": the month they name, near the anchor. */
function monthReference(words: string, anchor: CivilDate, year?: string): { year: number; month: number } | null {
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

const QUARTER_WORDS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const UNIT_PATTERN = '(?<business>business\\s+|working\\s+|work\\s+)?(?<unit>days?|weeks?|months?|years?|hours?|hrs|fortnights?)';
const OFFSET_TAIL = "(?:'?s?\\s+time)?(?:\\s+(?<tail>of|after|from|following|before|prior\\s+to|since)\\b)?";

function unitOf(match: RuleMatch): Unit {
  const unit = (match.groups.unit ?? 'day').toLowerCase();
  if (unit.startsWith('fortnight')) return 'week';
  if (unit.startsWith('week')) return 'week';
  if (unit.startsWith('month')) return 'month';
  if (unit.startsWith('year')) return 'year';
  if (unit.startsWith('h')) return 'hour';
  return match.groups.business ? 'business-day' : 'day';
}

function amountOf(match: RuleMatch): number | null {
  const value = numberValue(match.groups.amount ?? 'a');
  if (value === null) return null;
  return (match.groups.unit ?? '').toLowerCase().startsWith('fortnight') ? value * 2 : value;
}

function applyOffset(base: CivilDate, amount: number, unit: Unit, direction: 1 | -1, wall?: WallClock): CivilDate {
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

const RULES: Rule[] = [
  // ---- Written dates ----------------------------------------------------
  {
    name: 'day-month',
    // 30 June, 6th of March, 1 of December, 20-Oct-2026, Friday 30 June 2026, the 30th of June
    pattern: new RegExp(
      `(?:\\b${WEEKDAY_PREFIX_PATTERN},?\\s+)?(?:\\bthe\\s+)?\\b(?<day>\\d{1,2})${ORD_SUFFIX}?(?:\\s+of)?[\\s-]+(?:the\\s+month\\s+of\\s+)?(?<month>${M})\\b${NOT_MODAL_MAY}\\.?${YEAR_TAIL}`,
      'gi',
    ),
    resolve: (m, c) => {
      const month = monthNumber(m.groups.month ?? '');
      const due = month ? datedOrNearest(m.groups.year, month, Number(m.groups.day), c.anchor) : null;
      return due ? { due } : null;
    },
  },
  {
    name: 'month-day',
    // June 30th, Sept 24, Friday, June 12, April 30 2026, June the 5th
    pattern: new RegExp(
      `(?:\\b${WEEKDAY_PREFIX_PATTERN},?\\s+)?\\b(?<month>${M})\\.?\\s+(?:the\\s+)?(?<day>\\d{1,2})${ORD_SUFFIX}?\\b(?!\\s*(?:[:%]|am\\b|pm\\b|hours?|days?|weeks?|months?|years?|percent|minutes?|people|users|seats))(?:,?\\s+(?<year>\\d{4})\\b)?`,
      'gi',
    ),
    resolve: (m, c) => {
      if (/^may$/i.test(m.groups.month ?? '') && !/^May/.test(m.groups.month ?? '')) {
        // "may 5 people join" is rare, but lower-case "may 3" after a subject is a verb.
        const before = c.sentence.slice(0, m.index).trimEnd();
        if (/\b(?:we|i|you|they|it|this|that|he|she|which)$/i.test(before)) return null;
      }
      const month = monthNumber(m.groups.month ?? '');
      const due = month ? datedOrNearest(m.groups.year, month, Number(m.groups.day), c.anchor) : null;
      return due ? { due } : null;
    },
  },
  {
    name: 'iso',
    pattern: /(?<![\d./-])(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?![\d/-]|\.\d)/g,
    resolve: (m) => {
      const year = Number(m.groups.year);
      const month = Number(m.groups.month);
      const day = Number(m.groups.day);
      return isValidCivilDate(year, month, day) ? { due: { year, month, day } } : null;
    },
  },
  {
    name: 'numeric-with-year',
    // 31.03.2026, 27/01/2026, 9/15/26, 06-30-2026
    pattern: /(?<![\d./-])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?![\d/-]|\.\d)/g,
    resolve: (m, c) => {
      const order = numericDayMonth(Number(m.groups.a), Number(m.groups.b), c.timeZone);
      if (!order) return null;
      const year = twoDigitYear(m.groups.year ?? '');
      return isValidCivilDate(year, order.month, order.day) ? { due: { year, month: order.month, day: order.day } } : null;
    },
  },
  {
    name: 'numeric-day-month',
    // 10/03, 3/20, 30.09., 30.10 — only where a date is expected, so "24/7" or "version 4.2" stay numbers.
    pattern:
      /(?<lead>(?<=\d\.?\s)(?:or|and|to|till|until)\s+|\b(?:by|on|before|until|untill|till|til|from|after|for|due|latest|of|the|since|to|starting|effective|through|thru|than|as of|dated|w\.e\.f\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?(?<![\d./-])(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})(?<trail>\.(?!\d))?(?![\d/]|\.\d|\s*(?:am|pm|a\.m|p\.m|h\b|hrs|%|uhr))(?<after>\s+deadline)?/gi,
    resolve: (m, c) => {
      const a = m.groups.a ?? '';
      const b = m.groups.b ?? '';
      if (m.groups.sep === '/' && a === '24' && b === '7') return null;
      const hasContext = Boolean(m.groups.lead || m.groups.after);
      if (m.groups.sep === '.' && !(b.length === 2 && (hasContext || m.groups.trail))) return null;
      // A bare slash pair is a date unless it reads as a fraction, score or ratio ("3/4 of the team", "rated 4/5").
      if (m.groups.sep === '/' && !hasContext) {
        const before = c.sentence.slice(Math.max(0, m.index - 12), m.index);
        const after = c.sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (/(?:[$€£#]|\b(?:rated|rating|score[sd]?|ratio|version|v|page|pages|step|steps|item|items|split|of|in)\s*)$/i.test(before)) return null;
        if (/^\s*(?:of|split|ratio|rating|stars?|%|cups?|inch|in\b)/i.test(after)) return null;
      }
      if (/^dated/i.test(m.groups.lead ?? '')) return null;
      // "improved by 3/4", "down by 1.5": a change, not a date.
      if (
        /\b(?:improved|increased|decreased|reduced|grew|grown|rose|risen|fell|fallen|dropped|cut|down|up|higher|lower)\s+(?:by\s+)?$/i.test(
          c.sentence.slice(0, m.index + (m.groups.lead?.length ?? 0)),
        )
      )
        return null;
      const order = numericDayMonth(Number(a), Number(b), c.timeZone);
      if (!order) return null;
      const due = nearestOccurrence(order.month, order.day, c.anchor);
      if (!due) return null;
      // The mention starts at the number, not at the preposition before it.
      // A weekday in front ("Tuesday 24/11") belongs to the date.
      const leadLength = /^[a-z]*day|^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(m.groups.lead ?? '') ? 0 : (m.groups.lead?.length ?? 0);
      const afterLength = m.groups.after?.length ?? 0;
      return { due, start: m.index + leadLength, end: m.index + m[0].length - afterLength };
    },
  },
  {
    name: 'day-number',
    // "by the 20th", "on the 3rd"; not "the 3rd quarter"
    pattern:
      /(?:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?\b(?:the\s+|(?<=\b(?:by|on|before|until|till|latest)\s+))(?<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:quarter|time|floor|year|week|day|month|anniversary|birthday|edition|version|party|place|round|attempt|reminder|option|line|item|invoice|draft|meeting|call|person|century|largest|biggest|percentile)s?\b)/gi,
    resolve: (m, c) => {
      const due = nextWithDayNumber(Number(m.groups.day), c.anchor);
      return due ? { due } : null;
    },
  },

  // ---- Days around the anchor ------------------------------------------
  { name: 'day-after-tomorrow', pattern: /\b(?:the\s+)?day\s+after\s+tomorrow\b/gi, resolve: (_m, c) => ({ due: addDays(c.anchor, 2) }) },
  {
    name: 'tomorrow',
    pattern: /\b(?:first\s+thing\s+)?tomorrow(?:\s+(?:morning|afternoon|evening|night|noon))?\b/gi,
    resolve: (_m, c) => ({ due: addDays(c.anchor, 1) }),
  },
  {
    name: 'today',
    pattern: /\b(?:(?:later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (_m, c) => ({ due: c.anchor }),
  },
  { name: 'yesterday', pattern: /\byesterday\b/gi, resolve: (_m, c) => ({ due: addDays(c.anchor, -1) }) },
  {
    name: 'day-end',
    pattern: /\b(?:EOD|COB|EOB|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|close\s+of\s+(?:business|play)|end\s+of\s+business)\b/gi,
    resolve: (_m, c) => ({ due: c.anchor, dayEnd: true }),
  },

  // ---- Weekdays ----------------------------------------------------------
  {
    name: 'weekday',
    pattern: new RegExp(
      `\\b(?:(?<modifier>this\\s+coming|coming|this|next|last|past|previous)\\s+)?(?<weekday>${WD})\\b(?:\\s+(?:of\\s+)?(?<week>next|this|the\\s+following|last)\\s+week\\b|\\s+(?<after>after\\s+next)\\b|\\s+(?<plusweek>week)\\b(?!\\s*\\d)|\\s+(?<fortnight>fortnight)\\b|\\s+(?<nextafter>next)\\b(?!\\s+(?:week|month|year|quarter)))?`,
      'gi',
    ),
    resolve: (m, c) => {
      const index = weekdayIndex(m.groups.weekday ?? '');
      if (index === null) return null;
      const modifier = (m.groups.modifier ?? '').toLowerCase().replace(/\s+/g, ' ');
      const week = (m.groups.week ?? '').toLowerCase().replace(/\s+/g, ' ');
      if (m.groups.after) return { due: addDays(weekdayFrom(c.anchor, index, 'next'), 7) };
      if (week === 'next' || week === 'the following') return { due: weekdayFrom(c.anchor, index, 'next') };
      if (week === 'last') return { due: addDays(weekdayFrom(c.anchor, index, 'next'), -14) };
      if (week === 'this') return { due: weekdayFrom(c.anchor, index, 'this-week') };
      // "Friday next" is the British "next Friday".
      if (modifier === 'next' || m.groups.nextafter) return { due: weekdayFrom(c.anchor, index, 'next') };
      if (modifier === 'last' || modifier === 'past' || modifier === 'previous') return { due: weekdayFrom(c.anchor, index, 'last') };
      const bare = weekdayFrom(c.anchor, index, 'bare');
      return { due: m.groups.plusweek ? addDays(bare, 7) : m.groups.fortnight ? addDays(bare, 14) : bare };
    },
  },
  {
    name: 'next-week-weekday',
    pattern: new RegExp(`\\b(?:next|the\\s+following)\\s+week(?:'s)?\\s+(?:on\\s+)?(?<weekday>${WD})\\b`, 'gi'),
    resolve: (m, c) => {
      const index = weekdayIndex(m.groups.weekday ?? '');
      return index === null ? null : { due: weekdayFrom(c.anchor, index, 'next') };
    },
  },
  {
    name: 'weeks-from-day',
    // "a week from Friday", "two weeks from Monday", "a week from today", "a week tomorrow"
    pattern: new RegExp(
      `\\b(?<amount>${NUM})\\s+(?<unit>weeks?|days?)\\s+(?:from|on|after)\\s+(?:(?<weekday>${WD})|(?<day>today|tomorrow|now))\\b|\\b(?<amount2>a|one)\\s+week\\s+(?<day2>today|tomorrow)\\b|\\b(?<day3>tomorrow|today)\\s+week\\b`,
      'gi',
    ),
    resolve: (m, c) => {
      const amount = numberValue(m.groups.amount ?? m.groups.amount2 ?? 'a') ?? 1;
      const days = (m.groups.unit ?? 'week').toLowerCase().startsWith('week') ? amount * 7 : amount;
      const dayWord = (m.groups.day ?? m.groups.day2 ?? m.groups.day3 ?? '').toLowerCase();
      if (m.groups.weekday) {
        const index = weekdayIndex(m.groups.weekday);
        return index === null ? null : { due: addDays(weekdayFrom(c.anchor, index, 'bare'), days) };
      }
      return { due: addDays(c.anchor, days + (dayWord === 'tomorrow' ? 1 : 0)) };
    },
  },
  {
    name: 'recurring-weekday',
    pattern: new RegExp(`\\b(?:every|each)\\s+(?:other\\s+|second\\s+)?(?:${WD}|day|week|month|morning|quarter|year)\\b`, 'gi'),
    resolve: () => ({ due: null, blocked: 'recurring' }),
  },

  // ---- Ends and starts of weeks, months, quarters, years -----------------
  {
    name: 'end-of-week',
    pattern:
      /\b(?:the\s+)?(?:end|close)\s+of\s+(?<which>the\s+|this\s+|next\s+|the\s+following\s+|the\s+current\s+|the\s+working\s+)?(?:working\s+|business\s+)?week\b|\bweek'?s\s+end\b|\bEOW\b/gi,
    resolve: (m, c) => {
      const friday = addDays(mondayOf(c.anchor), 4);
      return { due: /next|following/i.test(m.groups.which ?? '') ? addDays(friday, 7) : friday };
    },
  },
  {
    name: 'end-of-month',
    pattern: new RegExp(
      `\\b(?:the\\s+)?(?:end|close|last\\s+day)\\s+of\\s+(?:the\\s+)?(?<which>this\\s+|next\\s+|the\\s+following\\s+|current\\s+|calendar\\s+)?month\\b|\\b(?:the\\s+)?(?:end|close|last\\s+day)\\s+of\\s+(?<month>${M})\\b\\.?(?:\\s+(?<year>\\d{4}))?|\\bEOM\\b`,
      'gi',
    ),
    resolve: (m, c) => {
      const which = (m.groups.which ?? '').trim().toLowerCase();
      const ref = m.groups.month
        ? monthReference(m.groups.month, c.anchor, m.groups.year)
        : monthReference(which === 'next' || which === 'the following' ? 'next month' : 'month', c.anchor);
      return ref ? { due: lastDayOfMonth(ref.year, ref.month) } : null;
    },
  },
  {
    name: 'month-end-noun',
    pattern: /\b(?<fiscal>fiscal\s+|financial\s+)?(?:(?<period>month|quarter|year)[- ]end|EO(?<abbr>Q|Y))\b(?<next>\s+[a-z]+)?/gi,
    resolve: (m, c) => {
      const next = (m.groups.next ?? '').trim().toLowerCase();
      // "year-end review", "month-end close" name things; "by year-end we" is a date.
      if (next && !FUNCTION_WORDS.has(next)) return { due: null, blocked: 'label', end: m.index + m[0].length - (m.groups.next?.length ?? 0) };
      const end = m.index + m[0].length - (m.groups.next?.length ?? 0);
      if (m.groups.fiscal) return { due: null, blocked: 'vague', end };
      const period = m.groups.abbr ? (m.groups.abbr.toUpperCase() === 'Q' ? 'quarter' : 'year') : (m.groups.period ?? '').toLowerCase();
      if (period === 'month') return { due: lastDayOfMonth(c.anchor.year, c.anchor.month), end };
      if (period === 'quarter') return { due: quarterEnd(quarterOf(c.anchor), c.anchor.year), end };
      return { due: { year: c.anchor.year, month: 12, day: 31 }, end };
    },
  },
  {
    name: 'end-of-quarter',
    pattern:
      /\b(?:the\s+)?(?:end|close|last\s+day)\s+of\s+(?:the\s+)?(?<fiscal>fiscal\s+|financial\s+)?(?:(?<q>Q[1-4])|(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(?<which>this\s+|next\s+|the\s+|current\s+|the\s+current\s+)?quarter)(?:\s+(?<year>\d{4}))?\b|\b(?<q2>Q[1-4])[- ]end\b|\bend[- ](?<q3>Q[1-4])\b/gi,
    resolve: (m, c) => {
      if (m.groups.fiscal) return { due: null, blocked: 'vague' };
      const explicit = m.groups.q ?? m.groups.q2 ?? m.groups.q3;
      if (explicit || m.groups.ordinal) {
        const quarter = explicit ? Number(explicit.slice(1)) : (QUARTER_WORDS[(m.groups.ordinal ?? '').toLowerCase()] ?? 1);
        if (m.groups.year) return { due: quarterEnd(quarter, Number(m.groups.year)) };
        return { due: upcomingQuarterEnd(quarter, c.anchor) };
      }
      const current = quarterOf(c.anchor);
      if (/next/i.test(m.groups.which ?? '')) {
        return { due: current === 4 ? quarterEnd(1, c.anchor.year + 1) : quarterEnd(current + 1, c.anchor.year) };
      }
      return { due: quarterEnd(current, c.anchor.year) };
    },
  },
  {
    name: 'end-of-year',
    pattern:
      /\b(?:the\s+)?(?:end|close|last\s+day)\s+of\s+(?:the\s+)?(?<fiscal>fiscal\s+|financial\s+)?(?<which>this\s+|next\s+|calendar\s+|current\s+|the\s+calendar\s+)?(?:year|(?<year>\d{4}))\b/gi,
    resolve: (m, c) => {
      if (m.groups.fiscal) return { due: null, blocked: 'vague' };
      const year = m.groups.year ? Number(m.groups.year) : /next/i.test(m.groups.which ?? '') ? c.anchor.year + 1 : c.anchor.year;
      return { due: { year, month: 12, day: 31 } };
    },
  },
  {
    name: 'start-of-month',
    pattern: new RegExp(
      `\\b(?:the\\s+)?(?:start|beginning|first\\s+day)\\s+of\\s+(?<which>${M}|next\\s+month|the\\s+following\\s+month)\\b(?:\\s+(?<year>\\d{4}))?`,
      'gi',
    ),
    resolve: (m, c) => {
      const ref = monthReference(m.groups.which ?? '', c.anchor, m.groups.year);
      return ref ? { due: { year: ref.year, month: ref.month, day: 1 } } : null;
    },
  },
  {
    name: 'nth-weekday-of-month',
    // "the last Friday of October", "the last business day of the month", "the first Monday in June"
    pattern: new RegExp(
      `\\bthe\\s+(?<ordinal>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final)\\s+(?:(?<weekday>${WD})|(?<business>business|working|week)\\s*day)\\s+(?:of|in)\\s+(?<which>(?:the\\s+|this\\s+)?month|next\\s+month|the\\s+following\\s+month|${M})\\b(?:\\s+(?<year>\\d{4}))?`,
      'gi',
    ),
    resolve: (m, c) => {
      const ref = monthReference(m.groups.which ?? '', c.anchor, m.groups.year);
      if (!ref) return null;
      const ordinal = (m.groups.ordinal ?? '').toLowerCase();
      const matches: CivilDate[] = [];
      for (let day = 1; day <= daysInMonth(ref.year, ref.month); day += 1) {
        const date = { year: ref.year, month: ref.month, day };
        const weekday = isoWeekday(date);
        const fits = m.groups.weekday ? weekday === weekdayIndex(m.groups.weekday) : weekday < 5;
        if (fits) matches.push(date);
      }
      const pick = ordinal === 'last' || ordinal === 'final' ? matches.at(-1) : matches[(ORDINAL_WORDS[ordinal] ?? 1) - 1];
      return pick ? { due: pick } : null;
    },
  },

  // ---- Durations ---------------------------------------------------------
  {
    name: 'duration',
    // "in 30 days", "within 5 business days", "within 48 hours", "within a month", "in a fortnight", "in two weeks' time"
    pattern: new RegExp(
      `\\b(?:in|within|inside(?:\\s+of)?|over\\s+the\\s+next|during\\s+the\\s+next|in\\s+the\\s+next|no\\s+later\\s+than|not\\s+later\\s+than)\\s+(?:the\\s+next\\s+)?(?:(?<amount>${NUM})\\s+)?${UNIT_PATTERN}\\b${OFFSET_TAIL}`,
      'gi',
    ),
    resolve: (m) => {
      if (!m.groups.amount && !/^fortnight/i.test(m.groups.unit ?? '') && !/^(?:day|week|month|year|hour)$/i.test(m.groups.unit ?? '')) return null;
      const amount = amountOf(m);
      if (amount === null) return null;
      return { due: null, offset: { amount, unit: unitOf(m), direction: 1, tail: m.groups.tail?.toLowerCase() ?? null } };
    },
  },
  {
    name: 'duration-from-now',
    // "30 days from today", "14 days from this notice", "two weeks from now"
    pattern: new RegExp(
      `\\b(?<amount>${NUM})\\s+${UNIT_PATTERN}\\s+(?:from\\s+(?:today|now|the\\s+date\\s+of\\s+this\\s+\\w+|this\\s+(?:notice|email|e-mail|letter|message))|(?:from\\s+)?hence)\\b`,
      'gi',
    ),
    resolve: (m) => {
      const amount = amountOf(m);
      return amount === null ? null : { due: null, offset: { amount, unit: unitOf(m), direction: 1, tail: null } };
    },
  },
  {
    name: 'duration-offset',
    // "60 days before the 30 September renewal date", "14 days after signing", "3 business days to process"
    pattern: new RegExp(
      `\\b(?:give\\s+(?:us|me|them|him|her)\\s+)?(?<amount>${NUM})\\s+${UNIT_PATTERN}(?:'?s?\\s+notice)?(?:\\s+(?<tail>before|after|prior\\s+to|following|from|of)\\b)?`,
      'gi',
    ),
    resolve: (m) => {
      const amount = amountOf(m);
      if (amount === null) return null;
      const given = /^give/i.test(m[0]);
      const tail = m.groups.tail?.toLowerCase() ?? null;
      // A bare count ("18 days overdue", "net 30 days") is not a date; only business-day
      // counts and "give us N days" stand alone, as the conventions say.
      if (!tail && !given && !m.groups.business) return null;
      if (tail === 'of' && !given) return null;
      const direction = tail === 'before' || tail === 'prior to' ? -1 : 1;
      return { due: null, offset: { amount, unit: unitOf(m), direction, tail: given || !tail ? null : tail } };
    },
  },

  // ---- Windows that name no single day ------------------------------------
  {
    name: 'vague-week',
    pattern:
      /\b(?:(?:some\s*time|later|early|earlier|end)\s+)?(?:(?:this|next|the\s+following|the\s+coming|coming|the)\s+week(?:s)?(?:\s+(?:before|after))?|the\s+weekend|this\s+weekend|next\s+weekend)\b/gi,
    resolve: () => ({ due: null, blocked: 'vague' }),
  },
  {
    name: 'vague-month',
    pattern: new RegExp(
      `\\b(?:(?:early|mid|late|middle\\s+of|beginning\\s+of|start\\s+of|in|by|before|until|during|from|around|throughout|for)[\\s-]+)(?:(?:this|next|the\\s+following|the)\\s+month|(?:the\\s+)?${M}\\b${NOT_MODAL_MAY}(?!\\s+\\d))|\\b(?:this|next)\\s+(?:month|year|quarter)\\b|\\b(?:in\\s+)?(?:the\\s+)?new\\s+year\\b|\\bmid-${M}\\b`,
      'gi',
    ),
    resolve: () => ({ due: null, blocked: 'vague' }),
  },
  {
    name: 'vague-quarter',
    pattern: /\b(?:(?:fiscal|financial)\s+)?(?:Q[1-4]|H[12])\b|\b(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b/g,
    resolve: () => ({ due: null, blocked: 'vague' }),
  },

  // ---- "before then" ---------------------------------------------------
  {
    name: 'then',
    pattern: /\b(?:before|by|until|till|no\s+later\s+than|on\s+or\s+before|prior\s+to)\s+(?:that\s+date|then)\b/gi,
    resolve: () => ({ due: null, refersBack: true }),
  },
];

const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'but',
  'so',
  'if',
  'unless',
  'at',
  'by',
  'on',
  'in',
  'to',
  'for',
  'when',
  'we',
  'i',
  'you',
  'they',
  'please',
  'latest',
  'the',
  'with',
  'as',
  'then',
  'otherwise',
  'else',
  'is',
  'are',
  'will',
  'would',
  'should',
  'must',
  'our',
  'your',
  'it',
  'this',
  'that',
  'too',
  'also',
  'again',
  'either',
  'at',
  'from',
  'after',
  'before',
]);

const TIME_IN_ZONE = new RegExp(
  `\\b(?:(?<hour>\\d{1,2})(?:[:.](?<minute>\\d{2}))?\\s*(?<meridiem>am|pm|a\\.m\\.|p\\.m\\.)|(?<hour24>\\d{1,2}):(?<minute24>\\d{2})|(?<named>noon|midday|midnight))\\s+(?:\\(?\\s*)?(?<zone>${ZONE_PATTERN})\\b`,
  'gi',
);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function collectCandidates(sentence: string, context: ResolveContext): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(sentence); match; match = rule.pattern.exec(sentence)) {
      if (match[0].length === 0) {
        rule.pattern.lastIndex += 1;
        continue;
      }
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
function keepLongest(candidates: Candidate[]): Candidate[] {
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
function chronoBackstop(sentence: string, context: ResolveContext, taken: Candidate[]): Candidate[] {
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

const MOVE_FROM = /\b(?:mov|push|reschedul|shift|chang|postpon|bring|brought|switch|bump)\w*\b[^.;]{0,60}\bfrom\s+$/i;
/** "the training we had scheduled for 8 April": a date that has been replaced. */
const SUPERSEDED = /\b(?:had\s+(?:been\s+)?(?:scheduled|planned|booked|set)|originally|previously|initially|instead\s+of)\s+(?:\w+\s+){0,3}$/i;
const RANGE_START = /\b(?:from\s+|between\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till|through|thru|and)\s*$/i;
const BASE_IS_ANCHOR = /^\s*(?:the\s+date\s+of\s+)?(?:receipt\s+of\s+)?(?:this\s+(?:notice|email|e-mail|letter|message|reminder)|today|now)\b/i;
const BASE_IS_ISSUE = /^\s*(?:the\s+)?(?:issue|issuance|invoice\s+date|date\s+of\s+(?:the\s+)?invoice|invoicing|the\s+invoice)\b/i;
const ISSUE_MARK = /\b(?:issued|dated|invoiced|raised|sent)\s+(?:on\s+)?$/i;

/** Ranges, alternatives, "EOD" next to a day, offsets from stated dates, "before then". */
function settle(candidates: Candidate[], sentence: string, context: ResolveContext): DateMention[] {
  const list = [...candidates];

  // "EOD tomorrow", "COB Friday": the named day wins; the day-end words join its span.
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

  for (const [index, mention] of list.entries()) {
    const before = sentence.slice(0, mention.start);
    // "from 18 to 22 May": the range starts on the 18th.
    const range = RANGE_START.exec(before);
    if (range && mention.due && range.index !== undefined) {
      const day = Number(range.groups?.day);
      if (isValidCivilDate(mention.due.year, mention.due.month, day)) {
        mention.due = { ...mention.due, day };
        mention.start = range.index;
      }
    }
    // "between 24 December and 2 January", "from 1 June to 3 June": the second date only closes the range.
    const previous = list[index - 1];
    if (previous) {
      const gap = sentence.slice(previous.end, mention.start);
      if (
        (/^\s*(?:-|–|—|to|until|till|through|thru)\s*$/i.test(gap) && !MOVE_FROM.test(sentence.slice(0, previous.start))) ||
        (/^\s*and\s*$/i.test(gap) && /\bbetween\s+$/i.test(sentence.slice(0, previous.start)))
      ) {
        mention.due = null;
        mention.blocked = 'range-end';
      }
      // "move the call from Thursday to Monday": the new date replaces the old one.
      if (/^\s*(?:to|until|till)\s*$/i.test(gap) && MOVE_FROM.test(sentence.slice(0, previous.start)) && mention.due) {
        previous.due = null;
        previous.blocked = 'alternative';
        mention.blocked = undefined;
        mention.due = mention.due ?? null;
      }
      // "30 June (Tuesday)", "June 30, Tuesday": the written date already says which day.
      if (mention.rule === 'weekday' && previous.due && !previous.blocked && /^\s*[,(]?\s*$/.test(gap) && previous.rule !== 'weekday') {
        mention.due = null;
        mention.blocked = 'label';
      }
      // "Tuesday or Wednesday": alternatives, neither is the date.
      if (/^\s*,?\s*or\s+(?:on\s+)?(?:the\s+)?$/i.test(gap) && previous.due && (mention.due || mention.rule === previous.rule)) {
        previous.due = null;
        previous.blocked = 'alternative';
        mention.due = null;
        mention.blocked = 'alternative';
      }
    }
    // "the week of July 13", "w/c 13 July": a week, not a day.
    if (/\b(?:the\s+week\s+of|week\s+(?:commencing|beginning|starting)|w\/c)\s+(?:the\s+)?$/i.test(before) && mention.due) {
      mention.due = null;
      mention.blocked = 'vague';
    }
    if (SUPERSEDED.test(before) && mention.due) {
      mention.due = null;
      mention.blocked = 'alternative';
    }
    // "5 or 6 June"
    if (/\b\d{1,2}(?:st|nd|rd|th)?\s+or\s+$/i.test(before) && mention.due) {
      mention.due = null;
      mention.blocked = 'alternative';
    }
  }

  for (const [index, mention] of list.entries()) {
    if (mention.refersBack) {
      const previous = list
        .slice(0, index)
        .reverse()
        .find((other) => other.due);
      // "… sent on 15 May. Please raise the PO before then.": the last date of the sentence before.
      mention.due = previous?.due ?? context.previousDue ?? null;
      if (!mention.due) mention.blocked = 'undated-event';
    }
    if (!mention.offset) continue;
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
      continue;
    }
    mention.due = applyOffset(base, amount, unit, direction, base === context.anchor ? context.wall : undefined);
  }

  // "by 5 pm New York time on Friday 5 June": that instant, seen from the sender's zone.
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

  return list.map(({ start, end, due, rule, blocked, implicitStart }) => ({
    start,
    end,
    due,
    rule,
    ...(implicitStart ? { implicitStart } : {}),
    ...(blocked ? { blocked } : due ? {} : { blocked: 'vague' as const }),
  }));
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
