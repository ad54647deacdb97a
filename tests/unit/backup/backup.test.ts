import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, exportBackup, parseBackup, restoreBackup, restoreBackupText } from '../../../utils/backup';
import { defaultSettings, type Dismissal, type MailRecord } from '../../../utils/model';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

let counter = 0;
const freshName = () => `bk-backup-${Date.now()}-${(counter += 1)}`;
const NOW = new Date('2026-06-01T08:30:00.000Z');

async function freshStore(name = freshName()): Promise<AccountStore> {
  return new AccountStore(await openBridgekeeperDb({ name }));
}

function makeMail(overrides: Partial<MailRecord> = {}): MailRecord {
  return {
    schemaVersion: 1,
    id: 'gmail:t1:m1',
    clientId: 'client-acme',
    provider: 'gmail',
    threadId: 't1',
    from: 'maria.gonzalez@acme-retail.example',
    fromName: 'Maria Gonzalez',
    to: ['me@bridgekeeper.example'],
    cc: [],
    sentAt: '2026-05-02T10:00:00.000Z',
    inbound: true,
    heat: 12,
    mentions: [{ kind: 'payment', due: '2026-05-30' }],
    ...overrides,
  };
}

function makeDismissal(overrides: Partial<Dismissal> = {}): Dismissal {
  return { schemaVersion: 1, id: 'dismissed-1', clientId: 'client-acme', at: '2026-05-03T11:00:00.000Z', ...overrides };
}

/** A store holding one of everything, settings changed from the defaults. */
async function filledStore(): Promise<AccountStore> {
  const store = await freshStore();
  await store.putClient(makeClient({ annualValue: { amount: 120000, currency: 'EUR' }, protocols: ['tell Maria two weeks ahead'] }));
  await store.putClient(makeClient({ id: 'client-globex', name: 'Globex', domains: ['globex.example'], tier: 'standard' }));
  await store.putContact(makeContact({ notes: 'Prefers "short" mails,\nno calls' }));
  await store.putContact(makeContact({ id: 'contact-zed', name: 'Zed', emails: ['zed@globex.example'], clientId: 'client-globex', role: 'finance' }));
  await store.putCommitment(makeCommitment());
  await store.putMail([makeMail(), makeMail({ id: 'gmail:t1:m0', inbound: false, heat: 3 })]);
  await store.putDismissal(makeDismissal());
  await store.putSettings({ ...defaultSettings(), toneSensitivity: 'strict', ownAddresses: ['me@bridgekeeper.example'] });
  return store;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exportBackup', () => {
  it('writes every store with its records and the settings', async () => {
    const store = await filledStore();
    const parsed = parseBackup(await exportBackup(store, NOW));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.counts).toEqual({ clients: 2, contacts: 2, commitments: 1, mail: 2, dismissals: 1 });
    expect(parsed.backup.exportedAt).toBe('2026-06-01T08:30:00.000Z');
    expect(parsed.backup.data.settings.toneSensitivity).toBe('strict');
    expect(parsed.backup.data.mail.map((m) => m.id)).toEqual(['gmail:t1:m0', 'gmail:t1:m1']);
  });

  it('gives the same text whatever order the records were written in', async () => {
    const first = await freshStore();
    await first.putClient(makeClient());
    await first.putClient(makeClient({ id: 'client-globex', name: 'Globex', domains: ['globex.example'] }));
    const second = await freshStore();
    await second.putClient(makeClient({ id: 'client-globex', name: 'Globex', domains: ['globex.example'] }));
    await second.putClient(makeClient());
    expect(await exportBackup(second, NOW)).toBe(await exportBackup(first, NOW));
  });

  it('survives export, a deleted database and a restore byte for byte', async () => {
    const store = await filledStore();
    const name = store.db.name;
    const before = await exportBackup(store, NOW);
    store.db.close();
    await deleteDB(name);

    const wiped = await freshStore(name);
    expect((await wiped.loadAccounts()).clients).toEqual([]);
    const result = await restoreBackupText(wiped, before, { mode: 'replace' });
    expect(result).toEqual({ ok: true, counts: { clients: 2, contacts: 2, commitments: 1, mail: 2, dismissals: 1 }, settingsRestored: true });
    expect(await exportBackup(wiped, NOW)).toBe(before);
  });

  it('names the backup file after the local day', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('bridgekeeper-backup-2026-01-05.json');
  });
});

describe('parseBackup refuses a bad file with a clear message', () => {
  it('says a cut-off file is not complete JSON', async () => {
    const text = await exportBackup(await filledStore(), NOW);
    const result = parseBackup(text.slice(0, Math.floor(text.length / 2)));
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^The file is not complete JSON \(it may be truncated\): .+ at line \d+, column \d+\. Nothing was imported\.$/),
    });
  });

  it('tells a file that is not JSON at all from a cut-off one', () => {
    const result = parseBackup('Client,Emails\nAcme,maria@acme.example\n');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The file is not valid JSON: /) });
  });

  it('says JSON of another kind is not a Bridgekeeper backup', () => {
    expect(parseBackup('{"clients": []}')).toEqual({ ok: false, error: expect.stringMatching(/^This file is not a Bridgekeeper backup/) });
  });

  it('refuses a backup from a newer schema version and says which', async () => {
    const backup = JSON.parse(await exportBackup(await filledStore(), NOW));
    backup.schemaVersion = 3;
    expect(parseBackup(JSON.stringify(backup))).toEqual({
      ok: false,
      error: 'This backup was written by a newer Bridgekeeper (schema version 3); this version reads up to 1. Nothing was imported.',
    });
  });

  it('names the record and field of a wrong value', async () => {
    const backup = JSON.parse(await exportBackup(await filledStore(), NOW));
    backup.data.contacts[1].emails[0] = 'not-an-address';
    expect(parseBackup(JSON.stringify(backup))).toEqual({
      ok: false,
      error: 'data.contacts[1].emails.0: must be an email address like maria@acme.com; nothing was imported.',
    });
  });

  it('refuses two records with the same id, which a restore would silently fold into one', async () => {
    const backup = JSON.parse(await exportBackup(await filledStore(), NOW));
    backup.data.clients[1].id = backup.data.clients[0].id;
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: false, error: expect.stringContaining('data.clients[1].id: "client-acme" is used twice') });
  });

  it('warns about contacts whose client is not in the backup, and still accepts it', async () => {
    const backup = JSON.parse(await exportBackup(await filledStore(), NOW));
    backup.data.contacts[0].clientId = 'client-gone';
    const result = parseBackup(JSON.stringify(backup));
    expect(result.ok && result.warnings).toEqual(['1 contact names a client that is not in this backup.']);
  });
});

