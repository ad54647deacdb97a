import type { Provider } from '../../../utils/mail/snapshot';
import type { SidebarState } from '../../sidebar/Sidebar';

/**
 * The sidebar sits beside the mail, never over it: while it is shown the
 * page's content narrows by its width, as with Gmail's own side panel. Folded,
 * it is a slim tab that still keeps its strip of the page free.
 */
export const EXPANDED_WIDTH = 'clamp(260px, 24vw, 340px)';
export const TAB_WIDTH = '36px';

/** Whether the sidebar is expanded: the user's choice where there is a client thread to show, or whenever they opened it on this page. */
export function isExpanded(state: SidebarState, choice: { open: boolean; openedHere: boolean }): boolean {
  if (choice.openedHere) return true;
  if (!choice.open) return false;
  switch (state.kind) {
    case 'view':
      return state.view.state === 'matched' && Boolean(state.view.client);
    case 'unreadable':
    case 'offline':
      return true;
    case 'loading':
    case 'no-thread':
      return false;
  }
}

/**
 * Columns beside the conversation that give up width while the sidebar is
 * docked open. Outlook lays out a folder pane (220 px) and a message list
 * (360 px) that never shrink, so in a 1024 px window the reading pane was
 * left 124 px; here the reading pane keeps `min(480px, 45vw)` and the folder
 * pane, then the list, give way (stable `data-app-section` hooks, see
 * utils/mail/outlook/selectors.ts). Gmail's conversation column already
 * narrows with the page.
 */
const NARROWING: Record<Provider, readonly string[]> = {
  gmail: [],
  outlook: [
    `[data-app-section="NavigationPane"] { flex-shrink: 4 !important; min-width: 0 !important; overflow: hidden !important; }`,
    `[data-app-section="MessageList"] { flex-shrink: 1 !important; min-width: 240px !important; }`,
    `#ReadingPaneContainerId { min-width: min(480px, 45vw) !important; }`,
  ],
};

/**
 * The style element (ours, in the page's head) that narrows the page: the
 * root element gives up the sidebar's strip on the right, so the mail app's
 * columns lay out in what is left.
 */
export function dockPage(doc: Document, signal: AbortSignal, provider: Provider): { set(width: string): void } {
  const style = doc.createElement('style');
  style.dataset.bridgekeeper = 'dock';
  (doc.head ?? doc.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
  let current = '';
  return {
    set(width) {
      if (width === current) return;
      current = width;
      // textContent, not innerHTML: Gmail enforces Trusted Types.
      // The containers around the conversation (role=main) may shrink below their content's widest line, so the mail wraps instead of running under the sidebar.
      style.textContent = [
        `html { margin-right: ${width} !important; width: auto !important; min-width: 0 !important; }`,
        `body :has([role="main"]) { min-width: 0 !important; }`,
        ...(width === TAB_WIDTH ? [] : NARROWING[provider]),
      ].join('\n');
    },
  };
}
