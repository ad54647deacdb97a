import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { request } from '../../components/messaging/messenger';
import { PopupApp } from '../../components/popup/PopupApp';
import { ThreadPanel } from '../../components/popup/ThreadPanel';
import '../../components/ui.css';
import '../../components/popup/popup.css';

async function start() {
  // `?tab=` lets tests open the popup as a page for a given tab; the toolbar opens it on the active tab.
  const params = new URLSearchParams(location.search);
  const tabParam = params.get('tab');
  const [active] = tabParam ? [] : await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tabParam ? Number(tabParam) : active?.id;
  const focus = (await browser.storage.session.get('focusClientId')) as { focusClientId?: string };
  if (focus.focusClientId) await browser.storage.session.remove('focusClientId');
  const focusClientId = params.get('client') ?? focus.focusClientId;
  createRoot(document.getElementById('root')!).render(
    <PopupApp
      request={request}
      {...(tabId !== undefined ? { tabId } : {})}
      {...(focusClientId ? { focusClientId } : {})}
      openOptions={() => void browser.runtime.openOptionsPage()}
      threadPanel={(view) => <ThreadPanel view={view} />}
    />,
  );
}

void start();
