import { useSyncExternalStore } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ComposeBox, MailAdapter } from '../../utils/mail/adapter';
import type { ThreadSnapshot } from '../../utils/mail/snapshot';
import type { DeadlineSuggestion, ThreadView, ToneContextView, VariantView } from '../../utils/messaging';
import { insertIntoEditor, occurrenceBefore, replacePhrase } from '../../utils/page/draft-editing';
import { guardSends } from '../../utils/page/send-guard';
import { watchThread } from '../../utils/page/thread-watcher';
import type { ToneFindingView, ToneView } from '../common/tone-view';
import { PreSendPanel } from '../guard/PreSendPanel';
import { streamLlmSuggestion } from '../hooks/llm-stream';
import { request } from '../hooks/messenger';
import { Sidebar } from '../sidebar/Sidebar';
import { createPageStore, type PageStore } from './page-state';

export type ToneCheck = (
  draft: string,
  context: ToneContextView,
  settings: ThreadView['tone'],
) => ToneView & { warn: boolean };

export interface MailPageOptions {
  ctx: ContentScriptContext;
  adapter: MailAdapter;
  checkTone: ToneCheck;
}

const DEFAULT_TONE_SETTINGS: ThreadView['tone'] = { sensitivity: 'normal', holdOnRisk: true };

/**
 * Everything Bridgekeeper does on a mail page: the sidebar, the live tone of
 * the draft, and the pre-send guard. Each part tears down with the content
 * script's context; nothing here may throw into the page.
 */
