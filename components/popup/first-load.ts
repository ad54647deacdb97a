import { drawFirstScreen, type FirstPaint } from './first-paint';
import { AFTER_FIRST_PAINT } from './first-paint-template';
import { readFirstScreenMirror, requestFirstScreen, type FirstScreenAnswer } from './first-screen';

/** Where the first screen comes from: the background's copy in session storage, else a message to the background. */
export interface FirstScreenSources {
  readMirror(): Promise<unknown>;
  send(message: unknown): Promise<unknown>;
  now(): Date;
}

/**
 * A User Timing mark set when the first screen's rows are on screen: the
 * frame that shows them is done. `npm run bench` reads it from the real
 * toolbar popup (scripts/bench/popup.ts); anyone can in DevTools.
 */
export const FIRST_SCREEN_SHOWN = 'bridgekeeper:first-screen-shown';

/** The task after the next frame: by then that frame is painted. */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export interface FirstScreenStart {
  first: Promise<FirstScreenAnswer>;
  /** Resolves once the rows are in the DOM, with what the user did to them before React took over; null when nothing was drawn. */
  painted: Promise<FirstPaint | null>;
  /** Resolves once what was drawn is on screen (the frame after it), or at once when nothing was: the time to load the rest. */
  shown: Promise<void>;
}

/**
 * The popup's first screen, from the first line of script that runs: the
 * background's copy when it holds for today (one storage read, even while
 * the worker sleeps), else `status/triage`; drawn into `root` when `draw`
 * (not when the popup opens on one client's card). Never throws.
 */
export function startFirstScreen(root: HTMLElement | null, sources: FirstScreenSources, { draw }: { draw: boolean }): FirstScreenStart {
  const first = sources
    .readMirror()
    .catch(() => null)
    .then((raw) => readFirstScreenMirror(raw, sources.now()) ?? requestFirstScreen((message) => sources.send(message)));
  const painted = first
    .then((answer) => (answer.ok && draw && root ? drawFirstScreen(root, answer) : null))
    // React draws the same answer when it takes over; a plain paint that failed only costs that moment.
    .catch(() => null);
  const shown = painted.then((drawn) => (drawn ? afterNextFrame().then(() => void performance.mark(FIRST_SCREEN_SHOWN)) : undefined));
  return { first, painted, shown };
}

/**
 * Moves the module tags the build set aside (scripts/build/first-paint-page.ts)
 * into the page, which then reads and runs them: the popup's module, and
 * React after it, load once the first screen is shown rather than compete
 * with it. Tags cloned from a template run; a page without one has nothing
 * to load.
 */
export function loadDeferredModules(doc: Document): void {
  const template = doc.getElementById(AFTER_FIRST_PAINT);
  if (template?.tagName !== 'TEMPLATE') return;
  template.remove();
  doc.head.append(doc.importNode((template as HTMLTemplateElement).content, true));
}

/**
 * The classic script that starts the first screen (entrypoints/popup-first)
 * leaves it here for the popup's module, which loads later; the property
 * lives on the popup page's own global.
 */
const KEY = '__bridgekeeperFirstScreen';

export function publishFirstScreen(start: FirstScreenStart): void {
  (globalThis as Record<string, unknown>)[KEY] = start;
}

export function takeFirstScreen(): FirstScreenStart | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as FirstScreenStart | undefined;
}
