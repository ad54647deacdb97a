import type { CDPSession, Page } from 'playwright-core';

/**
 * The extension's in-page UI lives in closed shadow roots: `host.shadowRoot`
 * is null to the page's scripts, and Playwright's locators (which run as a
 * page script) cannot see inside either. The tests reach in through the
 * DevTools protocol instead, which a page has no access to: DOM.describeNode
 * with `pierce` names each host's shadow root, DOM.resolveNode turns it into
 * an object the test can query, and a click is a real mouse event at the
 * element's centre, so it is as trusted as the user's.
 *
 * `extensionUi(page)` mirrors the part of Playwright's Locator API the tests
 * use: locator / getByTestId / first / nth, count, textContent, innerText,
 * getAttribute, waitFor, click. `untrustedClick` is what a page script would
 * do if it ever got hold of one of our elements: `element.click()`.
 */

/** The hosts WXT creates for our UIs (components/content/features). */
const HOSTS = 'bridgekeeper-sidebar, bridgekeeper-presend, bridgekeeper-palette, bridgekeeper-draft-tone';
const DEFAULT_TIMEOUT = 15_000;
const POLL_MS = 100;

interface Step {
  selector: string;
  nth?: number;
}

export interface UiLocator {
  locator(selector: string): UiLocator;
  getByTestId(testId: string): UiLocator;
  first(): UiLocator;
  nth(index: number): UiLocator;
  /** Matches now; does not wait. */
  count(): Promise<number>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  innerText(options?: { timeout?: number }): Promise<string>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  waitFor(options?: { state?: 'attached' | 'detached'; timeout?: number }): Promise<void>;
  /** The user's click: a real mouse event at the element's centre, once it is there and nothing covers it. */
  click(options?: { timeout?: number }): Promise<void>;
  /** A page script's `element.click()`, run in the page's main world. */
  untrustedClick(options?: { timeout?: number }): Promise<void>;
  /** The element's box in the viewport (getBoundingClientRect), once it is there. */
  boundingBox(options?: { timeout?: number }): Promise<{ x: number; y: number; width: number; height: number }>;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

let groups = 0;

/**
 * Runs `fn(roots, ...args)` in the page with every open UI's shadow root, and
 * returns its result by value. `fn` is source text: it runs in the browser.
 */
async function inUi<T>(page: Page, fn: string, args: unknown[]): Promise<T> {
  const session = await sessionOf(page);
  const objectGroup = `bk-e2e-${(groups += 1)}`;
  try {
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: HOSTS });
    const roots: string[] = [];
    for (const nodeId of nodeIds) {
      const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup });
      if (object.objectId) roots.push(object.objectId);
    }
    const { object: documentObject } = await session.send('DOM.resolveNode', { nodeId: root.nodeId, objectGroup });
    const result = await session.send('Runtime.callFunctionOn', {
      objectId: documentObject.objectId!,
      functionDeclaration: `function (args, ...roots) { return (${fn})(roots, ...args); }`,
      arguments: [{ value: args }, ...roots.map((objectId) => ({ objectId }))],
      returnByValue: true,
      awaitPromise: true,
      objectGroup,
    });
    if (result.exceptionDetails) throw new Error(`in the extension's UI: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value as T;
  } finally {
    await session.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

/** Source of `find(roots, steps)`: the elements a chain of selectors matches under the shadow roots, in document order. */
const FIND = `function find(roots, steps) {
  let scope = roots;
  for (const step of steps) {
    const found = [];
    for (const node of scope) for (const element of node.querySelectorAll(step.selector)) if (!found.includes(element)) found.push(element);
    scope = step.nth === undefined ? found : found.slice(step.nth, step.nth + 1);
  }
  return scope;
}`;

const op = (body: string) => `function (roots, steps, ...rest) { const find = ${FIND}; const found = find(roots, steps); ${body} }`;

const COUNT = op('return found.length;');
const READ = op(`
  const [what, name] = rest;
  const element = found[0];
  if (!element) return { found: false };
  const value = what === 'text' ? element.textContent : what === 'innerText' ? element.innerText : element.getAttribute(name);
  return { found: true, value };`);
/** Where a real click would land, if the element is there, laid out and not covered. */
const TARGET = op(`
  const element = found[0];
  if (!element) return { ok: false, why: 'not attached' };
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  if (!box.width || !box.height) return { ok: false, why: 'not visible' };
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = element.getRootNode().elementFromPoint(x, y);
  if (!hit || !(hit === element || element.contains(hit))) return { ok: false, why: 'covered by ' + (hit ? hit.outerHTML.slice(0, 80) : 'nothing') };
  if (element.disabled) return { ok: false, why: 'disabled' };
  return { ok: true, x, y };`);
const BOX = op(`
  const element = found[0];
  if (!element) return null;
  const box = element.getBoundingClientRect();
  return { x: box.left, y: box.top, width: box.width, height: box.height };`);
const UNTRUSTED_CLICK = op(`
  const element = found[0];
  if (!element) return false;
  element.click();
  return true;`);

async function poll<T>(what: string, timeout: number, attempt: () => Promise<{ done: true; value: T } | { done: false; why: string }>): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const result = await attempt();
    if (result.done) return result.value;
    if (Date.now() > deadline) throw new Error(`${what}: timed out after ${timeout} ms (${result.why})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function uiLocator(page: Page, steps: Step[]): UiLocator {
  const describe = steps.map((s) => (s.nth === undefined ? s.selector : `${s.selector} >> nth=${s.nth}`)).join(' >> ');
  const read = (what: 'text' | 'innerText' | 'attribute', name: string | undefined, timeout = DEFAULT_TIMEOUT) =>
    poll(`${what} of ${describe}`, timeout, async () => {
      const result = await inUi<{ found: boolean; value?: string | null }>(page, READ, [steps, what, name]);
      return result.found ? { done: true, value: result.value ?? null } : { done: false, why: 'not attached' };
    });
  const self: UiLocator = {
    locator: (selector) => uiLocator(page, [...steps, { selector }]),
    getByTestId: (testId) => self.locator(`[data-testid="${testId}"]`),
    first: () => self.nth(0),
    nth(index) {
      const last = steps[steps.length - 1]!;
      return uiLocator(page, [...steps.slice(0, -1), { ...last, nth: index }]);
    },
    count: () => inUi<number>(page, COUNT, [steps]),
    textContent: (options) => read('text', undefined, options?.timeout),
    innerText: async (options) => (await read('innerText', undefined, options?.timeout)) ?? '',
    getAttribute: (name, options) => read('attribute', name, options?.timeout),
    async waitFor(options) {
      const state = options?.state ?? 'attached';
      await poll(`waiting for ${describe} to be ${state}`, options?.timeout ?? DEFAULT_TIMEOUT, async () => {
        const count = await self.count();
        return (state === 'attached') === count > 0 ? { done: true, value: undefined } : { done: false, why: `${count} match(es)` };
      });
    },
    async click(options) {
      const { x, y } = await poll(`clicking ${describe}`, options?.timeout ?? DEFAULT_TIMEOUT, async () => {
        const target = await inUi<{ ok: true; x: number; y: number } | { ok: false; why: string }>(page, TARGET, [steps]);
        return target.ok ? { done: true, value: target } : { done: false, why: target.why };
      });
      await page.mouse.click(x, y);
    },
    boundingBox: (options) =>
      poll(`box of ${describe}`, options?.timeout ?? DEFAULT_TIMEOUT, async () => {
        const box = await inUi<{ x: number; y: number; width: number; height: number } | null>(page, BOX, [steps]);
        return box ? { done: true, value: box } : { done: false, why: 'not attached' };
      }),
    async untrustedClick(options) {
      await poll(`page script clicking ${describe}`, options?.timeout ?? DEFAULT_TIMEOUT, async () =>
        (await inUi<boolean>(page, UNTRUSTED_CLICK, [steps])) ? { done: true, value: undefined } : { done: false, why: 'not attached' },
      );
    },
  };
  return self;
}

/** The extension's UI on this page (sidebar and pre-send panel), seen from outside its closed shadow roots. */
export function extensionUi(page: Page): Pick<UiLocator, 'locator' | 'getByTestId'> {
  return {
    locator: (selector) => uiLocator(page, [{ selector }]),
    getByTestId: (testId) => uiLocator(page, [{ selector: `[data-testid="${testId}"]` }]),
  };
}
