import 'fake-indexeddb/auto';
import type { ThreadSnapshot } from '../../../utils/mail/snapshot';
import { exportBackup } from '../../../utils/backup';
import { type ThreadView, type VariantView } from '../../../utils/messaging';
import { defaultSettings, type Settings } from '../../../utils/model';
import { makeClient, makeThreadView } from '../../support/factories';
import type { ServiceDeps, TabThread } from '../../../utils/service';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';

let counter = 0;

export interface FakeClock {
  now: Date;
}

/** A service's world: a fresh fake-indexeddb database, tabs in a Map, a clock the test moves, permissions it grants. */
export async function fakeDeps(options: { clock?: FakeClock; granted?: string[]; apiKey?: string | null } = {}) {
  const store = new AccountStore(await openBridgekeeperDb({ name: `bk-fake-${process.pid}-${(counter += 1)}` }));
  const clock = options.clock ?? { now: new Date('2026-05-18T14:24:00Z') };
  const tabs = new Map<number, TabThread>();
  const granted = new Set(options.granted ?? []);
  const asked: string[] = [];
  const deps: ServiceDeps = {
    store,
    secrets: { getApiKey: async () => options.apiKey ?? null, setApiKey: async () => undefined },
    tabs: {
      remember: async (tab, thread) => void tabs.set(tab, thread),
      forget: async (tab) => void tabs.delete(tab),
      recall: async (tab) => tabs.get(tab) ?? null,
    },
    permissions: {
      contains: async (pattern) => {
        asked.push(pattern);
        return granted.has(pattern);
      },
    },
    now: () => clock.now,
    timeZone: () => 'America/New_York',
    accountsChanged: () => undefined,
    openOptions: async () => undefined,
  };
  return { deps, store, tabs, clock, granted, asked };
}

/** A Gmail thread from `from` with one message naming a date. */
export function threadFrom(from: string, overrides: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  return {
    provider: 'gmail',
    threadId: 'thread-1',
    subject: 'Re: 2026 services agreement',
    messages: [
      {
        id: 'm1',
        from: { name: 'Maria Gonzalez', email: from },
        to: [{ name: 'Sam Carter', email: 'sam.carter@northwind-analytics.example' }],
        cc: [],
        sentAt: '2026-05-15T10:00:00-04:00',
        collapsed: false,
        text: 'Thanks Sam. We will sign the agreement by June 30.',
        quoted: '',
        signature: '',
      },
    ],
    compose: [],
    ...overrides,
  };
}

export const tab = (tabId: number) => ({ kind: 'content' as const, tabId, url: 'https://mail.google.com/mail/u/0/' });
export const quiet = { warn: () => undefined };

/** What the background remembers for a tab showing an Acme Retail thread with one situation. */
export function acmeView(variants: VariantView[] = []): ThreadView {
  return makeThreadView({
    reason: 'sender helen@acme-retail.example is in leadership of Acme Retail',
    situations: [{ id: 'de-escalate', title: 'De-escalate', why: 'Her last reply reads as hostile.', variants }],
    llm: true,
  });
}

/** The user's own LLM settings: sending switched on for one client, to their provider, everything masked. */
export const OUR_LLM: Settings['llm'] = {
  ...defaultSettings().llm,
  enabled: true,
  baseUrl: 'https://api.openai.com/v1',
  clientIds: ['client-acme'],
  redact: { emails: true, phones: true, amounts: true },
};

export const HOSTILE_ENDPOINT = 'https://llm.attacker.example/v1';

/** A backup file (strict tone, one client) whose LLM settings send every client, unmasked, somewhere else. */
export async function hostileBackupText(): Promise<string> {
  const { store } = await fakeDeps();
  await store.putClient(makeClient({ id: 'client-from-file', name: 'From the file', domains: ['file.example'] }));
  const settings = defaultSettings();
  await store.putSettings({
    ...settings,
    toneSensitivity: 'strict',
    llm: {
      ...settings.llm,
      enabled: true,
      allClients: true,
      baseUrl: HOSTILE_ENDPOINT,
      model: 'other',
      redact: { emails: false, phones: false, amounts: false },
    },
  });
  return exportBackup(store, new Date('2026-06-01T08:30:00.000Z'));
}
