import { useEffect, useState, useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { openPalette } from '../../palette/open-request';
import { Sidebar } from '../../sidebar/Sidebar';
import type { MailPage, MailPageFeature } from '../page';
import { EXPANDED_WIDTH, TAB_WIDTH, dockPage, isExpanded } from './sidebar-dock';

/**
 * The user's open/closed choice, shared by every mail tab and kept across
 * reloads. In `sync`: storage.local is closed to content scripts (it holds the API key).
 */
const sidebarOpen = storage.defineItem<boolean>('sync:sidebarOpen', { fallback: true });

/** What the background sends when the user presses the sidebar's shortcut (manifest `commands`). */
const OpenSidebarMessage = z.object({ type: z.literal('sidebar/open') });

/** The sidebar, docked beside the mail: the thread's client, people, signals and commitments, then the sections other features add. */
export const sidebar: MailPageFeature = {
  name: 'sidebar',
  async init(page, signal) {
    const dock = dockPage(page.win.document, signal);
    const choice = { open: await sidebarOpen.getValue(), openedHere: false, focusRequests: 0, shortcut: '' };
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
    };

    // Another tab's choice applies here too.
    const unwatch = sidebarOpen.watch((open) => {
      if (open === choice.open) return;
      choice.open = open;
      if (!open) choice.openedHere = false;
      changed();
    });
    signal.addEventListener('abort', unwatch, { once: true });

    const onMessage = (message: unknown) => {
      if (!OpenSidebarMessage.safeParse(message).success) return;
      choice.openedHere = true;
      choice.focusRequests += 1;
      changed();
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

    void page.request('sidebar/shortcut', {}).then((answer) => {
      if (!answer.ok) return;
      choice.shortcut = answer.shortcut;
      changed();
    });

    const ui = await page.mountUi('bridgekeeper-sidebar', signal);
    ui.render(<SidebarRoot page={page} controls={controls} />);
  },
};

interface SidebarChoice {
  open: boolean;
  openedHere: boolean;
  focusRequests: number;
  shortcut: string;
}

interface SidebarControls {
  get(): SidebarChoice;
  subscribe(listener: () => void): () => void;
  setExpanded(expanded: boolean): void;
  dockWidth(width: string): void;
}

function SidebarRoot({ page, controls }: { page: MailPage; controls: SidebarControls }) {
  const state = useSyncExternalStore(page.store.subscribe, page.store.get);
  const choice = useChoice(controls);
  const expanded = isExpanded(state.sidebar, choice);
  useEffect(() => controls.dockWidth(expanded ? EXPANDED_WIDTH : TAB_WIDTH), [controls, expanded]);
  const clientSections = state.sections.flatMap((s) => (s.place === 'client' ? [s] : []));
  const footSections = state.sections.flatMap((s) => (s.place === 'foot' ? [s] : []));
  return (
    <Sidebar
      state={state.sidebar}
      debugLog={state.debugLog}
      expanded={expanded}
      onExpandedChange={controls.setExpanded}
      shortcut={choice.shortcut}
      focusRequests={choice.focusRequests}
      onOpenOptions={() => void page.request('options/open', {})}
      onOpenPalette={() => openPalette(page)}
      onAccountAnswer={(own) => void page.request('account/confirm', { own }).then(() => page.refreshThread(true))}
      clientSections={(view) => clientSections.map(({ name, Component }) => <Component key={name} view={view} />)}
      pageSections={footSections.map(({ name, Component }) => (
        <Component key={name} />
      ))}
    />
  );
}

/** The choice as a fresh object per change, so React sees it change. */
function useChoice(controls: SidebarControls): SidebarChoice {
  const [choice, setChoice] = useState(() => ({ ...controls.get() }));
  useEffect(() => controls.subscribe(() => setChoice({ ...controls.get() })), [controls]);
  return choice;
}
