import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIXTURES = resolve('tests/fixtures');

/** Gmail's real header: a Trusted Types violation by the extension fails the page's own checks. */
const GMAIL_CSP = "require-trusted-types-for 'script'";

export interface FixtureRoute {
  /** Glob for context.route, e.g. 'https://mail.google.com/**'. */
  url: string;
  /** Path under tests/fixtures. */
  file: string;
  csp?: string;
}

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  /** Every request that left the browser for a non-fixture, non-extension URL. */
  outbound: string[];
  page(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  timezoneId?: string;
  routes?: FixtureRoute[];
  /** The demo shows a window; tests and benchmarks do not. */
  headless?: boolean;
  /**
   * Every request goes through Playwright, to answer webmail URLs from the
   * fixtures and record anything else that tries to leave (the default).
   * Off for benchmarks of extension pages alone: then each file the page
   * reads from the extension does not take a detour through this process
   * (15 to 25 ms a file on the bench machine, which no user pays).
   */
  interceptRequests?: boolean;
}

export const GMAIL = (file: string): FixtureRoute => ({ url: 'https://mail.google.com/**', file: `gmail/${file}`, csp: GMAIL_CSP });
export const OUTLOOK = (file: string, host = 'outlook.office.com'): FixtureRoute => ({ url: `https://${host}/**`, file: `outlook/${file}` });

/**
 * Shared by the e2e tests, `npm run demo` and `npm run bench`.
 *
 * Real Chromium with the built extension loaded; webmail URLs are answered
 * from local fixtures so the real match patterns fire.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bk-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 900 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const outbound: string[] = [];
  if (options.interceptRequests !== false) await answerFromFixtures(context, options.routes ?? [], outbound);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    worker,
    outbound,
    async page(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Webmail URLs from the fixtures, extension files as they are, anything else aborted and written to `outbound`. */
async function answerFromFixtures(context: BrowserContext, routes: readonly FixtureRoute[], outbound: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const fixture = routes.find((r) => globMatch(r.url, url));
    if (fixture) {
      const body = await readFile(join(FIXTURES, fixture.file));
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: fixture.csp ? { 'content-security-policy': fixture.csp } : {},
        body,
      });
      return;
    }
    if (/^(chrome-extension|data|blob|about):/.test(url)) return route.continue();
    outbound.push(url);
    await route.abort();
  });
}

function globMatch(glob: string, url: string): boolean {
  const pattern = glob
    .split('**')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(url);
}

/** Stops the extension's service worker, as Chrome does after 30 s idle; `page` is any page of the browser. */
export async function stopServiceWorker(extension: Extension, page: Page): Promise<void> {
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped' && v.scriptURL.startsWith(`chrome-extension://${extension.id}/`))) resolve();
    }),
  );
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Sends a protocol message from an extension page, the way the popup would. */
export async function sendFromPage<T = unknown>(page: Page, message: unknown): Promise<T> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}
