import { defineContentScript } from 'wxt/utils/define-content-script';
import type { MailAdapter } from '../../utils/mail/adapter';
import { request } from '../messaging/messenger';
import '../sidebar/sidebar.css';
import { checkTone } from './check-tone';
import { startMailPage } from './mail-page';

/** One content script per webmail; they differ only in where they run and which adapter reads the page. */
export function defineMailContentScript(matches: string[], adapter: MailAdapter) {
  return defineContentScript({
    matches,
    cssInjectionMode: 'ui',
    runAt: 'document_idle',
    async main(ctx) {
      try {
        await startMailPage({ ctx, adapter, request, checkTone });
      } catch (error) {
        // Never break the host page.
        console.warn('Bridgekeeper could not start on this page', error);
      }
    },
  });
}
