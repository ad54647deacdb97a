import { describe, expect, it } from 'vitest';
import { dispatch, RATE_LIMITED, type ThreadView } from '../../../utils/messaging';
import { createService } from '../../../utils/service';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';
import { fakeDeps, quiet, tab, threadFrom } from './fake-deps';

/**
 * A content script lives on the mail page, which may be compromised: what it
 * can learn and do through the background is limited to the thread open in
 * its own tab.
 */

const acme = makeClient({
  notes: 'Churn risk: CFO wants to renegotiate',
  annualValue: { amount: 2_400_000, currency: 'USD' },
  facts: { outcomes: 'Saved 1,200 hours', usage: '340 seats', switchingCost: '9 months' },
  protocols: ['Tell Maria two weeks before any deadline'],
});
const globex = makeClient({ id: 'client-globex', name: 'Globex Health', domains: ['globex-health.example'], notes: 'Globex secret' });

async function world() {
  const fake = await fakeDeps();
  await fake.store.putClient(acme);
  await fake.store.putClient(globex);
  await fake.store.putContact(makeContact());
  await fake.store.putCommitment(makeCommitment({ id: 'commitment-signed', title: 'Onboarding plan', dueAt: '2026-05-10' }));
  await fake.store.putSettings({ schemaVersion: 1, ownAddresses: ['sam.carter@northwind-analytics.example'] });
  const service = createService(fake.deps);
  const send = (tabId: number, message: Record<string, unknown>) => dispatch(service.handlers, message, tab(tabId), quiet) as Promise<Record<string, unknown>>;
  const report = async (tabId: number, from = 'maria.gonzalez@acme-retail.example', threadId = 'thread-1') => {
    const snapshot = threadFrom(from, { threadId });
    const answer = (await send(tabId, { type: 'thread/report', url: 'https://mail.google.com/mail/u/0/#inbox/x', snapshot })) as {
      ok: boolean;
      view: ThreadView;
    };
    expect(answer.ok).toBe(true);
    return answer.view;
  };
  return { ...fake, service, send, report };
}

describe('what a content script learns of a client', () => {
  it('gets the name and id of the client its thread matched, never notes, annual value or business facts', async () => {
    const { report } = await world();
    // A forged report only needs a guessed domain.
    const view = await report(3, 'anyone@acme-retail.example');
    expect(view.client).toEqual({ id: 'client-acme', name: 'Acme Retail' });
    const text = JSON.stringify(view);
    for (const secret of ['Churn risk', '2400000', 'Saved 1,200 hours', '340 seats', 'Globex']) expect(text).not.toContain(secret);
    // An open commitment is the line the sidebar shows.
    expect(view.commitments.length).toBeGreaterThan(0);
    for (const commitment of view.commitments) expect(Object.keys(commitment).sort()).toEqual(['description', 'id', 'overdue']);
  });

  it('gets no client at all for a thread that matches none', async () => {
    const { report } = await world();
    const view = await report(3, 'someone@unknown-company.example');
    expect(view.state).toBe('none');
    expect(view.client).toBeUndefined();
  });
});

describe('deadline/confirm from a content script', () => {
  it('tracks a deadline suggested for this tab’s thread, for this tab’s client, from the background’s own copy', async () => {
    const { report, send, store } = await world();
    const view = await report(3);
    const suggestion = view.deadlineSuggestions.find((s) => s.kind === 'agreement' && s.due === '2026-06-30');
    expect(suggestion).toBeDefined();
    await expect(send(3, { type: 'deadline/confirm', suggestionId: suggestion!.id })).resolves.toMatchObject({ ok: true });
    const stored = (await store.loadAccounts()).commitments.find((c) => c.id === `commitment-${suggestion!.id}`);
    expect(stored).toMatchObject({ clientId: 'client-acme', kind: 'agreement', dueAt: '2026-06-30', source: { provider: 'gmail', threadId: 'thread-1' } });
  });

  it('refuses a client id, a date or a wording chosen by the page', async () => {
    const { report, send, store } = await world();
    const view = await report(3);
    const suggestion = view.deadlineSuggestions[0]!;
    const forged = { type: 'deadline/confirm', clientId: 'client-globex', threadId: 'x', provider: 'gmail', suggestion: { ...suggestion, due: '2030-01-01' } };
    await expect(send(3, forged)).resolves.toMatchObject({ ok: false });
    await expect(send(3, { type: 'deadline/confirm', suggestionId: suggestion.id, clientId: 'client-globex' })).resolves.toMatchObject({ ok: false });
    expect((await store.loadAccounts()).commitments.map((c) => c.id)).toEqual(['commitment-signed']);
  });

  it('refuses a suggestion that was not shown in this tab', async () => {
    const { report, send, store } = await world();
    const view = await report(3);
    await report(5, 'rachel.kim@globex-health.example', 'thread-2');
    const id = view.deadlineSuggestions[0]!.id;
    // Another tab, a tab that never reported, an id the background never suggested.
    await expect(send(5, { type: 'deadline/confirm', suggestionId: id })).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('not among those suggested'),
    });
    await expect(send(9, { type: 'deadline/confirm', suggestionId: id })).resolves.toMatchObject({ ok: false });
    await expect(send(3, { type: 'deadline/confirm', suggestionId: 'gmail:thread-1:m1:payment:2026-06-01' })).resolves.toMatchObject({ ok: false });
    expect((await store.loadAccounts()).commitments).toHaveLength(1);
  });

  it('never overwrites a commitment that already has the id', async () => {
    const { report, send, store } = await world();
    const view = await report(3);
    const suggestion = view.deadlineSuggestions.find((s) => s.due === '2026-06-30')!;
    const existing = makeCommitment({ id: `commitment-${suggestion.id}`, title: 'Signed by hand', status: 'done', dueAt: '2026-06-01' });
    await store.putCommitment(existing);
    await expect(send(3, { type: 'deadline/confirm', suggestionId: suggestion.id })).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('already tracked'),
    });
    expect((await store.loadAccounts()).commitments.find((c) => c.id === existing.id)).toEqual(existing);
  });

  it('refuses a date the sidebar showed as past', async () => {
    const { send, store } = await world();
    const snapshot = threadFrom('maria.gonzalez@acme-retail.example', {
      messages: [{ ...threadFrom('x@acme-retail.example').messages[0]!, sentAt: '2026-04-10T10:00:00-04:00', text: 'We will sign the agreement by April 30.' }],
    });
    const answer = (await send(3, { type: 'thread/report', url: 'https://mail.google.com/', snapshot })) as { view: ThreadView };
    const past = answer.view.deadlineSuggestions.find((s) => s.past);
    expect(past).toBeDefined();
    await expect(send(3, { type: 'deadline/confirm', suggestionId: past!.id })).resolves.toMatchObject({ ok: false, error: expect.stringContaining('passed') });
    expect((await store.loadAccounts()).commitments).toHaveLength(1);
  });

  it('tracks a deadline once: a second confirm is refused', async () => {
    const { report, send, store } = await world();
    const suggestion = (await report(3)).deadlineSuggestions[0]!;
    await expect(send(3, { type: 'deadline/confirm', suggestionId: suggestion.id })).resolves.toMatchObject({ ok: true });
    await expect(send(3, { type: 'deadline/confirm', suggestionId: suggestion.id })).resolves.toMatchObject({ ok: false });
    expect((await store.loadAccounts()).commitments).toHaveLength(2);
  });
});

