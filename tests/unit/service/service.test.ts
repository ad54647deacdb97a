// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '../../../utils/mail';
import { dispatch, type ThreadView } from '../../../utils/messaging';
import { createService, type ServiceDeps, type TabThread } from '../../../utils/service';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

const NOW = new Date('2026-05-18T14:24:00Z');
let counter = 0;

async function makeDeps(name = `bk-service-${(counter += 1)}`, now = NOW): Promise<ServiceDeps> {
  const store = new AccountStore(await openBridgekeeperDb({ name }));
  const remembered = new Map<number, TabThread>();
  return {
    store,
    secrets: { getApiKey: async () => null, setApiKey: async () => undefined },
    tabs: {
      remember: async (tab, view) => void remembered.set(tab, view),
      forget: async (tab) => void remembered.delete(tab),
      recall: async (tab) => remembered.get(tab) ?? null,
    },
    permissions: { contains: async () => false },
    now: () => now,
    timeZone: () => 'America/New_York',
    accountsChanged: () => undefined,
    openOptions: async () => undefined,
  };
}

function gmailSnapshot() {
  const html = readFileSync('tests/fixtures/gmail/thread-agreement-june.html', 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!--.*?-->\s*/s, '').replace(/<!DOCTYPE html>/i, '');
  const result = gmailAdapter.extractThread(document, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBZcVtqWmJxKdNpLrTgHsWvXc', {
    timeZone: 'America/New_York',
    now: NOW,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const content = { kind: 'content' as const, tabId: 3, url: 'https://mail.google.com/mail/u/0/' };
const quiet = { warn: vi.fn() };

describe('the background service', () => {
  it('matches a reported Gmail thread, suggests its deadlines and remembers the view for the popup', async () => {
    const deps = await makeDeps();
    await deps.store.putClient(makeClient());
    await deps.store.putContact(makeContact());
    await deps.store.putSettings({ schemaVersion: 1, ownAddresses: ['sam.carter@northwind-analytics.example', 'priya.nair@northwind-analytics.example'] });
    const service = createService(deps);

    const answer = (await dispatch(
      service.handlers,
      { type: 'thread/report', url: 'https://mail.google.com/', snapshot: gmailSnapshot() },
      content,
      quiet,
    )) as {
      ok: boolean;
      view: ThreadView;
    };
    expect(answer.ok).toBe(true);
    expect(answer.view.client?.name).toBe('Acme Retail');
    expect(answer.view.deadlineSuggestions).toContainEqual(expect.objectContaining({ kind: 'agreement', due: '2026-06-30' }));
    expect((await deps.tabs.recall(3))?.view.client?.id).toBe('client-acme');
    // What was seen is kept for signals: senders, dates, heat; never the bodies.
    const kept = await deps.store.mailForClient('client-acme');
    expect(kept.length).toBeGreaterThan(3);
    expect(JSON.stringify(kept)).not.toContain('Restore the service today');
  });

  it('keeps a thread whose reply-all adds odd but valid addresses, and drops only a look-alike participant', async () => {
    const deps = await makeDeps();
    await deps.store.putClient(makeClient());
    await deps.store.putContact(makeContact());
    await deps.store.putSettings({ schemaVersion: 1, ownAddresses: ['sam.carter@northwind-analytics.example'] });
    const service = createService(deps);
    const snapshot = gmailSnapshot();
    const odd = [
      'josé@acme-retail.example',
      'ops=finance@acme-retail.example',
      'billing/ap@acme-retail.example',
      'info@münchen.example',
      'x@ａｃｍｅ-retail.example',
      'y@acme-retail.example.',
    ];
    const last = snapshot.messages[snapshot.messages.length - 1]!;
    last.cc.push(...odd.map((email) => ({ email, name: '' })));
    const answer = (await dispatch(service.handlers, { type: 'thread/report', url: 'https://mail.google.com/', snapshot }, content, quiet)) as {
      ok: boolean;
      view: ThreadView;
    };
    expect(answer.ok).toBe(true);
    expect(answer.view.client?.name).toBe('Acme Retail');
    const kept = await deps.store.mailForClient('client-acme');
    expect(kept.length).toBe(snapshot.messages.length);
    const cc = kept.flatMap((r) => r.cc);
    expect(cc).toEqual(
      expect.arrayContaining(['josé@acme-retail.example', 'ops=finance@acme-retail.example', 'billing/ap@acme-retail.example', 'info@xn--mnchen-3ya.example']),
    );
    expect(cc.some((a) => a.startsWith('x@') || a.startsWith('y@'))).toBe(false);
  });

  it('rejects a content-script message with extra or wrong fields, and page-only requests', async () => {
    const service = createService(await makeDeps());
    await expect(dispatch(service.handlers, { type: 'thread/report', url: 'x', snapshot: {}, extra: 1 }, content, quiet)).resolves.toMatchObject({ ok: false });
    await expect(dispatch(service.handlers, { type: 'accounts/load' }, content, quiet)).resolves.toMatchObject({ ok: false });
    await expect(dispatch(service.handlers, { type: 'settings/get' }, content, quiet)).resolves.toMatchObject({ ok: false });
  });

  it('sends each alert once, even after the worker restarts (a new service on the same database)', async () => {
    const name = 'bk-service-alerts';
    const first = await makeDeps(name);
    await first.store.putClient(makeClient());
    await first.store.putContact(makeContact());
    await first.store.putCommitment(makeCommitment({ id: 'renewal', kind: 'renewal', title: 'Renewal', dueAt: '2026-05-25', sentAt: undefined }));
    const before = await createService(first).evaluateAlerts(NOW);
    expect(before.map((a) => a.id)).toEqual(['deadline:renewal:2026-05-25:7']);
    first.store.db.close();

    const restarted = createService(await makeDeps(name));
    expect(await restarted.evaluateAlerts(NOW)).toEqual([]);
    // Five days on, the 2-day stage fires.
    expect((await restarted.evaluateAlerts(new Date('2026-05-23T14:00:00Z'))).map((a) => a.id)).toEqual(['deadline:renewal:2026-05-25:2']);
  });

  it('forgets the reminders of a date once it has passed, and repeats none of them', async () => {
    const deps = await makeDeps();
    await deps.store.putClient(makeClient());
    await deps.store.putContact(makeContact());
    await deps.store.putCommitment(makeCommitment({ id: 'renewal', kind: 'renewal', title: 'Renewal', dueAt: '2026-05-25', sentAt: undefined }));
    const service = createService(deps);
    await service.evaluateAlerts(NOW);
    await service.evaluateAlerts(new Date('2026-05-23T14:00:00Z'));
    expect([...(await deps.store.sentAlerts())].sort()).toEqual(['deadline:renewal:2026-05-25:2', 'deadline:renewal:2026-05-25:7']);
    expect((await service.evaluateAlerts(new Date('2026-05-26T14:00:00Z'))).map((a) => a.id)).toEqual(['deadline:renewal:2026-05-25:passed']);
    expect([...(await deps.store.sentAlerts())]).toEqual(['deadline:renewal:2026-05-25:passed']);
    for (const day of ['2026-05-27', '2026-06-30', '2027-05-01']) expect(await service.evaluateAlerts(new Date(`${day}T14:00:00Z`))).toEqual([]);
  });
});
