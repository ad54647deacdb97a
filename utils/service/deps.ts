import type { AccountStore } from '../store';
import type { ThreadView } from '../messaging';

/** The key lives apart from settings (chrome.storage.local, trusted contexts only). */
export interface SecretStore {
  getApiKey(): Promise<string | null>;
  setApiKey(key: string | null): Promise<void>;
}

/** What the content script of each tab last reported, so the popup can show the same thread. */
export interface TabThreads {
  remember(tabId: number, view: ThreadView): Promise<void>;
  forget(tabId: number): Promise<void>;
  recall(tabId: number): Promise<ThreadView | null>;
}

export interface ServiceDeps {
  store: AccountStore;
  secrets: SecretStore;
  tabs: TabThreads;
  now(): Date;
  /** The user's IANA zone: "today" and due dates are days there. */
  timeZone(): string;
  /** Called after any write to account data: rebuild indexes, refresh the badge. */
  accountsChanged(): void;
  openOptions(): Promise<void>;
}
