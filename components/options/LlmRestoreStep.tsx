import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { RestoreMode } from '../../utils/backup';
import { llmSettingChanges, type LlmSettingChange } from '../../utils/llm';
import type { Messenger } from '../../utils/messaging';
import { LlmSettingsSchema, type LlmSettings } from '../../utils/model';

export type LlmRestoreChoice = 'keep' | 'use-backup';

/**
 * The backup's LLM settings and its clients' names, read from the file's
 * text. Only `replace` can bring settings in (a merge keeps the settings
 * here), so the file is read only then.
 */
function backupLlm(text: string): { llm: LlmSettings; names: Map<string, string> } | null {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return null;
  }
  const data = (json as { data?: { settings?: { llm?: unknown }; clients?: unknown } } | null)?.data;
  const llm = LlmSettingsSchema.safeParse(data?.settings?.llm ?? {});
  if (!llm.success) return null;
  const names = new Map<string, string>();
  if (Array.isArray(data?.clients)) {
    for (const client of data.clients as Array<{ id?: unknown; name?: unknown }>) {
      if (typeof client?.id === 'string' && typeof client.name === 'string') names.set(client.id, client.name);
    }
  }
  return { llm: llm.data, names };
}

interface Pending {
  changes: LlmSettingChange[];
  backup: LlmSettings;
  resolve(choice: LlmRestoreChoice | null): void;
}

/**
 * The second step of a restore: when the backup would change where
 * suggestion requests go, for whom, or what is masked, the user sees each
 * change (the new endpoint first) and chooses; keeping the current settings
 * is the default. Choosing the backup's endpoint asks the browser for access
 * to it inside that click, as saving LLM settings does.
 */
export function useLlmRestoreStep({ request, requestOrigin }: { request: Messenger; requestOrigin(baseUrl: string): Promise<boolean> }): {
  step: ReactNode;
  /** Resolves with the choice, `keep` at once when nothing would change, or null when the user cancels. */
  confirm(text: string, mode: RestoreMode): Promise<LlmRestoreChoice | null>;
} {
  const [pending, setPending] = useState<Pending | null>(null);

  async function confirm(text: string, mode: RestoreMode): Promise<LlmRestoreChoice | null> {
    if (mode !== 'replace') return 'keep';
    const incoming = backupLlm(text);
    // A file whose settings do not read is refused by the restore itself; nothing to ask.
    if (!incoming) return 'keep';
    const current = await request('settings/get', {});
    if (!current.ok) throw new Error(current.error);
    const changes = llmSettingChanges(current.settings.llm, incoming.llm, (id) => incoming.names.get(id) ?? id);
    if (!changes.length) return 'keep';
    return new Promise((resolve) =>
      setPending({
        changes,
        backup: incoming.llm,
        resolve: (choice) => {
          setPending(null);
          resolve(choice);
        },
      }),
    );
  }

  return { step: pending ? <LlmRestoreStep pending={pending} requestOrigin={requestOrigin} /> : null, confirm };
}

function LlmRestoreStep({ pending, requestOrigin }: { pending: Pending; requestOrigin(baseUrl: string): Promise<boolean> }) {
  const id = useId();
  const [choice, setChoice] = useState<LlmRestoreChoice>('keep');
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const endpoint = pending.backup.baseUrl;
  const endpointChanges = pending.changes.some((c) => c.backup === endpoint);

  async function go() {
    setError(null);
    if (choice === 'use-backup' && pending.backup.enabled && !(await requestOrigin(endpoint))) {
      setError(`The browser did not allow Bridgekeeper to reach ${new URL(endpoint).origin}. Keep your current LLM settings, or cancel.`);
      return;
    }
    pending.resolve(choice);
  }

  return (
    <section className="editor banner banner--warn" role="dialog" aria-labelledby={`${id}-title`} data-testid="llm-restore-step">
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        This backup has other LLM settings
      </h2>
      <p>
        Restoring it could change where suggestion requests and your API key are sent, for which clients, and what is masked first.
        {endpointChanges ? (
          <>
            {' '}
            The backup sends them to <strong data-testid="llm-restore-endpoint">{endpoint}</strong>.
          </>
        ) : null}
      </p>
      <table className="bk-llm-changes">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Now</th>
            <th scope="col">In the backup</th>
          </tr>
        </thead>
        <tbody>
          {pending.changes.map((change) => (
            <tr key={change.setting} data-testid="llm-restore-change">
              <th scope="row">{change.setting}</th>
              <td>{change.now}</td>
              <td>{change.backup}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset>
        <legend>LLM settings after the restore</legend>
        <div className="checkbox">
          <input
            id={`${id}-keep`}
            type="radio"
            name={`${id}-llm`}
            checked={choice === 'keep'}
            onChange={() => setChoice('keep')}
            data-testid="llm-restore-keep"
          />
          <label htmlFor={`${id}-keep`}>Keep my current LLM settings (everything else comes from the backup)</label>
        </div>
        <div className="checkbox">
          <input
            id={`${id}-use`}
            type="radio"
            name={`${id}-llm`}
            checked={choice === 'use-backup'}
            onChange={() => setChoice('use-backup')}
            data-testid="llm-restore-use-backup"
          />
          <label htmlFor={`${id}-use`}>Use the backup’s LLM settings, listed above</label>
        </div>
      </fieldset>
      {error ? (
        <p className="form-error" role="alert" data-testid="llm-restore-error">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void go()} data-testid="llm-restore-continue">
          Restore
        </button>
        <button type="button" onClick={() => pending.resolve(null)} data-testid="llm-restore-cancel">
          Cancel
        </button>
      </div>
    </section>
  );
}
