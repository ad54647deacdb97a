import { isValidCivilDate, nearestOccurrence, nextWithDayNumber } from '../../../dates';
import { WEEKDAY_PREFIX_PATTERN, monthNumber } from '../../lexicon';
import type { Rule } from '../types';
import { M, NOT_MODAL_MAY, ORD_SUFFIX, YEAR_TAIL, datedOrNearest, numericDayMonth, twoDigitYear } from './shared';

/** Dates written out: "30 June", "June 30th", "2026-04-15", "27/01/2026", "10/03", "the 20th". */
export const WRITTEN_DATE_RULES: readonly Rule[] = [
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
];
