import { browser } from 'wxt/browser';
import { TabThreadSchema, type HostPermissions, type SecretStore, type TabThreads } from '../../utils/service';

const KEY = 'llmApiKey';

export const localSecrets: SecretStore = {
  async getApiKey() {
    const stored = (await browser.storage.local.get(KEY)) as Record<string, unknown>;
    const key = stored[KEY];
    return typeof key === 'string' && key ? key : null;
  },
  async setApiKey(key) {
    if (key) await browser.storage.local.set({ [KEY]: key });
    else await browser.storage.local.remove(KEY);
  },
};

/** storage.session survives the service worker being stopped, not the browser closing: right for "the thread on screen". */
export const sessionTabThreads: TabThreads = {
  async remember(tabId, thread) {
    await browser.storage.session.set({ [`tab:${tabId}`]: thread });
  },
  async forget(tabId) {
    await browser.storage.session.remove(`tab:${tabId}`);
  },
  async recall(tabId) {
    const stored = (await browser.storage.session.get(`tab:${tabId}`)) as Record<string, unknown>;
    const parsed = TabThreadSchema.safeParse(stored[`tab:${tabId}`]);
    return parsed.success ? parsed.data : null;
  },
};

/** What the user granted in the browser's own prompt; nothing else counts (see utils/llm llmOriginPattern). */
export const grantedHosts: HostPermissions = {
  contains: (pattern) => browser.permissions.contains({ origins: [pattern] }),
};
