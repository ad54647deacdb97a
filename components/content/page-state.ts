import type { SidebarState } from '../sidebar/Sidebar';
import type { ToneView } from '../common/tone-view';

export interface PageState {
  sidebar: SidebarState;
  draftTone: ToneView | null;
  debugLog: string[];
}

/** A tiny external store for the in-page React roots (useSyncExternalStore). */
export function createPageStore(initial: PageState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch: Partial<PageState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    log(line: string) {
      const stamped = `${new Date().toLocaleTimeString()} ${line}`;
      state = { ...state, debugLog: [...state.debugLog.slice(-49), stamped] };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type PageStore = ReturnType<typeof createPageStore>;
