import { useEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { plural } from '../../utils/health/words';
import type { TriageCounts, TriageGroup, TriageRow } from '../../utils/messaging';
import { offsetsOf, visibleWindow } from './windowing';

export const GROUP_TITLES: Record<TriageGroup, string> = {
  'at-risk': 'At risk',
  deadline: 'Deadlines within 14 days',
  silence: 'Waiting for their answer',
  other: 'Everything else',
};

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 30;
export const LIST_HEIGHT = 372;

type Item = { kind: 'header'; group: TriageGroup; count: number } | { kind: 'row'; row: TriageRow };

/** Rows in triage order with a header before each group: what the list scrolls through. */
export function listItems(rows: readonly TriageRow[], counts: TriageCounts | null): Item[] {
  const items: Item[] = [];
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

interface TriageListProps {
  rows: readonly TriageRow[];
  /** The store's counts; null while searching (the headers count what matches). */
  counts: TriageCounts | null;
  onOpen(clientId: string): void;
  /** Scroll to this group's header when it changes. */
  jumpTo?: { group: TriageGroup; at: number } | null;
}

/** The triage as a windowed list: only the rows in view (and a few either side) are in the DOM. */
export function TriageList({ rows, counts, onOpen, jumpTo }: TriageListProps) {
  const items = useMemo(() => listItems(rows, counts), [rows, counts]);
  const offsets = useMemo(() => offsetsOf(items.map((i) => (i.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT))), [items]);
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!jumpTo) return;
    const index = items.findIndex((i) => i.kind === 'header' && i.group === jumpTo.group);
    if (index >= 0) viewport.current?.scrollTo({ top: offsets[index] ?? 0 });
    // Only a new jump scrolls; rows arriving later do not move the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jumpTo?.at]);
  const win = visibleWindow(offsets, scrollTop, LIST_HEIGHT);
  return (
    <div
      ref={viewport}
      className="triage-list"
      data-testid="triage-list"
      data-rows={rows.length}
      style={{ height: Math.min(LIST_HEIGHT, win.total) }}
      onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: win.total, position: 'relative' }} role="list" aria-label="Clients, those that need attention first">
        <div style={{ transform: `translateY(${win.top}px)` }}>
          {items.slice(win.start, win.end).map((item) =>
            item.kind === 'header' ? (
              <h2 key={`h-${item.group}`} className="triage-header" data-testid="triage-header" data-group={item.group} style={{ height: HEADER_HEIGHT }}>
                {GROUP_TITLES[item.group]} <span className="muted">({item.count})</span>
              </h2>
            ) : (
              <div key={item.row.id} role="listitem" style={{ height: ROW_HEIGHT }}>
                <button
                  type="button"
                  className="triage-row"
                  data-testid="triage-row"
                  data-client-id={item.row.id}
                  data-group={item.row.group}
                  onClick={() => onOpen(item.row.id)}
                >
                  <span className="triage-row__top">
                    <span className="triage-row__name">
                      {item.row.name}
                      {item.row.key ? <span className="tag">key</span> : null}
                      {item.row.sample ? <span className="tag">sample</span> : null}
                    </span>
                    <span className={`chip chip--${item.row.level}`} data-testid="health-chip" data-level={item.row.level}>
                      {item.row.level === 'at-risk' ? 'At risk' : item.row.level === 'watch' ? 'Watch' : 'OK'}
                    </span>
                  </span>
                  <span className="triage-row__line" title={item.row.line}>
                    {item.row.line}
                  </span>
                </button>
              </div>
            ),
          )}
        </div>
      </div>
    </div>
  );
}

/** "3 at risk · 5 deadlines within 14 days · 2 waiting": each a button to its group. */
export function TriageCountsBar({ counts, onJump }: { counts: TriageCounts; onJump(group: TriageGroup): void }) {
  const parts: Array<[TriageGroup, string]> = [
    ['at-risk', `${counts['at-risk']} at risk`],
    ['deadline', `${plural(counts.deadline, 'deadline')} within 14 days`],
    ['silence', `${counts.silence} waiting for their answer`],
  ];
  return (
    <nav className="triage-counts" aria-label="Needs attention" data-testid="triage-counts">
      {parts.map(([group, label]) => (
        <button
          key={group}
          type="button"
          className={`triage-count triage-count--${group}`}
          data-group={group}
          data-count={counts[group]}
          disabled={!counts[group]}
          onClick={() => onJump(group)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
