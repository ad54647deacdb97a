import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveLlmStreams } from '../../../entrypoints/background/llm-port';
import { LLM_STREAM_PORT } from '../../../utils/messaging';
import type { Service } from '../../../utils/service';

/** A port as the background sees one: fakeBrowser has no runtime.connect, so the test plays the content script's side. */
function fakePort(name: string, sender: { id?: string; tab?: { id: number } }) {
  const onMessage: Array<(message: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  const posted: unknown[] = [];
  const port = {
    name,
    sender,
    postMessage: (message: unknown) => void posted.push(message),
    disconnect: vi.fn(),
    onMessage: { addListener: (listener: (message: unknown) => void) => void onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => void onDisconnect.push(listener) },
  };
  return {
    port,
    posted,
    send: (message: unknown) => onMessage.forEach((listener) => listener(message)),
    closeFromPage: () => onDisconnect.forEach((listener) => listener()),
    listening: () => onMessage.length > 0,
  };
}

let connect: (port: unknown) => void = () => undefined;
const streamSuggestion = vi.fn<Service['streamSuggestion']>();

beforeEach(() => {
  fakeBrowser.reset();
  streamSuggestion.mockReset();
  fakeBrowser.runtime.onConnect = { addListener: (listener: (port: unknown) => void) => void (connect = listener) } as never;
  serveLlmStreams(Promise.resolve({ streamSuggestion } as unknown as Service));
});

const fromTab = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the LLM stream port', () => {
  it('streams the suggestion for the tab that asked, then closes', async () => {
    streamSuggestion.mockImplementation(async (_start, _tabId, options) => {
      options.onDelta?.('Hi Hel');
      return { ok: true, source: 'llm', variants: [] };
    });
    const tab = fakePort(LLM_STREAM_PORT, fromTab(9));
    connect(tab.port);
    tab.send({ type: 'llm/stream', situation: 'de-escalate', draft: 'Helen,' });
    await settle();
    expect(streamSuggestion).toHaveBeenCalledWith({ type: 'llm/stream', situation: 'de-escalate', draft: 'Helen,' }, 9, expect.anything());
    expect(tab.posted).toEqual([
      { type: 'delta', text: 'Hi Hel' },
      { type: 'done', answer: { ok: true, source: 'llm', variants: [] } },
    ]);
    expect(tab.port.disconnect).toHaveBeenCalled();
  });

  it('closes the port on a first message that is not a start request, without asking the LLM', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const first of [
      { type: 'llm/suggest', situation: 'de-escalate' },
      { situation: 'de-escalate' },
      { type: 'llm/stream', situation: 'de-escalate', tabId: 1 },
      'start',
      null,
    ]) {
      const tab = fakePort(LLM_STREAM_PORT, fromTab(9));
      connect(tab.port);
      tab.send(first);
      await settle();
      expect(tab.port.disconnect, JSON.stringify(first)).toHaveBeenCalled();
      expect(tab.posted).toEqual([]);
    }
    expect(streamSuggestion).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses a port from another extension or from outside a tab before reading anything', () => {
    for (const sender of [{ id: 'another-extension', tab: { id: 9 } }, { id: fakeBrowser.runtime.id }]) {
      const tab = fakePort(LLM_STREAM_PORT, sender);
      connect(tab.port);
      expect(tab.port.disconnect).toHaveBeenCalled();
      expect(tab.listening()).toBe(false);
    }
  });

  it('leaves ports of any other name alone', () => {
    const other = fakePort('someone-else', fromTab(9));
    connect(other.port);
    expect(other.port.disconnect).not.toHaveBeenCalled();
    expect(other.listening()).toBe(false);
  });

  it('cancels the request when the page closes the port', async () => {
    let signal: AbortSignal | undefined;
    streamSuggestion.mockImplementation(async (_start, _tabId, options) => {
      signal = options.signal;
      return new Promise(() => undefined);
    });
    const tab = fakePort(LLM_STREAM_PORT, fromTab(9));
    connect(tab.port);
    tab.send({ type: 'llm/stream', situation: 'de-escalate' });
    await settle();
    tab.closeFromPage();
    expect(signal?.aborted).toBe(true);
  });
});
