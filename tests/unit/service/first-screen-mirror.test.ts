import { describe, expect, it, vi } from 'vitest';
import { createService, FIRST_ROWS, type FirstScreenMirror, type FirstScreenStore } from '../../../utils/service';
import { createAccountCache } from '../../../utils/service/account-cache';
import { createStatusCache } from '../../../utils/service/status';
import { makeClient, makeMeetingBook } from '../../support/factories';
import { fakeDeps } from './fake-deps';

/**
 * The popup paints its first screen from a copy the background leaves in
 * session storage, so it never waits on the worker (which may be asleep).
 * The copy must be the triage the popup would be sent, and never outlive a
 * write.
 */

type Op = 'clear' | FirstScreenMirror;

function recordingStore(): { ops: Op[]; store: FirstScreenStore } {
  const ops: Op[] = [];
  return { ops, store: { write: async (mirror) => void ops.push(mirror), clear: async () => void ops.push('clear') } };
}

const mirrors = (ops: Op[]) => ops.filter((op): op is FirstScreenMirror => op !== 'clear');

async function tracked(clients: number) {
  const world = await fakeDeps();
  const written = await world.store.putAccounts(makeMeetingBook(clients));
  if (!written.ok) throw new Error(written.error);
  const { ops, store } = recordingStore();
  return { ...world, ops, service: createService({ ...world.deps, firstScreen: store }) };
}

describe('the first screen the background leaves for the popup', () => {
  it('is the triage the popup asks for first, for today in the user’s zone', async () => {
    const { service, ops } = await tracked(40);
    const asked = await service.handlers['status/triage']({ type: 'status/triage', limit: FIRST_ROWS }, { kind: 'page' });
    if (!asked.ok) throw new Error(asked.error);
    const [mirror] = mirrors(ops);
    const { hasSampleData: _sample, activeThread: _thread, ...screen } = asked;
    expect(mirror).toEqual({ timeZone: 'America/New_York', screen });
    expect(mirror?.screen.rows).toHaveLength(FIRST_ROWS);
    expect(mirror?.screen.total).toBe(40);
  });

  it('is taken away by a write before the write answers, and left again, with the write in it, once the status is computed again', async () => {
    const { service, ops } = await tracked(3);
    await service.handlers['status/triage']({ type: 'status/triage' }, { kind: 'page' });
    const saved = await service.handlers['client/save'](
      { type: 'client/save', client: makeClient({ id: 'c-new', name: 'Newly Tracked', domains: ['newly.example'] }) },
      { kind: 'page' },
    );
    expect(saved.ok).toBe(true);
    expect(ops.at(-1)).toBe('clear');
    // The background computes the status again shortly after a write (createService's schedule).
    await vi.waitFor(() => expect(ops.at(-1)).not.toBe('clear'));
    expect(
      mirrors(ops)
        .at(-1)
        ?.screen.rows.map((r) => r.name),
    ).toContain('Newly Tracked');
  });

  it('is never one computed from data a write has since changed', async () => {
    const world = await fakeDeps();
    const accounts = createAccountCache(world.store);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const computed = vi.fn();
    const dropped = vi.fn();
    const statuses = createStatusCache({
      accounts: async () => (await held, accounts.get()),
      listMail: () => world.store.listMail(),
      now: world.deps.now,
      timeZone: world.deps.timeZone,
      computed,
      dropped,
    });
    const overtaken = statuses.get();
    statuses.invalidate();
    expect(dropped).toHaveBeenCalledTimes(1);
    release();
    await overtaken;
    expect(computed).not.toHaveBeenCalled();
    const fresh = await statuses.get();
    expect(computed).toHaveBeenCalledExactlyOnceWith(fresh);
  });

  it('is not left when computing the status fails, and the popup asks the background instead', async () => {
    const world = await fakeDeps();
    const computed = vi.fn();
    const statuses = createStatusCache({
      accounts: async () => Promise.reject(new Error('IndexedDB closed')),
      listMail: () => world.store.listMail(),
      now: world.deps.now,
      timeZone: world.deps.timeZone,
      computed,
    });
    await expect(statuses.get()).rejects.toThrow('IndexedDB closed');
    expect(computed).not.toHaveBeenCalled();
  });
});
