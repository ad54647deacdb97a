import { useState, type ReactNode } from 'react';
import type { LlmSettings, Settings } from '../../utils/model';
import type { Messenger } from '../../utils/messaging';
import type { LlmPreview, LlmPreviewBook } from '../../utils/service/llm-preview';
import { useRemote } from '../hooks/useRemote';
import { ClientsSection, type AccountActions } from './ClientsSection';
import { LlmSection } from './LlmSection';
import { SettingsSection } from './SettingsSection';

type Tab = 'clients' | 'settings' | 'llm' | 'data';

export interface OptionsAppProps {
  request: Messenger;
  /** Asks the browser for access to the LLM origin; must run inside the Save click. */
  requestOrigin(baseUrl: string): Promise<boolean>;
  /** What the background would send for one of these clients with these settings (utils/service/llm-preview). */
  llmPreview(llm: LlmSettings, book: LlmPreviewBook): LlmPreview | null;
  dataSection?: (reload: () => void) => ReactNode;
}

const errorOf = (result: { ok: boolean; error?: string }) => (result.ok ? null : (result.error ?? 'Failed.'));

export function OptionsApp({ request, requestOrigin, llmPreview, dataSection }: OptionsAppProps) {
  const [tab, setTab] = useState<Tab>('clients');
  const [accounts, reloadAccounts] = useRemote(() => request('accounts/load', {}));
  const [settings, reloadSettings] = useRemote(() => request('settings/get', {}));

  const after = (result: Promise<{ ok: boolean; error?: string }>) =>
    result.then((r) => {
      if (r.ok) reloadAccounts();
      return errorOf(r);
    });
  const actions: AccountActions = {
    saveClient: (client) => after(request('client/save', { client })),
    deleteClient: (id) => after(request('client/delete', { id })),
    saveContact: (contact) => after(request('contact/save', { contact })),
    deleteContact: (id) => after(request('contact/delete', { id })),
    saveCommitment: (commitment) => after(request('commitment/save', { commitment })),
    deleteCommitment: (id) => after(request('commitment/delete', { id })),
  };

  async function saveSettings(next: Settings) {
    const result = await request('settings/save', { settings: next });
    if (result.ok) reloadSettings();
    return errorOf(result);
  }

  async function saveLlm(llm: LlmSettings, apiKey: string | null | undefined, current: Settings) {
    if (llm.enabled && !(await requestOrigin(llm.baseUrl))) {
      return `Bridgekeeper needs your permission to reach ${new URL(llm.baseUrl).origin}. Nothing was saved.`;
    }
    if (apiKey !== undefined) {
      const keyResult = await request('llm/key/set', { apiKey });
      if (!keyResult.ok) return keyResult.error;
    }
    return saveSettings({ ...current, llm });
  }

  const tabs: Array<[Tab, string]> = [
    ['clients', 'Clients'],
    ['settings', 'Settings'],
    ['llm', 'LLM'],
    ['data', 'Import & export'],
  ];

  let body: ReactNode;
  if (accounts.state === 'loading' || settings.state === 'loading') body = <p aria-busy="true">Loading…</p>;
  else if (accounts.state === 'error') body = <p role="alert">Could not load your clients: {accounts.error}</p>;
  else if (settings.state === 'error') body = <p role="alert">Could not load settings: {settings.error}</p>;
  else {
    const { settings: current, hasApiKey } = settings.value;
    body = (
      <>
        {accounts.value.corrupt.length ? (
          <div className="banner banner--warn" role="alert" data-testid="corrupt-records">
            {accounts.value.corrupt.length === 1 ? '1 stored record' : `${accounts.value.corrupt.length} stored records`} could not be read and are not shown:
            <ul>
              {accounts.value.corrupt.map((c) => (
                <li key={`${c.store}:${c.key}`}>
                  {c.store} “{c.key}”: {c.error}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {tab === 'clients' && <ClientsSection accounts={accounts.value} actions={actions} />}
        {tab === 'settings' && <SettingsSection settings={current} onSave={saveSettings} />}
        {tab === 'llm' && (
          <LlmSection
            llm={current.llm}
            hasApiKey={hasApiKey}
            clients={accounts.value.clients}
            preview={(llm) => llmPreview(llm, accounts.value)}
            onSave={(llm, apiKey) => saveLlm(llm, apiKey, current)}
          />
        )}
        {tab === 'data' && dataSection?.(reloadAccounts)}
      </>
    );
  }

  return (
    <div className="options">
      <header className="options__header">
        <h1>Bridgekeeper</h1>
        <nav role="tablist" aria-label="Sections">
          {tabs.map(([id, label]) => (
            <button key={id} role="tab" type="button" aria-selected={tab === id} onClick={() => setTab(id)}>
              {label}
            </button>
          ))}
        </nav>
      </header>
      <main>{body}</main>
    </div>
  );
}
