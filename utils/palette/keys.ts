/** The parts of a keydown the palette looks at; a DOM KeyboardEvent has them all. */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Ctrl+Shift+K (⌘⇧K on a Mac): no mail app on our list binds it. */
export function isPaletteShortcut(event: KeyLike, isMac: boolean): boolean {
  const primary = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return primary && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k';
}

/**
 * Whether a keydown on the page opens the palette. It never takes a key from
 * something the user types in (the compose box, a search field): there the
 * key belongs to the mail app, so while writing the palette opens from the
 * sidebar's button instead.
 */
export function opensPalette(event: KeyLike, context: { isMac: boolean; typingTarget: boolean; paletteOpen: boolean }): boolean {
  if (context.paletteOpen || context.typingTarget) return false;
  return isPaletteShortcut(event, context.isMac);
}

/** What a key does inside the open palette's search box. */
export type PaletteKeyAction = 'next' | 'previous' | 'run' | 'close' | 'first' | 'last' | null;

export function paletteKeyAction(event: KeyLike): PaletteKeyAction {
  if (event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return 'run';
    case 'Escape':
      return 'close';
    case 'PageUp':
      return 'first';
    case 'PageDown':
      return 'last';
    default:
      return event.ctrlKey && event.key === 'n' ? 'next' : event.ctrlKey && event.key === 'p' ? 'previous' : null;
  }
}

/** The next highlighted row, wrapping round like VS Code's. */
export function moveSelection(index: number, count: number, action: 'next' | 'previous' | 'first' | 'last'): number {
  if (count === 0) return 0;
  switch (action) {
    case 'next':
      return (index + 1) % count;
    case 'previous':
      return (index - 1 + count) % count;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
