import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  FIRST_SCREEN_KEY,
  TabThreadSchema,
  type FirstScreenMirror,
  type FirstScreenStore,
  type HostPermissions,
  type SecretStore,
  type TabThreads,
} from '../../utils/service';

/** The LLM key: storage.local, which the background closes to content scripts (setAccessLevel). */
const apiKeyItem = storage.defineItem<string>('local:llmApiKey');

export const localSecrets: SecretStore = {
  async getApiKey() {
    const key: unknown = await apiKeyItem.getValue();
    return typeof key === 'string' && key ? key : null;
  },
  async setApiKey(key) {
    if (key) await apiKeyItem.setValue(key);
    else await apiKeyItem.removeValue();
  },
};

/** What a tab shows, one key per tab: `session:tab:<id>`. */
const tabKey = (tabId: number) => `session:tab:${tabId}` as const;

/** storage.session survives the service worker being stopped, not the browser closing: right for "the thread on screen". */
export const sessionTabThreads: TabThreads = {
  async remember(tabId, thread) {
    await storage.setItem(tabKey(tabId), thread);
  },
  async forget(tabId) {
    await storage.removeItem(tabKey(tabId));
  },
  async recall(tabId) {
    const parsed = TabThreadSchema.safeParse(await storage.getItem<unknown>(tabKey(tabId)));
    return parsed.success ? parsed.data : null;
  },
};

/** The popup's first screen, read by the popup before anything else (components/popup/first-load.ts). */
const firstScreenItem = storage.defineItem<FirstScreenMirror>(`session:${FIRST_SCREEN_KEY}`);

export const sessionFirstScreen: FirstScreenStore = {
  write: (mirror) => firstScreenItem.setValue(mirror),
  clear: () => firstScreenItem.removeValue(),
};

/** What the user granted in the browser's own prompt; nothing else counts (see utils/llm llmOriginPattern). */
export const grantedHosts: HostPermissions = {
  contains: (pattern) => browser.permissions.contains({ origins: [pattern] }),
};
