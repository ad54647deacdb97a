import { browser, type Browser } from 'wxt/browser';
import { LLM_STREAM_PORT, LlmStreamStartSchema, type LlmStreamEvent } from '../../utils/messaging';
import type { Service } from '../../utils/service';

/**
 * Streams LLM suggestions to the content script of one tab. The first message
 * must be a valid start request; anything else closes the port. Closing the
 * port from the page side cancels the request.
 */
export function serveLlmStreams(serviceReady: Promise<Service>): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== LLM_STREAM_PORT) return;
    const tabId = port.sender?.tab?.id;
    if (port.sender?.id !== browser.runtime.id || tabId === undefined) {
      port.disconnect();
      return;
    }
    const controller = new AbortController();
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
      controller.abort();
    });
    const send = (event: LlmStreamEvent) => {
      if (open) port.postMessage(event);
    };
    port.onMessage.addListener((message: unknown) => {
      const start = LlmStreamStartSchema.safeParse(message);
      if (!start.success) {
        console.warn('Bridgekeeper: rejected an LLM stream request', message);
        port.disconnect();
        return;
      }
      void serviceReady
        .then((service) => service.streamSuggestion(start.data, tabId, { signal: controller.signal, onDelta: (text) => send({ type: 'delta', text }) }))
        .then((answer) => send({ type: 'done', answer }))
        .catch((error: unknown) => send({ type: 'done', answer: { ok: false, error: String(error) } }))
        .finally(() => {
          if (open) port.disconnect();
        });
    });
  });
}
