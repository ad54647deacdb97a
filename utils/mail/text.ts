import { forEachDescendant, isHiddenByAttributes, isHiddenWithin, precedes } from './dom-query';

/**
 * DOM → text the way a reader sees it, close to Chromium's `innerText`:
 * block elements and `<br>` break lines, `<script>`/`<style>`/hidden elements
 * are skipped, spaces collapse, NBSP and narrow NBSP become plain spaces,
 * invisible formatting characters are dropped, and paragraph breaks collapse to
 * one blank line. Iterative, so a hostile 5,000-level nesting cannot overflow
 * the stack, and read-only (never innerHTML), so it is safe under Trusted Types.
 */

/** Characters that render as nothing or only steer direction: dropped from text and names. */
export const INVISIBLE_CHARS = /[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Space-like characters that must compare equal to a space (NBSP, narrow NBSP, thin spaces…). */
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Normalises spacing characters and drops invisible ones, keeping line breaks. */
export function normaliseChars(raw: string): string {
  return raw.replace(INVISIBLE_CHARS, '').replace(SPACE_LIKE, ' ');
}

/** One line of text: invisible characters dropped, all whitespace collapsed to single spaces. */
export function singleLine(raw: string): string {
  return normaliseChars(raw).replace(/\s+/g, ' ').trim();
}

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'img',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'canvas',
  'input',
  'select',
  'textarea',
  'button',
  'option',
]);

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
  'listing',
  'plaintext',
  'xmp',
]);

/** `<p>` is a paragraph in innerText (a blank line around it); other blocks break one line. */
const PARAGRAPH_TAGS = new Set(['p']);
const CELL_TAGS = new Set(['td', 'th']);
const PRE_TAGS = new Set(['pre', 'listing', 'plaintext', 'xmp']);
const PRE_STYLE = /white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\b/i;

/** Where a message body stops being the author's own words. */
export interface TextBoundaries {
  /** From this element on (document order), text is signature. */
  signatureStart?: Element | null;
  /** From this element on (document order), text is quoted history. */
  quoteStart?: Element | null;
  /** Elements whose whole subtree is quoted, but text after them is not (inline `<blockquote>`). */
  quoteIslands?: ReadonlySet<Element>;
}

export interface SplitText {
  text: string;
  signature: string;
  quoted: string;
  /** True when the own text was cut at its limit: what followed was not read. */
  truncated?: boolean;
}

/** Most characters kept of each part; the walk stops once nothing more can be kept. */
export interface TextLimits {
  text?: number;
  signature?: number;
  quoted?: number;
}

const enum Part {
  Own = 0,
  Signature = 1,
  Quoted = 2,
}

/** Accumulates text with innerText-like line-break rules, up to `capacity` characters. */
class TextSink {
  private readonly chunks: string[] = [];
  /** Newlines at the end of what was written so far. */
  private trailingNewlines = 0;
  private endsWithSpace = false;
  private empty = true;
  private length = 0;
  /** Set once text was dropped for want of room. */
  overflowed = false;

  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}

  get full(): boolean {
    return this.length >= this.capacity;
  }

  write(raw: string, preserve: boolean): void {
    if (this.full) {
      if (raw.trim()) this.overflowed = true;
      return;
    }
    // Cut before normalising: a 5 MB text node costs only what is kept.
    const room = this.capacity - this.length;
    const input = raw.length > 2 * room + 16 ? raw.slice(0, 2 * room + 16) : raw;
    let text = normaliseChars(input);
    if (preserve) {
      text = text.replace(/\r\n?/g, '\n');
    } else {
      text = text.replace(/[ \t\n\r\f]+/g, ' ');
      if ((this.empty || this.trailingNewlines > 0 || this.endsWithSpace) && text.startsWith(' ')) text = text.slice(1);
    }
    if (!text) return;
    if (text.length > room || input.length < raw.length) {
      if (text.length > room) text = text.slice(0, room);
      this.overflowed = true;
    }
    this.chunks.push(text);
    this.length += text.length;
    this.empty = false;
    const match = /\n*$/.exec(text);
    const newlines = match ? match[0].length : 0;
    this.trailingNewlines = newlines === text.length ? this.trailingNewlines + newlines : newlines;
    this.endsWithSpace = newlines === 0 && text.endsWith(' ');
  }

  /** A `<br>`: always a new line. */
  lineBreak(): void {
    this.chunks.push('\n');
    this.empty = false;
    this.trailingNewlines += 1;
    this.endsWithSpace = false;
  }

  /** A block boundary: at least `count` newlines, none at the very start. */
  blockBreak(count: number): void {
    if (this.empty) return;
    while (this.trailingNewlines < count) {
      this.chunks.push('\n');
      this.trailingNewlines += 1;
    }
    this.endsWithSpace = false;
  }

  /** A table cell boundary: a space between cells of a row. */
  cellBreak(): void {
    if (this.empty || this.trailingNewlines > 0 || this.endsWithSpace) return;
    this.chunks.push(' ');
    this.endsWithSpace = true;
  }

  toString(): string {
    return tidyText(this.chunks.join(''));
  }
}

