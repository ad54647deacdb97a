/**
 * Civil (calendar) dates with no time and no zone, and the arithmetic the
 * deadline rules need. Everything goes through a day number so that month and
 * year boundaries are never special cases.
 */
export type CivilDate = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01. */
export function dayNumber(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(days: number): CivilDate {
  const utc = new Date(days * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Monday = 0 … Sunday = 6: weeks in the conventions run Monday to Sunday. */
export function isoWeekday(date: CivilDate): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
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

/** The Nth Monday–Friday day strictly after `date`. */
export function addBusinessDays(date: CivilDate, count: number): CivilDate {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (isoWeekday(current) < 5) left -= 1;
  }
  return current;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function formatIsoDate(date: CivilDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * A day and month written without a year mean the occurrence nearest the
 * anchor (the conventions: "by 10 January" sent in December is next year).
 */
export function nearestOccurrence(month: number, day: number, anchor: CivilDate): CivilDate | null {
  let best: CivilDate | null = null;
  let bestDistance = Infinity;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    if (!isValidCivilDate(year, month, day)) continue;
    const candidate = { year, month, day };
    const distance = Math.abs(dayNumber(candidate) - dayNumber(anchor));
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
