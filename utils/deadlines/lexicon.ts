/** Words the date rules read: month and weekday names, number words, zone names. */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates';

export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const MONTH_PREFIXES = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

/** 1–12 for a month name or abbreviation ("Sept", "june"). */
export function monthNumber(name: string): number | null {
  const index = MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase());
  return index >= 0 ? index + 1 : null;
}

const WEEKDAYS = WEEKDAY_NAMES.map((name) => name.toLowerCase());

export const WEEKDAY_PATTERN = `(?:${WEEKDAYS.join('|')})`;
/** Short forms only count in front of a written date ("Fri 12 June"), where they cannot be other words. */
export const WEEKDAY_PREFIX_PATTERN = `(?:${WEEKDAY_PATTERN}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)`;

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(name: string): number | null {
  const index = WEEKDAYS.indexOf(name.toLowerCase());
  return index >= 0 ? index : null;
}

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const NUMBER_PATTERN = `(?:\\d{1,3}|an?|${[...UNITS.slice(1), ...TENS.slice(2)].join('|')}|(?:${TENS.slice(2).join('|')})[- ](?:${UNITS.slice(1, 10).join('|')}))`;

export function numberValue(word: string): number | null {
  const lower = word.toLowerCase().trim();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower === 'a' || lower === 'an') return 1;
  const unit = UNITS.indexOf(lower);
  if (unit >= 0) return unit;
  const [tensWord, unitWord] = lower.split(/[- ]/);
  const tens = TENS.indexOf(tensWord ?? '');
  if (tens < 2) return null;
  if (!unitWord) return tens * 10;
  const rest = UNITS.indexOf(unitWord);
  return rest > 0 && rest < 10 ? tens * 10 + rest : null;
}

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
};

/** Zones people name next to a time ("5 pm New York time", "08:00 CET"). */
const ZONE_NAMES: Record<string, string> = {
  'new york': 'America/New_York',
  ny: 'America/New_York',
  nyc: 'America/New_York',
  boston: 'America/New_York',
  toronto: 'America/Toronto',
  eastern: 'America/New_York',
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  chicago: 'America/Chicago',
  central: 'America/Chicago',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  denver: 'America/Denver',
  mountain: 'America/Denver',
  mt: 'America/Denver',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  phoenix: 'America/Phoenix',
  arizona: 'America/Phoenix',
  'los angeles': 'America/Los_Angeles',
  la: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  sf: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  vancouver: 'America/Vancouver',
  pacific: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  anchorage: 'America/Anchorage',
  alaska: 'America/Anchorage',
  honolulu: 'Pacific/Honolulu',
  hawaii: 'Pacific/Honolulu',
  'sao paulo': 'America/Sao_Paulo',
  'são paulo': 'America/Sao_Paulo',
  brt: 'America/Sao_Paulo',
  bogota: 'America/Bogota',
  bogotá: 'America/Bogota',
  'mexico city': 'America/Mexico_City',
  london: 'Europe/London',
  uk: 'Europe/London',
  bst: 'Europe/London',
  gmt: 'UTC',
  utc: 'UTC',
  dublin: 'Europe/Dublin',
  lisbon: 'Europe/Lisbon',
  berlin: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  paris: 'Europe/Paris',
  amsterdam: 'Europe/Amsterdam',
  brussels: 'Europe/Brussels',
  madrid: 'Europe/Madrid',
  rome: 'Europe/Rome',
  milan: 'Europe/Rome',
  zurich: 'Europe/Zurich',
  vienna: 'Europe/Vienna',
  stockholm: 'Europe/Stockholm',
  oslo: 'Europe/Oslo',
  copenhagen: 'Europe/Copenhagen',
  warsaw: 'Europe/Warsaw',
  prague: 'Europe/Prague',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  helsinki: 'Europe/Helsinki',
  athens: 'Europe/Athens',
  eet: 'Europe/Athens',
  istanbul: 'Europe/Istanbul',
  moscow: 'Europe/Moscow',
  dubai: 'Asia/Dubai',
  gst: 'Asia/Dubai',
  india: 'Asia/Kolkata',
  ist: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  jakarta: 'Asia/Jakarta',
  wib: 'Asia/Jakarta',
  bangkok: 'Asia/Bangkok',
  'ho chi minh': 'Asia/Ho_Chi_Minh',
  hanoi: 'Asia/Ho_Chi_Minh',
  singapore: 'Asia/Singapore',
  sgt: 'Asia/Singapore',
  'kuala lumpur': 'Asia/Kuala_Lumpur',
  manila: 'Asia/Manila',
  'hong kong': 'Asia/Hong_Kong',
  hkt: 'Asia/Hong_Kong',
  shanghai: 'Asia/Shanghai',
  beijing: 'Asia/Shanghai',
  china: 'Asia/Shanghai',
  taipei: 'Asia/Taipei',
  tokyo: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  jst: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  kst: 'Asia/Seoul',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  brisbane: 'Australia/Brisbane',
  perth: 'Australia/Perth',
  auckland: 'Pacific/Auckland',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
  nzt: 'Pacific/Auckland',
  johannesburg: 'Africa/Johannesburg',
  sast: 'Africa/Johannesburg',
  lagos: 'Africa/Lagos',
  wat: 'Africa/Lagos',
  nairobi: 'Africa/Nairobi',
  cairo: 'Africa/Cairo',
};

const CITY_NAMES = Object.keys(ZONE_NAMES)
  .filter((name) => name.length > 4 || name.includes(' '))
  .sort((a, b) => b.length - a.length);
const ABBREVIATIONS = Object.keys(ZONE_NAMES)
  .filter((name) => !(name.length > 4 || name.includes(' ')))
  .sort((a, b) => b.length - a.length);

/** City or region names need "time" after them; abbreviations stand alone ("5pm ET"). */
export const ZONE_PATTERN = `(?:(?:${CITY_NAMES.join('|')})(?:\\s+time)?|(?:${ABBREVIATIONS.join('|')})(?:\\s+time)?)`;

export function zoneForName(name: string): string | null {
  const key = name
    .toLowerCase()
    .replace(/\s+time$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ZONE_NAMES[key] ?? null;
}

/**
 * Zones whose writers put the month first in numeric dates (3/20): the US
 * ones. Everywhere else, including the rest of the Americas, day first.
 */
const US_ZONES = new Set([
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Adak',
  'America/Boise',
  'America/Detroit',
  'America/Juneau',
  'America/Sitka',
  'America/Metlakatla',
  'America/Yakutat',
  'America/Nome',
  'America/Menominee',
  'America/Puerto_Rico',
  'Pacific/Honolulu',
]);

export function isMonthFirstZone(timeZone: string): boolean {
  return US_ZONES.has(timeZone) || /^America\/(Indiana|Kentucky|North_Dakota)\//.test(timeZone) || timeZone.startsWith('US/');
}
