import type { TriageRow } from '../../utils/messaging';

/** Rows whose name or a domain contains the query (case-insensitive), in triage order. */
export function searchRows(rows: readonly TriageRow[], query: string): readonly TriageRow[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter((row) => row.name.toLowerCase().includes(needle) || row.domains.some((d) => d.includes(needle)));
}