describe('a failed restore writes nothing', () => {
  it.each([
    ['cut off', (text: string) => text.slice(0, text.length - 40)],
    ['from a newer version', (text: string) => text.replace('"schemaVersion": 1,', '"schemaVersion": 3,')],
    ['with one wrong record', (text: string) => text.replace('"tier": "standard"', '"tier": "platinum"')],
  ])('leaves the store as it was when the file is %s', async (_, spoil) => {
    const source = await freshStore();
    await source.putClient(makeClient({ id: 'client-other', name: 'Other', tier: 'standard' }));
    const text = spoil(await exportBackup(source, NOW));
    const store = await filledStore();
    const before = await exportBackup(store, NOW);

    const result = await restoreBackupText(store, text, { mode: 'replace' });
    expect(result.ok).toBe(false);
    expect(await exportBackup(store, NOW)).toBe(before);
  });

  it('rolls back everything when the database refuses a write halfway', async () => {
    const source = await filledStore();
    const parsed = parseBackup(await exportBackup(source, NOW));
    if (!parsed.ok) throw new Error(parsed.error);
    const store = await freshStore();
    await store.putClient(makeClient({ id: 'client-mine', name: 'Mine', domains: ['mine.example'] }));
    const before = await exportBackup(store, NOW);

    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const result = await restoreBackup(store, parsed.backup, { mode: 'replace' });
    vi.restoreAllMocks();

    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^The restore failed and was rolled back \(QuotaExceededError: .*\)\. Nothing was changed\.$/),
    });
    expect(calls).toBeGreaterThanOrEqual(4);
    expect(await exportBackup(store, NOW)).toBe(before);
  });
});

describe('replace and merge', () => {
  /** Here: Acme edited after the backup, plus Initech. Backup: an older Acme, plus Globex. */
  async function scenario() {
    const source = await freshStore();
    await source.putClient(makeClient({ notes: 'from the backup', updatedAt: '2026-05-01T09:00:00.000Z' }));
    await source.putClient(makeClient({ id: 'client-globex', name: 'Globex', domains: ['globex.example'] }));
    await source.putSettings({ ...defaultSettings(), toneSensitivity: 'relaxed' });
    const parsed = parseBackup(await exportBackup(source, NOW));
    if (!parsed.ok) throw new Error(parsed.error);

    const store = await freshStore();
    await store.putClient(makeClient({ notes: 'edited here', updatedAt: '2026-05-20T09:00:00.000Z' }));
    await store.putClient(makeClient({ id: 'client-initech', name: 'Initech', domains: ['initech.example'] }));
    await store.putSettings({ ...defaultSettings(), toneSensitivity: 'strict' });
    return { store, backup: parsed.backup };
  }

  it('replace leaves exactly the backup, settings included', async () => {
    const { store, backup } = await scenario();
    await restoreBackup(store, backup, { mode: 'replace' });
    const clients = (await store.loadAccounts()).clients;
    expect(clients.map((c) => [c.id, c.notes])).toEqual([
      ['client-acme', 'from the backup'],
      ['client-globex', ''],
    ]);
    expect((await store.getSettings()).settings.toneSensitivity).toBe('relaxed');
  });

  it('merge keeps what is here, adds what is missing and keeps the newer of two versions', async () => {
    const { store, backup } = await scenario();
    const result = await restoreBackup(store, backup, { mode: 'merge' });
    expect(result).toEqual({ ok: true, counts: { clients: 1, contacts: 0, commitments: 0, mail: 0, dismissals: 0 }, settingsRestored: false });
    const clients = (await store.loadAccounts()).clients;
    expect(clients.map((c) => [c.id, c.notes])).toEqual([
      ['client-acme', 'edited here'],
      ['client-globex', ''],
      ['client-initech', ''],
    ]);
    expect((await store.getSettings()).settings.toneSensitivity).toBe('strict');
  });

  it('merge takes the backup’s version when it is the newer one', async () => {
    const { store, backup } = await scenario();
    const acme = backup.data.clients.find((c) => c.id === 'client-acme')!;
    acme.updatedAt = '2026-05-25T09:00:00.000Z';
    await restoreBackup(store, backup, { mode: 'merge' });
    expect((await store.loadAccounts()).clients.find((c) => c.id === 'client-acme')?.notes).toBe('from the backup');
  });

  it('merge repairs a stored record that no longer reads', async () => {
    const { store, backup } = await scenario();
    await store.db.put('clients', { ...makeClient(), tier: 'platinum', updatedAt: '2027-01-01T00:00:00.000Z' } as never);
    await restoreBackup(store, backup, { mode: 'merge' });
    const data = await store.loadAccounts();
    expect(data.corrupt).toEqual([]);
    expect(data.clients.find((c) => c.id === 'client-acme')?.notes).toBe('from the backup');
  });
});
