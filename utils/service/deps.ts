import { z } from 'zod';
import { ProviderSchema } from '../mail/snapshot';
import { ThreadViewSchema } from '../messaging';
import type { AccountStore } from '../store';
import type { FirstScreenStore } from './first-screen';

/** The key lives apart from settings (chrome.storage.local, trusted contexts only). */
export interface SecretStore {
  getApiKey(): Promise<string | null>;
  setApiKey(key: string | null): Promise<void>;
}

/**
 * The thread a tab's content script last reported, as the background built
 * it. Every later request from that tab (track or dismiss a deadline, ask the
 * LLM) is checked against it: a content script acts only on its own thread's
 * client and on the suggestions it was shown.
 */
export const TabThreadSchema = z.object({ provider: ProviderSchema, view: ThreadViewSchema });
export type TabThread = z.infer<typeof TabThreadSchema>;

/** What the content script of each tab last reported, so the popup can show the same thread. */
export interface TabThreads {
  remember(tabId: number, thread: TabThread): Promise<void>;
  forget(tabId: number): Promise<void>;
  recall(tabId: number): Promise<TabThread | null>;
}

/** The browser's record of host permissions the user granted (chrome.permissions.contains). */
export interface HostPermissions {
  /** `pattern` is a match pattern such as `https://llm.example/*`. */
  contains(pattern: string): Promise<boolean>;
}

export interface ServiceDeps {
  store: AccountStore;
  secrets: SecretStore;
  tabs: TabThreads;
  /** Nothing is sent to an LLM origin unless the user granted it. */
  permissions: HostPermissions;
  now(): Date;
  /** The user's IANA zone: "today" and due dates are days there. */
  timeZone(): string;
  /** Called after any write to account data: rebuild indexes, refresh the badge. */
  accountsChanged(): void;
  openOptions(): Promise<void>;
  /** Where the popup's first screen is kept for it (storage.session); none in most tests. */
  firstScreen?: FirstScreenStore;
  /** The shortcut bound to open the sidebar (chrome.commands), '' when none. */
  sidebarShortcut?(): Promise<string>;
  /** The same for the command palette. */
  paletteShortcut?(): Promise<string>;
}
