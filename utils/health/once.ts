import type { HealthView, SignalView } from '../messaging/views';

export interface FactsOnce {
  /** Health reasons not already said by a commitment line shown next to them. */
  reasons: string[];
  /** Shown commitments that count against health, with the reasons they count for (a tooltip, not a second line). */
  flagged: ReadonlyMap<string, string[]>;
  /** Signals that neither counted towards health nor restate a shown commitment's line. */
  signals: SignalView[];
}

/** Signal kinds whose whole fact is in the commitment's own line ("12 days overdue", "unsigned since …"). */
const SAID_BY_COMMITMENT = new Set(['overdue', 'agreement-waiting']);

/**
 * Each fact once, where it belongs: a fact about a shown commitment on that
 * commitment's line, a fact that counts towards health among the reasons, and
 * only what is left among the signals.
 */
export function factsOnce(health: HealthView | undefined, shownCommitmentIds: Iterable<string>, signals: readonly SignalView[]): FactsOnce {
  const shownIds = new Set(shownCommitmentIds);
  const basis = health?.basis ?? [];
  const flagged = new Map<string, string[]>();
  const reasons: string[] = [];
  for (const item of basis) {
    if (item.commitmentId && shownIds.has(item.commitmentId)) flagged.set(item.commitmentId, [...(flagged.get(item.commitmentId) ?? []), item.message]);
    else if (!reasons.includes(item.message)) reasons.push(item.message);
  }
  // A health view built without its basis still says every reason once.
  if (!basis.length) for (const r of health?.reasons ?? []) if (!reasons.includes(r)) reasons.push(r);
  const counted = new Set(basis.map((b) => b.signalId).filter(Boolean));
  const left = signals.filter(
    (s) => !counted.has(s.id) && !(SAID_BY_COMMITMENT.has(s.kind) && s.subjectId && shownIds.has(s.subjectId)) && !reasons.includes(s.message),
  );
  return { reasons, flagged, signals: left };
}
