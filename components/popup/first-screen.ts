import { todayIn } from '../../utils/dates/zones';
import type { ResponseOf } from '../../utils/messaging';
import { FIRST_ROWS, type FirstScreen } from '../../utils/service/first-screen';

/**
 * The popup's first screen: the triage counts and the first rows, asked for
 * before React starts. Measured in the built popup, zod's core alone (a
 * 56 kB chunk, shared with the full schemas) took longer to load and run
 * than the rest of the first paint, so this one answer is read by hand,
 * field by field, against the protocol's own types; tests/unit/popup/
 * first-screen.test.tsx holds it to the protocol's zod schema (the same
 * answers read, the same refused). The full protocol client loads after that
 * paint, for the whole list (read with zod, and replacing these rows), the
 * active thread and a client's card.
 */

export { FIRST_ROWS, type FirstScreen };

type Triage = Extract<ResponseOf<'status/triage'>, { ok: true }>;
export type FirstScreenAnswer = FirstScreen | { ok: false; error: string };

const LEVELS: ReadonlySet<unknown> = new Set<Triage['rows'][number]['level']>(['ok', 'watch', 'at-risk']);
const GROUPS: ReadonlySet<unknown> = new Set<Triage['rows'][number]['group']>(['at-risk', 'deadline', 'silence', 'other']);

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value);
const listOf = <T>(value: unknown, read: (item: unknown) => T | null): T[] | null => {
  if (!Array.isArray(value)) return null;
  const items: T[] = [];
  for (const item of value) {
    const one = read(item);
    if (one === null) return null;
    items.push(one);
  }
  return items;
};

function readRow(value: unknown): Triage['rows'][number] | null {
  if (!isObject(value)) return null;
  const { id, name, key, sample, level, group, line, domains } = value;
  const domainList = listOf(domains, (d) => (isString(d) ? d : null));
  if (!isString(id) || !isString(name) || typeof key !== 'boolean' || typeof sample !== 'boolean' || !isString(line) || !domainList) return null;
  if (!LEVELS.has(level) || !GROUPS.has(group)) return null;
  return { id, name, key, sample, level: level as Triage['rows'][number]['level'], group: group as Triage['rows'][number]['group'], line, domains: domainList };
}

/** The answer as a first screen, a failure as it came, or null for anything else: only the fields shown are kept. */
export function readFirstScreen(raw: unknown): FirstScreenAnswer | null {
  if (!isObject(raw)) return null;
  if (raw.ok === false) return isString(raw.error) ? { ok: false, error: raw.error } : null;
  if (raw.ok !== true) return null;
  const { today, counts, total, rows, overdueCount, corrupt } = raw;
  if (!isString(today) || !isCount(total) || !isCount(overdueCount) || !isObject(counts)) return null;
  const { 'at-risk': atRisk, deadline, silence, other } = counts;
  if (!isCount(atRisk) || !isCount(deadline) || !isCount(silence) || !isCount(other)) return null;
  const rowList = listOf(rows, readRow);
  const corruptList = listOf(corrupt, (c) =>
    isObject(c) && isString(c.store) && isString(c.key) && isString(c.error) ? { store: c.store, key: c.key, error: c.error } : null,
  );
  if (!rowList || !corruptList) return null;
  return { ok: true, today, counts: { 'at-risk': atRisk, deadline, silence, other }, total, rows: rowList, overdueCount, corrupt: corruptList };
}

/**
 * The background's copy of the first screen (service/first-screen.ts), read
 * like an answer, when it holds for the day it is `now` in its zone; null
 * when there is none, it is from another day, or it is not one.
 */
export function readFirstScreenMirror(raw: unknown, now: Date): FirstScreen | null {
  if (!isObject(raw) || !isString(raw.timeZone)) return null;
  const screen = readFirstScreen(raw.screen);
  if (!screen?.ok) return null;
  try {
    return todayIn(raw.timeZone, now) === screen.today ? screen : null;
  } catch {
    // A zone this browser does not know (Intl throws): ask the background instead.
    return null;
  }
}

/**
 * Sends the first `status/triage` (no tab: the active thread comes with the
 * full list) through `transport` and reads the answer. Never throws: a
 * background that does not answer, or answers something else, is a sentence.
 */
export async function requestFirstScreen(transport: (message: unknown) => Promise<unknown>): Promise<FirstScreenAnswer> {
  let raw: unknown;
  try {
    raw = await transport({ type: 'status/triage', limit: FIRST_ROWS });
  } catch (error) {
    return { ok: false, error: `Bridgekeeper's background did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  return readFirstScreen(raw) ?? { ok: false, error: 'Unexpected answer to status/triage.' };
}
