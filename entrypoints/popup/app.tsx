import { lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { FirstScreenAnswer } from '../../components/popup/first-screen';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Messenger } from '../../utils/messaging';

/** The full protocol client (zod and every schema) loads on its first use, after the first screen is painted. */
const request = (async (type, payload) => (await import('../../components/messaging/messenger')).request(type, payload)) as Messenger;

const ThreadPanel = lazy(() => import('../../components/popup/ThreadPanel').then((module) => ({ default: module.ThreadPanel })));

export interface PopupStart {
  first: FirstScreenAnswer;
  tabId: number | undefined;
  focusClientId: string | undefined;
  /** A row clicked on the first paint, before React was there. */
  opened: string | undefined;
  /** What was typed in the first paint's search box, and whether it had the focus. */
  search: { query: string; focused: boolean } | undefined;
}

/** React takes over `root` (and the first paint in it) with the popup's views. */
export function mountPopup(root: HTMLElement, { first, tabId, focusClientId, opened, search }: PopupStart): void {
  createRoot(root).render(
    <PopupApp
      request={request}
      firstScreen={first}
      {...(tabId !== undefined ? { tabId } : {})}
      {...(focusClientId ? { focusClientId } : {})}
      {...(opened ? { opened } : {})}
      {...(search ? { search } : {})}
      openOptions={() => void browser.runtime.openOptionsPage()}
      threadPanel={(view) => <ThreadPanel view={view} />}
    />,
  );
}
