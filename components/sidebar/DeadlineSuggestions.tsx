import { shortDate } from '../../utils/health';
import type { DeadlineSuggestion } from '../../utils/messaging';
import { COMMITMENT_KIND_LABELS } from '../../utils/model';
import { onlyTrusted } from '../../utils/page/trusted-event';

export interface DeadlineSuggestionsProps {
  suggestions: readonly DeadlineSuggestion[];
  onConfirm(suggestion: DeadlineSuggestion): void;
  onDismiss(suggestion: DeadlineSuggestion): void;
}

/**
 * Dates the thread named that are not tracked yet, each with its quote: track
 * it as a commitment, or dismiss it for good. Both write, so both answer the
 * user's own click only.
 */
export function DeadlineSuggestions({ suggestions, onConfirm, onDismiss }: DeadlineSuggestionsProps) {
  const untracked = suggestions.filter((s) => !s.tracked);
  if (!untracked.length) return null;
  const upcoming = untracked.filter((s) => !s.past);
  // Dates that had passed are not offered as new deadlines (the background refuses them too): folded away, dismissable.
  const past = untracked.filter((s) => s.past);
  const card = (s: DeadlineSuggestion) => (
    <li key={s.id} className="bk-deadline" data-testid="deadline-suggestion" data-kind={s.kind} data-due={s.due} data-past={s.past}>
      <strong>{s.title}</strong> — {kindsOf(s)}, {s.past ? 'was due' : 'due'} {dayOf(s.due)}
      <blockquote>“{s.quote}”</blockquote>
      {s.past ? null : (
        <>
          <button type="button" onClick={onlyTrusted(() => onConfirm(s))} data-testid="deadline-confirm">
            Track it
          </button>{' '}
        </>
      )}
      <button type="button" onClick={onlyTrusted(() => onDismiss(s))} data-testid="deadline-dismiss">
        Dismiss
      </button>
    </li>
  );
  return (
    <section aria-label="Deadlines found in this thread" data-testid="deadline-suggestions">
      <h3>Deadlines in this thread</h3>
      {upcoming.length ? <ul className="bk-small">{upcoming.map(card)}</ul> : null}
      {past.length ? (
        <details className="bk-past bk-small" data-testid="deadline-past">
          <summary>{past.length === 1 ? '1 date in this thread has passed' : `${past.length} dates in this thread have passed`}</summary>
          <ul>{past.map(card)}</ul>
        </details>
      ) : null}
    </section>
  );
}

/** "service hold (and agreement)": what the sentence ties to the date. */
function kindsOf(s: DeadlineSuggestion): string {
  const label = (kind: DeadlineSuggestion['kind']) => (kind === 'other' ? 'deadline' : COMMITMENT_KIND_LABELS[kind].toLowerCase());
  return s.also.length ? `${label(s.kind)} (and ${s.also.map(label).join(', ')})` : label(s.kind);
}

/** "15 May 2026": the day itself, past or not. */
function dayOf(due: string): string {
  return `${shortDate(due, due)} ${due.slice(0, 4)}`;
}
