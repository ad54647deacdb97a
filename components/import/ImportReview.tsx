import { useId, useState } from 'react';
import type { CommitResult, ImportIssue, ImportPlan, ImportProgress } from '../../utils/import';
import { errorText } from './file-io';

/** Above this many rows a write takes long enough to deserve a progress bar. */
const PROGRESS_FROM_ROWS = 300;
const LISTED_ISSUES = 100;

interface ImportReviewProps {
  plan: ImportPlan;
  /** `import` for CSV, `import-vcard` for vCard: prefixes the data-testids. */
  testIdPrefix: string;
  commit(plan: Pick<ImportPlan, 'clients' | 'contacts'>, onProgress: ImportProgress): Promise<CommitResult>;
  onCommitted(): void;
}

function IssueList({ issues, label }: { issues: readonly ImportIssue[]; label: string }) {
  return (
    <ul aria-label={label}>
      {issues.slice(0, LISTED_ISSUES).map((issue, index) => (
        <li key={`${issue.line}:${issue.field}:${index}`}>
          line {issue.line}, {issue.field}: {issue.message}
        </li>
      ))}
      {issues.length > LISTED_ISSUES ? <li>…and {issues.length - LISTED_ISSUES} more</li> : null}
    </ul>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What an import would do, its row errors, and the one button that writes
 * it. With errors the button stays off until the user chooses to leave
 * those rows out.
 */
export function ImportReview({ plan, testIdPrefix, commit, onCommitted }: ImportReviewProps) {
  const skipId = useId();
  const [skipErrors, setSkipErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const { stats, errors, warnings } = plan;
  const toWrite = plan.clients.length + plan.contacts.length;
  const blocked = errors.length > 0 && !skipErrors;

  async function confirm() {
    setBusy(true);
    setOutcome(null);
    setProgress(null);
    try {
      const result = await commit({ clients: plan.clients, contacts: plan.contacts }, (done, total) => setProgress({ done, total }));
      if (result.ok) {
        setOutcome({ ok: true, text: `Imported ${plural(result.counts.clients, 'client')} and ${plural(result.counts.contacts, 'contact')}.` });
        onCommitted();
      } else setOutcome({ ok: false, text: result.error });
    } catch (error) {
      setOutcome({ ok: false, text: `Nothing was imported: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bk-import__review">
      <p data-testid={`${testIdPrefix}-summary`}>
        {plural(stats.rows, 'row')} read: {stats.importedRows} ready, {stats.rowsWithErrors} with errors. This would create{' '}
        {plural(stats.clientsCreated, 'client')} and {plural(stats.contactsCreated, 'contact')}, and update {plural(stats.clientsUpdated, 'client')} and{' '}
        {plural(stats.contactsUpdated, 'contact')}.
      </p>
      {errors.length > 0 ? (
        <div className="bk-import__errors" data-testid={`${testIdPrefix}-errors`} role="alert">
          <strong>{plural(errors.length, 'problem')} — these rows will not be imported:</strong>
          <IssueList issues={errors} label="Rows with errors" />
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <details className="bk-import__warnings">
          <summary>{plural(warnings.length, 'note')} on how rows were matched</summary>
          <IssueList issues={warnings} label="Notes" />
        </details>
      ) : null}
      {errors.length > 0 ? (
        <div className="checkbox">
          <input
            id={skipId}
            type="checkbox"
            checked={skipErrors}
            onChange={(event) => setSkipErrors(event.target.checked)}
            data-testid={`${testIdPrefix}-skip-errors`}
          />
          <label htmlFor={skipId}>Skip the rows with errors and import the {stats.importedRows} valid ones</label>
        </div>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || blocked || toWrite === 0 || outcome?.ok === true}
          onClick={() => void confirm()}
          data-testid={`${testIdPrefix}-confirm`}
        >
          {toWrite === 0 ? 'Nothing new to import' : `Import ${plural(plan.clients.length, 'client')} and ${plural(plan.contacts.length, 'contact')}`}
        </button>
        {busy && stats.rows > PROGRESS_FROM_ROWS ? (
          <progress
            aria-label="Import progress"
            max={progress?.total ?? undefined}
            value={progress?.done ?? undefined}
            data-testid={`${testIdPrefix}-progress`}
          />
        ) : null}
      </div>
      {outcome ? (
        <p className={outcome.ok ? 'bk-import__done' : 'form-error'} role="status" data-testid={`${testIdPrefix}-done`}>
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}
