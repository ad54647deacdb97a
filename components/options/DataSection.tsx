import { useState } from 'react';
import type { Messenger } from '../../utils/messaging';
import { fetchBackupParts, restoreBackupInParts } from '../../utils/backup';
import { ImportExportPanel } from '../import/ImportExportPanel';
import { useLlmRestoreStep } from './LlmRestoreStep';

/** Import & export, and the demo's sample data (marked, removable in one click). */
export function DataSection({ request, reload, requestOrigin }: { request: Messenger; reload(): void; requestOrigin(baseUrl: string): Promise<boolean> }) {
  const [sampleStatus, setSampleStatus] = useState<string | null>(null);
  // Removing is asked twice: a click next to "Load sample data" must not wipe anything by itself.
  const [confirmRemove, setConfirmRemove] = useState(false);
  const llmStep = useLlmRestoreStep({ request, requestOrigin });
  const sample = async (type: 'sample/load' | 'sample/remove') => {
    const result = await request(type, {});
    if (!result.ok) return setSampleStatus(result.error);
    setSampleStatus('added' in result ? `Sample data loaded (${result.added} records).` : `Sample data removed (${result.removed} records).`);
    reload();
  };
  const orThrow = <T,>(result: ({ ok: true } & T) | { ok: false; error: string }): T => {
    if (!result.ok) throw new Error(result.error);
    return result;
  };
  return (
    <>
      {llmStep.step}
      <ImportExportPanel
        now={() => new Date()}
        exportBackup={async (onProgress) => {
          const fetched = await fetchBackupParts(request, onProgress);
          if (!fetched.ok) throw new Error(fetched.error);
          return fetched.value;
        }}
        restoreBackup={async (text, mode, onProgress) => {
          // The LLM endpoint, switches and redaction change only if the user saw the backup's and chose them.
          const llm = await llmStep.confirm(text, mode);
          if (!llm) return { ok: false, error: 'Restore cancelled: nothing was changed.' };
          const result = await restoreBackupInParts(request, text, { mode, llm }, onProgress);
          if (result.ok) reload();
          return result;
        }}
        commitImport={async (data) => {
          const result = await request('import/commit', { clients: data.clients, contacts: data.contacts });
          if (result.ok) reload();
          return result;
        }}
        loadAccounts={async () => {
          const accounts = orThrow(await request('accounts/load', {}));
          return { clients: accounts.clients, contacts: accounts.contacts };
        }}
      />
      <section className="editor" aria-label="Sample data">
        <h2>Sample data</h2>
        <p className="muted">
          Clients and people from the demo pages, marked “sample”, so you can look around without an account. Removing them leaves your own records untouched.
        </p>
        <div className="actions">
          <button type="button" onClick={() => void sample('sample/load')} data-testid="sample-load">
            Load sample data
          </button>
          <button type="button" className="danger" onClick={() => setConfirmRemove(true)} data-testid="sample-remove" aria-expanded={confirmRemove}>
            Remove sample data
          </button>
          {confirmRemove ? (
            <span role="alertdialog" aria-label="Remove sample data?" data-testid="sample-remove-confirm">
              Remove every record marked “sample” (clients, their contacts and commitments)? Your own records stay.{' '}
              <button
                type="button"
                className="danger"
                data-testid="sample-remove-yes"
                onClick={() => {
                  setConfirmRemove(false);
                  void sample('sample/remove');
                }}
              >
                Remove
              </button>{' '}
              <button type="button" data-testid="sample-remove-no" onClick={() => setConfirmRemove(false)}>
                Keep them
              </button>
            </span>
          ) : null}
          {sampleStatus ? <span role="status">{sampleStatus}</span> : null}
        </div>
      </section>
    </>
  );
}
