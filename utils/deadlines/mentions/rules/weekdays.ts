import { addDays } from '../../../dates';
import { numberValue, weekdayIndex } from '../../lexicon';
import type { Rule } from '../types';
import { NUM, WD, weekdayFrom } from './shared';

/** Weekdays: "Friday", "next Friday", "Monday week", "a week from Friday"; "every Tuesday" is recurring. */
export const WEEKDAY_RULES: readonly Rule[] = [
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
];
