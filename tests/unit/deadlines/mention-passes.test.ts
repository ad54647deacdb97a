import { describe, expect, it } from 'vitest';
import { PASSES } from '../../../utils/deadlines/mentions/passes';
import { NEIGHBOUR_STEPS, readNeighbours } from '../../../utils/deadlines/mentions/passes/neighbours';
import { REFERENCE_STEPS, resolveReferences } from '../../../utils/deadlines/mentions/passes/references';
import { mentions } from './mentions';
import type { AnchorName } from './pairs';

/**
 * One row per pass or per-mention step (utils/deadlines/mentions/passes): a
 * sentence the pass changes, and a near miss it must leave as the rules found
 * it. Mentions read `rule "words" due`, or the reason for no date.
 */
type Row = { pass: string; anchor?: AnchorName; trigger: string; gives: string[]; nearMiss: string; nearMissGives: string[] };

const ROWS: Row[] = [
  {
    pass: 'joinDayEnds',
    trigger: 'Send it EOD Friday.',
    gives: ['weekday "EOD Friday" 2026-03-06'],
    nearMiss: 'Send it EOD, and the deck on Friday.',
    nearMissGives: ['day-end "EOD" 2026-03-04', 'weekday "Friday" 2026-03-06'],
  },
  {
    pass: 'startRanges',
    trigger: "I'm away from 18 to 22 May.",
    gives: ['day-month "from 18 to 22 May." 2026-05-18'],
    nearMiss: "I'm back on 22 May.",
    nearMissGives: ['day-month "22 May." 2026-05-22'],
  },
  {
    pass: 'closeRanges',
    trigger: 'We are closed between 24 December and 2 January.',
    gives: ['day-month "24 December" 2025-12-24', 'day-month "2 January." range-end'],
    nearMiss: 'We are closed on 24 December and 2 January.',
    nearMissGives: ['day-month "24 December" 2025-12-24', 'day-month "2 January." 2026-01-02'],
  },
  {
    pass: 'moveDates',
    trigger: 'Can we move the call from Thursday to Monday?',
    gives: ['weekday "Thursday" alternative', 'weekday "Monday" 2026-03-09'],
    nearMiss: 'Can we hold the call on Thursday, then Monday?',
    nearMissGives: ['weekday "Thursday" 2026-03-05', 'weekday "Monday" 2026-03-09'],
  },
  {
    pass: 'dropWeekdayLabels',
    trigger: 'Sign by 30 June (Tuesday).',
    gives: ['day-month "30 June" 2026-06-30', 'weekday "Tuesday" label'],
    nearMiss: 'Sign by 30 June, then Tuesday.',
    nearMissGives: ['day-month "30 June" 2026-06-30', 'weekday "Tuesday" 2026-03-10'],
  },
  {
    pass: 'splitAlternatives',
    trigger: 'Shall we meet Tuesday or Wednesday?',
    gives: ['weekday "Tuesday" alternative', 'weekday "Wednesday" alternative'],
    nearMiss: 'Shall we meet Tuesday and Wednesday?',
    nearMissGives: ['weekday "Tuesday" 2026-03-10', 'weekday "Wednesday" 2026-03-11'],
  },
  {
    pass: 'widenWeekOf',
    trigger: 'The audit is the week of July 13.',
    gives: ['vague-week "the week" vague', 'month-day "July 13" vague'],
    nearMiss: 'The audit is on July 13.',
    nearMissGives: ['month-day "July 13" 2026-07-13'],
  },
  {
    pass: 'dropSuperseded',
    trigger: 'The training we had scheduled for 8 April moves.',
    gives: ['day-month "8 April" alternative'],
    nearMiss: 'The training scheduled for 8 April stays.',
    nearMissGives: ['day-month "8 April" 2026-04-08'],
  },
  {
    pass: 'splitDayAlternatives',
    trigger: 'Delivery is on 5 or 6 June.',
    gives: ['day-month "6 June." alternative'],
    nearMiss: 'Delivery is on 5 June.',
    nearMissGives: ['day-month "5 June." 2026-06-05'],
  },
  {
    pass: 'resolveThen',
    trigger: 'We renew on 1 April; please sign before then.',
    gives: ['day-month "1 April" 2026-04-01', 'then "before then" 2026-04-01'],
    nearMiss: 'Please sign before then.',
    nearMissGives: ['then "before then" undated-event'],
  },
  {
    pass: 'resolveOffsets',
    trigger: 'The invoice issued on 2 November must be paid within 30 days of issue.',
    gives: ['day-month "2 November" 2025-11-02', 'duration "within 30 days of" 2025-12-02'],
    nearMiss: 'Payment is due 14 days after signing.',
    nearMissGives: ['duration-offset "14 days after" undated-event'],
  },
  {
    // 07:00 in Berlin on 2 June is 23:00 on 1 June in Denver.
    pass: 'convertZonedTimes',
    anchor: 'tueApr14Denver',
    trigger: 'Send it before 07:00 Berlin time on 2 June.',
    gives: ['day-month "07:00 Berlin time on 2 June." 2026-06-01'],
    nearMiss: 'Send it before 07:00 on 2 June.',
    nearMissGives: ['day-month "2 June." 2026-06-02'],
  },
];

describe('mention passes', () => {
  it.each(ROWS)('$pass: $trigger', ({ anchor = 'wedMar4London', trigger, gives, nearMiss, nearMissGives }) => {
    expect(mentions(trigger, anchor)).toEqual(gives);
    expect(mentions(nearMiss, anchor)).toEqual(nearMissGives);
  });

  it('has a row for every pass and every per-mention step', () => {
    const runners = new Set<unknown>([readNeighbours, resolveReferences]);
    const named = [...PASSES.filter((pass) => !runners.has(pass)), ...NEIGHBOUR_STEPS, ...REFERENCE_STEPS].map((step) => step.name);
    expect(ROWS.map((row) => row.pass).sort()).toEqual([...named].sort());
    expect(PASSES).toContain(readNeighbours);
    expect(PASSES).toContain(resolveReferences);
  });
});
