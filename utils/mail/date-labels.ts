import {
  MONTH_NAMES,
  addDays,
  isValidCivilDate,
  isoAtInstant,
  isoWeekday,
  monthOfPageWord,
  resolveTimeZone,
  wallClockAt,
  weekdayOfPageWord,
  zonedIso,
  type WallClock,
} from '../dates';
import { queryFirst } from './dom-query';
import { INVISIBLE_CHARS } from './text';

/**
 * Reads the local date strings webmail pages show ("Mon, May 18, 2026, 10:24 AM",
 * "Tue 10/13/2026 8:41 AM", "Mo., 9. März 2026, 10:02", "Fri 9:12 AM") into
 * ISO 8601 with the offset the given IANA zone had at that moment. The offset
 * comes from Intl (no time-zone library): the page shows wall time only.
 */

export interface DateReadOptions {
  /** IANA zone the page's times are in. */
  timeZone: string;
  /** Reference for dates without a year or day ("May 15", "Fri 9:12 AM", "7:02 AM"); without it they read as null. */
  now?: Date;
  /** The page's language (`<html lang>`), to order 10/05/2026 as US month/day or day/month. */
  locale?: string;
}

const TODAY_WORDS = new Set(['today', 'heute', "aujourd'hui", 'hoy']);
const YESTERDAY_WORDS = new Set(['yesterday', 'gestern', 'hier', 'ayer']);

/** Words a date label may hold besides months and weekdays: meridiems, "at", "um", "à", "le", "de", "uhr". */
const DATE_FILLER_WORDS = new Set(['am', 'pm', 'a', 'p', 'm', 'at', 'um', 'uhr', 'à', 'le', 'de', 'del', 'el', 'h']);
/** Japanese and Chinese date and weekday characters (年 月 日, 午前/午後, (月)…(日)). */
const CJK_DATE_CHARS = /^[年月日午前後火水木金土曜時分]+$/u;
/** "2026年3月9日", "3月9日": year optional. */
const CJK_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
/** 午前 (a.m.) and 午後 (p.m.) before a time. */
const CJK_MERIDIEM = /(午前|午後)\s*(\d{1,2}):(\d{2})/u;

/**
 * True when `text` is nothing but a date label ("Tue 10/13/2026 8:41 AM",
 * "lun. 9 mars 2026, 10:02", "2026年3月9日(月) 10:02"): every word is a month,
 * a weekday, today/yesterday or a filler such as "at". A sentence that happens
 * to name a time ("Call at 10:30") or a labelled line ("Sent: …") is not.
 */
export function isDateLabel(raw: string): boolean {
  const text = raw
    .replace(INVISIBLE_CHARS, '')
    .replace(/\([^)]*\)/g, ' ')
    .trim();
  if (!text || text.length > 80 || /[@:]\s/.test(text.replace(/\d:\d/g, '')) || text.endsWith(':')) return false;
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.every(
    (word) =>
      CJK_DATE_CHARS.test(word) ||
      DATE_FILLER_WORDS.has(word) ||
      TODAY_WORDS.has(word) ||
      YESTERDAY_WORDS.has(word) ||
      monthOfPageWord(word) !== null ||
      weekdayOfPageWord(word) !== null,
  );
}

const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)(?:\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z]))?(?:\s*uhr\b)?/i;
const NUMERIC_DATE = /(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?!\d)/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Longest string worth reading as a date: anything longer is not a date label. */
const MAX_DATE_TEXT = 200;

/**
 * What a date read depends on besides the text: the zone, the page's language
 * and the day `now` falls on in that zone (year-less dates, weekdays, "today"
 * and bare times count from that day, never from the time of day). Two reads
 * with the same key read every label the same.
 */
export function dateReadKey(options: DateReadOptions): string {
  const timeZone = resolveTimeZone(options.timeZone);
  const today = options.now ? wallClockAt(options.now.getTime(), timeZone) : null;
  return [timeZone, options.locale ?? '', today ? `${today.year}-${today.month}-${today.day}` : 'no day'].join('|');
}

/** Reads a page date into ISO 8601 with the zone's offset, or null when it holds no readable date. */
export function readPageDate(raw: string | null | undefined, options: DateReadOptions): string | null {
  try {
    if (!raw) return null;
    const timeZone = resolveTimeZone(options.timeZone);
    const cleaned = raw
      .replace(INVISIBLE_CHARS, '')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!cleaned || cleaned.length > MAX_DATE_TEXT) return null;

    const iso = ISO_DATE_TIME.exec(cleaned);
    if (iso) return readIso(iso, timeZone);

    const wall = readWallClock(westernised(cleaned).toLowerCase(), timeZone, options);
    return wall ? zonedIso(wall, timeZone) : null;
  } catch {
    return null;
  }
}

/** "2026年3月9日(月) 午後3:04" → "2026-3-9 15:04": Japanese and Chinese dates in a shape the reader knows. */
function westernised(text: string): string {
  if (!/[年月日午]/u.test(text)) return text;
  let out = text.replace(CJK_MERIDIEM, (_, meridiem: string, hour: string, minute: string) => {
    const h = (Number(hour) % 12) + (meridiem === '午後' ? 12 : 0);
    return ` ${h}:${minute} `;
  });
  const date = CJK_DATE.exec(out);
  if (date) {
    const [whole, year, month, day] = date;
    const western = year ? `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}` : `${MONTH_NAMES[Number(month) - 1] ?? ''} ${day}`;
    out = `${out.slice(0, date.index)} ${western} ${out.slice(date.index + whole.length)}`;
  }
  return out.replace(/[年月日曜火水木金土]/gu, ' ');
}

