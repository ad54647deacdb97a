import { dayNumber, fromDayNumber, isoWeekday } from './civil';

/** Month names as the extension writes them; index 0 is January. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Weekday names as the extension writes them, Monday first like `isoWeekday`. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * Month names and abbreviations webmail pages show, matched as whole
 * lower-case tokens: English and German in full and short, French and Spanish
 * in full. Spanish "ago" (agosto) is left out on purpose: it would read
 * "3 days ago" as August.
 */
const PAGE_MONTH_WORDS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fév', 'febrero'],
  ['march', 'mar', 'märz', 'mär', 'mrz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'août', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre'],
];

/** Weekday names and abbreviations webmail pages show, Monday first. */
const PAGE_WEEKDAY_WORDS: ReadonlyArray<readonly string[]> = [
  ['monday', 'mon', 'montag', 'mo', 'lundi', 'lun', 'lunes'],
  ['tuesday', 'tue', 'tues', 'dienstag', 'di', 'mardi', 'mar', 'martes'],
  ['wednesday', 'wed', 'mittwoch', 'mi', 'mercredi', 'mer', 'miércoles', 'mié'],
  ['thursday', 'thu', 'thur', 'thurs', 'donnerstag', 'do', 'jeudi', 'jeu', 'jueves', 'jue'],
  ['friday', 'fri', 'freitag', 'fr', 'vendredi', 'ven', 'viernes', 'vie'],
  ['saturday', 'sat', 'samstag', 'sonnabend', 'sa', 'samedi', 'sam', 'sábado', 'sáb'],
  ['sunday', 'sun', 'sonntag', 'so', 'dimanche', 'dim', 'domingo', 'dom'],
];

/** 1–12 for a month word a page shows ("märz", "sept"), else null. */
export function monthOfPageWord(token: string): number | null {
  const index = PAGE_MONTH_WORDS.findIndex((names) => names.includes(token));
  return index >= 0 ? index + 1 : null;
}

/** Monday = 0 … Sunday = 6 for a weekday word a page shows ("di", "vendredi"), else null. */
export function weekdayOfPageWord(token: string): number | null {
  const index = PAGE_WEEKDAY_WORDS.findIndex((names) => names.includes(token));
  return index >= 0 ? index : null;
}

/** "Tuesday 30 June"; the year is added when it is not the year of `today`. */
export function formatDay(isoDay: string, today: string): string {
  const date = fromDayNumber(dayNumber(isoDay));
  const text = `${WEEKDAY_NAMES[isoWeekday(date)]} ${date.day} ${MONTH_NAMES[date.month - 1]}`;
  return isoDay.slice(0, 4) === today.slice(0, 4) ? text : `${text} ${isoDay.slice(0, 4)}`;
}

/** "today", "tomorrow", "in 7 days", "2 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
