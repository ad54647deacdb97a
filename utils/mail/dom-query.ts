/**
 * Small, read-only DOM helpers shared by the webmail adapters. They work on any
 * `Document` handed in (the page, or happy-dom in Node) and never touch globals.
 */

/** A selector with its fallbacks, newest page layout first. */
export interface SelectorSpec {
  /** What it finds, in words: shown in NotFound reports and test names. */
  readonly what: string;
  /** CSS alternatives, newest first; the first one that finds anything wins. */
  readonly css: readonly string[];
  /**
   * How many elements each alternative finds in the whole document of each saved
   * page under tests/fixtures (refined-github style): a markup change fails one
   * readable test line instead of a vague extraction failure.
   */
  readonly found: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Builds a SelectorSpec from `{ css: { fixture: count } }`, keeping the written order. */
export function selector<F extends string>(what: string, table: Readonly<Record<string, Readonly<Record<F, number>>>>): SelectorSpec {
  return { what, css: Object.keys(table), found: table };
}

/**
 * `querySelectorAll` as an array. Engines with recursive matchers (happy-dom,
 * old WebViews) overflow the stack on pathologically deep trees; then we walk
 * the tree iteratively and use `matches`, which only looks upwards.
 */
export function queryAll(scope: ParentNode, css: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(css));
  } catch (error) {
    if (isSelectorSyntaxError(error)) return [];
    const out: Element[] = [];
    forEachDescendant(scope, (element) => {
      if (safeMatches(element, css)) out.push(element);
    });
    return out;
  }
}

/**
 * Elements matching any of `selectors`, in document order, each once. One query
 * per selector: Chromium's fast paths take a single selector, so several small
 * queries beat one query of the whole list.
 */
export function queryEach(scope: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  let sources = 0;
  for (const css of selectors) {
    const matched = queryAll(scope, css);
    if (matched.length > 0) sources += 1;
    for (const element of matched) found.add(element);
  }
  const all = [...found];
  // Each query is in document order already: only a merge of several needs sorting.
  return sources > 1 ? all.sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1)) : all;
}

/** How many elements `scope` holds: querySelectorAll's length without copying the list into an array. */
export function countElements(scope: ParentNode): number {
  try {
    return scope.querySelectorAll('*').length;
  } catch {
    let count = 0;
    forEachDescendant(scope, () => {
      count += 1;
    });
    return count;
  }
}

export function queryFirst(scope: ParentNode, css: string): Element | null {
  try {
    return scope.querySelector(css);
  } catch (error) {
    if (isSelectorSyntaxError(error)) return null;
    let found: Element | null = null;
    forEachDescendant(scope, (element) => {
      if (found) return 'stop';
      if (safeMatches(element, css)) {
        found = element;
        return 'stop';
      }
      return undefined;
    });
    return found;
  }
}

/** Elements found by the first alternative of `spec` that finds any. */
export function queryAllOf(scope: ParentNode, spec: SelectorSpec): Element[] {
  for (const css of spec.css) {
    const found = queryAll(scope, css);
    if (found.length > 0) return found;
  }
  return [];
}

/** The first element found by the first alternative of `spec` that finds any. */
export function queryFirstOf(scope: ParentNode, spec: SelectorSpec, accept?: (element: Element) => boolean): Element | null {
  for (const css of spec.css) {
    if (!accept) {
      const found = queryFirst(scope, css);
      if (found) return found;
      continue;
    }
    const found = queryAll(scope, css).find(accept);
    if (found) return found;
  }
  return null;
}

/** The first element of any alternative, in order, that is not hidden below `stop` (Gmail keeps hidden twins). */
export function firstVisibleOf(scope: ParentNode, spec: SelectorSpec, stop: Element | null): Element | null {
  for (const css of spec.css) {
    const visible = queryAll(scope, css).find((element) => !isHiddenWithin(element, stop, { ariaHidden: false }));
    if (visible) return visible;
  }
  return null;
}

/** The nearest ancestor (or self) matching any alternative, tried in order. */
export function closestOf(element: Element, spec: SelectorSpec): Element | null {
  for (const css of spec.css) {
    try {
      const found = element.closest(css);
      if (found) return found;
    } catch {
      // An alternative the engine cannot parse is simply not there.
    }
  }
  return null;
}

export function safeMatches(element: Element, css: string): boolean {
  try {
    return element.matches(css);
  } catch {
    return false;
  }
}

/**
 * Visits descendants of `scope` in document order without recursion. The visitor
 * may return 'skip' (do not enter this element) or 'stop'.
 */
export function forEachDescendant(scope: ParentNode, visit: (element: Element) => 'skip' | 'stop' | undefined | void): void {
  let node: Element | null = scope.firstElementChild;
  const root = scope as unknown as Node;
  while (node) {
    const verdict = visit(node);
    if (verdict === 'stop') return;
    if (verdict !== 'skip' && node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && !node.nextElementSibling) {
      const parent: Element | null = node.parentElement;
      if (!parent || parent === root) return;
      node = parent;
    }
    if (!node) return;
    node = node.nextElementSibling;
  }
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden by the page itself, judged from attributes only (no computed style:
 * it is slow on big pages and unavailable in Node).
 */
export function isHiddenByAttributes(element: Element, options: { ariaHidden?: boolean } = {}): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (options.ariaHidden !== false && element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** True when `element` or an ancestor below `stop` (exclusive) is hidden by attributes. */
export function isHiddenWithin(element: Element, stop: Element | null, options: { ariaHidden?: boolean } = {}): boolean {
  for (let el: Element | null = element; el && el !== stop; el = el.parentElement) {
    if (isHiddenByAttributes(el, options)) return true;
  }
  return false;
}

/** Drops elements nested inside another element of the list (keeps outermost). */
export function outermost(elements: readonly Element[]): Element[] {
  const kept: Element[] = [];
  for (const element of elements) {
    const last = kept[kept.length - 1];
    if (last && last !== element && last.contains(element)) continue;
    kept.push(element);
  }
  return kept;
}

/** True when `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING = 4: b follows a.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

function isSelectorSyntaxError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (('name' in error && (error as { name: unknown }).name === 'SyntaxError') ||
      ('message' in error && /selector|syntax/i.test(String((error as { message: unknown }).message))))
  );
}
