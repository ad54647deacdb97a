import { useEffect, useState, useSyncExternalStore } from 'react';
import { Sidebar } from '../../sidebar/Sidebar';
import { EXPANDED_WIDTH, TAB_WIDTH, isExpanded } from '../features/sidebar-dock';
import type { MailPage } from '../page';
import { SectionView } from './sections';

export interface SidebarChoice {
  open: boolean;
  openedHere: boolean;
  focusRequests: number;
  shortcut: string;
  paletteShortcut: string;
}

/** What the sidebar feature (features/sidebar) lets its view read and change. */
export interface SidebarControls {
  get(): SidebarChoice;
  subscribe(listener: () => void): () => void;
  setExpanded(expanded: boolean): void;
  dockWidth(width: string): void;
  openPalette(): void;
}

/** The docked sidebar: the page's state and the user's open/closed choice, with the sections the features added. */
export function SidebarRoot({ page, controls }: { page: MailPage; controls: SidebarControls }) {
  const state = useSyncExternalStore(page.store.subscribe, page.store.get);
  const choice = useChoice(controls);
  const expanded = isExpanded(state.sidebar, choice);
  useEffect(() => controls.dockWidth(expanded ? EXPANDED_WIDTH : TAB_WIDTH), [controls, expanded]);
  return (
    <Sidebar
      state={state.sidebar}
      debugLog={state.debugLog}
      expanded={expanded}
      onExpandedChange={controls.setExpanded}
      shortcut={choice.shortcut}
      paletteShortcut={choice.paletteShortcut}
      focusRequests={choice.focusRequests}
      onOpenOptions={() => void page.request('options/open', {})}
      onOpenPalette={controls.openPalette}
      onAccountAnswer={(own) => void page.request('account/confirm', { own }).then(() => page.refreshThread(true))}
      clientSections={(view) => state.sections.map((section) => <SectionView key={section.name} section={section} view={view} />)}
      pageSections={null}
    />
  );
}

/** The choice as a fresh object per change, so React sees it change. */
function useChoice(controls: SidebarControls): SidebarChoice {
  const [choice, setChoice] = useState(() => ({ ...controls.get() }));
  useEffect(() => controls.subscribe(() => setChoice({ ...controls.get() })), [controls]);
  return choice;
}
