import { browser, type Browser } from 'wxt/browser';
import type { SenderInfo } from '../../utils/messaging';

/**
 * Who sent a runtime message, as the protocol's rights see it: the extension's
 * own pages (`page`, every request) or a content script in a tab (`content`,
 * only what a mail page needs, for that tab's thread). Anything else, another
 * extension included, gets no answer.
 */
export function senderInfo(sender: Browser.runtime.MessageSender): SenderInfo | null {
  if (sender.id !== browser.runtime.id) return null;
  const ownOrigin = browser.runtime.getURL('/');
  if (sender.url?.startsWith(ownOrigin)) return { kind: 'page', ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}) };
  if (sender.tab?.id === undefined) return null;
  return { kind: 'content', tabId: sender.tab.id, ...(sender.url ? { url: sender.url } : {}) };
}
