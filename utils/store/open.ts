import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgradeDb, type BridgekeeperDB, type Db } from './schema';

export interface OpenOptions {
  name?: string;
  /** Only for tests of the migration path. */
  version?: number;
}

export function openBridgekeeperDb(options: OpenOptions = {}): Promise<Db> {
  return openDB<BridgekeeperDB>(options.name ?? DB_NAME, options.version ?? DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgradeDb(db, oldVersion, newVersion ?? DB_VERSION, tx);
    },
    blocking(_current, _blocked, event) {
      // Another context wants a newer version: let it, and reopen on next use.
      (event.target as IDBDatabase | null)?.close();
    },
  });
}
