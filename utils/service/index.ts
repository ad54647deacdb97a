import { answerOwnAccount, effectiveOwnAddresses, ownAccount } from './own-account';
import { todayIn } from '../dates';
import type { Alert } from '../signals';
import { llmAllowedFor } from '../llm';
import { CONTENT_RATE_LIMIT, createRateLimiter, dispatch, fail, RATE_LIMITED, type DispatchLog, type Handlers, type SenderInfo } from '../messaging';
import type { MailRecord } from '../model';
import { createAccountCache } from './account-cache';
import { runAlertCheck } from './alerts';
import { accountHandlers } from './accounts';
import { backupTransferHandlers } from './backup-transfer';
import { dataHandlers } from './data';
import { deadlineHandlers } from './deadlines';
import { FIRST_ROWS, firstScreenOf } from './first-screen';
import { llmHandlers, suggestWithLlm, type StreamOptions } from './llm';
import type { ServiceDeps } from './deps';
import { clientSignals, countOverdue, createStatusCache } from './status';
import { buildThreadView, mailRecords, matchSnapshot } from './thread';
import { timelineEvents } from './timeline';
import { SHIPPED_MODEL_BASE64 } from '../tone/model/shipped';
import { threadActionHandlers } from './thread-actions';

export { FIRST_ROWS, FIRST_SCREEN_KEY, type FirstScreen, type FirstScreenMirror, type FirstScreenStore } from './first-screen';
export { TabThreadSchema, type HostPermissions, type SecretStore, type ServiceDeps, type TabThread, type TabThreads } from './deps';

/**
 * The background's whole behaviour behind the message protocol, over an
 * AccountStore it is given: runs in Node tests with fake-indexeddb.
 */
