import { detectDeadlines } from '../../../utils/deadlines';

/** Anchors used across the rule tables; the weekday is in the name so rows read on their own. */
export const ANCHORS = {
  wedMar4London: { sentAt: '2026-03-04T10:00:00', timeZone: 'Europe/London' },
  monJun1London: { sentAt: '2026-06-01T09:00:00', timeZone: 'Europe/London' },
  friJun5NewYork: { sentAt: '2026-06-05T16:30:00', timeZone: 'America/New_York' },
  tueApr14Denver: { sentAt: '2026-04-14T14:20:00', timeZone: 'America/Denver' },
  monDec14London: { sentAt: '2026-12-14T10:00:00', timeZone: 'Europe/London' },
  friJan8London2027: { sentAt: '2027-01-08T09:00:00', timeZone: 'Europe/London' },
  thuApr30London: { sentAt: '2026-04-30T17:00:00', timeZone: 'Europe/London' },
  friJan30Dublin: { sentAt: '2026-01-30T10:00:00', timeZone: 'Europe/Dublin' },
  wedJun10London: { sentAt: '2026-06-10T10:00:00', timeZone: 'Europe/London' },
} as const;

export type AnchorName = keyof typeof ANCHORS;

/** `kind due` pairs, the unit the conventions score. */
export function pairs(text: string, anchor: AnchorName | { sentAt: string; timeZone: string }): string[] {
  const resolved = typeof anchor === 'string' ? ANCHORS[anchor] : anchor;
  return detectDeadlines(text, resolved).map((found) => `${found.kind} ${found.due}`);
}
