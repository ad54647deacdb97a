import { lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { takeFocusClient } from '../../components/browser-storage';
import { requestFirstScreen } from '../../components/popup/first-screen';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Messenger } from '../../utils/messaging';
import '../../components/ui.css';
import '../../components/popup/popup.css';

// Asked for first of all: the first rows travel while React starts.
const firstScreen = requestFirstScreen((message) => browser.runtime.sendMessage(message));

/** The full protocol client (zod and every schema) loads on its first use, after the first screen is painted. */
const request = (async (type, payload) => (await import('../../components/messaging/messenger')).request(type, payload)) as Messenger;

const ThreadPanel = lazy(() => import('../../components/popup/ThreadPanel').then((module) => ({ default: module.ThreadPanel })));

async function start() {
  // `?tab=` lets tests open the popup as a page for a given tab; the toolbar opens it on the active tab.
  const params = new URLSearchParams(location.search);
  const tabParam = params.get('tab');
  const [first, [active], focus] = await Promise.all([
    firstScreen,
    tabParam ? [] : browser.tabs.query({ active: true, currentWindow: true }),
    takeFocusClient(),
  ]);
  const tabId = tabParam ? Number(tabParam) : active?.id;
  const focusClientId = params.get('client') ?? focus;
  createRoot(document.getElementById('root')!).render(
    <PopupApp
      request={request}
      firstScreen={first}
      {...(tabId !== undefined ? { tabId } : {})}
      {...(focusClientId ? { focusClientId } : {})}
      openOptions={() => void browser.runtime.openOptionsPage()}
      threadPanel={(view) => <ThreadPanel view={view} />}
    />,
  );
}

void start();
