import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../utils/dates';
import type { Commitment, MailRecord } from '../../../utils/model';
import { createService } from '../../../utils/service';
import { exportBackup, restoreBackupText } from '../../../utils/backup';
import { commitImport } from '../../../utils/import';
import { checkAlerts } from '../../../utils/service/alerts';
import { alertEssentials, type Alert } from '../../../utils/signals';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';
import { fakeDeps, type FakeClock } from './fake-deps';

/**
 * The hourly alert check reads only the clients its agenda says are due. It
 * must raise exactly the alerts that looking at every client every day
 * raises, through any mix of writes and days going by: a write path that
 * forgets to mark its client due, or a day `nextAlertDay` fails to foresee,
 * shows up here as a missed alert.
 */

const OURS = 'sam.carter@northwind-analytics.example';
const KINDS: Commitment['kind'][] = ['agreement', 'payment', 'renewal', 'meeting', 'service-hold'];
const ROLES = ['champion', 'decision-maker', 'finance', 'leadership', 'other'] as const;

function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

type Random = ReturnType<typeof seeded>;

function mail(clientId: string, n: number, at: Date, inbound: boolean, extra: Partial<MailRecord> = {}): MailRecord {
  return {
    schemaVersion: 1,
    id: `gmail:${clientId}:m${n}`,
    clientId,
    provider: 'gmail',
    threadId: `${clientId}-t${n % 3}`,
    from: inbound ? `buyer@${clientId}.example` : OURS,
    fromName: '',
    to: [inbound ? OURS : `buyer@${clientId}.example`],
    cc: [],
    sentAt: at.toISOString(),
    inbound,
    heat: 10,
    mentions: [],
    ...extra,
  };
}

async function book(store: AccountStore, random: Random, clients: number, today: string) {
  const ids = Array.from({ length: clients }, (_, i) => `client-${i}`);
  const written = await store.putAccounts({
    clients: ids.map((id, i) => makeClient({ id, name: `Client ${i}`, domains: [`${id}.example`], tier: i % 2 ? 'standard' : 'key' })),
    contacts: ids.flatMap((id) =>
      Array.from({ length: random.int(0, 3) }, (_, c) =>
        makeContact({ id: `${id}-p${c}`, clientId: id, role: random.pick(ROLES), emails: [`p${c}@${id}.example`] }),
      ),
    ),
    commitments: ids.flatMap((id) =>
      Array.from({ length: random.int(0, 3) }, (_, c) =>
        makeCommitment({ id: `${id}-c${c}`, clientId: id, kind: random.pick(KINDS), dueAt: addDays(today, random.int(-5, 40)), sentAt: undefined }),
      ),
    ),
  });
  if (!written.ok) throw new Error(written.error);
}

let mailCounter = 1000;

/** One write a user or a visited thread could make, through the store's own write paths. */
async function someWrite(store: AccountStore, random: Random, clients: number, now: Date, today: string): Promise<string> {
  const id = `client-${random.int(0, clients - 1)}`;
  const n = (mailCounter += 1);
  switch (random.int(0, 9)) {
    case 0:
      await store.putMail([mail(id, n, now, false)]);
      return `our mail to ${id}`;
    case 1: {
      // Their mail naming one of the client's deadlines, copied to a stakeholder: who was told changes.
      const { commitments } = await store.loadAccounts();
      const ahead = commitments.filter((c) => c.clientId === id && c.status === 'open' && c.dueAt >= today).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      const named = ahead[0];
      const mentions = named ? [{ kind: named.kind, due: named.dueAt }] : [];
      // After a first reply, so that this one is kept for what it names, not as the reply to our last message.
      const reply = mail(id, (mailCounter += 1), new Date(now.getTime() - 3_600_000), true);
      await store.putMail([reply, mail(id, n, now, true, { mentions, cc: [`p0@${id}.example`, `p1@${id}.example`] })]);
      return `their mail from ${id} naming ${named?.id ?? 'nothing'}`;
    }
    case 9: {
      // Our message and their reply an hour later: no silence.
      await store.putMail([mail(id, n, new Date(now.getTime() - 7_200_000), false), mail(id, (mailCounter += 1), new Date(now.getTime() - 3_600_000), true)]);
      return `a reply from ${id}`;
    }
    case 2:
      await store.putContact(makeContact({ id: `${id}-new${n}`, clientId: id, role: 'finance', emails: [`new${n}@${id}.example`] }));
      return `a finance contact at ${id}`;
    case 3:
      await store.deleteContact(`${id}-p0`);
      return `contact p0 of ${id} deleted`;
    case 4:
      await store.putCommitment(
        makeCommitment({ id: `${id}-new${n}`, clientId: id, kind: 'payment', dueAt: addDays(today, random.int(1, 20)), sentAt: undefined }),
      );
      return `a payment for ${id}`;
    case 5: {
      const { commitments } = await store.loadAccounts();
      const mine = commitments.filter((c) => c.clientId === id);
      if (mine[0]) await store.putCommitment({ ...mine[0], status: 'done' });
      return `first commitment of ${id} done`;
    }
    case 6: {
      const { clients: all } = await store.loadAccounts();
      const client = all.find((c) => c.id === id);
      if (client) await store.putClient({ ...client, tier: client.tier === 'key' ? 'standard' : 'key' });
      return `tier of ${id} flipped`;
    }
    case 7:
      await store.deleteCommitment(`${id}-c0`);
      return `commitment c0 of ${id} deleted`;
    case 8: {
      const { settings } = await store.getSettings();
      await store.putSettings({ ...settings, silenceDays: { ...settings.silenceDays, key: random.int(2, 6) } });
      return 'key-client silence limit changed';
    }
    default:
      throw new Error('no such write');
  }
}

