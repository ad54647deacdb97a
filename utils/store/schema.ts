import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Client, Commitment, Contact, Dismissal, MailRecord } from '../model';
import type { AgendaEntry } from './agenda';

export const DB_NAME = 'bridgekeeper';
/** v1: clients, contacts, commitments. v2: mail records, dismissals, meta (settings, sent alerts). v3: the alert agenda. */
export const DB_VERSION = 3;

/**
 * Values are typed as the model, but every read is parsed again: a record can
 * be corrupted by an older build, a bad import or a hand edit in DevTools.
 */
export interface BridgekeeperDB extends DBSchema {
  clients: { key: string; value: Client; indexes: { byDomain: string } };
  contacts: { key: string; value: Contact; indexes: { byEmail: string; byClient: string } };
  commitments: { key: string; value: Commitment; indexes: { byClient: string; byDue: string } };
  mail: { key: string; value: MailRecord; indexes: { byClient: string; bySentAt: string } };
  dismissals: { key: string; value: Dismissal };
  meta: { key: string; value: unknown };
  alertAgenda: { key: string; value: AgendaEntry; indexes: { byNext: string } };
}

export type BridgekeeperStoreName = StoreNames<BridgekeeperDB>;
export type Db = IDBPDatabase<BridgekeeperDB>;
type UpgradeTx = IDBPTransaction<BridgekeeperDB, BridgekeeperStoreName[], 'versionchange'>;

/**
 * One step per version: step N takes a database at version N to N + 1. Every
 * path from any old version is explicit, and a test opens v1 data with the
 * current code.
 */
const MIGRATIONS: ReadonlyArray<(db: Db, tx: UpgradeTx) => void> = [
  // 0 → 1: the account data.
  (db) => {
    const clients = db.createObjectStore('clients', { keyPath: 'id' });
    clients.createIndex('byDomain', 'domains', { multiEntry: true });
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('byEmail', 'emails', { multiEntry: true });
    contacts.createIndex('byClient', 'clientId');
    const commitments = db.createObjectStore('commitments', { keyPath: 'id' });
    commitments.createIndex('byClient', 'clientId');
    commitments.createIndex('byDue', 'dueAt');
  },
  // 1 → 2: what the mail says (signals), dismissed suggestions, settings and sent alerts.
  (db) => {
    const mail = db.createObjectStore('mail', { keyPath: 'id' });
    mail.createIndex('byClient', 'clientId');
    mail.createIndex('bySentAt', 'sentAt');
    db.createObjectStore('dismissals', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
  // 2 → 3: the alert agenda. It starts empty, with no basis: the first check looks at every client and fills it.
  (db) => {
    db.createObjectStore('alertAgenda', { keyPath: 'clientId' }).createIndex('byNext', 'next');
  },
];

export function upgradeDb(db: Db, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion; version < newVersion; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from database version ${version}`);
    step(db, tx);
  }
}
