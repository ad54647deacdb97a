import { useSyncExternalStore } from 'react';
import { Sidebar } from '../../sidebar/Sidebar';
import type { MailPage, MailPageFeature } from '../page';

/** The sidebar: the thread's client, people, signals and commitments, then the sections other features add. */
export const sidebar: MailPageFeature = {
  name: 'sidebar',
  async init(page, signal) {
    const ui = await page.mountUi('bridgekeeper-sidebar', signal);
    ui.render(<SidebarRoot page={page} />);
  },
};

function SidebarRoot({ page }: { page: MailPage }) {
  const state = useSyncExternalStore(page.store.subscribe, page.store.get);
  const clientSections = state.sections.flatMap((s) => (s.place === 'client' ? [s] : []));
  const footSections = state.sections.flatMap((s) => (s.place === 'foot' ? [s] : []));
  return (
    <Sidebar
      state={state.sidebar}
      debugLog={state.debugLog}
      onOpenOptions={() => void page.request('options/open', {})}
      clientSections={(view) => clientSections.map(({ name, Component }) => <Component key={name} view={view} />)}
      pageSections={footSections.map(({ name, Component }) => (
        <Component key={name} />
      ))}
    />
  );
}
