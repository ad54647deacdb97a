import { browser } from 'wxt/browser';
import { takeFirstScreen, type FirstScreenStart } from '../../components/popup/first-load';
import { requestFirstScreen } from '../../components/popup/first-screen';
import '../../components/ui.css';
import '../../components/popup/popup.css';

/**
 * The popup's module, loaded by the classic first script once the first
 * screen is on screen (entrypoints/popup-first.ts): it takes what that
 * script started, and React and the popup's views (./app) take over.
 */
// Should that script not have run, React asks for the first screen itself and draws it.
const unstarted = (): FirstScreenStart => ({
  first: requestFirstScreen((message) => browser.runtime.sendMessage(message)),
  painted: Promise.resolve(null),
  shown: Promise.resolve(),
});
const firstScreen = takeFirstScreen() ?? unstarted();
const params = new URLSearchParams(location.search);
const clientParam = params.get('client');

// `?tab=` lets tests open the popup as a page for a given tab; the toolbar opens it on the active tab.
const tabParam = params.get('tab');
const activeTab = async () => (tabParam ? Number(tabParam) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);

async function start() {
  const root = document.getElementById('root')!;
  const [first, painted] = await Promise.all([firstScreen.first, firstScreen.painted, firstScreen.shown]);
  // Asked after the first screen so as not to queue before its storage read.
  const [tabId, focus] = await Promise.all([activeTab(), browser.storage.session.get('focusClientId') as Promise<{ focusClientId?: string }>]);
  if (focus.focusClientId) void browser.storage.session.remove('focusClientId');
  const focusClientId = clientParam ?? focus.focusClientId;
  // React's 200 kB are read and run after the first screen is on screen (`shown`), not before it.
  const { mountPopup } = await import('./app');
  mountPopup(root, { first, tabId, focusClientId, opened: painted?.clicked() ?? undefined, search: painted?.search() });
}

void start();
