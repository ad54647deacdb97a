/**
 * Civil (calendar) dates: a day with no time and no zone, either as its parts
 * (`CivilDate`, what the deadline rules build) or as an ISO day 'YYYY-MM-DD'
 * (what the store, signals and suggestions keep). All arithmetic goes through
 * a day number, so month ends, leap years and daylight saving never matter.
 */
export type CivilDate = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01. An ISO day is read as Date.parse reads it ('2026-02-30' is 2 March). */
export function dayNumber(date: CivilDate | string): number {
  const ms = typeof date === 'string' ? Date.parse(`${date}T00:00:00Z`) : Date.UTC(date.year, date.month - 1, date.day);
  return Math.round(ms / DAY_MS);
}

export function fromDayNumber(days: number): CivilDate {
  const utc = new Date(days * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** 'YYYY-MM-DD' of a day number; throws a RangeError for a day that is not a number, as Date does. */
function isoDayFromNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function formatIsoDate(date: CivilDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The same day moved by `days`, in the form it was given. */
export function addDays(day: string, days: number): string;
export function addDays(day: CivilDate, days: number): CivilDate;
export function addDays(day: CivilDate | string, days: number): CivilDate | string {
  const moved = dayNumber(day) + days;
  return typeof day === 'string' ? isoDayFromNumber(moved) : fromDayNumber(moved);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CivilDate | string, to: CivilDate | string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Negative when `a` is earlier than `b`, for sorting. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Monday = 0 … Sunday = 6: weeks here run Monday to Sunday. */
export function isoWeekday(date: CivilDate | string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

function isWorkingDay(days: number): boolean {
  return isoWeekday(fromDayNumber(days)) < 5;
}

/** The Nth Monday–Friday day strictly after `day`, in the form it was given. */
export function addBusinessDays(day: string, count: number): string;
export function addBusinessDays(day: CivilDate, count: number): CivilDate;
export function addBusinessDays(day: CivilDate | string, count: number): CivilDate | string {
  let current = dayNumber(day);
  let left = count;
  while (left > 0) {
    current += 1;
    if (isWorkingDay(current)) left -= 1;
  }
  return typeof day === 'string' ? isoDayFromNumber(current) : fromDayNumber(current);
}

/** The Nth Monday–Friday day strictly before `date`. */
export function subtractBusinessDays(date: CivilDate, count: number): CivilDate {
  let current = dayNumber(date);
  let left = count;
  while (left > 0) {
    current -= 1;
    if (isWorkingDay(current)) left -= 1;
  }
  return fromDayNumber(current);
}

/** Monday–Friday days strictly after `from`, up to and including `to`; 0 when `to` is not later. */
export function businessDaysBetween(from: string, to: string): number {
  const total = daysBetween(from, to);
  if (total <= 0) return 0;
  const startWeekday = isoWeekday(from);
  let count = Math.floor(total / 7) * 5;
  for (let i = 1; i <= total % 7; i += 1) {
    if ((startWeekday + i) % 7 < 5) count += 1;
  }
  return count;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function lastDayOfMonth(year: number, month: number): CivilDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** Same day N months on; a day the target month lacks becomes its last day (30 Jan + 1 month → 28 Feb). */
export function addMonthsClamped(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The Monday of the Monday–Sunday week holding `date`. */
export function mondayOf(date: CivilDate): CivilDate {
  return addDays(date, -isoWeekday(date));
}

/**
 * A day and month written without a year mean the occurrence nearest the
 * anchor ("by 10 January" sent in December is next year).
 */
export function nearestOccurrence(month: number, day: number, anchor: CivilDate): CivilDate | null {
  let best: CivilDate | null = null;
  let bestDistance = Infinity;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    if (!isValidCivilDate(year, month, day)) continue;
    const candidate = { year, month, day };
    const distance = Math.abs(daysBetween(anchor, candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The next date carrying this day number, on or after the anchor ("by the 20th"). */
export function nextWithDayNumber(day: number, anchor: CivilDate): CivilDate | null {
  for (let offset = 0; offset < 14; offset += 1) {
    const month = anchor.month + offset;
    const year = anchor.year + Math.floor((month - 1) / 12);
    const normalisedMonth = ((month - 1) % 12) + 1;
    if (!isValidCivilDate(year, normalisedMonth, day)) continue;
    const candidate = { year, month: normalisedMonth, day };
    if (compareDates(candidate, anchor) >= 0) return candidate;
  }
  return null;
}
