import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { AccountStore, DB_VERSION, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

let counter = 0;
const freshName = () => `bk-test-${Date.now()}-${(counter += 1)}`;

async function freshStore(): Promise<AccountStore> {
  return new AccountStore(await openBridgekeeperDb({ name: freshName() }));
}

describe('AccountStore', () => {
  it('keeps clients, contacts and commitments across a reopen', async () => {
    const name = freshName();
    const store = new AccountStore(await openBridgekeeperDb({ name }));
    await store.putClient(makeClient());
    await store.putContact(makeContact());
    await store.putCommitment(makeCommitment());
    store.db.close();

    const reopened = new AccountStore(await openBridgekeeperDb({ name }));
    const data = await reopened.loadAccounts();
    expect(data.clients.map((c) => c.id)).toEqual(['client-acme']);
    expect(data.contacts.map((c) => c.id)).toEqual(['contact-maria']);
    expect(data.commitments.map((c) => c.id)).toEqual(['commitment-agreement']);
    expect(data.corrupt).toEqual([]);
  });

  it('finds contacts by email and clients by domain through the indexes', async () => {
    const store = await freshStore();
    await store.putClient(makeClient());
    await store.putContact(makeContact());
    expect(await store.db.getAllKeysFromIndex('contacts', 'byEmail', 'maria.gonzalez@acme-retail.example')).toEqual(['contact-maria']);
    expect(await store.db.getAllKeysFromIndex('clients', 'byDomain', 'acme-retail.example')).toEqual(['client-acme']);
  });

  it('refuses an invalid client with a message naming the field, and writes nothing', async () => {
    const store = await freshStore();
    const result = await store.putClient({ ...makeClient(), tier: 'platinum' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Invalid client: tier/) });
    expect((await store.loadAccounts()).clients).toEqual([]);
  });

  it('refuses a contact for a client that does not exist', async () => {
    const store = await freshStore();
    const result = await store.putContact(makeContact({ clientId: 'nobody' }));
    expect(result.ok).toBe(false);
    expect((await store.loadAccounts()).contacts).toEqual([]);
  });

  it('reports a corrupted record instead of failing the whole read', async () => {
    const store = await freshStore();
    await store.putClient(makeClient());
    await store.db.put('clients', { ...makeClient({ id: 'broken' }), domains: 'acme.com' } as never);
    const data = await store.loadAccounts();
    expect(data.clients.map((c) => c.id)).toEqual(['client-acme']);
    expect(data.corrupt).toEqual([{ store: 'clients', key: 'broken', error: expect.stringContaining('domains') }]);
  });

  it('deletes a client together with its contacts and commitments', async () => {
    const store = await freshStore();
    await store.putClient(makeClient());
    await store.putClient(makeClient({ id: 'client-other', name: 'Other' }));
    await store.putContact(makeContact());
    await store.putCommitment(makeCommitment());
    await store.putCommitment(makeCommitment({ id: 'c-other', clientId: 'client-other' }));
    await store.deleteClient('client-acme');
    const data = await store.loadAccounts();
    expect(data.clients.map((c) => c.id)).toEqual(['client-other']);
    expect(data.contacts).toEqual([]);
    expect(data.commitments.map((c) => c.id)).toEqual(['c-other']);
  });

  it('removes sample data in one go and leaves the user’s own records', async () => {
    const store = await freshStore();
    await store.putClient(makeClient({ id: 'sample-acme', sample: true }));
    await store.putContact(makeContact({ id: 'sample-maria', clientId: 'sample-acme', sample: true }));
    await store.putClient(makeClient({ id: 'mine' }));
    expect(await store.removeSampleData()).toBe(2);
    expect((await store.loadAccounts()).clients.map((c) => c.id)).toEqual(['mine']);
  });

  it('returns default settings when none are stored or the stored ones are corrupt', async () => {
    const store = await freshStore();
    expect((await store.getSettings()).settings.toneSensitivity).toBe('normal');
    await store.db.put('meta', { schemaVersion: 1, toneSensitivity: 'furious' }, 'settings');
    const read = await store.getSettings();
    expect(read.settings.toneSensitivity).toBe('normal');
    expect(read.corrupt?.error).toMatch(/toneSensitivity/);
  });

  it('remembers which alerts were sent', async () => {
    const store = await freshStore();
    const settle = (sent: string[]) => store.settleAlertAgenda({ sent, plans: new Map(), today: '2026-05-18', startedAt: Date.now() });
    await settle(['a', 'b']);
    await settle(['b', 'c']);
    expect([...(await store.sentAlerts())].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('database migration', () => {
  it('opens version 1 data with the current code and loses nothing', async () => {
    const name = freshName();
    const v1 = await openBridgekeeperDb({ name, version: 1 });
    expect([...v1.objectStoreNames].sort()).toEqual(['clients', 'commitments', 'contacts']);
    await v1.put('clients', makeClient());
    await v1.put('contacts', makeContact());
    await v1.put('commitments', makeCommitment());
    v1.close();

    const current = await openBridgekeeperDb({ name });
    expect(current.version).toBe(DB_VERSION);
    expect([...current.objectStoreNames].sort()).toEqual(['alertAgenda', 'clients', 'commitments', 'contacts', 'dismissals', 'mail', 'meta']);
    const data = await new AccountStore(current).loadAccounts();
    expect(data.clients).toEqual([makeClient()]);
    expect(data.contacts).toEqual([makeContact()]);
    expect(data.commitments).toEqual([makeCommitment()]);
    expect(await current.getAllKeysFromIndex('commitments', 'byDue', '2026-05-06')).toEqual(['commitment-agreement']);
  });

  it('refuses to open a database written by a newer version', async () => {
    const name = freshName();
    (await openDB(name, DB_VERSION + 1)).close();
    await expect(openBridgekeeperDb({ name })).rejects.toThrow();
  });
});
