import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMonthsClamped,
  businessDaysBetween,
  daysBetween,
  formatDay,
  isoWeekday,
  nearestOccurrence,
  relativeDays,
} from '../../../utils/dates';

describe('civil days', () => {
  it('moves an ISO day and its parts alike, across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days between ISO days or their parts', () => {
    expect(daysBetween('2026-05-18', '2026-05-25')).toBe(7);
    expect(daysBetween('2026-05-25', '2026-05-18')).toBe(-7);
    expect(daysBetween({ year: 2026, month: 3, day: 28 }, { year: 2026, month: 3, day: 30 })).toBe(2);
  });

  it('weeks run Monday (0) to Sunday (6)', () => {
    expect(isoWeekday('2026-05-18')).toBe(0);
    expect(isoWeekday({ year: 2026, month: 5, day: 24 })).toBe(6);
  });

  it('counts working days strictly after the start', () => {
    // Friday 15 May + 3 working days → Wednesday 20 May.
    expect(addBusinessDays('2026-05-15', 3)).toBe('2026-05-20');
    expect(addBusinessDays({ year: 2026, month: 5, day: 15 }, 1)).toEqual({ year: 2026, month: 5, day: 18 });
    expect(businessDaysBetween('2026-05-15', '2026-05-18')).toBe(1);
    expect(businessDaysBetween('2026-05-18', '2026-05-18')).toBe(0);
    expect(businessDaysBetween('2026-05-18', '2026-06-01')).toBe(10);
  });

  it('clamps a month step to the last day of a shorter month', () => {
    expect(addMonthsClamped({ year: 2026, month: 1, day: 30 }, 1)).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it('reads a day and month without a year as the nearest occurrence', () => {
    expect(nearestOccurrence(1, 10, { year: 2026, month: 12, day: 14 })).toEqual({ year: 2027, month: 1, day: 10 });
    expect(nearestOccurrence(12, 20, { year: 2027, month: 1, day: 8 })).toEqual({ year: 2026, month: 12, day: 20 });
  });
});

describe('days written for people', () => {
  it('names the weekday and month, and the year only when it is not this year', () => {
    expect(formatDay('2026-06-30', '2026-05-18')).toBe('Tuesday 30 June');
    expect(formatDay('2027-01-04', '2026-12-30')).toBe('Monday 4 January 2027');
  });

  it('says how far a day is', () => {
    expect([0, 1, -1, 7, -2].map(relativeDays)).toEqual(['today', 'tomorrow', 'yesterday', 'in 7 days', '2 days ago']);
  });
});
