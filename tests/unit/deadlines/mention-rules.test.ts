import { describe, expect, it } from 'vitest';
import { RULES } from '../../../utils/deadlines/mentions/rules';
import { mentions } from './mentions';
import type { AnchorName } from './pairs';

/**
 * One row per date rule (utils/deadlines/mentions/rules): a sentence whose
 * mentions must be exactly `gives`, one of them the rule's own, and a near miss
 * in the same words that the rule must leave alone (`nearMissGives`, usually
 * nothing). Mentions read `rule "words" due`, or the reason for no date.
 * All rows are sent on Wednesday 4 March 2026 in London.
 */
type Row = { rule: string; trigger: string; gives: string[]; nearMiss: string; nearMissGives?: string[] };

const ANCHOR: AnchorName = 'wedMar4London';

const WRITTEN_DATES: Row[] = [
  {
    rule: 'day-month',
    trigger: 'Please sign by 30 June.',
    gives: ['day-month "30 June." 2026-06-30'],
    nearMiss: 'Add 30 seats in June.',
    nearMissGives: ['vague-month "in June" vague'],
  },
  { rule: 'month-day', trigger: 'The renewal is due June 30th.', gives: ['month-day "June 30th" 2026-06-30'], nearMiss: 'Usage grew June 30% on May.' },
  { rule: 'iso', trigger: 'Go-live is 2026-04-15.', gives: ['iso "2026-04-15" 2026-04-15'], nearMiss: 'Ticket 2026-04-155 is closed.' },
  {
    rule: 'numeric-with-year',
    trigger: 'Pay by 31.03.2026.',
    gives: ['numeric-with-year "31.03.2026" 2026-03-31'],
    nearMiss: 'Upgrade to version 31.03.2026.1 first.',
  },
  { rule: 'numeric-day-month', trigger: 'Send it by 10/03.', gives: ['numeric-day-month "10/03." 2026-03-10'], nearMiss: 'Rated 4/5 by users.' },
  {
    rule: 'day-number',
    trigger: 'Confirm by the 20th.',
    gives: ['day-number "the 20th" 2026-03-20'],
    nearMiss: 'It is the 3rd quarter running.',
    nearMissGives: ['vague-quarter "the 3rd quarter" vague'],
  },
];

const DAYS: Row[] = [
  {
    rule: 'day-after-tomorrow',
    trigger: 'Call me the day after tomorrow.',
    gives: ['day-after-tomorrow "the day after tomorrow" 2026-03-06'],
    nearMiss: 'Call me the day after the launch.',
  },
  {
    rule: 'tomorrow',
    trigger: "I'll send it first thing tomorrow.",
    gives: ['tomorrow "first thing tomorrow" 2026-03-05'],
    nearMiss: 'Tomorrowland tickets are sold out.',
  },
  { rule: 'today', trigger: 'Please pay this afternoon.', gives: ['today "this afternoon" 2026-03-04'], nearMiss: 'Every afternoon we review it.' },
  { rule: 'yesterday', trigger: 'The invoice was due yesterday.', gives: ['yesterday "yesterday" 2026-03-03'], nearMiss: 'It feels like yesteryear.' },
  { rule: 'day-end', trigger: 'Send it by EOD.', gives: ['day-end "EOD" 2026-03-04'], nearMiss: 'Send the end-of-day report.' },
];

const WEEKDAYS: Row[] = [
  { rule: 'weekday', trigger: 'Sign it by Friday.', gives: ['weekday "Friday" 2026-03-06'], nearMiss: 'We meet on Fridays.' },
  {
    rule: 'next-week-weekday',
    trigger: 'Next week on Tuesday works for us.',
    gives: ['next-week-weekday "Next week on Tuesday" 2026-03-10'],
    nearMiss: 'Next week works for us.',
    nearMissGives: ['vague-week "Next week" vague'],
  },
  {
    rule: 'weeks-from-day',
    trigger: "Let's meet a week from Friday.",
    gives: ['weeks-from-day "a week from Friday" 2026-03-13'],
    nearMiss: "Let's meet a week from the launch.",
    nearMissGives: ['duration-offset "a week from" undated-event'],
  },
  {
    rule: 'recurring-weekday',
    trigger: 'We meet every Tuesday.',
    gives: ['recurring-weekday "every Tuesday" recurring'],
    nearMiss: 'We meet this Tuesday.',
    nearMissGives: ['weekday "this Tuesday" 2026-03-10'],
  },
];

