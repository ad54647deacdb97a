import type { Found, MailAdapter } from '../mail/adapter';
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

/**
 * Watches the page without slowing it: one MutationObserver whose records are
 * filtered cheaply (typing in an editor or our own UI is ignored), reads
 * debounced, and a report only when the extracted thread really changed.
 * Navigation (hash, history, WXT's location polling) triggers a prompt read.
 */
export function watchThread(options: ThreadWatcherOptions): { refresh(force?: boolean): void } {
  const { win, adapter, signal } = options;
  const doc = win.document;
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstScheduledAt = 0;
  let lastKey = '';

  const read = () => {
    timer = undefined;
    firstScheduledAt = 0;
    if (signal.aborted) return;
    const url = win.location.href;
    const result = adapter.extractThread(doc, url, { now: options.now() });
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
    const target = record.target;
    if (options.isOwnNode?.(target)) return false;
    const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
    // Keystrokes in a compose body are the draft's business, not the thread's.
    return !element?.closest('[contenteditable="true"], [contenteditable=""]');
  };

  const observer = new (win as Window & typeof globalThis).MutationObserver((records: MutationRecord[]) => {
    if (records.some(relevant)) schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

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
    /** Read again now; `force` reports even an unchanged page (our own data changed). */
    refresh(force = false) {
      if (force) lastKey = '';
      schedule(0);
    },
  };
}

/** What matters for a re-report: thread, messages, recipients; not the draft's text (it changes per keystroke). */
function fingerprint(result: Found<ThreadSnapshot>, url: string): string {
  if (!result.ok) return `x|${url}|${result.what}|${result.error}`;
  const s = result.value;
  return JSON.stringify([
    url,
    s.threadId,
    s.subject,
    s.messages.map((m) => [m.id, m.from.email, m.sentAt, m.collapsed, m.text.length]),
    s.compose.map((c) => [c.to.map((p) => p.email), c.cc.map((p) => p.email), c.subject]),
  ]);
}