/** Trailing spaces off every line, at most one blank line in a row, no blank lines at the ends. */
export function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/^ +/, '');
}

interface Frame {
  node: Node;
  leaving: boolean;
  /** Set on leave frames: how this element broke lines on entry. */
  breakCount?: number;
  cell?: boolean;
  preserve?: boolean;
  suppressing?: boolean;
  island?: boolean;
}

/**
 * Reads `root` into own text, signature and quoted history, split at the given
 * boundary elements. Hidden subtrees are skipped, except a hidden wrapper that
 * holds the quote start (Outlook hides history behind "Show message history"):
 * it is entered, its text before the quote dropped, the history kept as quoted.
 */
export function readSplitText(root: Node, boundaries: TextBoundaries = {}, limits: TextLimits = {}): SplitText {
  const sinks = [new TextSink(limits.text), new TextSink(limits.signature), new TextSink(limits.quoted)] as const;
  const quoteStart = boundaries.quoteStart ?? null;
  let signatureStart = boundaries.signatureStart ?? null;
  if (signatureStart && quoteStart && (quoteStart.contains(signatureStart) || precedes(quoteStart, signatureStart))) {
    signatureStart = null;
  }
  const islands = boundaries.quoteIslands;
  const holdsQuote = ancestorsOf(root, quoteStart, islands);
  let part: Part = Part.Own;
  let islandDepth = 0;
  let suppressDepth = 0;
  let preserveDepth = 0;

  const sink = () => sinks[islandDepth > 0 ? Part.Quoted : part];
  const stack: Frame[] = [{ node: root, leaving: false }];
  // Siblings are stacked one at a time, when the node before them is done: a body of 10,000
  // paragraphs read only to the text limit costs the paragraphs read, not 10,000 frames.
  const next = (node: Node) => {
    const sibling = node === root ? null : node.nextSibling;
    if (sibling) stack.push({ node: sibling, leaving: false });
  };

  while (stack.length > 0) {
    // Nothing after this point can be kept: own text full, or inside the history with the history full.
    if (sinks[Part.Own].overflowed || (part === Part.Quoted && islandDepth === 0 && sinks[Part.Quoted].full)) break;
    const frame = stack.pop()!;
    const node = frame.node;
    // A full signature: only the way to the history start is still worth walking.
    if (part === Part.Signature && sinks[Part.Signature].full && !frame.leaving && islandDepth === 0) {
      if (!quoteStart) break;
      if (node.nodeType !== 1 || !(node as Element).contains(quoteStart)) {
        next(node);
        continue;
      }
    }
    if (frame.leaving) {
      if (frame.breakCount) sink().blockBreak(frame.breakCount);
      if (frame.cell) sink().cellBreak();
      if (frame.preserve) preserveDepth -= 1;
      if (frame.suppressing) suppressDepth -= 1;
      if (frame.island) islandDepth -= 1;
      next(node);
      continue;
    }
    if (node.nodeType === 3 || node.nodeType === 4) {
      if (!(suppressDepth > 0 && part !== Part.Quoted && islandDepth === 0)) sink().write((node as CharacterData).data, preserveDepth > 0);
      next(node);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) {
      next(node);
      continue;
    }

    const leave: Frame = { node, leaving: true };
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element === quoteStart) part = Part.Quoted;
      else if (element === signatureStart && part === Part.Own) part = Part.Signature;
      const tag = element.localName.toLowerCase();
      if (SKIPPED_TAGS.has(tag)) {
        next(node);
        continue;
      }
      if (element !== root && element !== quoteStart && !islands?.has(element) && isHiddenByAttributes(element)) {
        if (part !== Part.Quoted && holdsQuote.has(element)) {
          suppressDepth += 1;
          leave.suppressing = true;
        } else {
          next(node);
          continue;
        }
      }
      if (islands?.has(element)) {
        if (sinks[Part.Quoted].full) {
          next(node);
          continue;
        }
        islandDepth += 1;
        leave.island = true;
      }
      if (tag === 'br') {
        if (!(suppressDepth > 0 && part !== Part.Quoted && islandDepth === 0)) sink().lineBreak();
        next(node);
        continue;
      }
      const breakCount = PARAGRAPH_TAGS.has(tag) ? 2 : BLOCK_TAGS.has(tag) ? 1 : 0;
      if (breakCount) {
        sink().blockBreak(breakCount);
        leave.breakCount = breakCount;
      }
      if (CELL_TAGS.has(tag)) leave.cell = true;
      const style = element.getAttribute('style');
      if (PRE_TAGS.has(tag) || (style !== null && PRE_STYLE.test(style))) {
        preserveDepth += 1;
        leave.preserve = true;
      }
    }
    stack.push(leave);
    if (node.firstChild) stack.push({ node: node.firstChild, leaving: false });
  }

  const split: SplitText = { text: sinks[Part.Own].toString(), signature: sinks[Part.Signature].toString(), quoted: sinks[Part.Quoted].toString() };
  if (sinks[Part.Own].overflowed) split.truncated = true;
  return split;
}

