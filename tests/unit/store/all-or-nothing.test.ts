import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailRecord } from '../../../utils/model';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

/**
 * Fault injection: the database refuses the Nth request of a kind part-way
 * through a multi-record write (as a full disk or a closing database does).
 * Every such write must leave the store exactly as it was.
 */

let counter = 0;
const freshStore = async () => new AccountStore(await openBridgekeeperDb({ name: `bk-atomic-${Date.now()}-${(counter += 1)}` }));

type Method = 'put' | 'delete';

/** Makes the `nth` call of IDBObjectStore.prototype[method] (or IDBCursor's delete) throw, as IndexedDB does synchronously. */
function failOnCall(target: { prototype: object }, method: Method, nth: number): { calls: () => number } {
  const proto = target.prototype as Record<Method, (...args: unknown[]) => unknown>;
  const original = proto[method];
  let calls = 0;
  vi.spyOn(proto, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
    calls += 1;
    if (calls === nth) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
  return { calls: () => calls };
}

function mail(index: number, overrides: Partial<MailRecord> = {}): MailRecord {
  return {
    schemaVersion: 1,
    id: `gmail:t${Math.floor(index / 5)}:m${index}`,
    clientId: 'client-acme',
    provider: 'gmail',
    threadId: `t${Math.floor(index / 5)}`,
    from: 'maria.gonzalez@acme-retail.example',
    fromName: 'Maria Gonzalez',
    to: ['me@bridgekeeper.example'],
    cc: [],
    sentAt: new Date(Date.UTC(2026, 4, 1, 9, index)).toISOString(),
    inbound: true,
    heat: 10,
    mentions: [],
    ...overrides,
  };
}

/** Everything the store holds, as one comparable value. */
async function contents(store: AccountStore) {
  const [accounts, stored] = await Promise.all([store.loadAccounts(), store.listMail()]);
  return { ...accounts, mail: stored.items, mailCorrupt: stored.corrupt };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('putMail is all or nothing', () => {
  it('keeps none of a batch when the database refuses a put part-way', async () => {
    const store = await freshStore();
    await store.putClient(makeClient());
    await store.putMail([mail(0, { heat: 5 })]);
    const before = await contents(store);

    const batch = Array.from({ length: 40 }, (_, i) => mail(i, { heat: 50 }));
    const fault = failOnCall(IDBObjectStore, 'put', 30);
    await expect(store.putMail(batch)).rejects.toThrow(/quota/);
    vi.restoreAllMocks();

    expect(fault.calls()).toBe(30);
    expect(await contents(store)).toEqual(before);
  });

  it('keeps none of a batch that holds one invalid record, wherever it is', async () => {
    const store = await freshStore();
    await store.putClient(makeClient());
    const batch = [mail(0), mail(1), { ...mail(2), sentAt: 'yesterday' }];
    await expect(store.putMail(batch)).rejects.toThrow();
    expect((await store.listMail()).items).toEqual([]);
  });
});

describe('putAccounts (the sample data load) is all or nothing', () => {
  const book = () => ({
    clients: [makeClient(), makeClient({ id: 'client-globex', name: 'Globex', domains: ['globex.example'] })],
    contacts: Array.from({ length: 5 }, (_, i) => makeContact({ id: `contact-${i}`, name: `Person ${i}`, emails: [`person${i}@acme-retail.example`] })),
    commitments: [makeCommitment()],
  });

  it('keeps nothing when the database refuses the fifth put', async () => {
    const store = await freshStore();
    await store.putClient(makeClient({ id: 'client-mine', name: 'Mine', domains: ['mine.example'] }));
    const before = await contents(store);

    failOnCall(IDBObjectStore, 'put', 5);
    const result = await store.putAccounts(book());
    vi.restoreAllMocks();

    expect(result).toEqual({ ok: false, error: expect.stringMatching(/QuotaExceededError/) });
    expect(await contents(store)).toEqual(before);
  });

  it('writes nothing when one record fails validation, and says which', async () => {
    const store = await freshStore();
    const data = book();
    data.contacts[3] = { ...data.contacts[3]!, emails: ['not an address'] };
    const result = await store.putAccounts(data);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('contacts.3.emails') });
    expect(await contents(store)).toEqual({ clients: [], contacts: [], commitments: [], corrupt: [], mail: [], mailCorrupt: [] });
  });

  it('writes the whole book when nothing fails', async () => {
    const store = await freshStore();
    expect(await store.putAccounts(book())).toEqual({ ok: true, value: { clients: 2, contacts: 5, commitments: 1 } });
    const data = await store.loadAccounts();
    expect([data.clients.length, data.contacts.length, data.commitments.length]).toEqual([2, 5, 1]);
  });
});

describe('deleteClient is all or nothing', () => {
  async function clientWithFiveContacts() {
    const store = await freshStore();
    await store.putClient(makeClient());
    for (let i = 0; i < 5; i++) {
      await store.putContact(makeContact({ id: `contact-${i}`, name: `Person ${i}`, emails: [`person${i}@acme-retail.example`] }));
    }
    await store.putCommitment(makeCommitment());
    await store.putMail([mail(0), mail(1)]);
    return store;
  }

  it('leaves the client, all its contacts, commitments and mail when a delete fails part-way', async () => {
    const store = await clientWithFiveContacts();
    const before = await contents(store);

    // The client goes first, then its contacts: the third delete is the second contact's.
    failOnCall(IDBObjectStore, 'delete', 3);
    await expect(store.deleteClient('client-acme')).rejects.toThrow(/quota/);
    vi.restoreAllMocks();

    expect(await contents(store)).toEqual(before);
    expect((await contents(store)).contacts).toHaveLength(5);
  });

  it('deletes the client with everything it owns when nothing fails', async () => {
    const store = await clientWithFiveContacts();
    await store.deleteClient('client-acme');
    expect(await contents(store)).toEqual({ clients: [], contacts: [], commitments: [], corrupt: [], mail: [], mailCorrupt: [] });
  });
});

describe('removeSampleData is all or nothing', () => {
  it('removes no sample record when a delete fails part-way', async () => {
    const store = await freshStore();
    await store.putClient(makeClient({ id: 'sample-acme', sample: true }));
    for (let i = 0; i < 4; i++) {
      await store.putContact(makeContact({ id: `sample-${i}`, clientId: 'sample-acme', sample: true, emails: [`s${i}@acme-retail.example`] }));
    }
    const before = await contents(store);

    failOnCall(IDBCursor, 'delete', 3);
    await expect(store.removeSampleData()).rejects.toThrow(/quota/);
    vi.restoreAllMocks();

    expect(await contents(store)).toEqual(before);
  });
});