export async function startMailPage({ ctx, adapter, checkTone }: MailPageOptions): Promise<void> {
  const win = window;
  const store = createPageStore({ sidebar: { kind: 'loading' }, draftTone: null, debugLog: [] });
  let view: ThreadView | null = null;
  let snapshot: ThreadSnapshot | null = null;
  const toneSettings = () => view?.tone ?? DEFAULT_TONE_SETTINGS;
  const toneContext = () => view?.toneContext ?? {};

  const sidebarUi = await createShadowRootUi<Root>(ctx, {
    name: 'bridgekeeper-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container) {
      const root = createRoot(container);
      container.classList.add('bk-root');
      root.render(<SidebarRoot store={store} actions={sidebarActions} />);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });

  const isOwnNode = (node: Node) => sidebarUi.shadowHost.contains(node) || panelHost?.contains(node) === true;
  let panelHost: HTMLElement | null = null;

  async function report(result: ReturnType<MailAdapter['extractThread']>, url: string) {
    if (!result.ok) {
      if (!adapter.urlShowsThread(url)) {
        store.set({ sidebar: { kind: 'no-thread' } });
        view = null;
        snapshot = null;
        void request('thread/clear', { url });
        return;
      }
      store.log(`not found: ${result.what} (${result.selectors.join(' | ')}): ${result.error}`);
      store.set({ sidebar: { kind: 'unreadable', error: result.error, selectors: result.selectors, url } });
      return;
    }
    snapshot = result.value;
    store.log(`read thread ${snapshot.threadId ?? '(none)'}: ${snapshot.messages.length} messages, ${snapshot.compose.length} compose`);
    const answer = await request('thread/report', { url, snapshot });
    if (!answer.ok) {
      store.log(`background: ${answer.error}`);
      store.set({ sidebar: { kind: 'offline', error: answer.error } });
      return;
    }
    view = answer.view;
    store.set({ sidebar: { kind: 'view', view } });
    refreshDraftTone();
  }

  const firstCompose = (): ComposeBox | undefined => adapter.findComposeBoxes(win.document)[0];

  function refreshDraftTone() {
    const box = firstCompose();
    if (!box) return store.set({ draftTone: null });
    const draft = adapter.readDraft(box);
    store.set({ draftTone: draft.trim() ? checkTone(draft, toneContext(), toneSettings()) : null });
  }

  const sidebarActions = {
    onConfirmDeadline(suggestion: DeadlineSuggestion) {
      if (!view?.client || !snapshot) return;
      void request('deadline/confirm', { clientId: view.client.id, threadId: snapshot.threadId, provider: snapshot.provider, suggestion }).then(
        (answer) => (answer.ok ? watcher.refresh(true) : store.log(`confirm failed: ${answer.error}`)),
      );
    },
    onDismissDeadline(suggestion: DeadlineSuggestion) {
      void request('deadline/dismiss', { suggestionId: suggestion.id, ...(view?.client ? { clientId: view.client.id } : {}) }).then(
        (answer) => (answer.ok ? watcher.refresh(true) : store.log(`dismiss failed: ${answer.error}`)),
      );
    },
    onInsertVariant(variant: VariantView) {
      const box = firstCompose();
      if (!box) return store.log('insert: no open compose box');
      if (!insertIntoEditor(box.editor, variant.text)) store.log('insert: the editor refused the text');
    },
    onCopyVariant(variant: VariantView) {
      void navigator.clipboard.writeText(variant.text).catch(() => store.log('copy: the clipboard is not available here'));
    },
    onOpenOptions() {
      void request('options/open', {});
    },
    onAskLlm(situation: string, onDelta: (textSoFar: string) => void) {
      const box = firstCompose();
      const draft = box ? adapter.readDraft(box) : '';
      return streamLlmSuggestion({ situation, ...(draft.trim() ? { draft } : {}) }, onDelta);
    },
  };

  sidebarUi.mount();

  const watcher = watchThread({
    win,
    adapter,
    signal: ctx.signal,
    now: () => new Date(),
    isOwnNode,
    onChange: (result, url) => void report(result, url).catch((error: unknown) => store.log(`report failed: ${String(error)}`)),
  });

  // Live level of the draft: input events only, debounced; the compose body alone is read.
  let toneTimer: ReturnType<typeof setTimeout> | undefined;
  ctx.addEventListener(
    win,
    'input',
    (event) => {
      const target = event.target as Node | null;
      if (!target || isOwnNode(target)) return;
      if (toneTimer !== undefined) clearTimeout(toneTimer);
      toneTimer = setTimeout(() => {
        try {
          refreshDraftTone();
        } catch (error) {
          store.log(`tone: ${String(error)}`);
        }
      }, 250);
    },
    { capture: true },
  );

  guardSends({
    win,
    adapter,
    signal: ctx.signal,
    shouldHold(draft) {
      const settings = toneSettings();
      const tone = checkTone(draft, toneContext(), settings);
      store.set({ draftTone: draft.trim() ? tone : null });
      if (tone.warn) store.log(`send ${settings.holdOnRisk ? 'held' : 'warned'}: ${tone.level} (${Math.round(tone.score)})`);
      // "Never hold, only show": the warning stays in the sidebar, the send goes.
      return tone.warn && settings.holdOnRisk;
    },
    onHold(box, draft, send) {
      void showPanel(box, draft, send);
    },
  });

  async function showPanel(box: ComposeBox, draft: string, send: () => void) {
    const panel = await createShadowRootUi<Root>(ctx, {
      name: 'bridgekeeper-presend',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount(container) {
        container.classList.add('bk-root');
        return createRoot(container);
      },
      onRemove: (root) => root?.unmount(),
    });
    panel.mount();
    panelHost = panel.shadowHost;
    const close = () => {
      panel.remove();
      panelHost = null;
      box.editor.focus();
    };
    let current = draft;
    const render = () => {
      const tone = checkTone(current, toneContext(), toneSettings());
      panel.mounted?.render(
        <PreSendPanel
          draft={current}
          tone={tone}
          onEdit={close}
          onSendAnyway={() => {
            close();
            send();
          }}
          onApply={(finding: ToneFindingView) => {
            // The rewrite replaces the whole sentence that carries the phrase, never a splice inside it.
            const rewrite = finding.rewrite;
            const sentence = rewrite ? current.slice(rewrite.start, rewrite.end) : '';
            const replaced = rewrite !== undefined && replacePhrase(box.editor, sentence, rewrite.text, occurrenceBefore(current, sentence, rewrite.start));
            if (!replaced) store.log(`apply: “${sentence}” is no longer in the draft`);
            current = adapter.readDraft(box);
            const next = checkTone(current, toneContext(), toneSettings());
            store.set({ draftTone: next });
            if (!next.warn) close();
            else render();
          }}
        />,
      );
    };
    render();
  }
}

function SidebarRoot({ store, actions }: { store: PageStore; actions: Omit<Parameters<typeof Sidebar>[0], 'state' | 'draftTone' | 'debugLog'> }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  return <Sidebar state={state.sidebar} draftTone={state.draftTone} debugLog={state.debugLog} {...actions} />;
}