/** Elements between `root` and the quote markers: hidden ones among them are entered, not skipped. */
function ancestorsOf(root: Node, quoteStart: Element | null, islands: ReadonlySet<Element> | undefined): Set<Element> {
  const marked = new Set<Element>();
  const markFrom = (start: Element) => {
    // Stops at an already-marked ancestor, so many islands cost O(elements) in total.
    for (let el = start.parentElement; el && el !== root && !marked.has(el); el = el.parentElement) marked.add(el);
  };
  if (quoteStart) markFrom(quoteStart);
  islands?.forEach(markFrom);
  return marked;
}

/** The visible text of an element, innerText-like (see readSplitText). */
export function visibleText(root: Node): string {
  return readSplitText(root).text;
}

/** The element's text on one line: for names, subjects and dates. Ignores hidden-ness of `root` itself. */
export function lineText(root: Node): string {
  const text = visibleText(root);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Raw text content without recursion (happy-dom's `textContent` recurses and
 * overflows on deep trees). `entered` collects the elements the read went into
 * before reaching `limit`: the only ones whose text counted.
 */
export function rawText(root: Node, limit = Number.POSITIVE_INFINITY, entered?: Set<Element>): string {
  const out: string[] = [];
  let length = 0;
  // Document order by first child, next sibling and back up: no stack, and a limit reached early leaves the rest unvisited.
  let node: Node | null = root;
  while (node && length < limit) {
    let enter = true;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      out.push(data);
      length += data.length;
      enter = false;
    } else if (node.nodeType === 1) {
      const tag = (node as Element).localName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'template') enter = false;
      else entered?.add(node as Element);
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return out.join('');
}

/**
 * The longest text written directly in one element under `root`, on one line,
 * outside the excluded elements and hidden parts: a collapsed message's
 * snippet when the snippet's own class is unknown.
 */
export function longestOwnText(root: Element, exclude: ReadonlyArray<Element | null>, skip?: (element: Element) => boolean): string {
  let best = '';
  forEachDescendant(root, (element) => {
    if (exclude.some((excluded) => excluded && (excluded === element || excluded.contains(element)))) return 'skip';
    if (skip?.(element) || isHiddenWithin(element, root, { ariaHidden: false })) return 'skip';
    let own = '';
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) own += (node as CharacterData).data;
    }
    const text = singleLine(own);
    if (text.length > best.length) best = text;
    return undefined;
  });
  return best;
}
