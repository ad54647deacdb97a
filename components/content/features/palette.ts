import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { buildPaletteActions, RecentPaletteKeysSchema, rememberUse, type PaletteAction, type PaletteRun } from '../../../utils/palette/actions';
import { CommandMessageSchema } from '../../../utils/page/commands';
import { SUGGESTED_PALETTE_SHORTCUT, opensPalette, parseShortcut } from '../../../utils/palette/keys';
import { insertIntoEditor } from '../../../utils/page/draft-editing';
import { registerPaletteOpener } from '../../palette/open-request';
import type { MailPage, MailPageFeature } from '../page';

/**
 * Recently used actions, by kind only ("track-deadline", never a client or a
 * date). storage.sync: content scripts may read it (storage.local is for
 * trusted contexts only), the page's scripts cannot.
 */
const recentItem = storage.defineItem<unknown>('sync:paletteRecent', { fallback: [] });

/** Where typing goes to the mail app: the shortcut leaves those keys alone. */
function isTypingTarget(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return false;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target as HTMLElement).isContentEditable;
}

/**
 * The command palette: its command (Ctrl+Shift+K, ⌘⇧K on a Mac, rebindable in
 * chrome://extensions/shortcuts) or the sidebar's button opens every action
 * that fits this thread.
 */
export const commandPalette: MailPageFeature = {
  name: 'command-palette',
  async init(page, signal) {
    const ui = await page.mountUi('bridgekeeper-palette', signal);
    const isMac = /Mac|iPhone|iPad/.test(page.win.navigator.platform);
    // The key the page may see: the suggested one until the background says which the browser has bound.
    let shortcut = parseShortcut(isMac ? SUGGESTED_PALETTE_SHORTCUT.mac : SUGGESTED_PALETTE_SHORTCUT.other);
    void page.request('sidebar/shortcut', {}).then((answer) => {
      if (answer.ok) shortcut = parseShortcut(answer.palette);
    });
    let isOpen = false;
    let returnFocus: HTMLElement | null = null;

    const close = () => {
      if (!isOpen) return;
      isOpen = false;
      ui.clear();
      returnFocus?.focus();
      returnFocus = null;
    };
    const run = async (action: PaletteAction) => {
      close();
      const recent = RecentPaletteKeysSchema.parse(await recentItem.getValue());
      void recentItem.setValue(rememberUse(recent, action.recentKey));
      await perform(page, action.run);
    };
    const open = async () => {
      if (isOpen || signal.aborted) return;
      isOpen = true;
      const active = page.win.document.activeElement;
      returnFocus = active instanceof HTMLElement && !page.isOwnNode(active) ? active : null;
      const actions = buildPaletteActions({ view: page.thread().view, canInsert: Boolean(page.firstCompose()) });
      const recent = RecentPaletteKeysSchema.parse(await recentItem.getValue().catch(() => []));
      if (!isOpen) return;
      await ui.show('palette', { actions, recent, onRun: (action) => void run(action), onClose: close });
    };

    registerPaletteOpener(page, () => void open(), signal);

    // The browser's command: the user pressed the bound key, wherever the focus was (the compose box too).
    const onCommand = (message: unknown) => {
      if (CommandMessageSchema.safeParse(message).data?.type === 'palette/open') void open();
    };
    browser.runtime.onMessage.addListener(onCommand);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand), { once: true });

    // The same key, when the browser lets the page see it (no command registered for it, a headless browser).
    page.win.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || !opensPalette(event, { shortcut, typingTarget: isTypingTarget(event), paletteOpen: isOpen })) return;
        event.preventDefault();
        event.stopPropagation();
        void open();
      },
      { capture: true, signal },
    );
  },
};

/** Carries out an action; every write goes to the background, which checks it against this tab's thread. */
async function perform(page: MailPage, run: PaletteRun): Promise<void> {
  const written = (answer: { ok: true } | { ok: false; error: string }, what: string) =>
    answer.ok ? page.refreshThread(true) : page.log(`${what} failed: ${answer.error}`);
  switch (run.kind) {
    case 'track-deadline':
      return written(await page.request('deadline/confirm', { suggestionId: run.suggestionId }), 'track');
    case 'resolve-commitment':
      return written(await page.request('commitment/resolve', { commitmentId: run.commitmentId, status: run.status }), 'mark');
    case 'told-of-deadline':
      return written(await page.request('commitment/told', { commitmentId: run.commitmentId, email: run.email }), 'told');
    case 'new-in-role':
      return written(await page.request('contact/new-in-role', { email: run.email }), 'new in role');
    case 'insert-variant': {
      const box = page.firstCompose();
      if (!box) return page.log('insert: no open compose box');
      if (!insertIntoEditor(box.editor, run.variant.text)) page.log('insert: the editor refused the text');
      return;
    }
    case 'copy-variant':
      return page.win.navigator.clipboard.writeText(run.variant.text).catch(() => page.log('copy: the clipboard is not available here'));
    case 'open-client':
    case 'open-options':
      return written(await page.request('options/open', {}), 'open options');
  }
}
