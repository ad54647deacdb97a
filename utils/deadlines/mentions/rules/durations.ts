import type { Rule } from '../types';
import { NUM, OFFSET_TAIL, UNIT_PATTERN, amountOf, unitOf } from './shared';

/** Durations counted from a base: "within 30 days", "30 days from today", "60 days before the renewal date". The passes find the base. */
export const DURATION_RULES: readonly Rule[] = [
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
];
