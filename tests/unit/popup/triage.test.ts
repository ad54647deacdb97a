import { describe, expect, it } from 'vitest';
import { offsetsOf, visibleWindow } from '../../../components/popup/windowing';
import { searchRows } from '../../../components/popup/search';
import { createService } from '../../../utils/service';
import { fakeDeps } from '../service/fake-deps';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

/**
 * The popup opens on what needs attention: at risk first, then deadlines
 * within 14 days, then silence, each with its count; the status comes from a
 * cache the background keeps current on writes.
 */

// Clock: 2026-05-18. The factory's agreement is 12 days overdue (at risk for a key client).
const atRisk = makeClient({ id: 'c-risk', name: 'Acme Retail', domains: ['acme-retail.example'], tier: 'key' });
const soon = makeClient({ id: 'c-soon', name: 'Globex Health', domains: ['globex-health.example'], tier: 'standard' });
const sooner = makeClient({ id: 'c-sooner', name: 'Umbrella', domains: ['umbrella.example'], tier: 'standard' });
const calm = makeClient({ id: 'c-calm', name: 'Initech', domains: ['initech.example'], tier: 'standard' });

async function book() {
  const world = await fakeDeps();
  const written = await world.store.putAccounts({
    clients: [calm, soon, atRisk, sooner],
    contacts: [makeContact({ clientId: atRisk.id })],
    commitments: [
      makeCommitment({ id: 'agreement', clientId: atRisk.id }),
      makeCommitment({ id: 'qbr', clientId: soon.id, kind: 'meeting', title: 'Globex QBR', sentAt: undefined, dueAt: '2026-05-26' }),
      makeCommitment({ id: 'call', clientId: sooner.id, kind: 'meeting', title: 'Umbrella call', sentAt: undefined, dueAt: '2026-05-20' }),
      makeCommitment({ id: 'renewal', clientId: calm.id, kind: 'renewal', title: 'annual renewal', sentAt: undefined, dueAt: '2026-09-01' }),
    ],
  });
  if (!written.ok) throw new Error(written.error);
  return { ...world, service: createService(world.deps) };
}

describe('popup triage', () => {
  it('orders clients at risk first, then deadlines within 14 days soonest first, then the rest, with counts', async () => {
    const { service } = await book();
    const triage = await service.handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });
    if (!triage.ok) throw new Error(triage.error);

    expect(triage.rows.map((r) => [r.name, r.group])).toEqual([
      ['Acme Retail', 'at-risk'],
      ['Umbrella', 'deadline'],
      ['Globex Health', 'deadline'],
      ['Initech', 'other'],
    ]);
    expect(triage.counts).toEqual({ 'at-risk': 1, deadline: 2, silence: 0, other: 1 });
    expect(triage.rows[1]!.line).toBe('Umbrella call — meeting, in 2 days');
    expect(triage.total).toBe(4);
  });

  it('cuts the rows at `limit` but counts them all', async () => {
    const { service } = await book();
    const triage = await service.handlers['status/triage']({ type: 'status/triage', limit: 2 }, { kind: 'page' });
    expect(triage.ok && triage.rows.map((r) => r.id)).toEqual(['c-risk', 'c-sooner']);
    expect(triage.ok && triage.total).toBe(4);
  });

  it('serves the status from its cache: a second open reads no mail', async () => {
    const { service, store } = await book();
    let mailReads = 0;
    const listMail = store.listMail.bind(store);
    store.listMail = async () => {
      mailReads += 1;
      return listMail();
    };
    await service.handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });
    await service.handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });
    await service.handlers['status/client']({ type: 'status/client', clientId: 'c-soon' }, { kind: 'page' });
    expect(mailReads).toBe(1);
  });

  it('is kept current on writes: a commitment saved through the protocol moves its client', async () => {
    const { service } = await book();
    await service.handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });
    const saved = await service.handlers['commitment/save'](
      {
        type: 'commitment/save',
        commitment: makeCommitment({
          id: 'review',
          clientId: calm.id,
          kind: 'deliverable',
          title: 'vendor review pack',
          sentAt: undefined,
          dueAt: '2026-05-19',
        }),
      },
      { kind: 'page' },
    );
    expect(saved.ok).toBe(true);
    const triage = await service.handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });
    expect(triage.ok && triage.rows.find((r) => r.id === 'c-calm')).toMatchObject({
      group: 'deadline',
      line: 'vendor review pack — deliverable, due tomorrow',
    });
  });

  it('counts days again when the day turns', async () => {
    const { service, clock } = await book();
    await service.handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });
    clock.now = new Date('2026-05-19T14:24:00Z');
    const triage = await service.handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });
    expect(triage.ok && triage.today).toBe('2026-05-19');
    expect(triage.ok && triage.rows.find((r) => r.id === 'c-sooner')?.line).toBe('Umbrella call — meeting, due tomorrow');
  });

  it('gives one client’s full status on a click, and says so when there is no such client', async () => {
    const { service } = await book();
    const one = await service.handlers['status/client']({ type: 'status/client', clientId: 'c-risk' }, { kind: 'page' });
    expect(one.ok && one.status.health.level).toBe('at-risk');
    const none = await service.handlers['status/client']({ type: 'status/client', clientId: 'nobody' }, { kind: 'page' });
    expect(none).toEqual({ ok: false, error: 'No such client.' });
  });
});

describe('windowed list', () => {
  it('puts a dozen of 5,000 rows in the DOM, wherever the list is scrolled', () => {
    const offsets = offsetsOf(Array.from({ length: 5000 }, (_, i) => (i % 1000 === 0 ? 30 : 52)));
    for (const scrollTop of [0, 52 * 2500, offsets[5000]! - 372]) {
      const win = visibleWindow(offsets, scrollTop, 372);
      expect(win.end - win.start).toBeLessThanOrEqual(20);
      expect(offsets[win.start]!).toBeLessThanOrEqual(scrollTop);
      expect(offsets[win.end]!).toBeGreaterThanOrEqual(Math.min(scrollTop + 372, offsets[5000]!));
    }
  });

  it('searches names and domains', () => {
    const row = (name: string, domain: string) => ({
      id: name,
      name,
      key: false,
      sample: false,
      level: 'ok' as const,
      group: 'other' as const,
      line: '',
      domains: [domain],
    });
    const rows = [row('Acme Retail', 'acme-retail.example'), row('Globex Health', 'globex-health.example')];
    expect(searchRows(rows, 'ACME').map((r) => r.id)).toEqual(['Acme Retail']);
    expect(searchRows(rows, 'globex-health').map((r) => r.id)).toEqual(['Globex Health']);
    expect(searchRows(rows, '  ')).toBe(rows);
  });
});
