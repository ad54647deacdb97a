import { plural } from '../../utils/health/words';
import type { TriageCounts, TriageGroup, TriageRow } from '../../utils/messaging';

/**
 * What the triage list shows, shared by its React view (TriageList) and the
 * first paint drawn before React loads (first-paint.ts): no React here.
 */

export const GROUP_TITLES: Record<TriageGroup, string> = {
  'at-risk': 'At risk',
  deadline: 'Deadlines within 14 days',
  silence: 'Waiting for their answer',
  other: 'Everything else',
};

export const LEVEL_LABEL: Record<TriageRow['level'], string> = { 'at-risk': 'At risk', watch: 'Watch', ok: 'OK' };

export const ROW_HEIGHT = 52;
export const HEADER_HEIGHT = 30;
export const LIST_HEIGHT = 372;

export type TriageItem = { kind: 'header'; group: TriageGroup; count: number } | { kind: 'row'; row: TriageRow };

/** Rows in triage order with a header before each group: what the list scrolls through. */
export function listItems(rows: readonly TriageRow[], counts: TriageCounts | null): TriageItem[] {
  const items: TriageItem[] = [];
  let group: TriageGroup | null = null;
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      items.push({ kind: 'header', group, count: counts ? counts[group] : rows.filter((r) => r.group === group).length });
    }
    items.push({ kind: 'row', row });
  }
  return items;
}

export const itemHeight = (item: TriageItem) => (item.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT);

/** "3 at risk · 5 deadlines within 14 days · 2 waiting": the counts bar's buttons, each its group's. */
export function countLabels(counts: TriageCounts): Array<[TriageGroup, string]> {
  return [
    ['at-risk', `${counts['at-risk']} at risk`],
    ['deadline', `${plural(counts.deadline, 'deadline')} within 14 days`],
    ['silence', `${counts.silence} waiting for their answer`],
  ];
}

export const searchPlaceholder = (total: number) => `Search ${total.toLocaleString()} clients`;

export function corruptBanner(count: number): string {
  return `${count === 1 ? '1 stored record' : `${count} stored records`} could not be read. Open Manage to see which.`;
}
