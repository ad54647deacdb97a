import type { ThreadSnapshot } from '../../utils/mail/snapshot';
import type { ThreadView } from '../../utils/messaging';
import type { ToneView } from '../common/tone-view';
import type { SidebarState } from '../sidebar/Sidebar';
import type { SidebarSection } from './views/sections';

/** The thread on screen as the background last described it; kept through a transient failure, cleared when no thread is open. */
export interface ThreadState {
  view: ThreadView | null;
  snapshot: ThreadSnapshot | null;
}

export interface PageState {
  sidebar: SidebarState;
  thread: ThreadState;
  draftTone: ToneView | null;
  sections: readonly SidebarSection[];
  debugLog: string[];
}

export const INITIAL_PAGE_STATE: PageState = {
  sidebar: { kind: 'loading' },
  thread: { view: null, snapshot: null },
  draftTone: null,
  sections: [],
  debugLog: [],
};

/** A tiny external store for the in-page React roots (useSyncExternalStore). */
export function createPageStore(initial: PageState = INITIAL_PAGE_STATE) {
  let state = initial;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    set(patch: Partial<PageState>) {
      state = { ...state, ...patch };
      notify();
    },
    log(line: string) {
      const stamped = `${new Date().toLocaleTimeString()} ${line}`;
      state = { ...state, debugLog: [...state.debugLog.slice(-49), stamped] };
      notify();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type PageStore = ReturnType<typeof createPageStore>;
