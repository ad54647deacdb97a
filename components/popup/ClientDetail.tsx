import { useState } from 'react';
import type { Messenger, TimelineEvent } from '../../utils/messaging';
import { useRemote } from '../hooks/useRemote';
import { ClientCard } from './ClientCard';
import { ClientTimeline } from './ClientTimeline';

interface ClientDetailProps {
  request: Messenger;
  clientId: string;
  focused: boolean;
  onBack(): void;
}

/** One client, opened from the list: its card (health, overdue, next deadline, signals) and timeline. */
export function ClientDetail({ request, clientId, focused, onBack }: ClientDetailProps) {
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
