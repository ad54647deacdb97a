import type { ClientStatus } from '../../utils/messaging';
import { HealthChip } from '../common/HealthChip';

interface ClientCardProps {
  status: ClientStatus;
  focused: boolean;
  expanded: boolean;
  onToggle(): void;
  children?: React.ReactNode;
}

export function ClientCard({ status, focused, expanded, onToggle, children }: ClientCardProps) {
  const { client, health, overdue, next, signals } = status;
  return (
    <article className="client-card" data-testid="client-card" data-client-id={client.id} data-focused={focused} aria-label={client.name}>
      <header>
        <h3>
          {client.name}
          {client.tier === 'key' ? <span className="tag">key</span> : null}
          {client.sample ? <span className="tag">sample</span> : null}
        </h3>
        <HealthChip health={health} />
      </header>
      {health.reasons.length ? (
        <ul className="reasons" aria-label="Why">
          {health.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {overdue.length ? (
        <ul aria-label="Overdue" data-testid="overdue-list">
          {overdue.map((item) => (
            <li key={item.commitment.id} className="overdue">
              {item.description}
            </li>
          ))}
        </ul>
      ) : null}
      <p data-testid="next-deadline">
        {next ? (
          <>
            Next: <strong>{next.commitment.title}</strong> — {next.description}
          </>
        ) : (
          <span className="muted">No upcoming deadline.</span>
        )}
      </p>
      {signals.length ? (
        <ul className="reasons" aria-label="Signals">
          {signals.map((signal) => (
            <li key={signal.id}>{signal.message}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" aria-expanded={expanded} onClick={onToggle}>
        {expanded ? 'Hide timeline' : 'Timeline'}
      </button>
      {expanded ? children : null}
    </article>
  );
}
