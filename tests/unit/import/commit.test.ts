import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildImport, commitImport, exportCsv, previewCsv } from '../../../utils/import';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeContact } from '../../support/factories';

let counter = 0;
const freshStore = async () => new AccountStore(await openBridgekeeperDb({ name: `bk-import-${Date.now()}-${(counter += 1)}` }));
const NOW = new Date('2026-06-01T08:00:00.000Z');

/** A CRM-sized sheet: `rows` contacts spread over clients of five contacts each, a quoted multi-line note now and then. */
function generatedCsv(rows: number): string {
  const lines = ['Company;Domain;Tier;Status;Annual value;Currency;Contact;E-Mail;Role;Title;Notes'];
  for (let i = 0; i < rows; i += 1) {
    const client = Math.floor(i / 5);
    const note = i % 50 === 0 ? '"Met at the fair;\nwants a demo"' : '';
    lines.push(
      `Client ${client} GmbH;client${client}.example;${client % 7 === 0 ? 'Key' : 'Standard'};Active;${client * 1000},00;EUR;Person ${i};person${i}@client${client}.example;${i % 5 === 0 ? 'Champion' : 'User'};Manager;${note}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('commitImport', () => {
  it('imports a 10,000-row sheet in one go', async () => {
    const text = generatedCsv(10_000);
    const plan = buildImport(text, previewCsv(text).suggestedMapping, { now: NOW, existing: { clients: [], contacts: [] } });
    expect(plan.errors).toEqual([]);
    expect(plan.stats).toMatchObject({ rows: 10_000, clientsCreated: 2_000, contactsCreated: 10_000 });

    const store = await freshStore();
    const progress: number[] = [];
    const result = await commitImport(store, plan, (done) => progress.push(done));
    expect(result).toEqual({ ok: true, counts: { clients: 2_000, contacts: 10_000 } });
    expect(progress.at(-1)).toBe(12_000);
    const stored = await store.loadAccounts();
    expect(stored.clients).toHaveLength(2_000);
    expect(stored.contacts).toHaveLength(10_000);
    expect(stored.contacts.find((c) => c.name === 'Person 50')?.notes).toBe('Met at the fair;\nwants a demo');
  });

  it('writes what a CSV built, and a second import of the same file adds nothing', async () => {
    const store = await freshStore();
    const text = exportCsv({ clients: [makeClient()], contacts: [makeContact()] });
    const mapping = previewCsv(text).suggestedMapping;
    const first = buildImport(text, mapping, { now: NOW, existing: await store.loadAccounts() });
    expect(first.errors).toEqual([]);
    await commitImport(store, first);
    const second = buildImport(text, mapping, { now: NOW, existing: await store.loadAccounts() });
    expect(second.stats).toMatchObject({ clientsCreated: 0, clientsUpdated: 0, contactsCreated: 0, contactsUpdated: 0 });
  });

  it('refuses a contact whose client is neither in the batch nor stored, and writes nothing', async () => {
    const store = await freshStore();
    const result = await commitImport(store, { clients: [makeClient({ id: 'client-new' })], contacts: [makeContact({ clientId: 'client-gone' })] });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('names a client (client-gone) that does not exist') });
    expect((await store.loadAccounts()).clients).toEqual([]);
  });

  it('refuses an invalid record before opening a transaction', async () => {
    const store = await freshStore();
    const result = await commitImport(store, { clients: [makeClient({ tier: 'gold' as never })], contacts: [] });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Nothing was imported: clients\.0\.tier/) });
  });

  it('rolls back every write when the database refuses one halfway', async () => {
    const store = await freshStore();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const clients = [makeClient(), makeClient({ id: 'client-2', name: 'Two', domains: ['two.example'] })];
    const result = await commitImport(store, { clients, contacts: [makeContact(), makeContact({ id: 'contact-2', emails: ['b@acme-retail.example'] })] });
    vi.restoreAllMocks();

    expect(result).toEqual({ ok: false, error: expect.stringContaining('QuotaExceededError') });
    const stored = await store.loadAccounts();
    expect([stored.clients, stored.contacts]).toEqual([[], []]);
  });
});
