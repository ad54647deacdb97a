import { useEffect, useMemo, useState } from 'react';
import type { Messenger, ResponseOf, ThreadView, TimelineEvent, TriageGroup } from '../../utils/messaging';
import { useRemote } from '../hooks/useRemote';
import { ClientCard } from './ClientCard';
import { ClientTimeline } from './ClientTimeline';
import { TriageCountsBar, TriageList } from './TriageList';
import { searchRows } from './search';

export interface PopupAppProps {
  request: Messenger;
  tabId?: number;
  /** A client an alert asked to show: the popup opens on it. */
  focusClientId?: string;
  openOptions(): void;
  /** Renders the active mail thread's situations, when the popup opens on a Gmail/Outlook tab. */
  threadPanel?: (view: ThreadView) => React.ReactNode;
}

/** Rows in the first answer: a screenful and more, so the first paint waits for no more than that. */
export const FIRST_ROWS = 30;

export function PopupApp({ request, tabId, focusClientId, openOptions, threadPanel }: PopupAppProps) {
  const tab = tabId === undefined ? {} : { tabId };
  const [first] = useRemote(() => request('status/triage', { ...tab, limit: FIRST_ROWS }), [tabId]);
  // The whole list, asked for once the first screen is up; until then the first rows stand in for it.
  const [all, setAll] = useState<ResponseOf<'status/triage'> | null>(null);
  const needsAll = first.state === 'ready' && first.value.total > first.value.rows.length;
  useEffect(() => {
    if (!needsAll) return;
    let live = true;
    void request('status/triage', {}).then((answer) => live && setAll(answer));
    return () => {
      live = false;
    };
  }, [needsAll, request]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(focusClientId ?? null);
  const [jump, setJump] = useState<{ group: TriageGroup; at: number } | null>(null);

  const rows = all?.ok ? all.rows : first.state === 'ready' ? first.value.rows : [];
  const shown = useMemo(() => searchRows(rows, query), [rows, query]);

  if (first.state === 'loading')
    return (
      <div className="popup" aria-busy="true">
        Loading…
      </div>
    );
  if (first.state === 'error')
    return (
      <div className="popup" role="alert">
        Could not load account status: {first.error}
      </div>
    );

  const { overdueCount, corrupt, activeThread, counts, total } = first.value;
  return (
    <div className="popup">
      <header className="popup__header">
        <h1>Bridgekeeper</h1>
        <span data-testid="overdue-count" className={overdueCount ? 'overdue' : 'muted'}>
          {overdueCount} overdue
        </span>
        <button type="button" onClick={openOptions}>
          Manage
        </button>
      </header>
      {corrupt.length ? (
        <p className="banner banner--warn" role="alert">
          {corrupt.length === 1 ? '1 stored record' : `${corrupt.length} stored records`} could not be read. Open Manage to see which.
        </p>
      ) : null}
      {activeThread && threadPanel ? threadPanel(activeThread) : null}
      {open ? (
        <ClientDetail request={request} clientId={open} focused={open === focusClientId} onBack={() => setOpen(null)} />
      ) : total === 0 ? (
        <div className="empty" data-testid="popup-empty">
          <p>No clients tracked yet.</p>
          <p>
            <a
              href="#"
              onClick={(event) => {
                event.preventDefault();
                openOptions();
              }}
            >
              Add your first client in the options page
            </a>{' '}
            — or load the sample data there to look around.
          </p>
        </div>
      ) : (
        <>
          <TriageCountsBar
            counts={counts}
            onJump={(group) => {
              setQuery('');
              setJump({ group, at: Date.now() });
            }}
          />
          <input
            type="search"
            placeholder={`Search ${total.toLocaleString()} clients`}
            aria-label="Search clients"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {shown.length === 0 ? <p className="empty">No client matches “{query}”.</p> : null}
          <TriageList rows={shown} counts={query.trim() ? null : counts} onOpen={setOpen} jumpTo={jump} />
        </>
      )}
    </div>
  );
}

/** One client, opened from the list: its card (health, overdue, next deadline, signals) and timeline. */
function ClientDetail({ request, clientId, focused, onBack }: { request: Messenger; clientId: string; focused: boolean; onBack(): void }) {
  const [status] = useRemote(() => request('status/client', { clientId }), [clientId]);
  const [showTimeline, setShowTimeline] = useState(false);
  const [timeline] = useRemote<{ ok: true; events: TimelineEvent[] }>(
    () => (showTimeline ? request('timeline/get', { clientId }) : Promise.resolve({ ok: true as const, events: [] })),
    [clientId, showTimeline],
  );
  return (
    <section data-testid="client-detail">
      <button type="button" className="link" data-testid="back-to-triage" onClick={onBack}>
        ← All clients
      </button>
      {status.state === 'loading' ? <p aria-busy="true">…</p> : null}
      {status.state === 'error' ? <p role="alert">{status.error}</p> : null}
      {status.state === 'ready' ? (
        <ClientCard status={status.value.status} focused={focused} expanded={showTimeline} onToggle={() => setShowTimeline(!showTimeline)}>
          {timeline.state === 'ready' ? <ClientTimeline events={timeline.value.events} today={status.value.today} /> : <p aria-busy="true">…</p>}
        </ClientCard>
      ) : null}
    </section>
  );
}
