/** The parts of a keydown the palette looks at; a DOM KeyboardEvent has them all. */
export interface KeyLike {
  readonly key: string;
  /** The physical key ("KeyK", "Digit1"): Shift+1 is "!" as a key but still "Digit1". */
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** A key combination as the browser's shortcut page binds it (chrome://extensions/shortcuts). */
export interface Shortcut {
  /** Upper-case letter or digit, or a key name ("Comma", "Space", "Up"). */
  key: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/** The manifest's suggested binding for the palette (wxt.config.ts), in force until the browser says which one is bound. */
export const SUGGESTED_PALETTE_SHORTCUT = { mac: 'Command+Shift+K', other: 'Ctrl+Shift+K' } as const;

const MAC_SYMBOLS: Record<string, keyof Omit<Shortcut, 'key'>> = { '⌃': 'ctrl', '⌥': 'alt', '⇧': 'shift', '⌘': 'meta' };
const MODIFIERS: Record<string, keyof Omit<Shortcut, 'key'>> = { ctrl: 'ctrl', macctrl: 'ctrl', alt: 'alt', option: 'alt', shift: 'shift', command: 'meta' };

/**
 * "Ctrl+Shift+K", "Alt+Shift+P", "Command+Shift+K", or a Mac's "⇧⌘K" (what
 * `commands.getAll()` answers there) → a Shortcut; '' (unbound) or anything
 * else → null.
 */
export function parseShortcut(text: string): Shortcut | null {
  const shortcut: Shortcut = { key: '', ctrl: false, alt: false, shift: false, meta: false };
  let rest = text.trim();
  while (rest && MAC_SYMBOLS[rest[0]!]) {
    shortcut[MAC_SYMBOLS[rest[0]!]!] = true;
    rest = rest.slice(1);
  }
  const parts = rest.split('+').map((part) => part.trim());
  const key = parts.pop() ?? '';
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier) return null;
    shortcut[modifier] = true;
  }
  if (!key || /[+\s]/.test(key) || !(shortcut.ctrl || shortcut.alt || shortcut.meta)) return null;
  shortcut.key = key.length === 1 ? key.toUpperCase() : key;
  return shortcut;
}

/** Names the shortcut page uses for keys that are not a letter or a digit, with the DOM's `key` for each. */
const NAMED_KEYS: Record<string, string> = {
  Comma: ',',
  Period: '.',
  Space: ' ',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
};

export function matchesShortcut(event: KeyLike, shortcut: Shortcut): boolean {
  if (event.ctrlKey !== shortcut.ctrl || event.altKey !== shortcut.alt || event.shiftKey !== shortcut.shift || event.metaKey !== shortcut.meta) return false;
  const { key } = shortcut;
  if (/^[A-Z]$/.test(key)) return event.code ? event.code === `Key${key}` : event.key.toUpperCase() === key;
  if (/^[0-9]$/.test(key)) return event.code ? event.code === `Digit${key}` : event.key === key;
  return event.key === (NAMED_KEYS[key] ?? key);
}

/**
 * Whether a keydown on the page opens the palette: the key bound to the
 * palette's command, when the browser let the page see it (a headless
 * browser, a binding the browser could not register). It never takes a key
 * from something the user types in (the compose box, a search field): there
 * the key belongs to the mail app. (The browser's own command, bound in
 * chrome://extensions/shortcuts, opens the palette from anywhere.)
 */
export function opensPalette(event: KeyLike, context: { shortcut: Shortcut | null; typingTarget: boolean; paletteOpen: boolean }): boolean {
  if (context.paletteOpen || context.typingTarget || !context.shortcut) return false;
  return matchesShortcut(event, context.shortcut);
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
