import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadDeferredModules, publishFirstScreen, startFirstScreen } from '../components/popup/first-load';
import { FIRST_SCREEN_KEY } from '../utils/service/first-screen';

/**
 * The popup's first screen, as a classic script at the end of popup.html: it
 * runs as soon as it is read, before any module could, reads the
 * background's copy of the triage in `storage.session` (else asks the
 * background) and draws it, unless the popup opens on one client's card
 * (`?client=`). Then it loads the popup's module (popup/main.ts), which takes
 * what it started and mounts React on it.
 */
export default defineUnlistedScript(() => {
  const start = startFirstScreen(
    document.getElementById('root'),
    {
      readMirror: async () => (await browser.storage.session.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY],
      send: (message) => browser.runtime.sendMessage(message),
      now: () => new Date(),
    },
    { draw: !new URLSearchParams(location.search).has('client') },
  );
  publishFirstScreen(start);
  void start.shown.then(() => loadDeferredModules(document));
});
