/**
 * How the sidebar's header button reaches the palette feature on the same
 * page: the palette registers an opener for its page context, the button asks
 * for it. Nothing here is on the page's DOM, so a page script cannot open it.
 */
const openers = new WeakMap<object, () => void>();

export function registerPaletteOpener(page: object, open: () => void, signal: AbortSignal): void {
  openers.set(page, open);
  signal.addEventListener('abort', () => openers.get(page) === open && openers.delete(page), { once: true });
}

/** Opens the palette of `page`, if it runs there. */
export function openPalette(page: object): void {
  openers.get(page)?.();
}
