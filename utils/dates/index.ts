/**
 * Calendar days as 'YYYY-MM-DD' strings: what due dates and "today" are for
 * the user. Arithmetic runs on UTC noon so no zone or DST can shift a day.
 */

const DAY_MS = 86_400_000;

function toUtcNoon(day: string): number {
  return Date.parse(`${day}T12:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * One formatter per zone: making an Intl.DateTimeFormat costs far more than
 * using one, and signals for 10,000 clients ask for days thousands of times.
 */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    // A zone name comes from settings or the browser; bound the map all the same.
    if (DAY_FORMATS.size >= 64) DAY_FORMATS.clear();
    DAY_FORMATS.set(timeZone, format);
  }
  return format;
}

/** The calendar day `now` falls on in an IANA zone. */
export function todayIn(timeZone: string, now: Date): string {
  const parts = dayFormat(timeZone).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The calendar day of an ISO instant (with offset) in an IANA zone. */
export function isoDateOf(isoDateTime: string, timeZone: string): string {
  return todayIn(timeZone, new Date(isoDateTime));
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtcNoon(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcNoon(to) - toUtcNoon(from)) / DAY_MS);
}

/** Monday–Friday days strictly after `from`, up to and including `to`. */
export function businessDaysBetween(from: string, to: string): number {
  const total = daysBetween(from, to);
  if (total <= 0) return 0;
  const startWeekday = new Date(toUtcNoon(from)).getUTCDay();
  let count = Math.floor(total / 7) * 5;
  for (let i = 1; i <= total % 7; i += 1) {
    const weekday = (startWeekday + i) % 7;
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}