const PERIOD_BOUNDS: Row[] = [
  {
    rule: 'end-of-week',
    trigger: 'Reply by the end of the week.',
    gives: ['end-of-week "the end of the week" 2026-03-06'],
    nearMiss: 'Reply by the end of the weekend.',
    nearMissGives: ['vague-week "the weekend" vague'],
  },
  {
    rule: 'end-of-month',
    trigger: 'Pay by the end of the month.',
    gives: ['end-of-month "the end of the month" 2026-03-31'],
    nearMiss: 'Pay by the end of the meeting.',
  },
  {
    rule: 'month-end-noun',
    trigger: 'Close it by month end.',
    gives: ['month-end-noun "month end" 2026-03-31'],
    nearMiss: 'Join the month-end review.',
    nearMissGives: ['month-end-noun "month-end" label'],
  },
  {
    rule: 'end-of-quarter',
    trigger: 'Finish by the end of Q3.',
    gives: ['end-of-quarter "the end of Q3" 2026-09-30'],
    nearMiss: 'Finish in Q3.',
    nearMissGives: ['vague-quarter "Q3" vague'],
  },
  {
    rule: 'end-of-year',
    trigger: 'Renew by the end of the year.',
    gives: ['end-of-year "the end of the year" 2026-12-31'],
    nearMiss: 'Renew in the new year.',
    nearMissGives: ['vague-month "in the new year" vague'],
  },
  {
    rule: 'start-of-month',
    trigger: 'Start by the beginning of April.',
    gives: ['start-of-month "the beginning of April" 2026-04-01'],
    nearMiss: 'Start at the beginning of the project.',
  },
  {
    rule: 'nth-weekday-of-month',
    trigger: 'Train on the first Monday in June.',
    gives: ['nth-weekday-of-month "the first Monday in June" 2026-06-01'],
    nearMiss: 'Train on the first Monday.',
    nearMissGives: ['weekday "Monday" 2026-03-09'],
  },
];

const DURATIONS: Row[] = [
  { rule: 'duration', trigger: 'Pay within 30 days.', gives: ['duration "within 30 days" 2026-04-03'], nearMiss: 'Reply within 30 minutes.' },
  {
    rule: 'duration-from-now',
    trigger: 'Decide 30 days from this notice.',
    gives: ['duration-from-now "30 days from this notice" 2026-04-03'],
    nearMiss: 'Decide 30 days from the launch.',
    nearMissGives: ['duration-offset "30 days from" undated-event'],
  },
  {
    rule: 'duration-offset',
    trigger: 'Give us 3 business days to process the refund.',
    gives: ['duration-offset "Give us 3 business days" 2026-03-09'],
    nearMiss: 'The invoice is 18 days overdue.',
  },
];

const WINDOWS_AND_REFERENCES: Row[] = [
  {
    rule: 'vague-week',
    trigger: 'Send it sometime next week.',
    gives: ['vague-week "sometime next week" vague'],
    nearMiss: 'Send it within a week.',
    nearMissGives: ['duration "within a week" 2026-03-11'],
  },
  { rule: 'vague-month', trigger: 'We go live mid-June.', gives: ['vague-month "mid-June" vague'], nearMiss: 'June Smith goes live.' },
  { rule: 'vague-quarter', trigger: 'We go live in Q3.', gives: ['vague-quarter "Q3" vague'], nearMiss: 'The Q3X model goes live.' },
  {
    rule: 'then',
    trigger: 'The portal closes on 30 June, so raise the PO before then.',
    gives: ['day-month "30 June" 2026-06-30', 'then "before then" 2026-06-30'],
    nearMiss: 'The portal closes on 30 June, and then we raise the PO.',
    nearMissGives: ['day-month "30 June" 2026-06-30'],
  },
];

const ROWS = [...WRITTEN_DATES, ...DAYS, ...WEEKDAYS, ...PERIOD_BOUNDS, ...DURATIONS, ...WINDOWS_AND_REFERENCES];

describe('date rules', () => {
  it.each(ROWS)('$rule: $trigger', ({ rule, trigger, gives, nearMiss, nearMissGives }) => {
    expect(gives.some((mention) => mention.startsWith(`${rule} `))).toBe(true);
    expect(mentions(trigger, ANCHOR)).toEqual(gives);
    expect(mentions(nearMiss, ANCHOR)).toEqual(nearMissGives ?? []);
  });

  it('has a row for every rule, and every row names a rule', () => {
    const names = RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(ROWS.map((row) => row.rule).sort()).toEqual([...names].sort());
  });
});
