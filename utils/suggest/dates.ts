/**
 * Calendar days as the user means them ('YYYY-MM-DD'), counted without a
 * zone: a commitment is due on a day, not at an instant.
 */
const DAY_MS = 86_400_000;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
}

function fromDayNumber(day: number): Date {
  return new Date(day * DAY_MS);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(isoDay: string, days: number): string {
  return fromDayNumber(dayNumber(isoDay) + days)
    .toISOString()
    .slice(0, 10);
}

/** The next working day (Monday to Friday) after `isoDay`, `count` times over. */
export function addBusinessDays(isoDay: string, count: number): string {
  let day = dayNumber(isoDay);
  let left = count;
  while (left > 0) {
    day += 1;
    const weekday = fromDayNumber(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return fromDayNumber(day).toISOString().slice(0, 10);
}

/** The calendar day of an instant, read in UTC. */
export function isoDayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** "Tuesday 30 June"; the year is added when it is not the year of `today`. */
export function formatDay(isoDay: string, today: string): string {
  const date = fromDayNumber(dayNumber(isoDay));
  const text = `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return isoDay.slice(0, 4) === today.slice(0, 4) ? text : `${text} ${isoDay.slice(0, 4)}`;
}

/** "today", "tomorrow", "in 7 days", "2 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
