import 'fake-indexeddb/auto';
import { createService, type ServiceDeps, type TabThread } from '../../utils/service';
import { AccountStore, openBridgekeeperDb } from '../../utils/store';

let opened = 0;

/**
 * The background's service in Node, as the extension runs it: a fresh
 * IndexedDB (fake-indexeddb), tabs in a Map, no LLM key or granted origin,
 * a fixed clock and zone.
 */
export async function nodeService(options: { now: Date; timeZone: string }) {
  const store = new AccountStore(await openBridgekeeperDb({ name: `bk-inspect-${process.pid}-${(opened += 1)}` }));
  const tabs = new Map<number, TabThread>();
  const deps: ServiceDeps = {
    store,
    secrets: { getApiKey: async () => null, setApiKey: async () => undefined },
    tabs: { remember: async (t, v) => void tabs.set(t, v), forget: async (t) => void tabs.delete(t), recall: async (t) => tabs.get(t) ?? null },
    permissions: { contains: async () => false },
    now: () => options.now,
    timeZone: () => options.timeZone,
    accountsChanged: () => undefined,
    openOptions: async () => undefined,
  };
  return { store, deps, service: createService(deps) };
}
