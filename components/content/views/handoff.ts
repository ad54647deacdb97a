import type { MailViews } from '.';

/**
 * Where the views bundle leaves its API for the content script that loaded
 * it: a property of the isolated world's global, which the content script
 * shares and the page's own scripts never see.
 */
const KEY = '__bridgekeeperMailViews';

export function publishMailViews(views: MailViews): void {
  (globalThis as Record<string, unknown>)[KEY] = views;
}

export function takeMailViews(): MailViews | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as MailViews | undefined;
}
