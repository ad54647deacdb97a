import type { Page } from 'playwright-core';
import type { Extension } from './harness';

/**
 * Presses one of the manifest's keyboard commands for `page`'s tab.
 *
 * Headless Chromium never turns a synthetic key press into an extension
 * command (the browser's shortcut table sees only the OS's keys), so the
 * tests fire the browser's own event instead: `commands.onCommand.dispatch`
 * in the service worker runs the listeners the background registered, with
 * the tab, exactly as a real key press would. From there on it is the real
 * path: the background's handler, its message to the tab, the content script.
 */
export async function pressCommand(ext: Extension, page: Page, command: 'open-sidebar' | 'open-palette'): Promise<void> {
  // A key press goes to the tab in front, and the browser's command names that tab.
  await page.bringToFront();
  await ext.worker.evaluate(
    async ({ url, command }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined || tab.url !== url) throw new Error(`the tab in front shows ${tab?.url}, not ${url}`);
      (chrome.commands.onCommand as unknown as { dispatch(command: string, tab: unknown): void }).dispatch(command, tab);
    },
    { url: page.url(), command },
  );
}

/** The key the browser has bound to `command`, as chrome://extensions/shortcuts shows it. */
export async function boundKey(ext: Extension, command: 'open-sidebar' | 'open-palette'): Promise<string> {
  return ext.worker.evaluate(async (name) => (await chrome.commands.getAll()).find((c) => c.name === name)?.shortcut ?? '', command);
}
