/**
 * `npm run demo`: Chromium with the built extension, the fixture pages served
 * at their real Gmail and Outlook URLs, and sample data for their clients.
 *
 *   npm run demo                        a window to click around in (needs a display)
 *   npm run demo -- --screenshots DIR   headless: saves what each page shows, then exits
 *
 * The sample data holds four clients in the states the popup sorts by: Acme
 * Retail at risk (the Gmail thread), Globex Health with a deadline in two
 * days (the Outlook thread), Initech at risk with nothing open in the mail,
 * and Umbrella Freight calm. `--screenshots docs/screenshots` refreshes the
 * README's pictures: demo-gmail.png and demo-outlook.png (the sidebar docked
 * beside each thread), popup-triage.png, presend.png.
 */
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { option } from './inspect/io';
import { CHROMIUM, EXTENSION_DIR, GMAIL, OUTLOOK, launchExtension, sendFromPage } from './lib/extension-browser';

const PAGES = [
  { name: 'demo-gmail', route: GMAIL('thread-agreement.html'), expected: 'tests/fixtures/gmail/thread-agreement.expected.json' },
  { name: 'demo-outlook', route: OUTLOOK('thread-champion.html'), expected: 'tests/fixtures/outlook/thread-champion.expected.json' },
];

function fixtureUrl(expectedPath: string): string {
  return (JSON.parse(readFileSync(expectedPath, 'utf8')) as { url: string }).url;
}

async function main() {
  const args = process.argv.slice(2);
  const screenshots = option(args, 'screenshots');
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is not at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('Building the extension first (npm run build)…');
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  const headless = Boolean(screenshots) || !process.env.DISPLAY;
  if (headless && !screenshots) {
    console.error('No display found ($DISPLAY is empty). Run on a desktop, or: npm run demo -- --screenshots ./demo-shots');
    process.exit(1);
  }
  const ext = await launchExtension({ headless, timezoneId: 'America/New_York', routes: PAGES.map((p) => p.route) });
  const options = await ext.page('options.html');
  const loaded = await sendFromPage<{ ok: boolean; added?: number; error?: string }>(options, { type: 'sample/load' });
  console.log(loaded.ok ? `Sample data loaded (${loaded.added} records, marked "sample").` : `Could not load sample data: ${loaded.error}`);
  await options.reload();

  // The popup first, on the sample data as loaded: the threads opened next add their mail (and its silence) to it.
  const popup = await ext.page('popup.html');
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    await popup.setViewportSize({ width: 420, height: 520 });
    await popup.locator('[data-testid="triage-row"]').first().waitFor({ timeout: 15_000 });
    await popup.screenshot({ path: join(screenshots, 'popup-triage.png') });
  }

  const tabs = [];
  for (const page of PAGES) {
    const tab = await ext.context.newPage();
    await tab.goto(fixtureUrl(page.expected));
    tabs.push(tab);
  }

  if (screenshots) {
    for (const [i, tab] of tabs.entries()) {
      await tab.bringToFront();
      await docked(tab);
      await tab.waitForTimeout(1000);
      await tab.screenshot({ path: join(screenshots, `${PAGES[i]!.name}.png`) });
    }
    await tabs[0]!.bringToFront();
    await screenshotPreSend(tabs[0]!, join(screenshots, 'presend.png'));
    console.log(`Screenshots in ${screenshots}`);
    await ext.close();
    return;
  }
  console.log('Chromium is open: a Gmail thread, an Outlook thread, the popup and the options page. Close the window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}

/**
 * Waits until the sidebar is docked open beside the thread: the page's own
 * view of it is the dock's style element (the sidebar itself is in a closed
 * shadow root), which gives up the expanded width rather than the 36 px tab.
 */
async function docked(tab: Page): Promise<void> {
  await tab
    .waitForFunction(() => document.querySelector('style[data-bridgekeeper="dock"]')?.textContent?.includes('clamp('), undefined, { timeout: 15_000 })
    .catch(() => console.error(`The sidebar did not open on ${tab.url()}`));
}

/** The pre-send panel on the Gmail thread, holding a heated reply. */
async function screenshotPreSend(tab: Page, path: string): Promise<void> {
  const editor = tab.locator('[g_editable="true"]').first();
  await editor.click();
  await tab.keyboard.press('Control+A');
  await tab.keyboard.type(
    'Hi Helen,\n\nThis is the fourth time I am asking for the signed agreement. Frankly, your legal team clearly has no idea what they are doing.',
  );
  await tab.locator('[role="button"].aoO').first().click();
  // The panel's shadow root is closed: wait for its host.
  await tab
    .locator('bridgekeeper-presend')
    .waitFor({ state: 'attached', timeout: 5_000 })
    .catch(() => undefined);
  await tab.screenshot({ path });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
