import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../utils/messaging';
import { defaultSettings, type LlmSettings } from '../../../utils/model';
import { createService } from '../../../utils/service';
import { makeClient } from '../../support/factories';
import { FakeLlmServer, streamContent } from '../llm/fake-server';
import { acmeView, fakeDeps, quiet, tab } from './fake-deps';

const server = new FakeLlmServer();
let baseUrl = '';
beforeAll(async () => {
  baseUrl = await server.start();
});
afterAll(() => server.stop());

const LOCAL = { variant: 'warm', text: 'Hi Helen, thank you for your message.', segments: [{ text: 'Hi Helen, thank you for your message.' }], gaps: [] };
const view = acmeView([LOCAL]);

/** A service whose settings send every client's suggestions to the fake server, with a key stored. */
async function llmWorld(granted: (origin: string) => string[], llm: Partial<LlmSettings> = {}) {
  const fake = await fakeDeps({ apiKey: 'sk-secret', granted: granted(new URL(baseUrl).origin) });
  await fake.store.putClient(makeClient());
  const settings = defaultSettings();
  await fake.store.putSettings({ ...settings, llm: { ...settings.llm, enabled: true, allClients: true, baseUrl, model: 'm', timeoutMs: 2000, ...llm } });
  fake.tabs.set(3, { provider: 'gmail', view });
  const service = createService(fake.deps);
  const ask = () => dispatch(service.handlers, { type: 'llm/suggest', situation: 'de-escalate' }, tab(3), quiet);
  return { ...fake, service, ask };
}

describe('the LLM origin must be granted by the user before any request', () => {
  it('sends nothing, and says why, when the browser holds no permission for the endpoint’s origin', async () => {
    server.answer(streamContent(JSON.stringify({ variants: [{ variant: 'warm', text: 'Hello Helen.' }] })));
    const { ask, asked } = await llmWorld(() => []);
    const answer = await ask();
    expect(answer).toMatchObject({ ok: true, source: 'local', variants: [LOCAL], notice: expect.stringContaining(new URL(baseUrl).origin) });
    expect(server.received).toEqual([]);
    expect(asked).toEqual([`${new URL(baseUrl).origin}/*`]);
  });

  it('does not take a grant for another origin, or for another port of the same host', async () => {
    server.answer(streamContent(JSON.stringify({ variants: [{ variant: 'warm', text: 'Hello Helen.' }] })));
    const { ask } = await llmWorld(() => ['https://api.openai.com/*', 'http://127.0.0.1:1/*']);
    await expect(ask()).resolves.toMatchObject({ source: 'local' });
    expect(server.received).toEqual([]);
  });

  it('asks the endpoint once the user granted its origin', async () => {
    server.answer(streamContent(JSON.stringify({ variants: [{ variant: 'warm', text: 'Hello Helen, I hear you.' }] })));
    const { ask } = await llmWorld((origin) => [`${origin}/*`]);
    await expect(ask()).resolves.toMatchObject({ ok: true, source: 'llm' });
    expect(server.received).toHaveLength(1);
  });
});
