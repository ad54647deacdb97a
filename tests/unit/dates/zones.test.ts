import { describe, expect, it } from 'vitest';
import { instantOfWallClock, isoDateOf, resolveTimeZone, todayIn, wallClockAt, zonedIso } from '../../../utils/dates';

describe('the user’s day', () => {
  it.each([
    // 23:30 UTC on 18 May is already 11:30 on 19 May in Auckland.
    { instant: '2026-05-18T23:30:00Z', zone: 'Pacific/Auckland', day: '2026-05-19' },
    // 00:30 UTC on 19 May is still 20:30 on 18 May in New York.
    { instant: '2026-05-19T00:30:00Z', zone: 'America/New_York', day: '2026-05-18' },
    // Midnight itself belongs to the day it starts, in the user's zone.
    { instant: '2026-05-18T22:00:00Z', zone: 'Europe/Berlin', day: '2026-05-19' },
    { instant: '2026-05-18T21:59:59Z', zone: 'Europe/Berlin', day: '2026-05-18' },
    { instant: '2026-05-18T00:00:00Z', zone: 'UTC', day: '2026-05-18' },
  ])('$instant is $day in $zone, whatever the UTC day', ({ instant, zone, day }) => {
    expect(todayIn(zone, new Date(instant))).toBe(day);
    expect(isoDateOf(instant, zone)).toBe(day);
  });

  it('reads an instant written with another offset in the user’s zone', () => {
    // Sent at 21:00 in Los Angeles: the next day for a user in London.
    expect(isoDateOf('2026-06-01T21:00:00-07:00', 'Europe/London')).toBe('2026-06-02');
  });
});

describe('wall clocks', () => {
  it('reads the wall clock of an instant in a zone', () => {
    expect(wallClockAt(Date.parse('2026-03-08T07:30:00Z'), 'America/New_York')).toEqual({ year: 2026, month: 3, day: 8, hour: 3, minute: 30, second: 0 });
  });

  it('reads a time shown twice as the earlier instant', () => {
    // London shows 01:30 twice on 25 October 2026: first in summer time (00:30 UTC).
    expect(instantOfWallClock({ year: 2026, month: 10, day: 25, hour: 1, minute: 30, second: 0 }, 'Europe/London')).toBe(Date.parse('2026-10-25T00:30:00Z'));
  });

  it('reads a time the clocks skip with the offset from before the change', () => {
    const skipped = { year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 };
    expect(zonedIso(skipped, 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    expect(zonedIso({ ...skipped, month: 3, day: 29, hour: 1 }, 'Europe/London')).toBe('2026-03-29T02:30:00+01:00');
  });

  it('falls back to a known zone for a name Intl does not know', () => {
    expect(resolveTimeZone('Europe/London')).toBe('Europe/London');
    expect(resolveTimeZone('Mars/Olympus_Mons')).not.toBe('Mars/Olympus_Mons');
  });
});
