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
import { AGENDA_BASIS_KEY, AlertEssentialsSchema, DUE_NOW, markDue, sameBasis, type AgendaBasis, type AgendaPlan, type DueClient } from './agenda';
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
/** The ids of the alerts sent, as stored (anything else in the list is dropped). */
const sentIdsOf = (raw: unknown): string[] => (Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : []);

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
    const tx = this.db.transaction(['clients', 'alertAgenda'], 'readwrite');
    await allOrNothing(tx, async (write) => {
      write(tx.objectStore('clients').put(parsed.data));
      markDue(tx.objectStore('alertAgenda'), [parsed.data.id], write);
    });
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
    const tx = this.db.transaction(['clients', 'commitments', 'alertAgenda'], 'readwrite');
    const [owner, existing] = await Promise.all([tx.objectStore('clients').getKey(parsed.data.clientId), tx.objectStore('commitments').getKey(parsed.data.id)]);
    if (!owner || existing !== undefined) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, error: owner ? 'This deadline is already tracked.' : `Invalid commitment: clientId: no client with id ${parsed.data.clientId}` };
    }
    await allOrNothing(tx, async (write) => {
      write(tx.objectStore('commitments').add(parsed.data));
      markDue(tx.objectStore('alertAgenda'), [parsed.data.clientId], write);
    });
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
    const tx = this.db.transaction(['clients', store, 'alertAgenda'], 'readwrite');
    if (!(await tx.objectStore('clients').getKey(parsed.data.clientId))) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, error: `Invalid ${what}: clientId: no client with id ${parsed.data.clientId}` };
    }
    await allOrNothing(tx, async (write) => {
      write(tx.objectStore(store).put(parsed.data as Contact & Commitment));
      markDue(tx.objectStore('alertAgenda'), [parsed.data.clientId], write);
    });
    return { ok: true, value: parsed.data };
  }

  /** Deletes a client with its contacts, commitments and mail records, all or nothing. */
  async deleteClient(id: string): Promise<void> {
    const tx = this.db.transaction(['clients', 'contacts', 'commitments', 'mail', 'alertAgenda'], 'readwrite');
    await allOrNothing(tx, async (write) => {
      write(tx.objectStore('clients').delete(id));
      write(tx.objectStore('alertAgenda').delete(id));
      for (const store of ['contacts', 'commitments', 'mail'] as const) {
        const keys = await tx.objectStore(store).index('byClient').getAllKeys(id);
        for (const key of keys) write(tx.objectStore(store).delete(key));
      }
    });
  }

  deleteContact(id: string): Promise<void> {
    return this.deleteOwned('contacts', id);
  }

  deleteCommitment(id: string): Promise<void> {
    return this.deleteOwned('commitments', id);
  }

  /** Deletes a contact or commitment; its client is due for an alert check (a stakeholder fewer changes who was told). */
  private async deleteOwned(store: 'contacts' | 'commitments', id: string): Promise<void> {
    const tx = this.db.transaction([store, 'alertAgenda'], 'readwrite');
    await allOrNothing(tx, async (write) => {
      const record: unknown = await tx.objectStore(store).get(id);
      write(tx.objectStore(store).delete(id));
      const clientId = (record as { clientId?: unknown } | undefined)?.clientId;
      if (typeof clientId === 'string') markDue(tx.objectStore('alertAgenda'), [clientId], write);
    });
  }

  /** Records what was seen of a thread's messages; replaces earlier sightings of the same message. All or nothing. */
  async putMail(records: MailRecord[]): Promise<void> {
    const valid = records.map((record) => MailRecordSchema.parse(record));
    const tx = this.db.transaction(['mail', 'alertAgenda'], 'readwrite');
    await allOrNothing(tx, async (write) => {
      for (const record of valid) write(tx.objectStore('mail').put(record));
      markDue(
        tx.objectStore('alertAgenda'),
        valid.map((record) => record.clientId),
        write,
      );
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
    return new Set(sentIdsOf(await this.db.get('meta', SENT_ALERTS_KEY)));
  }

  /**
   * Which clients the alert check must look at today: every client when the
   * agenda was made on another basis (or never), else those due by today.
   */
  async alertAgendaDue(today: string, basis: AgendaBasis): Promise<{ all: true } | { all: false; due: DueClient[]; total: number }> {
    const tx = this.db.transaction(['meta', 'alertAgenda'], 'readonly');
    const stored = (await tx.objectStore('meta').get(AGENDA_BASIS_KEY)) as AgendaBasis | undefined;
    if (!sameBasis(stored, basis)) return { all: true };
    const agenda = tx.objectStore('alertAgenda');
    const [entries, total] = await Promise.all([agenda.index('byNext').getAll(IDBKeyRange.upperBound(today)), agenda.count()]);
    const due = entries.map(({ clientId, next, essentials }): DueClient => {
      const parsed = next === DUE_NOW ? undefined : AlertEssentialsSchema.safeParse(essentials);
      return parsed?.success ? { clientId, essentials: parsed.data } : { clientId };
    });
    return { all: false, due, total };
  }

  /** The account data and mail of some clients, read by client (indexes), parsed like every read. */
  async clientRecords(clientIds: readonly string[]): Promise<AccountData & { mail: MailRecord[] }> {
    const tx = this.db.transaction(['clients', 'contacts', 'commitments', 'mail'], 'readonly');
    const byClient = (store: 'contacts' | 'commitments' | 'mail') => Promise.all(clientIds.map((id) => tx.objectStore(store).index('byClient').getAll(id)));
    const [clients, contacts, commitments, mail] = await Promise.all([
      Promise.all(clientIds.map((id) => tx.objectStore('clients').get(id))),
      byClient('contacts'),
      byClient('commitments'),
      byClient('mail'),
    ]);
    const parse = <S extends RecordStore>(store: S, values: unknown[]) =>
      parseAll(
        store,
        values.filter((value) => value !== undefined).map((value) => ({ key: (value as { id: IDBValidKey }).id, value })),
      );
    const parsed = {
      clients: parse('clients', clients),
      contacts: parse('contacts', contacts.flat()),
      commitments: parse('commitments', commitments.flat()),
      mail: parse('mail', mail.flat()),
    };
    return {
      clients: parsed.clients.items,
      contacts: parsed.contacts.items,
      commitments: parsed.commitments.items,
      mail: parsed.mail.items,
      corrupt: [...parsed.clients.corrupt, ...parsed.contacts.corrupt, ...parsed.commitments.corrupt, ...parsed.mail.corrupt],
    };
  }

  /**
   * After an alert check: the alerts sent, and each looked-at client's next
   * day (null: none until a write), in one transaction. A client marked due
   * by a write made since the check began (`startedAt`) stays due. `basis`:
   * the check looked at every client, so entries of clients it did not see
   * (deleted since) go, and the agenda now stands on this basis.
   */
  async settleAlertAgenda(input: {
    sent: readonly string[];
    /** Which of the ids sent before are still needed (the rest are dropped); all when absent. */
    keepSent?: (id: string) => boolean;
    plans: ReadonlyMap<string, AgendaPlan>;
    /** The day checked. */
    today: string;
    /** Clients due on the agenda that are no longer stored. */
    gone?: readonly string[];
    startedAt: number;
    basis?: AgendaBasis;
  }): Promise<void> {
    // Relaxed: a crash that loses this commit only makes the next check do the same work again.
    const tx = this.db.transaction(['meta', 'alertAgenda', 'clients'], 'readwrite', { durability: 'relaxed' });
    await allOrNothing(tx, async (write) => {
      const meta = tx.objectStore('meta');
      const agenda = tx.objectStore('alertAgenda');
      const byNext = agenda.index('byNext');
      const before = sentIdsOf(await meta.get(SENT_ALERTS_KEY));
      const kept = input.keepSent ? before.filter(input.keepSent) : before;
      // Written only when it changed: most hourly checks send nothing.
      if (input.sent.length || kept.length !== before.length) write(meta.put([...new Set([...kept, ...input.sent])], SENT_ALERTS_KEY));
      // Keys only: who is still there (every client a check looked at was due, so one missing from the agenda was
      // deleted meanwhile and is not put back; for a rebuild, the clients stored), and who was marked since it began.
      const [present, marked] = await Promise.all([
        input.basis ? tx.objectStore('clients').getAllKeys() : byNext.getAllKeys(IDBKeyRange.upperBound(input.today)),
        byNext.getAll(IDBKeyRange.only(DUE_NOW)),
      ]);
      const onAgenda = new Set(present);
      const markedSince = new Set(marked.filter((entry) => entry.markedAt >= input.startedAt).map((entry) => entry.clientId));
      for (const [clientId, { next, essentials }] of input.plans) {
        if (markedSince.has(clientId) || !onAgenda.has(clientId)) continue;
        write(agenda.put({ clientId, ...(next === null ? {} : { next, essentials }), markedAt: 0 }));
      }
      for (const clientId of input.gone ?? []) write(agenda.delete(clientId));
      if (input.basis) {
        for (const clientId of await agenda.getAllKeys()) if (!input.plans.has(clientId) && !markedSince.has(clientId)) write(agenda.delete(clientId));
        write(meta.put(input.basis, AGENDA_BASIS_KEY));
      }
    });
  }

  /** Removes every record marked `sample`, in one transaction: all or nothing. */
  async removeSampleData(): Promise<number> {
    const tx = this.db.transaction(['clients', 'contacts', 'commitments', 'mail', 'alertAgenda'], 'readwrite');
    return allOrNothing(tx, async (write) => {
      let removed = 0;
      const sampleClientIds = new Set<string>();
      const touched = new Set<string>();
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
            if (value.clientId !== undefined) touched.add(value.clientId);
            await cursor.delete();
            removed += 1;
          }
        }
      }
      const agenda = tx.objectStore('alertAgenda');
      for (const id of sampleClientIds) write(agenda.delete(id));
      markDue(
        agenda,
        [...touched].filter((id) => !sampleClientIds.has(id)),
        write,
      );
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
    const tx = this.db.transaction(['clients', 'contacts', 'commitments', 'alertAgenda'], 'readwrite');
    try {
      await allOrNothing(tx, async (write) => {
        for (const client of data.clients) write(tx.objectStore('clients').put(client));
        for (const contact of data.contacts) write(tx.objectStore('contacts').put(contact));
        for (const commitment of data.commitments) write(tx.objectStore('commitments').put(commitment));
        const owners = [...data.clients.map((c) => c.id), ...data.contacts.map((c) => c.clientId), ...data.commitments.map((c) => c.clientId)];
        markDue(tx.objectStore('alertAgenda'), owners, write);
      });
    } catch (error) {
      return { ok: false, error: `Nothing was written: the database refused a write (${messageOf(error)}).` };
    }
    return { ok: true, value: { clients: data.clients.length, contacts: data.contacts.length, commitments: data.commitments.length } };
  }
}
