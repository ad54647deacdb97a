import { daysBetween } from '../dates';

/** "1 day", "2 days", "1 phrase", "3 business days". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "today", "tomorrow", "in 8 days", "yesterday", "12 days overdue" for a due date seen from `today`. */
export function dueWhen(dueAt: string, today: string): string {
  const delta = daysBetween(today, dueAt);
  if (delta === 0) return 'due today';
  if (delta === 1) return 'due tomorrow';
  return delta > 0 ? `in ${plural(delta, 'day')}` : `${plural(-delta, 'day')} overdue`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 May", or "15 May 2025" when the year is not the current one. */
export function shortDate(day: string, today: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const label = `${date} ${MONTHS[month - 1] ?? '?'}`;
  return day.slice(0, 4) === today.slice(0, 4) ? label : `${label} ${year}`;
}
