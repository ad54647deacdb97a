import { useEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import type { TriageCounts, TriageGroup, TriageRow } from '../../utils/messaging';
import { GROUP_TITLES, HEADER_HEIGHT, LEVEL_LABEL, LIST_HEIGHT, ROW_HEIGHT, countLabels, itemHeight, listItems } from './triage-layout';
import { offsetsOf, visibleWindow } from './windowing';

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
  const offsets = useMemo(() => offsetsOf(items.map(itemHeight)), [items]);
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
                      {LEVEL_LABEL[item.row.level]}
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
  const parts = countLabels(counts);
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
