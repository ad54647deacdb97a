import { addDays, daysInMonth, isoWeekday, lastDayOfMonth, mondayOf, type CivilDate } from '../../../dates';
import { ORDINAL_WORDS, weekdayIndex } from '../../lexicon';
import type { Rule } from '../types';
import { M, QUARTER_WORDS, WD, monthReference, quarterEnd, quarterOf, upcomingQuarterEnd } from './shared';

/** Words after "year-end" that keep it a date ("by year-end we …"); any other word makes it a label ("year-end review"). */
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

/** Ends and starts of weeks, months, quarters and years: "end of next week", "month end", "end of Q3", "the last Friday of October". */
export const PERIOD_BOUND_RULES: readonly Rule[] = [
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
];
