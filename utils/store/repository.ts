import { z } from 'zod';
import {
  ClientSchema,
  CommitmentSchema,
  ContactSchema,
  DismissalSchema,
  MailRecordSchema,
  SettingsSchema,
  defaultSettings,
  describeIssues,
  type Client,
  type Commitment,
  type Contact,
  type Dismissal,
  type MailRecord,
  type Settings,
} from '../model';
import type { BridgekeeperStoreName, Db } from './schema';
import { allOrNothing, messageOf } from './transaction';

/** A stored record that no longer parses: reported to the user, never crashed on. */
export interface CorruptRecord {
  store: BridgekeeperStoreName;
  key: string;
  error: string;
}

export interface Listed<T> {
  items: T[];
  corrupt: CorruptRecord[];
}

export interface AccountData {
  clients: Client[];
  contacts: Contact[];
  commitments: Commitment[];
  corrupt: CorruptRecord[];
}

export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface AccountCounts {
  clients: number;
  contacts: number;
  commitments: number;
}

const AccountBatchSchema = z.object({
  clients: z.array(ClientSchema),
  contacts: z.array(ContactSchema),
  commitments: z.array(CommitmentSchema),
});

const SETTINGS_KEY = 'settings';
const SENT_ALERTS_KEY = 'sentAlerts';

const RECORD_SCHEMAS = {
  clients: ClientSchema,
  contacts: ContactSchema,
  commitments: CommitmentSchema,
  mail: MailRecordSchema,
  dismissals: DismissalSchema,
} as const;
type RecordStore = keyof typeof RECORD_SCHEMAS;

function parseAll<S extends RecordStore>(store: S, rows: Array<{ key: IDBValidKey; value: unknown }>): Listed<z.infer<(typeof RECORD_SCHEMAS)[S]>> {
  const items: Array<z.infer<(typeof RECORD_SCHEMAS)[S]>> = [];
  const corrupt: CorruptRecord[] = [];
  for (const row of rows) {
    const parsed = RECORD_SCHEMAS[store].safeParse(row.value);
    if (parsed.success) items.push(parsed.data as z.infer<(typeof RECORD_SCHEMAS)[S]>);
    else corrupt.push({ store, key: String(row.key), error: describeIssues(parsed.error.issues) });
  }
  return { items, corrupt };
}

/**
 * The only code that touches IndexedDB. Every write is validated first and
 * runs in one transaction; every read is parsed, and records that fail are
 * returned apart as `corrupt`.
 */
export class AccountStore {
  constructor(readonly db: Db) {}

  /**
   * Every record of a store, in key order, with one `getAll` rather than a
   * cursor (a round trip per record: seconds for 100,000 mail records). The
   * key is the record's own `id` (every record store's key path), so it is
   * not read apart: in Chromium `getAllKeys` costs about as much as `getAll`.
   */
  private async readAll<S extends RecordStore>(store: S): Promise<Listed<z.infer<(typeof RECORD_SCHEMAS)[S]>>> {
    const values: unknown[] = await this.db.getAll(store);
    return parseAll(
      store,
      values.map((value) => ({ key: (value as { id: IDBValidKey }).id, value })),
    );
  }

  async loadAccounts(): Promise<AccountData> {
    const [clients, contacts, commitments] = await Promise.all([this.readAll('clients'), this.readAll('contacts'), this.readAll('commitments')]);
    return {
      clients: clients.items,
      contacts: contacts.items,
      commitments: commitments.items,
      corrupt: [...clients.corrupt, ...contacts.corrupt, ...commitments.corrupt],
    };
  }

  listMail(): Promise<Listed<MailRecord>> {
    return this.readAll('mail');
  }

  async mailForClient(clientId: string): Promise<MailRecord[]> {
    const rows = await this.db.getAllFromIndex('mail', 'byClient', clientId);
    return parseAll(
      'mail',
      rows.map((value) => ({ key: (value as { id?: string }).id ?? '', value })),
    ).items;
  }