function readIso(match: RegExpExecArray, timeZone: string): string | null {
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = match;
  const wall = checkedWall(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  if (!wall) return null;
  if (!offset) return zonedIso(wall, timeZone);
  // An absolute instant: shown in the page's zone so every sentAt carries the same offset.
  const sign = offset.toUpperCase() === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
  const digits = offset.replace(/[^\d]/g, '');
  const minutes = sign === 0 ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - minutes * 60_000;
  return isoAtInstant(utc, timeZone);
}

function readWallClock(text: string, timeZone: string, options: DateReadOptions): WallClock | null {
  let rest = text;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let hasTime = false;
  const time = TIME.exec(rest);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? '0');
    const meridiem = time[4]?.replace(/[^ap]/g, '');
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      if (meridiem === 'a' && hour === 12) hour = 0;
      if (meridiem === 'p' && hour !== 12) hour += 12;
    }
    if (hour > 23 || minute > 59 || second > 59) return null;
    hasTime = true;
    rest = `${rest.slice(0, time.index)} ${rest.slice(time.index + time[0].length)}`;
  }

  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;

  const numeric = NUMERIC_DATE.exec(rest);
  if (numeric) {
    const [, a = '', separator, b = '', c = ''] = numeric;
    const first = Number(a);
    const second_ = Number(b);
    const third = Number(c);
    if (a.length === 4) {
      [year, month, day] = [first, second_, third];
    } else {
      year = c.length === 2 ? 2000 + third : third;
      const usOrder = separator === '/' && prefersMonthFirst(options.locale);
      const monthFirst = first > 12 ? false : second_ > 12 ? true : usOrder;
      [month, day] = monthFirst ? [first, second_] : [second_, first];
    }
    rest = `${rest.slice(0, numeric.index)} ${rest.slice(numeric.index + numeric[0].length)}`;
  }

  const tokens = rest.match(/[\p{L}']+|\d+/gu) ?? [];
  let weekday: number | null = null;
  let relativeDays: number | null = null;
  if (month === null) {
    // French "mar." is Tuesday and English "Mar" is March: a token that is only a month wins.
    const onlyMonth = tokens.findIndex((token) => monthOfPageWord(token) !== null && weekdayOfPageWord(token) === null);
    const monthIndex = onlyMonth >= 0 ? onlyMonth : tokens.findIndex((token) => monthOfPageWord(token) !== null);
    if (monthIndex >= 0) {
      month = monthOfPageWord(tokens[monthIndex]!);
      const isDay = (token: string | undefined) => !!token && /^\d{1,2}$/.test(token) && Number(token) >= 1 && Number(token) <= 31;
      const after = tokens[monthIndex + 1];
      const before = tokens[monthIndex - 1];
      // "Mar 9" (English) before "9. März" / "9 March": the number right after the month wins.
      if (isDay(after)) day = Number(after);
      else if (isDay(before)) day = Number(before);
      const yearToken = tokens.find((token) => /^\d{4}$/.test(token));
      if (yearToken) year = Number(yearToken);
    }
  }
  if (month === null) {
    for (const token of tokens) {
      if (TODAY_WORDS.has(token)) relativeDays = 0;
      else if (YESTERDAY_WORDS.has(token)) relativeDays = 1;
      else if (weekday === null) weekday = weekdayOfPageWord(token);
    }
  }

  if (month !== null) {
    if (day === null) return null;
    if (year === null) {
      if (!options.now) return null;
      const today = wallClockAt(options.now.getTime(), timeZone);
      year = today.year;
      // A year-less date later than today is last year's ("Dec 30" read on Jan 2).
      if (month > today.month || (month === today.month && day > today.day + 1)) year -= 1;
    }
    return checkedWall(year, month, day, hour, minute, second);
  }

  // Only a time, maybe with a weekday or "yesterday": counted back from now.
  if (!hasTime || !options.now) return null;
  const today = wallClockAt(options.now.getTime(), timeZone);
  let back = relativeDays ?? 0;
  if (relativeDays === null && weekday !== null) back = (isoWeekday(today) - weekday + 7) % 7;
  const date = addDays({ year: today.year, month: today.month, day: today.day }, -back);
  return checkedWall(date.year, date.month, date.day, hour, minute, second);
}

/** The page's language (`<html lang>`), which decides how 10/05/2026 reads. */
export function pageLanguage(doc: Document): string | undefined {
  return queryFirst(doc, 'html')?.getAttribute('lang') ?? undefined;
}

function prefersMonthFirst(locale: string | undefined): boolean {
  if (!locale) return true;
  const lower = locale.toLowerCase();
  // Month-first with slashes: the US and a few others; en-GB, en-AU, en-IN… write day first.
  return lower === 'en' || lower === 'en-us' || lower.startsWith('en-us') || lower === 'en-ph' || lower === 'en-ca' || lower === 'fil';
}

function checkedWall(year: number, month: number, day: number, hour: number, minute: number, second: number): WallClock | null {
  if (![year, month, day, hour, minute, second].every(Number.isInteger)) return null;
  if (year < 1970 || year > 2200 || !isValidCivilDate(year, month, day)) return null;
  return { year, month, day, hour, minute, second };
}