export function createService(deps: ServiceDeps) {
  const cache = createAccountCache(deps.store);
  // The popup's triage is served from here; every write drops it and warms it again shortly after.
  const statuses = createStatusCache({
    accounts: () => cache.get(),
    listMail: () => deps.store.listMail(),
    now: deps.now,
    timeZone: deps.timeZone,
    schedule: (run) => void setTimeout(run, 50),
    // The popup paints its first screen from this copy; a write takes it away before anything else.
    computed: (snapshot) => void deps.firstScreen?.write({ timeZone: snapshot.timeZone, screen: firstScreenOf(snapshot, FIRST_ROWS) }).catch(() => undefined),
    dropped: () => void deps.firstScreen?.clear().catch(() => undefined),
  });
  const changedDeps: ServiceDeps = {
    ...deps,
    accountsChanged() {
      cache.invalidate();
      statuses.invalidate();
      deps.accountsChanged();
    },
  };
  const today = () => todayIn(deps.timeZone(), deps.now());
  const contentRate = createRateLimiter(CONTENT_RATE_LIMIT);
  /** A content script's request counts against its tab's bucket; the extension's own pages are not limited. */
  const admitted = (sender: SenderInfo) => sender.kind !== 'content' || contentRate.take(sender.tabId ?? -1, deps.now().getTime());

  const handlers: Handlers = {
    ...accountHandlers(changedDeps),
    // The options page's full read also refreshes what the popup is served (a record changed outside the protocol shows up).
    'accounts/load': async (request, sender) => {
      const loaded = await accountHandlers(changedDeps)['accounts/load'](request, sender);
      cache.invalidate();
      statuses.invalidate();
      return loaded;
    },
    ...dataHandlers(changedDeps),
    // Parts of a backup end in the `backup/restore` handler above, looked up when they do.
    ...backupTransferHandlers(changedDeps, (request, sender) => handlers['backup/restore'](request, sender)),
    ...llmHandlers(deps, cache),
    ...deadlineHandlers(changedDeps),
    ...threadActionHandlers(changedDeps),
    'status/triage': async ({ tabId, limit }) => {
      const snapshot = await statuses.get();
      return {
        ...firstScreenOf(snapshot, limit),
        hasSampleData: snapshot.accounts.clients.some((c) => c.sample),
        activeThread: tabId === undefined ? null : ((await deps.tabs.recall(tabId))?.view ?? null),
      };
    },
    'status/client': async ({ clientId }) => {
      const snapshot = await statuses.get();
      const status = snapshot.statuses.get(clientId);
      return status ? { ok: true, today: snapshot.today, status } : { ok: false, error: 'No such client.' };
    },
    'timeline/get': async ({ clientId }) => {
      const accounts = await cache.get();
      const client = accounts.clientsById.get(clientId);
      if (!client) return { ok: false, error: 'No such client.' };
      const mail = await deps.store.mailForClient(clientId);
      const signals = clientSignals(accounts, client, mail, deps.now(), deps.timeZone());
      return { ok: true, events: timelineEvents(client, accounts.commitmentsByClient.get(clientId) ?? [], mail, signals) };
    },
    'thread/report': async ({ snapshot, account: signedIn }, sender) => {
      const stored = await cache.get();
      const account = ownAccount(stored.settings, signedIn);
      // The signed-in account counts as ours until the user says it is not (a fresh install has no own addresses typed in).
      const accounts = { ...stored, settings: { ...stored.settings, ownAddresses: effectiveOwnAddresses(stored.settings, account) } };
      const { match, client } = matchSnapshot(accounts, snapshot);
      let mail: MailRecord[] = [];
      if (client) {
        // Signals need the client's whole history, not only this thread.
        await deps.store.putMail(mailRecords(snapshot, client, new Set(accounts.settings.ownAddresses), deps.timeZone()));
        statuses.invalidate();
        mail = await deps.store.mailForClient(client.id);
      }
      const dismissals = await deps.store.listDismissals();
      const key = client ? await deps.secrets.getApiKey() : null;
      const built = buildThreadView({
        accounts,
        snapshot,
        match,
        mail,
        dismissed: new Set(dismissals.map((d) => d.id)),
        now: deps.now(),
        timeZone: deps.timeZone(),
      });
      const view = { ...built, account, llm: Boolean(client && key && llmAllowedFor(accounts.settings.llm, client.id)) };
      if (sender.tabId !== undefined) await deps.tabs.remember(sender.tabId, { provider: snapshot.provider, view });
      return { ok: true, view };
    },
    'thread/clear': async (_request, sender) => {
      if (sender.tabId !== undefined) await deps.tabs.forget(sender.tabId);
      return { ok: true };
    },
    'account/confirm': async ({ own }, sender) => {
      const shown = sender.tabId === undefined ? null : await deps.tabs.recall(sender.tabId);
      const account = shown?.view.account;
      if (!account) return { ok: false, error: 'No signed-in account was read on this page.' };
      const { settings } = await deps.store.getSettings();
      const saved = await deps.store.putSettings(answerOwnAccount(settings, account.email, own));
      if (!saved.ok) return { ok: false, error: saved.error };
      changedDeps.accountsChanged();
      return { ok: true };
    },
    'sidebar/shortcut': async () => ({ ok: true, shortcut: (await deps.sidebarShortcut?.()) ?? '', palette: (await deps.paletteShortcut?.()) ?? '' }),
    'tone/model': async () => ({ ok: true, model: SHIPPED_MODEL_BASE64 }),
    'options/open': async () => {
      await deps.openOptions();
      return { ok: true };
    },
  };

  return {
    handlers,
    /** A message from one of the extension's contexts: the tab's rate limit, then the protocol (see `dispatch`). */
    async receive(raw: unknown, sender: SenderInfo, log?: DispatchLog): Promise<unknown> {
      if (!admitted(sender)) return fail(RATE_LIMITED);
      return dispatch(handlers, raw, sender, log);
    },
    /** The streaming side of llm/suggest, for the background's port; counts against the tab's rate limit too. */
    async streamSuggestion(start: { situation: string; draft?: string | undefined }, tabId: number, options: StreamOptions) {
      if (!admitted({ kind: 'content', tabId })) return fail(RATE_LIMITED);
      return suggestWithLlm(deps, cache, start, tabId, options);
    },
    /** The tab closed: forget its thread and its rate limit. */
    async tabClosed(tabId: number): Promise<void> {
      contentRate.forget(tabId);
      await deps.tabs.forget(tabId);
    },
    async overdueCount(): Promise<number> {
      return countOverdue(await cache.get(), today());
    },
    /** Alerts due now that were never sent; marks them sent (IndexedDB, so a worker restart never repeats one). */
    evaluateAlerts(now = deps.now()): Promise<Alert[]> {
      return runAlertCheck(
        deps.store,
        async () => {
          const [accounts, mail] = await Promise.all([cache.get(), deps.store.listMail()]);
          return { clients: accounts.clients, contacts: accounts.contacts, commitments: accounts.commitments, mail: mail.items };
        },
        now,
        deps.timeZone(),
      );
    },
  };
}

export type Service = ReturnType<typeof createService>;
