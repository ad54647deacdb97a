import { useMemo, useState } from 'react';
import type { Messenger, ThreadView, TimelineEvent } from '../../utils/messaging';
import { useRemote } from '../hooks/useRemote';
import { ClientCard } from './ClientCard';
import { ClientTimeline } from './ClientTimeline';

export interface PopupAppProps {
  request: Messenger;
  tabId?: number;
  /** A client an alert asked to show first. */
  focusClientId?: string;
  openOptions(): void;
  /** Renders the active mail thread's situations, when the popup opens on a Gmail/Outlook tab. */
  threadPanel?: (view: ThreadView) => React.ReactNode;
}

export function PopupApp({ request, tabId, focusClientId, openOptions, threadPanel }: PopupAppProps) {
  const [status] = useRemote(() => request('status/get', tabId === undefined ? {} : { tabId }), [tabId]);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string | null>(focusClientId ?? null);
  const [timeline] = useRemote<{ ok: true; events: TimelineEvent[] }>(
    () => (expanded ? request('timeline/get', { clientId: expanded }) : Promise.resolve({ ok: true as const, events: [] })),
    [expanded],
  );

  const clients = useMemo(() => {
    if (status.state !== 'ready') return [];
    const needle = query.trim().toLowerCase();
    const all = status.value.clients.filter(
      (c) =>
        !needle ||
        c.client.name.toLowerCase().includes(needle) ||
        c.client.domains.some((d) => d.includes(needle)),
    );
    // The client an alert points at comes first.
    return focusClientId ? [...all.filter((c) => c.client.id === focusClientId), ...all.filter((c) => c.client.id !== focusClientId)] : all;
  }, [status, query, focusClientId]);

  if (status.state === 'loading') return <div className="popup" aria-busy="true">Loading…</div>;
  if (status.state === 'error')
    return (
      <div className="popup" role="alert">
        Could not load account status: {status.error}
      </div>
    );

  const { overdueCount, corrupt, activeThread, today } = status.value;
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
      {status.value.clients.length === 0 ? (
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
          <input type="search" placeholder="Search clients" aria-label="Search clients" value={query} onChange={(e) => setQuery(e.target.value)} />
          {clients.length === 0 ? <p className="empty">No client matches “{query}”.</p> : null}
          {clients.map((c) => (
            <ClientCard
              key={c.client.id}
              status={c}
              focused={c.client.id === focusClientId}
              expanded={expanded === c.client.id}
              onToggle={() => setExpanded(expanded === c.client.id ? null : c.client.id)}
            >
              {timeline.state === 'ready' ? <ClientTimeline events={timeline.value.events} today={today} /> : <p aria-busy="true">…</p>}
            </ClientCard>
          ))}
        </>
      )}
    </div>
  );
}
