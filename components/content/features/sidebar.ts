import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { CommandMessageSchema } from '../../../utils/page/commands';
import { openPalette } from '../../palette/open-request';
import type { SidebarState } from '../../sidebar/Sidebar';
import type { MailPageFeature } from '../page';
import type { SidebarControls } from '../views/sidebar';
import { TAB_WIDTH, dockPage, isExpanded } from './sidebar-dock';

/**
 * The user's open/closed choice, shared by every mail tab and kept across
 * reloads. In `sync`: storage.local is closed to content scripts (it holds the API key).
 */
const sidebarOpen = storage.defineItem<boolean>('sync:sidebarOpen', { fallback: true });

/** The sidebar, docked beside the mail: the thread's client, people, signals and commitments, then the sections other features add. */
export const sidebar: MailPageFeature = {
  name: 'sidebar',
  async init(page, signal) {
    const dock = dockPage(page.win.document, signal, page.adapter.provider);
    const choice = { open: await sidebarOpen.getValue(), openedHere: false, focusRequests: 0, shortcut: '', paletteShortcut: '' };
    const listeners = new Set<() => void>();
    const changed = () => {
      for (const listener of listeners) listener();
    };
    const controls: SidebarControls = {
      get: () => choice,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      setExpanded(expanded) {
        choice.open = expanded;
        choice.openedHere = expanded;
        changed();
        void sidebarOpen.setValue(expanded);
      },
      dockWidth: (width) => dock.set(width),
      openPalette: () => openPalette(page),
    };

    // Another tab's choice applies here too.
    const unwatch = sidebarOpen.watch((open) => {
      if (open === choice.open) return;
      choice.open = open;
      if (!open) choice.openedHere = false;
      changed();
    });
    signal.addEventListener('abort', unwatch, { once: true });

    // The sidebar's command (manifest `commands`), as the background passes it on.
    const onMessage = (message: unknown) => {
      if (CommandMessageSchema.safeParse(message).data?.type !== 'sidebar/open') return;
      choice.openedHere = true;
      choice.focusRequests += 1;
      changed();
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

    void page.request('sidebar/shortcut', {}).then((answer) => {
      if (!answer.ok) return;
      choice.shortcut = answer.shortcut;
      choice.paletteShortcut = answer.palette;
      changed();
    });

    // Folded, the sidebar is a tab drawn without React; the full sidebar (and React) load the first time it opens.
    const ui = await page.mountUi('bridgekeeper-sidebar', signal);
    const tab = foldedTab(ui.container, () => controls.setExpanded(true));
    let full = false;
    const update = () => {
      if (full) return;
      const state = page.store.get().sidebar;
      if (!isExpanded(state, choice)) {
        dock.set(TAB_WIDTH);
        tab.draw(state, choice.shortcut);
        return;
      }
      full = true;
      void ui.show('sidebar', { page, controls }).catch((error: unknown) => {
        page.log(`sidebar: ${String(error)}`);
        full = false;
      });
    };
    const unsubscribe = page.store.subscribe(update);
    signal.addEventListener('abort', unsubscribe, { once: true });
    listeners.add(update);
    update();
  },
};

/** The folded sidebar, as components/sidebar/Sidebar draws it folded, in plain DOM: on most mail tabs it is all the sidebar shows. */
function foldedTab(container: HTMLElement, onOpen: () => void): { draw(state: SidebarState, shortcut: string): void } {
  const doc = container.ownerDocument;
  const aside = doc.createElement('aside');
  aside.className = 'bk-sidebar bk-sidebar--collapsed';
  aside.setAttribute('aria-label', 'Bridgekeeper');
  aside.dataset.testid = 'sidebar';
  aside.dataset.expanded = 'false';
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.className = 'bk-toggle';
  toggle.dataset.testid = 'sidebar-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'bk-sidebar-body');
  toggle.textContent = 'BK';
  toggle.addEventListener('click', onOpen);
  aside.append(toggle);
  container.replaceChildren(aside);
  return {
    draw(state, shortcut) {
      aside.dataset.state = state.kind;
      toggle.title = `Show Bridgekeeper${shortcut ? ` (${shortcut})` : ''}`;
    },
  };
}
