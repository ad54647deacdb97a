import type { Found, MailAdapter } from '../mail/adapter';
import { createMessageCache, type MessageCache } from '../mail/message-cache';
import type { ThreadSnapshot } from '../mail/snapshot';

export interface ThreadWatcherOptions {
  win: Window;
  adapter: MailAdapter;
  signal: AbortSignal;
  /** Called when what the page shows changed: another thread, new messages, a compose box opened. */
  onChange(result: Found<ThreadSnapshot>, url: string): void;
  /** The reference for dates the page shows without a year ("Fri 9:12 AM"). */
  now(): Date;
  /** Nodes whose mutations never matter (our own UI). */
  isOwnNode?(node: Node): boolean;
  debounceMs?: number;
  /** Longest a busy page can postpone a read. */
  maxWaitMs?: number;
}

export interface ThreadWatcher {
  /** Read again now; `force` reports even an unchanged page (our own data changed). */
  refresh(force?: boolean): void;
  /** The messages kept between reads, with how many were read and reused. */
  readonly messages: MessageCache;
}

/**
 * Watches the page without slowing it: one MutationObserver whose records are
 * filtered cheaply (typing in an editor or our own UI is ignored), reads
 * debounced, and a report only when the extracted thread really changed.
 * Navigation (hash, history, WXT's location polling) triggers a prompt read.
 *
 * A read re-reads only the messages that changed: the observer also sees
 * attribute and text changes, never to schedule a read (hover states and
 * ticking times would), only to tell the message cache which messages a
 * mutation touched; the others are reused as read before.
 */
export function watchThread(options: ThreadWatcherOptions): ThreadWatcher {
  const { win, adapter, signal } = options;
  const doc = win.document;
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstScheduledAt = 0;
  let lastKey = '';
  const messages = createMessageCache();

  const read = () => {
    timer = undefined;
    firstScheduledAt = 0;
    if (signal.aborted) return;
    // Mutations not yet delivered to the callback still make their messages stale.
    forgetChanged(observer.takeRecords());
    const url = win.location.href;
    const result = adapter.extractThread(doc, url, { now: options.now(), messages });
    const key = fingerprint(result, url);
    if (key === lastKey) return;
    lastKey = key;
    options.onChange(result, url);
  };

  const schedule = (delay = debounceMs) => {
    if (signal.aborted) return;
    const now = Date.now();
    if (!firstScheduledAt) firstScheduledAt = now;
    if (timer !== undefined) clearTimeout(timer);
    const waited = now - firstScheduledAt;
    timer = setTimeout(read, Math.max(0, Math.min(delay, maxWaitMs - waited)));
  };

  const relevant = (record: MutationRecord): boolean => {
    if (record.type !== 'childList') return false;
    const target = record.target;
    if (options.isOwnNode?.(target)) return false;
    const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
    // Keystrokes in a compose body are the draft's business, not the thread's.
    return !element?.closest('[contenteditable="true"], [contenteditable=""]');
  };

  /** Tells the message cache which messages these mutations touched. */
  const forgetChanged = (records: readonly MutationRecord[]) => {
    let last: Node | null = null;
    for (const record of records) {
      // A burst of records on one element (a body filled paragraph by paragraph) climbs the tree once.
      if (record.target !== last || record.type === 'attributes') messages.touched(record.target, record.type);
      last = record.type === 'attributes' ? null : record.target;
      record.removedNodes.forEach((node) => messages.removed(node));
    }
  };

  const observer = new (win as Window & typeof globalThis).MutationObserver((records: MutationRecord[]) => {
    forgetChanged(records);
    if (records.some(relevant)) schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });

  const onNavigate = () => {
    lastKey = '';
    schedule(50);
  };
  win.addEventListener('hashchange', onNavigate, { signal });
  win.addEventListener('popstate', onNavigate, { signal });
  win.addEventListener('wxt:locationchange', onNavigate, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  schedule(0);
  return {
    refresh(force = false) {
      if (force) lastKey = '';
      schedule(0);
    },
    messages,
  };
}

/**
 * What matters for a re-report: everything the snapshot says but the draft's
 * text (it changes per keystroke). Whole texts, not their lengths: an edit that
 * keeps a message's length is still a change. A snapshot is bounded (20,000
 * characters of own text and of history a message), so this stays cheap.
 */
function fingerprint(result: Found<ThreadSnapshot>, url: string): string {
  if (!result.ok) return `x|${url}|${result.what}|${result.error}`;
  const s = result.value;
  return JSON.stringify([url, { ...s, compose: s.compose.map((c) => [c.to, c.cc, c.subject]) }]);
}
