import { describe, expect, it } from 'vitest';
import { zonedIso } from '../../../utils/dates';
import { readPageDate } from '../../../utils/mail/date-labels';

const NY = 'America/New_York';
const CHICAGO = 'America/Chicago';
const BERLIN = 'Europe/Berlin';

describe('readPageDate reads what webmail pages show, in the page time zone', () => {
  it.each([
    ['Gmail title', 'Mon, Mar 9, 2026, 10:02 AM', NY, '2026-03-09T10:02:00-04:00'],
    ['…two days earlier, before DST starts', 'Sat, Mar 7, 2026, 10:02 AM', NY, '2026-03-07T10:02:00-05:00'],
    ['narrow NBSP before AM', 'Mar 9, 2026, 10:02\u202fAM', NY, '2026-03-09T10:02:00-04:00'],
    ['NBSP everywhere', 'Mon,\u00a0Mar\u00a09,\u00a02026,\u00a010:02\u00a0AM', NY, '2026-03-09T10:02:00-04:00'],
    ['Outlook title', 'Tue 10/13/2026 8:41 AM', CHICAGO, '2026-10-13T08:41:00-05:00'],
    ['Outlook quoted header', 'Tuesday, March 24, 2026 2:47 PM', NY, '2026-03-24T14:47:00-04:00'],
    ['Gmail attribution', 'On Thu, Apr 2, 2026 at 8:31\u202fAM', NY, '2026-04-02T08:31:00-04:00'],
    ['German Gmail', 'Mo., 9. März 2026, 10:02', BERLIN, '2026-03-09T10:02:00+01:00'],
    ['German Outlook', 'Di 13.10.2026 08:41', BERLIN, '2026-10-13T08:41:00+02:00'],
    ['24-hour time with Uhr', '13.10.2026, 14:05 Uhr', BERLIN, '2026-10-13T14:05:00+02:00'],
    ['12:30 AM is just after midnight', 'Mar 9, 2026, 12:30 AM', NY, '2026-03-09T00:30:00-04:00'],
    ['12:05 PM is just after noon', 'Mar 9, 2026, 12:05 PM', NY, '2026-03-09T12:05:00-04:00'],
    ['a half-hour zone', 'Mar 9, 2026, 10:02 AM', 'Asia/Kolkata', '2026-03-09T10:02:00+05:30'],
    ['an ISO instant is shown in the page zone', '2026-03-09T14:02:00Z', NY, '2026-03-09T10:02:00-04:00'],
    ['a date without a time is midnight', 'Mar 9, 2026', NY, '2026-03-09T00:00:00-04:00'],
  ])('%s: %s', (_, raw, timeZone, expected) => {
    expect(readPageDate(raw, { timeZone })).toBe(expected);
  });

  it.each([
    ['en-US reads month first', 'en-US', '2026-10-05T09:00:00-04:00'],
    ['en-GB reads day first', 'en-GB', '2026-05-10T09:00:00-04:00'],
  ])('slashed dates follow the page language: %s', (_, locale, expected) => {
    expect(readPageDate('10/05/2026 9:00 AM', { timeZone: NY, locale })).toBe(expected);
  });

  it('reads a slashed date whose first number cannot be a month as day first, whatever the language', () => {
    expect(readPageDate('13/10/2026 9:00', { timeZone: BERLIN, locale: 'en-US' })).toBe('2026-10-13T09:00:00+02:00');
  });

  describe('dates without a year or day count from `now`', () => {
    const now = new Date('2026-05-18T10:24:00-04:00'); // a Monday

    it.each([
      ['a date this year', 'Wed, Apr 29, 9:15\u202fAM (19 days ago)', '2026-04-29T09:15:00-04:00'],
      ['a weekday this past week', 'Fri 9:12 AM', '2026-05-15T09:12:00-04:00'],
      ['a time today', '7:02 AM', '2026-05-18T07:02:00-04:00'],
      ['yesterday', 'Yesterday 4:30 PM', '2026-05-17T16:30:00-04:00'],
    ])('%s', (_, raw, expected) => {
      expect(readPageDate(raw, { timeZone: NY, now })).toBe(expected);
    });

    it('puts a year-less date later than today in the previous year', () => {
      expect(readPageDate('Dec 30, 9:00 AM', { timeZone: NY, now: new Date('2026-01-02T12:00:00Z') })).toBe('2025-12-30T09:00:00-05:00');
    });

    it('reads nothing without `now` rather than guess the year', () => {
      expect(readPageDate('Wed, Apr 29, 9:15 AM', { timeZone: NY })).toBeNull();
      expect(readPageDate('7:02 AM', { timeZone: NY })).toBeNull();
    });
  });

  it.each([
    ['an impossible day', 'Feb 30, 2026, 10:00 AM'],
    ['an impossible hour', 'Mar 9, 2026, 25:00'],
    ['13 PM', 'Mar 9, 2026, 13:00 PM'],
    ['no date at all', 'Standard encryption (TLS)'],
    ['"3 days ago" (not August)', '3 days ago'],
    ['an empty string', ''],
    ['a very long string', `Mar 9, 2026 ${'x'.repeat(10_000)}`],
    ['a month without a day', 'March 2026'],
  ])('reads %s as null', (_, raw) => {
    expect(readPageDate(raw, { timeZone: NY, now: new Date('2026-05-18T14:00:00Z') })).toBeNull();
  });

  it('falls back to a known zone when given an unknown one, instead of throwing', () => {
    expect(readPageDate('Mar 9, 2026, 10:02 AM', { timeZone: 'Mars/Olympus_Mons' })).toMatch(/^2026-03-09T10:02:00[+-]\d{2}:\d{2}$/);
  });
});

describe('zonedIso', () => {
  it('gives the offset in force at that wall time on both sides of the autumn change', () => {
    expect(zonedIso({ year: 2026, month: 10, day: 31, hour: 12, minute: 0, second: 0 }, NY)).toBe('2026-10-31T12:00:00-04:00');
    expect(zonedIso({ year: 2026, month: 11, day: 2, hour: 12, minute: 0, second: 0 }, NY)).toBe('2026-11-02T12:00:00-05:00');
  });
});
