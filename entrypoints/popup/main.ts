import { browser } from 'wxt/browser';
import { drawFirstScreen } from '../../components/popup/first-paint';
import { requestFirstScreen } from '../../components/popup/first-screen';
import '../../components/ui.css';
import '../../components/popup/popup.css';

/**
 * The popup's entry holds no React: the first screen is asked for at once and
 * drawn in plain DOM when it comes (components/popup/first-paint.ts); React
 * and the popup's views (./app) load after that paint and take over.
 */
const firstScreen = requestFirstScreen((message) => browser.runtime.sendMessage(message));

// `?tab=` lets tests open the popup as a page for a given tab; the toolbar opens it on the active tab.
const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');
const context = Promise.all([
  tabParam ? Promise.resolve(Number(tabParam)) : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id),
  browser.storage.session.get('focusClientId') as Promise<{ focusClientId?: string }>,
]);

async function start() {
  const root = document.getElementById('root')!;
  const first = await firstScreen;
  const clientParam = params.get('client');
  // Drawn the moment the answer is in (an alert's client, named in the URL, opens on its card: no list first).
  const painted = first.ok && !clientParam ? drawFirstScreen(root, first) : null;
  const [tabId, focus] = await context;
  if (focus.focusClientId) void browser.storage.session.remove('focusClientId');
  const focusClientId = clientParam ?? focus.focusClientId;
  // React's 200 kB are read and run after that frame is on screen, not before it.
  if (painted) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const { mountPopup } = await import('./app');
  mountPopup(root, { first, tabId, focusClientId, opened: painted?.clicked() ?? undefined });
}

void start();
