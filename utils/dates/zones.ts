import { formatIsoDate, type CivilDate } from './civil';

/**
 * Instants seen on a wall clock in an IANA zone, with the platform's zone
 * database (Intl): no time-zone library, and daylight saving follows the
 * browser's data.
 */
export type WallClock = CivilDate & { hour: number; minute: number; second: number };

const FORMAT_OPTIONS = {
  wall: { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' },
  // The day alone formats in half the time, and a status pass asks every client for today.
  day: { year: 'numeric', month: 'numeric', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * One formatter per zone and shape: making an Intl.DateTimeFormat costs far
 * more than using one, and signals for 10,000 clients ask for days thousands
 * of times.
 */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, shape: keyof typeof FORMAT_OPTIONS = 'wall'): Intl.DateTimeFormat {
  const key = `${shape} ${timeZone}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, ...FORMAT_OPTIONS[shape] });
    // A zone name comes from settings, a page or the browser; bound the map all the same.
    if (FORMATTERS.size >= 64) FORMATTERS.clear();
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/** The numeric fields (year, month, day, hour…) `formatter` shows for an instant. */
function fieldsAt(formatter: Intl.DateTimeFormat, instant: number): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone if Intl knows it, else the runtime's zone, else UTC. */
export function resolveTimeZone(timeZone: string | undefined): string {
  if (timeZone && isKnownTimeZone(timeZone)) return timeZone;
  // Asked only when needed: building the runtime's formatter costs more than the rest of a date read.
  const runtime = runtimeTimeZone();
  return runtime && isKnownTimeZone(runtime) ? runtime : 'UTC';
}

function runtimeTimeZone(): string | undefined {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The wall clock in `timeZone` at an instant (ms since the epoch). */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts = fieldsAt(formatterFor(timeZone), instant);
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/**
 * The calendar day `now` falls on for someone in `timeZone`: the user's
 * today. At 00:30 in Auckland it is a day ahead of UTC's.
 */
export function todayIn(timeZone: string, now: Date): string {
  const { year = 1970, month = 1, day = 1 } = fieldsAt(formatterFor(timeZone, 'day'), now.getTime());
  return formatIsoDate({ year, month, day });
}

/** The calendar day of an ISO instant (with offset) for someone in `timeZone`. */
export function isoDateOf(isoDateTime: string, timeZone: string): string {
  return todayIn(timeZone, new Date(isoDateTime));
}

function wallClockAsUtc(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Minutes the zone is ahead of UTC at an instant. */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  return Math.round((wallClockAsUtc(wallClockAt(instant, timeZone)) - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which `timeZone` shows this wall clock. A time shown twice
 * (clocks going back) is the earlier instant; a time never shown (clocks
 * going forward) is read with the offset from before the change, so 02:30 on
 * the night New York springs forward is 03:30 daylight time.
 */
export function instantOfWallClock(wall: WallClock, timeZone: string): number {
  const asUtc = wallClockAsUtc(wall);
  const offsetBefore = offsetMinutesAt(asUtc - 86_400_000, timeZone) * 60_000;
  const offsetAfter = offsetMinutesAt(asUtc + 86_400_000, timeZone) * 60_000;
  const shows = (instant: number) => wallClockAsUtc(wallClockAt(instant, timeZone)) === asUtc;
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].filter(shows);
  return candidates.length > 0 ? Math.min(...candidates) : asUtc - offsetBefore;
}

/** Wall-clock arithmetic in hours ("within 48 hours" of the sent time), zone-free by design. */
export function addHoursToWallClock(wall: WallClock, hours: number): WallClock {
  const shifted = new Date(wallClockAsUtc(wall) + hours * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** ISO 8601 of an instant as `timeZone` shows it, with the offset it had then ("2026-05-18T10:24:00-04:00"). */
export function isoAtInstant(instant: number, timeZone: string): string {
  const wall = wallClockAt(instant, timeZone);
  const offset = offsetMinutesAt(instant, timeZone);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** ISO 8601 for a wall clock in a zone, with the offset the zone had then. */
export function zonedIso(wall: WallClock, timeZone: string): string {
  return isoAtInstant(instantOfWallClock(wall, timeZone), timeZone);
}
