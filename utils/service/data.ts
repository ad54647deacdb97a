import { exportBackup, parseBackup, restoreBackup, type Backup } from '../backup';
import { commitImport } from '../import';
import { fail, type Handlers } from '../messaging';
import { DEMO_OWN_ADDRESSES, demoData } from '../sample';
import type { ServiceDeps } from './deps';

/**
 * The backup with the LLM settings that are in force now: a restore never
 * changes where suggestions are sent, for which clients or what is masked,
 * unless the user was shown the backup's settings and chose them.
 */
export async function withCurrentLlm(store: ServiceDeps['store'], backup: Backup): Promise<Backup> {
  const { settings } = await store.getSettings();
  return { ...backup, data: { ...backup.data, settings: { ...backup.data.settings, llm: settings.llm } } };
}

type DataHandlers = Pick<Handlers, 'backup/export' | 'backup/restore' | 'import/commit' | 'sample/load' | 'sample/remove'>;

/** Backup, restore, import and the demo's sample data: every write is one transaction, all or nothing. */
export function dataHandlers(deps: ServiceDeps): DataHandlers {
  const { store } = deps;
  return {
    'backup/export': async () => ({ ok: true, text: await exportBackup(store, deps.now()) }),
    'backup/restore': async ({ text, mode, llm }) => {
      const parsed = parseBackup(text);
      if (!parsed.ok) return fail(parsed.error);
      const backup = llm === 'use-backup' ? parsed.backup : await withCurrentLlm(store, parsed.backup);
      const result = await restoreBackup(store, backup, { mode });
      if (!result.ok) return fail(result.error);
      deps.accountsChanged();
      return { ok: true, counts: result.counts, settingsRestored: result.settingsRestored };
    },
    'import/commit': async ({ clients, contacts }) => {
      const result = await commitImport(store, { clients, contacts });
      if (!result.ok) return fail(result.error);
      deps.accountsChanged();
      return { ok: true, counts: result.counts };
    },
    'sample/load': async () => {
      const data = demoData(deps.now(), deps.timeZone());
      const written = await store.putAccounts(data);
      if (!written.ok) return fail(written.error);
      // The demo's own mailboxes: never matched to a client.
      const { settings } = await store.getSettings();
      const own = [...new Set([...settings.ownAddresses, ...DEMO_OWN_ADDRESSES])];
      await store.putSettings({ ...settings, ownAddresses: own });
      deps.accountsChanged();
      return { ok: true, added: data.clients.length + data.contacts.length + data.commitments.length };
    },
    'sample/remove': async () => {
      const removed = await store.removeSampleData();
      const { settings } = await store.getSettings();
      const demo = new Set<string>(DEMO_OWN_ADDRESSES);
      await store.putSettings({ ...settings, ownAddresses: settings.ownAddresses.filter((a) => !demo.has(a)) });
      deps.accountsChanged();
      return { ok: true, removed };
    },
  };
}