/** Every client, every time: what the agenda must agree with. */
async function everyClient(store: AccountStore, now: Date, timeZone: string, sent: Set<string>): Promise<Alert[]> {
  const [accounts, listed, { settings }] = await Promise.all([store.loadAccounts(), store.listMail(), store.getSettings()]);
  const { alerts } = checkAlerts({ ...accounts, mail: listed.items, settings }, now, timeZone, sent);
  for (const alert of alerts) sent.add(alert.id);
  return byId(alerts);
}

const byId = (alerts: Alert[]) => [...alerts].sort((a, b) => a.id.localeCompare(b.id));

describe('the alert agenda', () => {
  it.each([1, 2, 3])('raises exactly the alerts of looking at every client every day, through writes and days (seed %i)', async (seed) => {
    const random = seeded(seed);
    const clock: FakeClock = { now: new Date('2026-05-04T13:00:00Z') };
    const { deps, store } = await fakeDeps({ clock });
    const today = () => clock.now.toISOString().slice(0, 10);
    await book(store, random, 24, today());
    await store.putMail(Array.from({ length: 24 }, (_, i) => mail(`client-${i}`, i, new Date('2026-04-28T10:00:00Z'), i % 3 !== 0)));
    const sent = new Set<string>();
    const history: string[] = [];
    for (let day = 0; day < 45; day++) {
      for (let w = random.int(0, 2); w > 0; w--) history.push(`day ${day}: ${await someWrite(store, random, 24, clock.now, today())}`);
      const expected = await everyClient(store, clock.now, deps.timeZone(), sent);
      const raised = byId(await createService(deps).evaluateAlerts(clock.now));
      expect(raised, history.slice(-4).join('\n')).toEqual(expected);
      clock.now = new Date(clock.now.getTime() + 86_400_000);
    }
    expect(sent.size).toBeGreaterThan(20);
  });

  it('raises a kept client’s alert once when so many others were written to that the whole book is read', async () => {
    const clock: FakeClock = { now: new Date('2026-05-04T13:00:00Z') };
    const { deps, store } = await fakeDeps({ clock });
    await store.putAccounts({
      clients: [
        makeClient({ id: 'client-a', tier: 'key' }),
        ...Array.from({ length: 7 }, (_, i) => makeClient({ id: `client-${i}`, domains: [`c${i}.example`] })),
      ],
      contacts: [makeContact({ clientId: 'client-a', role: 'finance', name: 'Ben Ortiz' })],
      commitments: [makeCommitment({ clientId: 'client-a', kind: 'payment', dueAt: '2026-06-30', sentAt: undefined })],
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await createService(deps).evaluateAlerts(clock.now);

    // On the payment's 14-day stage, client-a is due from what the agenda kept; three of eight others were written to.
    clock.now = new Date('2026-06-16T13:00:00Z');
    for (const i of [0, 1, 2]) await store.putContact(makeContact({ id: `new-${i}`, clientId: `client-${i}`, emails: [`new@c${i}.example`] }));
    const whole = vi.spyOn(store, 'loadAccounts');
    const alerts = await createService(deps).evaluateAlerts(clock.now);
    expect(whole).toHaveBeenCalled();
    expect(alerts.map((a) => [a.id, a.message])).toEqual([['deadline:commitment-agreement:2026-06-30:14', 'Not yet told: Ben Ortiz.']]);
  });

  it('on a day nothing can come due, reads no client at all', async () => {
    const clock: FakeClock = { now: new Date('2026-05-04T13:00:00Z') };
    const { deps, store } = await fakeDeps({ clock });
    await store.putAccounts({
      // Nine calm clients beside it, so that reading one client alone is the cheaper way.
      clients: [
        makeClient({ id: 'client-a', tier: 'key' }),
        ...Array.from({ length: 9 }, (_, i) => makeClient({ id: `client-calm-${i}`, domains: [`calm${i}.example`] })),
      ],
      contacts: [makeContact({ clientId: 'client-a', role: 'finance' })],
      commitments: [makeCommitment({ clientId: 'client-a', kind: 'payment', dueAt: '2026-06-30', sentAt: undefined })],
    });
    // A write in the very millisecond a check begins keeps its client due (the guard is by Date.now()).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await createService(deps).evaluateAlerts(clock.now);
    const reads = [vi.spyOn(store, 'clientRecords'), vi.spyOn(store, 'listMail'), vi.spyOn(store, 'loadAccounts')];

    clock.now = new Date('2026-05-05T13:00:00Z');
    expect(await createService(deps).evaluateAlerts(clock.now)).toEqual([]);
    for (const read of reads) expect(read).not.toHaveBeenCalled();

    // 14 days before the payment the client is due again: its alert comes from what the agenda kept of it.
    clock.now = new Date('2026-06-16T13:00:00Z');
    expect((await createService(deps).evaluateAlerts(clock.now)).map((a) => a.id)).toEqual(['deadline:commitment-agreement:2026-06-30:14']);
    for (const read of reads) expect(read).not.toHaveBeenCalled();

    // A write since: that client alone is read from its records.
    await store.putContact(makeContact({ id: 'contact-new', clientId: 'client-a', role: 'leadership', emails: ['new@acme-retail.example'] }));
    expect((await createService(deps).evaluateAlerts(clock.now)).map((a) => a.id)).toEqual([]);
    expect(reads[0]).toHaveBeenCalledWith(['client-a']);
  });

  it('a check that began before a write leaves that client due', async () => {
    const clock: FakeClock = { now: new Date('2026-05-04T13:00:00Z') };
    const { store } = await fakeDeps({ clock });
    await store.putAccounts({ clients: [makeClient({ id: 'client-a' })], contacts: [], commitments: [] });
    const startedAt = Date.now() - 1;
    await store.putContact(makeContact({ clientId: 'client-a' }));
    await store.settleAlertAgenda({
      sent: [],
      plans: new Map([['client-a', { next: null, essentials: alertEssentials(makeClient({ id: 'client-a' }), [], [], []) }]]),
      today: '2026-05-04',
      startedAt,
    });

    const basis = { version: 1, timeZone: 'UTC', keySilenceDays: 3 };
    await store.settleAlertAgenda({ sent: [], plans: new Map(), today: '2026-05-04', startedAt: 0, basis });
    expect(await store.alertAgendaDue('2026-05-04', basis)).toEqual({ all: false, due: [{ clientId: 'client-a' }], total: 1 });
  });

  it.each(['replace', 'merge'] as const)('a restore (%s) and an import make what they wrote due at the next check', async (mode) => {
    const clock: FakeClock = { now: new Date('2026-05-04T13:00:00Z') };
    const { deps, store } = await fakeDeps({ clock });
    await store.putAccounts({
      clients: Array.from({ length: 9 }, (_, i) => makeClient({ id: `client-calm-${i}`, domains: [`calm${i}.example`] })),
      contacts: [],
      commitments: [],
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await createService(deps).evaluateAlerts(clock.now)).toEqual([]);

    const source = (await fakeDeps()).store;
    await source.putAccounts({
      clients: [makeClient({ id: 'client-a' })],
      contacts: [makeContact({ clientId: 'client-a', role: 'finance' })],
      commitments: [makeCommitment({ clientId: 'client-a', kind: 'payment', dueAt: '2026-05-06', sentAt: undefined })],
    });
    expect(await restoreBackupText(store, await exportBackup(source, clock.now), { mode })).toMatchObject({ ok: true });
    expect((await createService(deps).evaluateAlerts(clock.now)).map((a) => a.id)).toEqual(['deadline:commitment-agreement:2026-05-06:2']);

    // Everyone told of a new payment: no alert. A finance contact imported later was not told.
    const told = [{ contactId: 'contact-maria', at: '2026-05-01T09:00:00.000Z' }];
    await store.putCommitment(
      makeCommitment({ id: 'commitment-c', clientId: 'client-a', kind: 'payment', dueAt: '2026-05-05', sentAt: undefined, notified: told }),
    );
    expect(await createService(deps).evaluateAlerts(clock.now)).toEqual([]);
    const imported = await commitImport(store, {
      clients: [],
      contacts: [makeContact({ id: 'contact-new', clientId: 'client-a', role: 'finance', emails: ['new@acme-retail.example'] })],
    });
    expect(imported).toMatchObject({ ok: true });
    expect((await createService(deps).evaluateAlerts(clock.now)).map((a) => a.id)).toEqual(['deadline:commitment-c:2026-05-05:2']);
  });

  it('keeps a stakeholder told in mail as told on the later days it reads from the agenda', async () => {
    const clock: FakeClock = { now: new Date('2026-05-04T13:00:00Z') };
    const { deps, store } = await fakeDeps({ clock });
    await store.putAccounts({
      clients: [
        makeClient({ id: 'client-a', tier: 'standard' }),
        ...Array.from({ length: 9 }, (_, i) => makeClient({ id: `client-calm-${i}`, domains: [`calm${i}.example`] })),
      ],
      contacts: [
        makeContact({ id: 'contact-ana', clientId: 'client-a', name: 'Ana', role: 'finance', emails: ['ana@acme-retail.example'] }),
        makeContact({ id: 'contact-ben', clientId: 'client-a', name: 'Ben', role: 'champion', emails: ['ben@acme-retail.example'] }),
      ],
      commitments: [makeCommitment({ id: 'payment', clientId: 'client-a', kind: 'payment', dueAt: '2026-05-24', sentAt: undefined })],
    });
    await store.putMail([
      mail('client-a', 1, new Date('2026-05-01T10:00:00Z'), true),
      mail('client-a', 2, new Date('2026-05-02T10:00:00Z'), false, { to: ['ana@acme-retail.example'], mentions: [{ kind: 'payment', due: '2026-05-24' }] }),
      mail('client-a', 3, new Date('2026-05-03T10:00:00Z'), false),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await createService(deps).evaluateAlerts(clock.now)).toEqual([]);
    const reads = vi.spyOn(store, 'clientRecords');

    clock.now = new Date('2026-05-10T13:00:00Z');
    const alerts = await createService(deps).evaluateAlerts(clock.now);
    expect(reads).not.toHaveBeenCalled();
    expect(alerts.map((a) => [a.id, a.message])).toEqual([['deadline:payment:2026-05-24:14', 'Not yet told: Ben.']]);
  });

  it('fills the agenda of a database made before it (version 2) at the first check', async () => {
    const name = `bk-agenda-v2-${process.pid}`;
    const old = new AccountStore(await openBridgekeeperDb({ name, version: 2 }));
    await old.db.put('clients', makeClient({ id: 'client-a' }));
    await old.db.put('contacts', makeContact({ clientId: 'client-a', role: 'finance' }));
    await old.db.put('commitments', makeCommitment({ id: 'payment', clientId: 'client-a', kind: 'payment', dueAt: '2026-05-24', sentAt: undefined }));
    old.db.close();

    const clock: FakeClock = { now: new Date('2026-05-04T13:00:00Z') };
    const { deps } = await fakeDeps({ clock });
    const store = new AccountStore(await openBridgekeeperDb({ name }));
    const upgraded = { ...deps, store };
    expect(await createService(upgraded).evaluateAlerts(clock.now)).toEqual([]);
    clock.now = new Date('2026-05-10T13:00:00Z');
    const reads = vi.spyOn(store, 'clientRecords');
    expect((await createService(upgraded).evaluateAlerts(clock.now)).map((a) => a.id)).toEqual(['deadline:payment:2026-05-24:14']);
    expect(reads).not.toHaveBeenCalled();
  });
});
