import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../utils/mail';
import type { Found } from '../../../utils/mail/adapter';
import type { ThreadSnapshot } from '../../../utils/mail/snapshot';
import { watchThread, type ThreadWatcher } from '../../../utils/page/thread-watcher';
import { extractOptionsFor, pageFixture } from '../mail/pages';

/**
 * The thread watcher on a saved Gmail page in happy-dom, with its real
 * MutationObserver: after a change it reads again only the messages the change
 * touched, its snapshot is what a fresh read of the whole page gives, and it
 * reports only a snapshot that changed.
 */

const fixture = pageFixture('gmail', 'thread-agreement');
const options = extractOptionsFor(fixture.expected);

interface Watched {
  win: Window;
  doc: Document;
  watcher: ThreadWatcher;
  reports: Array<Found<ThreadSnapshot>>;
  /** Resolves after the next read the watcher makes (reported or not). */
  nextRead(): Promise<void>;
}

let controller: AbortController;
let win: Window | undefined;
afterEach(async () => {
  controller.abort();
  await win?.happyDOM.close();
  win = undefined;
});

function watch(): Watched {
  controller = new AbortController();
  win = new Window({ url: fixture.expected.url });
  const parsed = new win.DOMParser().parseFromString(fixture.html, 'text/html');
  const page = win.document.importNode(parsed.documentElement, true);
  win.document.documentElement.remove();
  win.document.appendChild(page);
  const doc = win.document as unknown as Document;
  let readDone: (() => void) | undefined;
  const adapter = {
    ...gmailAdapter,
    extractThread: (...args: Parameters<typeof gmailAdapter.extractThread>) => {
      const result = gmailAdapter.extractThread(...args);
      queueMicrotask(() => readDone?.());
      return result;
    },
  };
  const reports: Array<Found<ThreadSnapshot>> = [];
  const watcher = watchThread({
    win: win as unknown as globalThis.Window,
    adapter,
    signal: controller.signal,
    now: () => options.now,
    debounceMs: 5,
    onChange: (result) => reports.push(result),
  });
  return {
    win,
    doc,
    watcher,
    reports,
    nextRead: () => new Promise<void>((resolve) => (readDone = resolve)),
  };
}

/** What the adapter reads from the page as it is now, with no cache. */
function freshRead(doc: Document): ThreadSnapshot {
  const result = gmailAdapter.extractThread(doc, fixture.expected.url, { now: options.now });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function snapshotOf(result: Found<ThreadSnapshot> | undefined): ThreadSnapshot {
  if (!result?.ok) throw new Error(`no snapshot: ${result?.error ?? 'nothing reported'}`);
  return result.value;
}

/** The last expanded message's visible body (Gmail keeps an empty hidden twin beside each). */
function lastBody(doc: Document): Element {
  const body = Array.from(doc.querySelectorAll('div.a3s'))
    .filter((element) => (element.textContent ?? '').trim())
    .at(-1);
  if (!body) throw new Error('no message body');
  return body;
}

describe('watchThread', () => {
  it('reads every message on the first read and reports the thread as a fresh read gives it', async () => {
    const page = watch();
    await page.nextRead();
    const count = snapshotOf(page.reports[0]).messages.length;
    expect(count).toBe(fixture.expected.messages.length);
    expect(page.watcher.messages.counts).toEqual({ read: count, reused: 0, scanned: 1, scansReused: 0 });
    expect(snapshotOf(page.reports[0])).toEqual(freshRead(page.doc));
  });

  it('after a change in one message, reads only that message again and reports what a fresh read gives', async () => {
    const page = watch();
    await page.nextRead();
    const count = snapshotOf(page.reports[0]).messages.length;

    const paragraph = page.doc.createElement('p');
    paragraph.textContent = 'One more thing: the Columbus visit is confirmed for Tuesday.';
    const body = lastBody(page.doc);
    body.insertBefore(paragraph, body.firstChild);
    await page.nextRead();

    // The self-checks' scan of the headers is kept too: it skipped the bodies.
    expect(page.watcher.messages.counts).toEqual({ read: count + 1, reused: count - 1, scanned: 1, scansReused: 1 });
    expect(page.reports).toHaveLength(2);
    const reported = snapshotOf(page.reports[1]);
    expect(reported.messages.at(-1)?.text).toContain('the Columbus visit is confirmed for Tuesday');
    expect(reported).toEqual(freshRead(page.doc));
  });

  it('after a change outside every message, reuses all of them and sends no report', async () => {
    const page = watch();
    await page.nextRead();
    const count = snapshotOf(page.reports[0]).messages.length;

    page.doc.body.appendChild(page.doc.createElement('div'));
    await page.nextRead();

    expect(page.watcher.messages.counts).toMatchObject({ read: count, reused: count });
    expect(page.reports).toHaveLength(1);
  });

  it('sees an attribute change in a message that schedules no read, at the next read another change causes', async () => {
    const page = watch();
    await page.nextRead();
    const count = snapshotOf(page.reports[0]).messages.length;

    // The first message's date cell gets another title (no child list changes: no read of its own).
    const date = page.doc.querySelector('[data-message-id] span.g3[title]')!;
    date.setAttribute('title', 'Tue, Mar 10, 2026, 11:30 AM');
    page.doc.body.appendChild(page.doc.createElement('div'));
    await page.nextRead();

    expect(page.watcher.messages.counts).toEqual({ read: count + 1, reused: count - 1, scanned: 2, scansReused: 0 });
    const reported = snapshotOf(page.reports[1]);
    expect(reported.messages[0]?.sentAt).toMatch(/^2026-03-10T11:30:00/);
    expect(reported).toEqual(freshRead(page.doc));
  });

  it('reports an edit that keeps the text as long as before', async () => {
    const page = watch();
    await page.nextRead();
    const before = snapshotOf(page.reports[0]);

    // "Helen," → "Helan,": same length, another text.
    const body = lastBody(page.doc);
    const walker = page.doc.createTreeWalker(body, 4);
    let node = walker.nextNode();
    while (node && !(node.nodeValue ?? '').includes('Helen,')) node = walker.nextNode();
    expect(node).toBeTruthy();
    node!.parentNode!.replaceChild(page.doc.createTextNode((node!.nodeValue ?? '').replace('Helen,', 'Helan,')), node!);
    await page.nextRead();

    expect(page.reports).toHaveLength(2);
    const after = snapshotOf(page.reports[1]);
    expect(after.messages.at(-1)?.text.length).toBe(before.messages.at(-1)?.text.length);
    expect(after.messages.at(-1)?.text).toContain('Helan,');
  });
});
