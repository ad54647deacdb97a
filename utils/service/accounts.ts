import { fail, type Handlers } from '../messaging';
import type { ServiceDeps } from './deps';

type AccountHandlers = Pick<
  Handlers,
  | 'accounts/load'
  | 'client/save'
  | 'client/delete'
  | 'contact/save'
  | 'contact/delete'
  | 'commitment/save'
  | 'commitment/delete'
  | 'settings/get'
  | 'settings/save'
  | 'llm/key/set'
>;

/** Create, read, update and delete of account data and settings: the options page's side. */
export function accountHandlers(deps: ServiceDeps): AccountHandlers {
  const { store } = deps;
  const changed = <T extends { ok: boolean }>(result: T): T => {
    if (result.ok) deps.accountsChanged();
    return result;
  };
  return {
    'accounts/load': async () => {
      const data = await store.loadAccounts();
      return { ok: true, ...data };
    },
    'client/save': async ({ client }) => {
      const result = await store.putClient(client);
      return changed(result.ok ? { ok: true, client: result.value } : fail(result.error));
    },
    'client/delete': async ({ id }) => {
      await store.deleteClient(id);
      return changed({ ok: true });
    },
    'contact/save': async ({ contact }) => {
      const result = await store.putContact(contact);
      return changed(result.ok ? { ok: true, contact: result.value } : fail(result.error));
    },
    'contact/delete': async ({ id }) => {
      await store.deleteContact(id);
      return changed({ ok: true });
    },
    'commitment/save': async ({ commitment }) => {
      const result = await store.putCommitment(commitment);
      return changed(result.ok ? { ok: true, commitment: result.value } : fail(result.error));
    },
    'commitment/delete': async ({ id }) => {
      await store.deleteCommitment(id);
      return changed({ ok: true });
    },
    'settings/get': async () => {
      const [{ settings }, key] = await Promise.all([store.getSettings(), deps.secrets.getApiKey()]);
      return { ok: true, settings, hasApiKey: Boolean(key) };
    },
    'settings/save': async ({ settings }) => {
      const result = await store.putSettings(settings);
      return changed(result.ok ? { ok: true, settings: result.value } : fail(result.error));
    },
    'llm/key/set': async ({ apiKey }) => {
      await deps.secrets.setApiKey(apiKey?.trim() ? apiKey.trim() : null);
      return { ok: true };
    },
  };
}