describe('deadline/dismiss from a content script', () => {
  it('dismisses only a suggestion shown in this tab, for this tab’s client', async () => {
    const { report, send, store } = await world();
    const suggestion = (await report(3)).deadlineSuggestions[0]!;
    await expect(send(3, { type: 'deadline/dismiss', suggestionId: 'anything-at-all' })).resolves.toMatchObject({ ok: false });
    await expect(send(4, { type: 'deadline/dismiss', suggestionId: suggestion.id })).resolves.toMatchObject({ ok: false });
    expect(await store.listDismissals()).toEqual([]);
    await expect(send(3, { type: 'deadline/dismiss', suggestionId: suggestion.id })).resolves.toMatchObject({ ok: true });
    expect(await store.listDismissals()).toEqual([expect.objectContaining({ id: suggestion.id, clientId: 'client-acme' })]);
  });
});

describe('how often a content script may ask', () => {
  it('answers a flood from one tab with a clear error after a short burst; other tabs and the options page go on', async () => {
    const { report, service, clock } = await world();
    const suggestion = (await report(3)).deadlineSuggestions[0]!;
    const flood = { type: 'deadline/dismiss', suggestionId: suggestion.id };
    const answers = (await Promise.all(Array.from({ length: 2000 }, () => service.receive(flood, tab(3), quiet)))) as Array<{ ok: boolean; error?: string }>;
    const admitted = answers.filter((a) => a.ok).length;
    expect(admitted).toBeGreaterThan(5);
    expect(admitted).toBeLessThanOrEqual(30);
    expect(answers.filter((a) => !a.ok).every((a) => a.error === RATE_LIMITED)).toBe(true);

    await expect(service.receive({ type: 'thread/clear', url: 'https://mail.google.com/' }, tab(4), quiet)).resolves.toMatchObject({ ok: true });
    await expect(service.receive({ type: 'settings/get' }, { kind: 'page' }, quiet)).resolves.toMatchObject({ ok: true });
    await expect(service.receive(flood, tab(3), quiet)).resolves.toEqual({ ok: false, error: RATE_LIMITED });

    // The bucket refills with time.
    clock.now = new Date(clock.now.getTime() + 2_000);
    await expect(service.receive(flood, tab(3), quiet)).resolves.toMatchObject({ ok: true });
  });

  it('counts an LLM stream start against the same bucket', async () => {
    const { service } = await world();
    for (let i = 0; i < 40; i += 1) await service.receive({ type: 'thread/clear', url: 'https://mail.google.com/' }, tab(3), quiet);
    await expect(service.streamSuggestion({ situation: 'de-escalate' }, 3, {})).resolves.toEqual({ ok: false, error: RATE_LIMITED });
  });
});

describe('how much a content script may report', () => {
  it('cuts a 60 MB report to the limits and keeps the latest messages', async () => {
    const { send, store } = await world();
    const text = 'Thanks Sam. We will sign the agreement by June 30 and pay the invoice by July 15. '.repeat(2_500); // ~200 KB
    const base = threadFrom('maria.gonzalez@acme-retail.example');
    const messages = Array.from({ length: 300 }, (_, i) => ({ ...base.messages[0]!, id: `m${i}`, text }));
    const answer = await send(3, { type: 'thread/report', url: 'https://mail.google.com/', snapshot: { ...base, messages } });
    expect(answer.ok).toBe(true);
    // The latest 200 messages are what was read.
    const kept = await store.mailForClient('client-acme');
    expect(kept).toHaveLength(200);
    expect(kept.map((r) => r.id)).toContain('gmail:thread-1:m299');
    expect(kept.map((r) => r.id)).not.toContain('gmail:thread-1:m0');
  }, 60_000);
});
