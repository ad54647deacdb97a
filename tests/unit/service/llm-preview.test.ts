import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../utils/messaging';
import { defaultSettings, LlmSettingsSchema } from '../../../utils/model';
import { createService, type ServiceDeps } from '../../../utils/service';
import { llmRequestPreview } from '../../../utils/service/llm-preview';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeCommitment, makeContact, makeThreadView } from '../../support/factories';
import { FakeLlmServer, streamContent } from '../llm/fake-server';

const NOW = new Date('2026-05-18T12:00:00Z');
const ZONE = 'America/New_York';
const settings = LlmSettingsSchema.parse({});

/** A book of the user's own: one client with an agreement 12 days overdue. */
const client = makeClient({ id: 'client-harbour', name: 'Harbour Freight', domains: ['harbour.example'], tier: 'key' });
const book = {
  clients: [client],
  contacts: [makeContact({ id: 'contact-ines', clientId: client.id, name: 'Ines Duarte', emails: ['ines@harbour.example'], role: 'champion' })],
  commitments: [makeCommitment({ id: 'commitment-msa', clientId: client.id, title: 'Master services agreement', dueAt: '2026-05-06', sentAt: '2026-03-16' })],
};

describe('the options page’s preview of an LLM request', () => {
  it('shows the user’s own client when the book has one, never the sample data', () => {
    const preview = llmRequestPreview(book, settings, NOW, ZONE);
    expect(preview).toMatchObject({ client: 'Harbour Freight', sample: false });
    expect(preview?.body).toContain('Client: Harbour Freight (key client, active)');
    expect(preview?.body).toContain('Open commitment: Master services agreement');
    expect(preview?.body).not.toContain('Acme Retail');
  });

  it('falls back to the sample data only when the book is empty', () => {
    const preview = llmRequestPreview({ clients: [], contacts: [], commitments: [] }, settings, NOW, ZONE);
    expect(preview?.sample).toBe(true);
    expect(preview?.body).toContain(`Client: ${preview?.client}`);
  });

  it('previews a client the settings send for before the others', () => {
    const other = makeClient({ id: 'client-aardvark', name: 'Aardvark Ltd', domains: ['aardvark.example'] });
    const overdue = makeCommitment({ id: 'commitment-aardvark', clientId: other.id, title: 'Pilot order form', dueAt: '2026-05-04' });
    const two = { clients: [other, client], contacts: book.contacts, commitments: [...book.commitments, overdue] };
    expect(llmRequestPreview(two, settings, NOW, ZONE)?.client).toBe('Aardvark Ltd');
    expect(llmRequestPreview(two, { ...settings, clientIds: [client.id] }, NOW, ZONE)?.client).toBe('Harbour Freight');
  });

  it('masks what the redaction settings say', () => {
    const withPhone = { ...book, clients: [{ ...client, protocols: ['Call Ines on +1 617 555 0142 before any notice.'] }] };
    expect(llmRequestPreview(withPhone, settings, NOW, ZONE)?.body).not.toContain('555 0142');
    expect(llmRequestPreview(withPhone, { ...settings, redact: { ...settings.redact, phones: false } }, NOW, ZONE)?.body).toContain('555 0142');
  });
});

describe('the preview is what the background sends', () => {
  const server = new FakeLlmServer();
  let baseUrl = '';
  beforeAll(async () => {
    baseUrl = await server.start();
  });
  afterAll(() => server.stop());

  it('for the same client, situation and draft, byte for byte', async () => {
    const llm = { ...settings, enabled: true, allClients: true, baseUrl, model: 'test-model', timeoutMs: 2000 };
    const preview = llmRequestPreview(book, llm, NOW, ZONE);
    if (!preview) throw new Error('no preview');
    const previewed = JSON.parse(preview.body) as { messages: Array<{ content: string }> };
    const draft = /<draft>\n([\s\S]*)\n<\/draft>/.exec(previewed.messages[1]?.content ?? '')?.[1];
    const why = /Why this situation: (.*)/.exec(previewed.messages[1]?.content ?? '')?.[1];
    expect(draft).toBeTruthy();
    if (why === undefined) throw new Error('the preview names no situation');

    // The background, with the same book, a tab showing a thread of this client where no known contact is on the thread.
    const store = new AccountStore(await openBridgekeeperDb({ name: `bk-preview-${process.pid}` }));
    await store.putSettings({ ...defaultSettings(), llm });
    await store.putAccounts(book);
    const view = makeThreadView({
      reason: 'sender is on harbour.example',
      client: { id: client.id, name: client.name },
      situations: [{ id: preview.situation, title: 'x', why, variants: [] }],
      llm: true,
    });
    const deps: ServiceDeps = {
      store,
      secrets: { getApiKey: async () => 'sk-test', setApiKey: async () => undefined },
      tabs: { remember: async () => undefined, forget: async () => undefined, recall: async () => ({ provider: 'gmail' as const, view }) },
      permissions: { contains: async () => true },
      now: () => NOW,
      timeZone: () => ZONE,
      accountsChanged: () => undefined,
      openOptions: async () => undefined,
    };
    server.answer(streamContent(JSON.stringify({ variants: [{ variant: 'warm', text: 'Hi Ines.' }] })));
    const answer = await dispatch(
      createService(deps).handlers,
      { type: 'llm/suggest', situation: preview.situation, draft },
      { kind: 'content', tabId: 1 },
      { warn: () => undefined },
    );
    expect(answer).toMatchObject({ ok: true, source: 'llm' });
    expect(server.received[0]?.body).toEqual(previewed);
  });
});
