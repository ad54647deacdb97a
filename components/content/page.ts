import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ComposeBox, Found, MailAdapter } from '../../utils/mail/adapter';
import type { ThreadSnapshot } from '../../utils/mail/snapshot';
import type { Messenger, ThreadView, ToneContextView } from '../../utils/messaging';
import type { PageFeature } from '../../utils/page/features';
import { watchThread } from '../../utils/page/thread-watcher';
import type { ToneView } from '../common/tone-view';
import { createPageStore, type PageStore, type ThreadState } from './page-state';
import type { MailViews, ViewName, ViewProps, ViewRoot } from './views';
import { takeMailViews } from './views/handoff';
import type { SidebarSection } from './views/sections';

export type ToneCheck = (draft: string, context: ToneContextView, settings: ThreadView['tone']) => ToneView & { warn: boolean };

/** A closed shadow root of our own, where a feature shows one of the views (components/content/views) at a time. */
export interface InPageUi {
  /** The element inside the shadow root, for what a feature draws without React (the folded sidebar). */
  readonly container: HTMLElement;
  /** Shows `name` with `props`, replacing what was shown; the first call loads the views bundle. */
  show<Name extends ViewName>(name: Name, props: ViewProps<Name>): Promise<void>;
  /** Shows nothing (a pending `show` is dropped). */
  clear(): void;
  remove(): void;
}

/** What every in-page feature is given: the page, its thread, and the ways to show something on it. */
export interface MailPage {
  readonly win: Window;
  readonly adapter: MailAdapter;
  /** The protocol's typed client: everything the page asks the background. */
  readonly request: Messenger;
  /** What the in-page UI shows; React roots subscribe to it. */
  readonly store: PageStore;
  /** The thread on screen as the background last described it. */
  thread(): ThreadState;
  /** Reads the page again now; `force` re-reports an unchanged thread (our own data changed). */
  refreshThread(force?: boolean): void;
  /** The user's tone settings for this thread (defaults until the background answered). */
  toneSettings(): ThreadView['tone'];
  /** The local tone check of a draft, with this thread's context and the user's sensitivity. */
  checkDraft(draft: string): ToneView & { warn: boolean };
  /** The compose box the sidebar's actions write into. */
  firstCompose(): ComposeBox | undefined;
  /** Mounts a closed shadow root the page's scripts cannot reach; removed on `signal`. */
  mountUi(name: string, signal: AbortSignal): Promise<InPageUi>;
  /** Adds a section to the sidebar, after those added before it; removed on `signal`. */
  addSidebarSection(section: SidebarSection, signal: AbortSignal): void;
  /** Our own UI: mutations and input there are not the mail app's. */
  isOwnNode(node: Node): boolean;
  log(line: string): void;
}

export type MailPageFeature = PageFeature<MailPage>;

export interface MailPageOptions {
  ctx: ContentScriptContext;
  adapter: MailAdapter;
  request: Messenger;
  checkTone: ToneCheck;
}

const DEFAULT_TONE_SETTINGS: ThreadView['tone'] = { sensitivity: 'normal', holdOnRisk: true };

/**
 * The page context shared by the features, and `watch`, which starts reading
 * the thread and reporting it to the background.
 */
