import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { messageForCommand } from '../../utils/page/commands';
import { createService } from '../../utils/service';
import { AccountStore, openBridgekeeperDb } from '../../utils/store';
import { registerAlerts } from './alerts';
import { serveLlmStreams } from './llm-port';
import { refreshBadge } from './badge';
import { senderInfo } from './sender';
import { grantedHosts, localSecrets, sessionFirstScreen, sessionTabThreads } from './storage';

export default defineBackground(() => {
  // The API key lives in storage.local: keep that area away from content scripts.
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  // A bulk edit saves many records in a row: one badge refresh for all of them.
  const badge = debounced(() => void serviceReady.then((service) => refreshBadge(service)), 300);
  const storeReady = openBridgekeeperDb().then((db) => new AccountStore(db));
  const serviceReady = storeReady.then((store) =>
    createService({
      store,
      secrets: localSecrets,
      tabs: sessionTabThreads,
      firstScreen: sessionFirstScreen,
      permissions: grantedHosts,
      now: () => new Date(),
      timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      accountsChanged: () => badge.schedule(),
      openOptions: () => browser.runtime.openOptionsPage(),
      sidebarShortcut: async () => (await browser.commands.getAll()).find((c) => c.name === 'open-sidebar')?.shortcut ?? '',
      paletteShortcut: async () => (await browser.commands.getAll()).find((c) => c.name === 'open-palette')?.shortcut ?? '',
    }),
  );

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const info = senderInfo(sender);
    if (!info) return false;
    void serviceReady
      .then((service) => service.receive(message, info))
      .catch((error: unknown) => ({ ok: false, error: `Bridgekeeper could not open its data: ${String(error)}` }))
      .then(sendResponse);
    return true;
  });

  // The sidebar's and the palette's shortcuts (manifest `commands`): the mail tab opens the one asked for and moves focus into it.
  browser.commands.onCommand.addListener((command, tab) => {
    const message = messageForCommand(command);
    if (message && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => void serviceReady.then((service) => service.tabClosed(tabId)));

  registerAlerts(serviceReady);
  serveLlmStreams(serviceReady);
  void serviceReady.then((service) => refreshBadge(service));
});

function debounced(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, ms);
    },
  };
}
