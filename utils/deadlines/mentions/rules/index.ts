import type { Rule } from '../types';
import { DAY_RULES } from './days';
import { DURATION_RULES } from './durations';
import { PERIOD_BOUND_RULES } from './period-bounds';
import { REFERENCE_RULES } from './references';
import { WEEKDAY_RULES } from './weekdays';
import { WINDOW_RULES } from './windows';
import { WRITTEN_DATE_RULES } from './written-dates';

/**
 * Every date rule, in the order that breaks ties: of two mentions as long as
 * each other over the same words, the earlier rule's wins, so the more
 * specific kinds come first.
 */
export const RULES: readonly Rule[] = [
  ...WRITTEN_DATE_RULES,
  ...DAY_RULES,
  ...WEEKDAY_RULES,
  ...PERIOD_BOUND_RULES,
  ...DURATION_RULES,
  ...WINDOW_RULES,
  ...REFERENCE_RULES,
];
