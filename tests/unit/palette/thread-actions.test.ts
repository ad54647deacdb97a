import { describe, expect, it } from 'vitest';
import { dispatch, type ThreadView } from '../../../utils/messaging';
import { createService } from '../../../utils/service';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';
import { fakeDeps, quiet, tab, threadFrom } from '../service/fake-deps';

/**
 * The command palette's writes (commitment/resolve, commitment/told,
 * contact/new-in-role) act only on what the tab's own thread view showed,
 * for that thread's client.
 */

const acme = makeClient();
const globex = makeClient({ id: 'client-globex', name: 'Globex Health', domains: ['globex-health.example'] });
const maria = makeContact();
const rachel = makeContact({ id: 'contact-rachel', clientId: 'client-globex', name: 'Rachel Kim', emails: ['rachel.kim@globex-health.example'] });

async function world() {
  const fake = await fakeDeps();
  for (const client of [acme, globex]) await fake.store.putClient(client);
  for (const contact of [maria, rachel]) await fake.store.putContact(contact);
  await fake.store.putCommitment(makeCommitment({ id: 'commitment-acme', title: 'Onboarding plan', dueAt: '2026-05-25' }));
  await fake.store.putCommitment(makeCommitment({ id: 'commitment-globex', clientId: 'client-globex', title: 'Globex renewal', dueAt: '2026-05-25' }));
  await fake.store.putSettings({ schemaVersion: 1, ownAddresses: ['sam.carter@northwind-analytics.example'] });
  const service = createService(fake.deps);
  const send = (tabId: number, message: Record<string, unknown>) => dispatch(service.handlers, message, tab(tabId), quiet) as Promise<Record<string, unknown>>;
  const report = async (tabId: number, from: string, threadId = 'thread-1') => {
    const answer = (await send(tabId, { type: 'thread/report', url: 'https://mail.google.com/', snapshot: threadFrom(from, { threadId }) })) as {
      view: ThreadView;
    };
    return answer.view;
  };
  const stored = async () => fake.store.loadAccounts();
  return { ...fake, send, report, stored };
}

describe('commitment/resolve', () => {
  it('marks an open commitment of the tab’s client done or waived', async () => {
    const { report, send, stored } = await world();
    const view = await report(3, maria.emails[0]!);
    expect(view.commitments.map((c) => c.id)).toContain('commitment-acme');
    await expect(send(3, { type: 'commitment/resolve', commitmentId: 'commitment-acme', status: 'waived' })).resolves.toEqual({ ok: true });
    expect((await stored()).commitments.find((c) => c.id === 'commitment-acme')?.status).toBe('waived');
  });

  it('refuses another client’s commitment, a tab that showed none, and a status other than done or waived', async () => {
    const { report, send, stored } = await world();
    await report(3, maria.emails[0]!);
    await expect(send(3, { type: 'commitment/resolve', commitmentId: 'commitment-globex', status: 'done' })).resolves.toMatchObject({ ok: false });
    await expect(send(4, { type: 'commitment/resolve', commitmentId: 'commitment-acme', status: 'done' })).resolves.toMatchObject({ ok: false });
    await expect(send(3, { type: 'commitment/resolve', commitmentId: 'commitment-acme', status: 'missed' })).resolves.toMatchObject({ ok: false });
    await expect(send(3, { type: 'commitment/resolve', commitmentId: 'commitment-acme', status: 'done', clientId: 'client-acme' })).resolves.toMatchObject({
      ok: false,
    });
    expect((await stored()).commitments.every((c) => c.status === 'open')).toBe(true);
  });

  it('is a content script’s request only: the extension’s own pages may not send it', async () => {
    const { report, deps, stored } = await world();
    await report(3, maria.emails[0]!);
    const answer = await dispatch(
      createService(deps).handlers,
      { type: 'commitment/resolve', commitmentId: 'commitment-acme', status: 'done' },
      { kind: 'page' },
      quiet,
    );
    expect(answer).toMatchObject({ ok: false });
    expect((await stored()).commitments.every((c) => c.status === 'open')).toBe(true);
  });
});

describe('commitment/told', () => {
  it('records that a known person on the thread was told of the commitment, once', async () => {
    const { report, send, stored } = await world();
    await report(3, maria.emails[0]!);
    const told = { type: 'commitment/told', commitmentId: 'commitment-acme', email: 'Maria.Gonzalez@acme-retail.example' };
    await expect(send(3, told)).resolves.toEqual({ ok: true });
    await expect(send(3, told)).resolves.toEqual({ ok: true });
    const notified = (await stored()).commitments.find((c) => c.id === 'commitment-acme')?.notified;
    expect(notified).toEqual([{ contactId: 'contact-maria', at: '2026-05-18T14:24:00.000Z' }]);
  });

  it('refuses a person who is not on the tab’s thread or belongs to another client', async () => {
    const { report, send, stored } = await world();
    await report(3, maria.emails[0]!);
    await expect(send(3, { type: 'commitment/told', commitmentId: 'commitment-acme', email: rachel.emails[0] })).resolves.toMatchObject({ ok: false });
    await expect(send(3, { type: 'commitment/told', commitmentId: 'commitment-globex', email: maria.emails[0] })).resolves.toMatchObject({ ok: false });
    expect((await stored()).commitments.every((c) => c.notified.length === 0)).toBe(true);
  });
});

describe('contact/new-in-role', () => {
  it('marks a known person on the tab’s thread new in role', async () => {
    const { report, send, stored } = await world();
    await report(3, maria.emails[0]!);
    await expect(send(3, { type: 'contact/new-in-role', email: maria.emails[0] })).resolves.toEqual({ ok: true });
    expect((await stored()).contacts.find((c) => c.id === 'contact-maria')?.newInRole).toBe(true);
  });

  it('refuses a contact of another client, or one the tab’s thread does not show', async () => {
    const { report, send, stored } = await world();
    await report(3, maria.emails[0]!);
    await report(5, rachel.emails[0]!, 'thread-2');
    await expect(send(3, { type: 'contact/new-in-role', email: rachel.emails[0] })).resolves.toMatchObject({ ok: false });
    await expect(send(9, { type: 'contact/new-in-role', email: maria.emails[0] })).resolves.toMatchObject({ ok: false });
    expect((await stored()).contacts.every((c) => !c.newInRole)).toBe(true);
  });
});
