import { browser } from 'wxt/browser';
import { startFirstScreen, type FirstScreenStart } from '../../components/popup/first-load';
import { FIRST_SCREEN_KEY } from '../../utils/service/first-screen';

/**
 * Starts the popup's first screen on this page: the background's copy in
 * `storage.session`, else `status/triage`, drawn into #root unless the popup
 * opens on one client's card (`?client=`).
 */
export function startPopupFirstScreen(): FirstScreenStart {
  return startFirstScreen(
    document.getElementById('root'),
    {
      readMirror: async () => (await browser.storage.session.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY],
      send: (message) => browser.runtime.sendMessage(message),
      now: () => new Date(),
    },
    { draw: !new URLSearchParams(location.search).has('client') },
  );
}
