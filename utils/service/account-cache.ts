import type { Client, Commitment, Contact, Settings } from '../model';
import type { AccountStore, CorruptRecord } from '../store';
import { buildMatchIndex, type MatchIndex } from '../match';
import { groupByClient } from './status';

export interface AccountSnapshot {
  clients: Client[];
  contacts: Contact[];
  commitments: Commitment[];
  corrupt: CorruptRecord[];
  settings: Settings;
  clientsById: Map<string, Client>;
  contactsByClient: Map<string, Contact[]>;
  commitmentsByClient: Map<string, Commitment[]>;
  index: MatchIndex;
}

/**
 * Account data and its match index, read once and kept until a write
 * invalidates it: a thread report must not re-read every client.
 */
export function createAccountCache(store: AccountStore) {
  let current: Promise<AccountSnapshot> | null = null;
  const load = async (): Promise<AccountSnapshot> => {
    const [data, { settings, corrupt: corruptSettings }] = await Promise.all([store.loadAccounts(), store.getSettings()]);
    let index: MatchIndex | undefined;
    return {
      ...data,
      corrupt: corruptSettings ? [...data.corrupt, corruptSettings] : data.corrupt,
      settings,
      clientsById: new Map(data.clients.map((c) => [c.id, c])),
      contactsByClient: groupByClient(data.contacts),
      commitmentsByClient: groupByClient(data.commitments),
      // Built on first use: only matching a thread needs it, not the popup's status or the alert check.
      get index() {
        index ??= buildMatchIndex(data.clients, data.contacts);
        return index;
      },
    };
  };
  return {
    get(): Promise<AccountSnapshot> {
      current ??= load().catch((error: unknown) => {
        current = null;
        throw error;
      });
      return current;
    },
    invalidate(): void {
      current = null;
    },
  };
}
export type AccountCache = ReturnType<typeof createAccountCache>;
