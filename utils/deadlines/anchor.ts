import type { Parsed } from '../model/parse';
import { isKnownTimeZone, isValidCivilDate, wallClockAt, type WallClock } from '../dates';
import type { DeadlineAnchor } from './schema';

/** The sender's local wall clock when the message was sent, and their zone. */
export type ResolvedAnchor = { wall: WallClock; timeZone: string };

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

export function resolveAnchor(anchor: DeadlineAnchor): Parsed<ResolvedAnchor> {
  const { sentAt, timeZone } = anchor;
  if (!isKnownTimeZone(timeZone)) return { ok: false, error: `Unknown time zone "${timeZone}": use an IANA name like Europe/London` };
  const trimmed = sentAt.trim();
  if (HAS_OFFSET.test(trimmed)) {
    const instant = Date.parse(trimmed);
    if (Number.isNaN(instant)) return { ok: false, error: `sentAt "${sentAt}" is not a date-time like 2026-04-29T09:15:00` };
    return { ok: true, value: { wall: wallClockAt(instant, timeZone), timeZone } };
  }
  const match = LOCAL_DATE_TIME.exec(trimmed);
  if (!match) return { ok: false, error: `sentAt "${sentAt}" is not a date-time like 2026-04-29T09:15:00` };
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (!isValidCivilDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, error: `sentAt "${sentAt}" is not a real date-time` };
  }
  return { ok: true, value: { wall: { year, month, day, hour, minute, second }, timeZone } };
}
