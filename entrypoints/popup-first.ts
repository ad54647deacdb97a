import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadDeferredModules, publishFirstScreen } from '../components/popup/first-load';
import { startPopupFirstScreen } from './popup/first-start';

/**
 * The popup's first screen, as a classic script at the end of popup.html: it
 * runs as soon as it is read, before the popup's module (which waits for the
 * whole document and its style sheets' turn), reads the background's copy of
 * the triage and draws it. Then it loads the popup's module (popup/main.ts),
 * which takes what it started and mounts React on it.
 */
export default defineUnlistedScript(() => {
  const start = startPopupFirstScreen();
  publishFirstScreen(start);
  void start.shown.then(() => loadDeferredModules(document));
});
