import { browser } from 'wxt/browser';
import { ThreadViewSchema } from '../../utils/messaging';
import type { SecretStore, TabThreads } from '../../utils/service';

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
  async remember(tabId, view) {
    await browser.storage.session.set({ [`tab:${tabId}`]: view });
  },
  async forget(tabId) {
    await browser.storage.session.remove(`tab:${tabId}`);
  },
  async recall(tabId) {
    const stored = (await browser.storage.session.get(`tab:${tabId}`)) as Record<string, unknown>;
    const parsed = ThreadViewSchema.safeParse(stored[`tab:${tabId}`]);
    return parsed.success ? parsed.data : null;
  },
};
