import { useId, useState } from 'react';
import { backupFileName, parseBackup, type BackupCounts, type RestoreMode, type TransferProgress } from '../../utils/backup';
import type { ImportExportPanelProps } from './ImportExportPanel';
import { downloadParts, errorText, readChosenFile } from './file-io';

const COUNT_LABELS = [
  ['clients', 'clients'],
  ['contacts', 'contacts'],
  ['commitments', 'commitments'],
  ['mail', 'mail records'],
  ['dismissals', 'dismissed suggestions'],
] as const;

/**
 * What the summary shows of a chosen file. Only this is kept, not the parsed
 * records: a large book parsed is hundreds of megabytes the page need not hold.
 */
type BackupSummary = { ok: true; exportedAt: string; counts: BackupCounts; warnings: string[] } | { ok: false; error: string };

function summarize(text: string): BackupSummary {
  const parsed = parseBackup(text);
  return parsed.ok ? { ok: true, exportedAt: parsed.backup.exportedAt, counts: parsed.counts, warnings: parsed.warnings } : parsed;
}

function progressText(progress: TransferProgress): string {
  switch (progress.phase) {
    case 'preparing':
      return 'Preparing the backup…';
    case 'receiving':
      return `Receiving part ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`;
    case 'sending':
      return `Sending part ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`;
    case 'writing':
      return 'Checking and writing the records…';
  }
}

/** A backup on its way, in parts: a bar that fills as parts go, and runs without a value while the background works. */
function TransferBar({ progress, label, testId }: { progress: TransferProgress; label: string; testId: string }) {
  const counted = 'total' in progress && progress.total > 0;
  return (
    <span className="bk-import__transfer" data-testid={testId} data-phase={progress.phase}>
      <progress aria-label={label} max={counted ? progress.total : undefined} value={counted ? progress.done : undefined} />
      <span className="muted">{progressText(progress)}</span>
    </span>
  );
}

/** Save everything as one JSON file; restore one after seeing what it holds. Either way the file goes in parts, so any size works. */
export function BackupSection({ exportBackup, restoreBackup, now }: Pick<ImportExportPanelProps, 'exportBackup' | 'restoreBackup' | 'now'>) {
  const id = useId();
  const [exportState, setExportState] = useState<{ ok: boolean; text: string } | null>(null);
  const [exportProgress, setExportProgress] = useState<TransferProgress | null>(null);
  const [chosen, setChosen] = useState<{ fileName: string; text: string; parsed: BackupSummary } | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [busy, setBusy] = useState(false);
  const [restoreProgress, setRestoreProgress] = useState<TransferProgress | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    setExportState(null);
    setExportProgress({ phase: 'preparing' });
    try {
      const fileName = backupFileName(now());
      const parts = await exportBackup(setExportProgress);
      downloadParts(typeof parts === 'string' ? [parts] : parts, fileName, 'application/json');
      setExportState({ ok: true, text: `Saved ${fileName}.` });
    } catch (cause) {
      setExportState({ ok: false, text: `Could not export: ${errorText(cause)}` });
    } finally {
      setExportProgress(null);
    }
  }

  async function choose(file: File | undefined) {
    setChosen(null);
    setOutcome(null);
    if (!file) return;
    try {
      const text = await readChosenFile(file);
      setChosen({ fileName: file.name, text, parsed: summarize(text) });
    } catch (cause) {
      setChosen({ fileName: file.name, text: '', parsed: { ok: false, error: `Could not read the file: ${errorText(cause)}` } });
    }
  }

  async function confirm() {
    if (!chosen?.parsed.ok) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await restoreBackup(chosen.text, mode, setRestoreProgress);
      setOutcome(
        result.ok
          ? { ok: true, text: `Restored: ${COUNT_LABELS.map(([key, label]) => `${result.counts[key]} ${label}`).join(', ')}.` }
          : { ok: false, text: result.error },
      );
    } catch (cause) {
      setOutcome({ ok: false, text: `The restore failed: ${errorText(cause)}` });
    } finally {
      setBusy(false);
      setRestoreProgress(null);
    }
  }

  const parsed = chosen?.parsed;
  return (
    <section className="bk-import__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Backup</h3>
      <p className="muted">
        Everything Bridgekeeper keeps — clients, contacts, commitments, mail signals, settings — in one file. Your API key is never in it.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={exportProgress !== null} data-testid="backup-export">
          Export JSON backup
        </button>
        {exportProgress ? <TransferBar progress={exportProgress} label="Export progress" testId="backup-export-progress" /> : null}
        {exportState ? (
          <span className={exportState.ok ? 'muted' : 'form-error'} role="status">
            {exportState.text}
          </span>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor={`${id}-file`}>Restore from a backup file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event.target.files?.[0])}
          data-testid="backup-restore-file"
        />
      </div>
      {parsed && !parsed.ok ? (
        <p className="form-error" role="alert" data-testid="backup-restore-error">
          {parsed.error}
        </p>
      ) : null}
      {chosen && parsed?.ok ? (
        <div data-testid="backup-restore-summary">
          <p>
            {chosen.fileName}, exported {parsed.exportedAt}, holds:
          </p>
          <ul>
            {COUNT_LABELS.map(([key, label]) => (
              <li key={key}>
                {parsed.counts[key]} {label}
              </li>
            ))}
            <li>settings</li>
          </ul>
          {parsed.warnings.map((warning) => (
            <p className="banner banner--warn" key={warning}>
              {warning}
            </p>
          ))}
          <fieldset>
            <legend>How to restore</legend>
            <div className="checkbox">
              <input
                id={`${id}-merge`}
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
                data-testid="backup-mode-merge"
              />
              <label htmlFor={`${id}-merge`}>
                Merge: keep what is here and add what the backup has; where both have a record, the more recently updated one stays
              </label>
            </div>
            <div className="checkbox">
              <input
                id={`${id}-replace`}
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
                data-testid="backup-mode-replace"
              />
              <label htmlFor={`${id}-replace`}>Replace: delete everything stored here and put the backup, settings included, in its place</label>
            </div>
          </fieldset>
          {mode === 'replace' ? (
            <p className="banner banner--warn">
              Replace deletes the clients, contacts and commitments you have now. Export a backup first if you may want them back.
            </p>
          ) : null}
          <div className="actions">
            <button
              type="button"
              className={mode === 'replace' ? 'primary danger' : 'primary'}
              disabled={busy || outcome?.ok === true}
              onClick={() => void confirm()}
              data-testid="backup-restore-confirm"
            >
              {mode === 'replace' ? 'Replace with this backup' : 'Merge this backup'}
            </button>
            {restoreProgress ? <TransferBar progress={restoreProgress} label="Restore progress" testId="backup-restore-progress" /> : null}
          </div>
        </div>
      ) : null}
      {outcome ? (
        <p className={outcome.ok ? 'bk-import__done' : 'form-error'} role="status" data-testid="backup-restore-done">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
