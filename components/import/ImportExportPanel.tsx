import { useId, useState } from 'react';
import { backupFileName, type BackupCounts, type OnTransferProgress, type RestoreMode } from '../../utils/backup';
import { exportCsv, type CommitResult, type ExistingAccounts, type ImportBatch, type ImportProgress } from '../../utils/import';
import { BackupSection } from './BackupSection';
import { CsvImportSection } from './CsvImportSection';
import { VcardImportSection } from './VcardImportSection';
import { downloadText, errorText } from './file-io';
import './ImportExportPanel.css';

/**
 * Everything the panel needs from outside. Files are read and checked here,
 * with the pure parsers; storage is only reached through these calls.
 */
export interface ImportExportPanelProps {
  /** The backup's text, whole or in parts to be joined into the file; `onProgress` as the parts arrive. */
  exportBackup(onProgress?: OnTransferProgress): Promise<string | string[]>;
  restoreBackup(text: string, mode: RestoreMode, onProgress?: OnTransferProgress): Promise<{ ok: true; counts: BackupCounts } | { ok: false; error: string }>;
  commitImport(data: ImportBatch, onProgress?: ImportProgress): Promise<CommitResult>;
  loadAccounts(): Promise<ExistingAccounts>;
  now(): Date;
}

function ExportCsvSection({ loadAccounts, now }: Pick<ImportExportPanelProps, 'loadAccounts' | 'now'>) {
  const id = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    setMessage(null);
    try {
      const accounts = await loadAccounts();
      const fileName = backupFileName(now(), 'contacts');
      downloadText(exportCsv(accounts), fileName, 'text/csv;charset=utf-8');
      setMessage({ ok: true, text: `Saved ${fileName}: ${accounts.clients.length} clients, ${accounts.contacts.length} contacts.` });
    } catch (cause) {
      setMessage({ ok: false, text: `Could not export: ${errorText(cause)}` });
    }
  }

  return (
    <section className="bk-import__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Export CSV</h3>
      <p className="muted">Clients and contacts as a spreadsheet, one row per contact. Commitments and settings are only in the JSON backup.</p>
      <div className="actions">
        <button type="button" onClick={() => void save()} data-testid="export-csv">
          Export CSV
        </button>
        {message ? (
          <span className={message.ok ? 'muted' : 'form-error'} role="status">
            {message.text}
          </span>
        ) : null}
      </div>
    </section>
  );
}

/** The "Import & export" tab: backup and restore, CSV and vCard import, CSV export. */
export function ImportExportPanel(props: ImportExportPanelProps) {
  return (
    <div className="bk-import">
      <BackupSection exportBackup={props.exportBackup} restoreBackup={props.restoreBackup} now={props.now} />
      <CsvImportSection commitImport={props.commitImport} loadAccounts={props.loadAccounts} now={props.now} />
      <VcardImportSection commitImport={props.commitImport} loadAccounts={props.loadAccounts} now={props.now} />
      <ExportCsvSection loadAccounts={props.loadAccounts} now={props.now} />
    </div>
  );
}