  async putClient(input: unknown): Promise<WriteResult<Client>> {
    const parsed = ClientSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: `Invalid client: ${describeIssues(parsed.error.issues)}` };
    await this.db.put('clients', parsed.data);
    return { ok: true, value: parsed.data };
  }

  putContact(input: unknown): Promise<WriteResult<Contact>> {
    return this.putOwned('contacts', ContactSchema, input, 'contact');
  }

  putCommitment(input: unknown): Promise<WriteResult<Commitment>> {
    return this.putOwned('commitments', CommitmentSchema, input, 'commitment');
  }

  /** A new commitment only: if its id is already stored, nothing is written (one transaction, so no race). */
  async addCommitment(input: unknown): Promise<WriteResult<Commitment>> {
    const parsed = CommitmentSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: `Invalid commitment: ${describeIssues(parsed.error.issues)}` };
    const tx = this.db.transaction(['clients', 'commitments'], 'readwrite');
    const [owner, existing] = await Promise.all([tx.objectStore('clients').getKey(parsed.data.clientId), tx.objectStore('commitments').getKey(parsed.data.id)]);
    if (!owner || existing !== undefined) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, error: owner ? 'This deadline is already tracked.' : `Invalid commitment: clientId: no client with id ${parsed.data.clientId}` };
    }
    await tx.objectStore('commitments').add(parsed.data);
    await tx.done;
    return { ok: true, value: parsed.data };
  }

  /** A record that belongs to a client: validated, and written only if that client exists. */
  private async putOwned<T extends Contact | Commitment>(
    store: 'contacts' | 'commitments',
    schema: z.ZodType<T>,
    input: unknown,
    what: string,
  ): Promise<WriteResult<T>> {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: `Invalid ${what}: ${describeIssues(parsed.error.issues)}` };
    const tx = this.db.transaction(['clients', store], 'readwrite');
    if (!(await tx.objectStore('clients').getKey(parsed.data.clientId))) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, error: `Invalid ${what}: clientId: no client with id ${parsed.data.clientId}` };
    }
    await tx.objectStore(store).put(parsed.data as Contact & Commitment);
    await tx.done;
    return { ok: true, value: parsed.data };
  }

  /** Deletes a client with its contacts, commitments and mail records, all or nothing. */
  async deleteClient(id: string): Promise<void> {
    const tx = this.db.transaction(['clients', 'contacts', 'commitments', 'mail'], 'readwrite');
    await allOrNothing(tx, async (write) => {
      write(tx.objectStore('clients').delete(id));
      for (const store of ['contacts', 'commitments', 'mail'] as const) {
        const keys = await tx.objectStore(store).index('byClient').getAllKeys(id);
        for (const key of keys) write(tx.objectStore(store).delete(key));
      }
    });
  }

  async deleteContact(id: string): Promise<void> {
    await this.db.delete('contacts', id);
  }

  async deleteCommitment(id: string): Promise<void> {
    await this.db.delete('commitments', id);
  }

  /** Records what was seen of a thread's messages; replaces earlier sightings of the same message. All or nothing. */
  async putMail(records: MailRecord[]): Promise<void> {
    const valid = records.map((record) => MailRecordSchema.parse(record));
    const tx = this.db.transaction('mail', 'readwrite');
    await allOrNothing(tx, async (write) => {
      for (const record of valid) write(tx.store.put(record));
    });
  }

  async listDismissals(): Promise<Dismissal[]> {
    return (await this.readAll('dismissals')).items;
  }

  async putDismissal(dismissal: Dismissal): Promise<void> {
    await this.db.put('dismissals', DismissalSchema.parse(dismissal));
  }

  /** Settings, with defaults for a fresh install or a record that no longer parses. */
  async getSettings(): Promise<{ settings: Settings; corrupt?: CorruptRecord }> {
    const raw = await this.db.get('meta', SETTINGS_KEY);
    if (raw === undefined) return { settings: defaultSettings() };
    const parsed = SettingsSchema.safeParse(raw);
    if (parsed.success) return { settings: parsed.data };
    return {
      settings: defaultSettings(),
      corrupt: { store: 'meta', key: SETTINGS_KEY, error: describeIssues(parsed.error.issues) },
    };
  }

  async putSettings(input: unknown): Promise<WriteResult<Settings>> {
    const parsed = SettingsSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: `Invalid settings: ${describeIssues(parsed.error.issues)}` };
    await this.db.put('meta', parsed.data, SETTINGS_KEY);
    return { ok: true, value: parsed.data };
  }

  async sentAlerts(): Promise<Set<string>> {
    const raw = await this.db.get('meta', SENT_ALERTS_KEY);
    return new Set(Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : []);
  }

  async markAlertsSent(ids: Iterable<string>): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    const raw = await tx.store.get(SENT_ALERTS_KEY);
    const all = new Set(Array.isArray(raw) ? (raw as string[]) : []);
    for (const id of ids) all.add(id);
    await tx.store.put([...all], SENT_ALERTS_KEY);
    await tx.done;
  }

  /** Removes every record marked `sample`, in one transaction: all or nothing. */
  async removeSampleData(): Promise<number> {
    const tx = this.db.transaction(['clients', 'contacts', 'commitments', 'mail'], 'readwrite');
    return allOrNothing(tx, async () => {
      let removed = 0;
      const sampleClientIds = new Set<string>();
      for await (const cursor of tx.objectStore('clients')) {
        if ((cursor.value as { sample?: boolean }).sample) {
          sampleClientIds.add(cursor.key);
          await cursor.delete();
          removed += 1;
        }
      }
      for (const store of ['contacts', 'commitments', 'mail'] as const) {
        for await (const cursor of tx.objectStore(store)) {
          const value = cursor.value as { sample?: boolean; clientId?: string };
          if (value.sample || (value.clientId !== undefined && sampleClientIds.has(value.clientId))) {
            await cursor.delete();
            removed += 1;
          }
        }
      }
      return removed;
    });
  }

  /**
   * Writes clients, contacts and commitments (the sample data) in one
   * transaction, every record checked first: all or nothing.
   */
  async putAccounts(input: { clients: unknown[]; contacts: unknown[]; commitments: unknown[] }): Promise<WriteResult<AccountCounts>> {
    const parsed = AccountBatchSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: `Nothing was written: ${describeIssues(parsed.error.issues)}` };
    const data = parsed.data;
    const tx = this.db.transaction(['clients', 'contacts', 'commitments'], 'readwrite');
    try {
      await allOrNothing(tx, async (write) => {
        for (const client of data.clients) write(tx.objectStore('clients').put(client));
        for (const contact of data.contacts) write(tx.objectStore('contacts').put(contact));
        for (const commitment of data.commitments) write(tx.objectStore('commitments').put(commitment));
      });
    } catch (error) {
      return { ok: false, error: `Nothing was written: the database refused a write (${messageOf(error)}).` };
    }
    return { ok: true, value: { clients: data.clients.length, contacts: data.contacts.length, commitments: data.commitments.length } };
  }
}
