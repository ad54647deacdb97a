import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localSecrets, sessionTabThreads } from '../../../entrypoints/background/storage';
import { makeThreadView } from '../../support/factories';

beforeEach(() => fakeBrowser.reset());

describe('the LLM key', () => {
  it('is kept in storage.local under the key installed versions already use', async () => {
    await fakeBrowser.storage.local.set({ llmApiKey: 'sk-from-last-version' });
    expect(await localSecrets.getApiKey()).toBe('sk-from-last-version');
    await localSecrets.setApiKey('sk-new');
    expect(await fakeBrowser.storage.local.get('llmApiKey')).toEqual({ llmApiKey: 'sk-new' });
  });

  it('is removed, not stored empty, and reads as none when it is not a string', async () => {
    await localSecrets.setApiKey('sk-new');
    await localSecrets.setApiKey(null);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.local.set({ llmApiKey: { key: 'sk' } });
    expect(await localSecrets.getApiKey()).toBeNull();
  });
});

describe('what each tab shows', () => {
  const thread = {
    provider: 'gmail' as const,
    view: makeThreadView({ state: 'none', client: undefined, subject: 'Hello', confidence: 0, reason: 'no client' }),
  };

  it('is remembered per tab in storage.session and forgotten when asked', async () => {
    await sessionTabThreads.remember(5, thread);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab:5']);
    expect(await sessionTabThreads.recall(5)).toEqual(thread);
    expect(await sessionTabThreads.recall(6)).toBeNull();
    await sessionTabThreads.forget(5);
    expect(await sessionTabThreads.recall(5)).toBeNull();
  });

  it('reads as nothing when what is stored is not a thread', async () => {
    await fakeBrowser.storage.session.set({ 'tab:5': { provider: 'gmail', view: { state: 'matched' } } });
    expect(await sessionTabThreads.recall(5)).toBeNull();
  });
});
