import { defineContentScript } from 'wxt/utils/define-content-script';
import type { MailAdapter } from '../../utils/mail/adapter';
import { request } from '../messaging/messenger';
// The in-page views' styles: WXT injects them into each shadow root (cssInjectionMode 'ui'); the views bundle carries none.
import '../palette/palette.css';
import '../sidebar/sidebar.css';
import { checkTone, loadToneModel } from './check-tone';
import { startMailPage } from './mail-page';

/** One content script per webmail; they differ only in where they run and which adapter reads the page. */
export function defineMailContentScript(matches: string[], adapter: MailAdapter) {
  return defineContentScript({
    matches,
    cssInjectionMode: 'ui',
    runAt: 'document_idle',
    async main(ctx) {
      try {
        // The model first (a few ms from the background), so the first send is already judged.
        await loadToneModel(() => request('tone/model', {})).catch((error: unknown) => console.warn('Bridgekeeper: no tone model', error));
        await startMailPage({ ctx, adapter, request, checkTone });
      } catch (error) {
        // Never break the host page.
        console.warn('Bridgekeeper could not start on this page', error);
      }
    },
  });
}
