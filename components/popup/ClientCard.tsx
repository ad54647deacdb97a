import { factsOnce } from '../../utils/health';
import type { ClientStatus } from '../../utils/messaging';
import { formatMoney } from '../../utils/money';
import { HealthChip } from '../common/HealthChip';

interface ClientCardProps {
  status: ClientStatus;
  focused: boolean;
  expanded: boolean;
  onToggle(): void;
  children?: React.ReactNode;
  /** The browser's language, for amounts ("$240,000", "240.000 $"). */
  locale?: string;
}

export function ClientCard({ status, focused, expanded, onToggle, children, locale = navigator.language }: ClientCardProps) {
  const { client, health, overdue, next, signals } = status;
  // Each fact once: on its commitment's line when that line is shown, else among the reasons; signals only for what is left.
  const facts = factsOnce(
    health,
    [...overdue, ...(next ? [next] : [])].map((c) => c.commitment.id),
    signals,
  );
  const countsFor = (id: string) => facts.flagged.get(id)?.join(' ');
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
      {client.annualValue ? (
        <p className="muted" data-testid="annual-value">
          {formatMoney(client.annualValue, locale)} a year
        </p>
      ) : null}
      {facts.reasons.length ? (
        <ul className="reasons" aria-label="Why" data-testid="health-reasons">
          {facts.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {overdue.length ? (
        <ul aria-label="Overdue" data-testid="overdue-list">
          {overdue.map((item) => (
            <li key={item.commitment.id} className="overdue" title={countsFor(item.commitment.id)}>
              {item.description}
            </li>
          ))}
        </ul>
      ) : null}
      <p
        data-testid="next-deadline"
        className={next && countsFor(next.commitment.id) ? 'counts' : undefined}
        title={next ? countsFor(next.commitment.id) : undefined}
      >
        {next ? <>Next: {next.description}</> : <span className="muted">No upcoming deadline.</span>}
      </p>
      {facts.signals.length ? (
        <ul className="reasons" aria-label="Signals" data-testid="client-signals">
          {facts.signals.map((signal) => (
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