export function createMailPage({ ctx, adapter, request, checkTone }: MailPageOptions): { page: MailPage; watch(): void } {
  const win = window;
  const store = createPageStore();
  const ownHosts = new Set<HTMLElement>();
  let watcher: { refresh(force?: boolean): void } | null = null;

  const toneSettings = () => store.get().thread.view?.tone ?? DEFAULT_TONE_SETTINGS;

  const page: MailPage = {
    win,
    adapter,
    request,
    store,
    thread: () => store.get().thread,
    refreshThread: (force) => watcher?.refresh(force),
    toneSettings,
    checkDraft: (draft) => checkTone(draft, store.get().thread.view?.toneContext ?? {}, toneSettings()),
    firstCompose: () => adapter.findComposeBoxes(win.document)[0],
    async mountUi(name, signal) {
      let root: ViewRoot | null = null;
      const ui = await createShadowRootUi<HTMLElement>(ctx, {
        name,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        // Closed: `host.shadowRoot` is null to the page's scripts, so they can neither read what we show nor reach our buttons.
        mode: 'closed',
        isolateEvents: true,
        onMount(container) {
          container.classList.add('bk-root');
          return container;
        },
        onRemove: () => root?.unmount(),
      });
      let removed = false;
      // Only the latest `show` or `clear` counts, however long the views bundle takes to load.
      let latest = 0;
      const remove = () => {
        if (removed) return;
        removed = true;
        signal.removeEventListener('abort', remove);
        ownHosts.delete(ui.shadowHost);
        ui.remove();
      };
      ui.mount();
      const container = ui.mounted!;
      ownHosts.add(ui.shadowHost);
      if (signal.aborted) remove();
      else signal.addEventListener('abort', remove, { once: true });
      return {
        container,
        async show(view, props) {
          const mine = ++latest;
          const views = await loadMailViews();
          if (removed || mine !== latest) return;
          if (!root) {
            container.replaceChildren();
            root = views.createRoot(container);
          }
          root.show(view, props);
        },
        clear() {
          latest += 1;
          root?.clear();
        },
        remove,
      };
    },
    addSidebarSection(section, signal) {
      if (signal.aborted) return;
      store.set({ sections: [...store.get().sections, section] });
      signal.addEventListener('abort', () => store.set({ sections: store.get().sections.filter((s) => s !== section) }), { once: true });
    },
    isOwnNode: (node) => [...ownHosts].some((host) => host.contains(node)),
    log: (line) => store.log(line),
  };

  async function report(result: Found<ThreadSnapshot>, url: string) {
    if (!result.ok) {
      if (!adapter.urlShowsThread(url)) {
        store.set({ sidebar: { kind: 'no-thread' }, thread: { view: null, snapshot: null } });
        void request('thread/clear', { url });
        return;
      }
      unreadable(result.error, result.selectors, url);
      return;
    }
    const snapshot = result.value;
    // A conversation whose messages have no sender left (headers stripped, the message list gone) was not really read.
    if (adapter.urlShowsThread(url) && !snapshot.messages.some((m) => m.from.email)) {
      unreadable(`no message with a sender was found (${snapshot.messages.length} message blocks read)`, [], url);
      return;
    }
    store.set({ thread: { ...store.get().thread, snapshot } });
    store.log(`read thread ${snapshot.threadId ?? '(none)'}: ${snapshot.messages.length} messages, ${snapshot.compose.length} compose`);
    const answer = await request('thread/report', { url, snapshot, account: adapter.readAccount(win.document) });
    if (!answer.ok) {
      store.log(`background: ${answer.error}`);
      store.set({ sidebar: { kind: 'offline', error: answer.error } });
      return;
    }
    store.set({ sidebar: { kind: 'view', view: answer.view }, thread: { view: answer.view, snapshot } });
  }

  /** Says "could not read this thread", and forgets the last view so nothing from an earlier visit shows in its place. */
  function unreadable(error: string, selectors: readonly string[], url: string) {
    store.log(`could not read this thread: ${error}${selectors.length ? ` (${selectors.join(' | ')})` : ''}`);
    store.set({ sidebar: { kind: 'unreadable', error, selectors, url }, thread: { view: null, snapshot: null } });
    void request('thread/clear', { url });
  }

  function watch() {
    watcher = watchThread({
      win,
      adapter,
      signal: ctx.signal,
      now: () => new Date(),
      isOwnNode: page.isOwnNode,
      onChange: (result, url) => void report(result, url).catch((error: unknown) => store.log(`report failed: ${String(error)}`)),
    });
  }

  return { page, watch };
}

let loading: Promise<MailViews> | undefined;

/**
 * React and the views are a bundle of their own (entrypoints/mail-views),
 * loaded once per page when a feature first shows something; a failed load
 * is tried again next time.
 */
function loadMailViews(): Promise<MailViews> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/mail-views.js')).then(() => {
    const views = takeMailViews();
    if (!views) throw new Error('the views bundle loaded but left no views');
    return views;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
