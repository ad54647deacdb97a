import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { MailRecord } from '../../../utils/model';
import { createService, type ServiceDeps } from '../../../utils/service';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

/**
 * The hourly alert check and the popup's status read every client's signals
 * at once. Their cost must grow with clients + mail, never clients × mail:
 * the mail is grouped by client once, not scanned again for each client.
 */

const NOW = new Date('2026-05-18T14:24:00Z');
const CLIENTS = 120;
const MAIL_PER_CLIENT = 4;
let counter = 0;

function mailOf(clientId: string, index: number): MailRecord {
  return {
    schemaVersion: 1,
    id: `gmail:${clientId}:m${index}`,
    clientId,
    provider: 'gmail',
    threadId: `${clientId}-t${index}`,
    from: index % 2 ? 'me@northwind.example' : `buyer@${clientId}.example`,
    fromName: '',
    to: [index % 2 ? `buyer@${clientId}.example` : 'me@northwind.example'],
    cc: [],
    sentAt: new Date(Date.UTC(2026, 3, 1 + index, 10)).toISOString(),
    inbound: index % 2 === 0,
    heat: index === 2 ? 80 : 10,
    mentions: [],
  };
}

async function bookOf(clients: number): Promise<ServiceDeps> {
  const store = new AccountStore(await openBridgekeeperDb({ name: `bk-scale-${(counter += 1)}` }));
  const ids = Array.from({ length: clients }, (_, i) => `client-${i}`);
  const written = await store.putAccounts({
    clients: ids.map((id, i) => makeClient({ id, name: `Client ${i}`, domains: [`${id}.example`], tier: i % 3 ? 'standard' : 'key' })),
    contacts: ids.map((id) => makeContact({ id: `${id}-buyer`, clientId: id, emails: [`buyer@${id}.example`] })),
    commitments: ids.map((id, i) =>
      makeCommitment({ id: `${id}-renewal`, clientId: id, kind: 'renewal', dueAt: `2026-05-${String(10 + (i % 15)).padStart(2, '0')}`, sentAt: undefined }),
    ),
  });
  if (!written.ok) throw new Error(written.error);
  await store.putMail(ids.flatMap((id) => Array.from({ length: MAIL_PER_CLIENT }, (_, m) => mailOf(id, m))));
  return {
    store,
    secrets: { getApiKey: async () => null, setApiKey: async () => undefined },
    tabs: { remember: async () => undefined, forget: async () => undefined, recall: async () => null },
    permissions: { contains: async () => false },
    now: () => NOW,
    timeZone: () => 'America/New_York',
    accountsChanged: () => undefined,
    openOptions: async () => undefined,
  } as ServiceDeps;
}

/** Counts every read of a mail record out of what the store lists, by whoever reads it. */
function countMailReads(store: AccountStore): { reads: () => number } {
  let reads = 0;
  const listMail = store.listMail.bind(store);
  vi.spyOn(store, 'listMail').mockImplementation(async () => {
    const listed = await listMail();
    const items = new Proxy(listed.items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    return { ...listed, items };
  });
  return { reads: () => reads };
}

describe('signals of every client at once', () => {
  it('the alert check reads each mail record a bounded number of times, whatever the number of clients', async () => {
    const deps = await bookOf(CLIENTS);
    const counted = countMailReads(deps.store);
    const alerts = await createService(deps).evaluateAlerts(NOW);

    expect(alerts.length).toBeGreaterThan(0);
    expect(counted.reads()).toBeLessThanOrEqual(2 * CLIENTS * MAIL_PER_CLIENT);
  });

  it('the popup’s triage reads each mail record a bounded number of times, whatever the number of clients', async () => {
    const deps = await bookOf(CLIENTS);
    const counted = countMailReads(deps.store);
    const triage = await createService(deps).handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });

    expect(triage.ok && triage.rows).toHaveLength(CLIENTS);
    expect(counted.reads()).toBeLessThanOrEqual(2 * CLIENTS * MAIL_PER_CLIENT);
  });

  it('the alert check finds, per client, what it finds for that client alone', async () => {
    const deps = await bookOf(CLIENTS);
    const alerts = await createService(deps).evaluateAlerts(NOW);
    const heated = alerts.filter((a) => a.clientId === 'client-3');

    const alone = await bookOf(0);
    await alone.store.putAccounts({
      clients: [(await deps.store.loadAccounts()).clients.find((c) => c.id === 'client-3')!],
      contacts: [makeContact({ id: 'client-3-buyer', clientId: 'client-3', emails: ['buyer@client-3.example'] })],
      commitments: [(await deps.store.loadAccounts()).commitments.find((c) => c.id === 'client-3-renewal')!],
    });
    await alone.store.putMail(Array.from({ length: MAIL_PER_CLIENT }, (_, m) => mailOf('client-3', m)));
    expect(await createService(alone).evaluateAlerts(NOW)).toEqual(heated);
  });
});
