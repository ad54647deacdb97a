import { factsOnce } from '../../utils/health';
import type { HealthView, SignalView, ThreadCommitmentView } from '../../utils/messaging';

interface ClientFactsProps {
  health: HealthView | undefined;
  commitments: readonly ThreadCommitmentView[];
  signals: readonly SignalView[];
}

/**
 * Why the client has its health, its open commitments and what else the
 * relationship says, each fact once: a fact about a commitment on that
 * commitment's line, one that counts towards health among the reasons.
 */
export function ClientFacts({ health, commitments, signals }: ClientFactsProps) {
  const facts = factsOnce(
    health,
    commitments.map((c) => c.id),
    signals,
  );
  return (
    <>
      {facts.reasons.length ? (
        <ul className="bk-small bk-reasons" aria-label="Why" data-testid="health-reasons">
          {facts.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <section aria-label="Open commitments">
        <h3>Open commitments</h3>
        {commitments.length ? (
          <ul className="bk-small" data-testid="sidebar-commitments">
            {commitments.map((c) => {
              const counts = facts.flagged.get(c.id);
              return (
                <li
                  key={c.id}
                  className={c.overdue ? 'bk-overdue' : counts ? 'bk-counts' : undefined}
                  data-counts={counts ? 'true' : undefined}
                  title={counts?.join(' ')}
                >
                  {c.description}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="bk-muted bk-small">None tracked.</p>
        )}
      </section>
      {facts.signals.length ? (
        <section aria-label="Signals">
          <h3>Also</h3>
          <ul className="bk-small" data-testid="sidebar-signals">
            {facts.signals.map((s) => (
              <li key={s.id} className={`bk-signal bk-signal--${s.severity}`}>
                {s.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
