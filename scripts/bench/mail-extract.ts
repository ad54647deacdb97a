import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { z } from 'zod';
import { CHROMIUM, FIXTURES } from '../lib/extension-browser';
import { summarize, type BenchEntry } from './measure';

/** The largest saved page of each webmail, with the URL, zone and moment it was captured at. */
const PAGES = [
  { name: 'mail.extract.gmail', provider: 'gmail', fixture: 'gmail/thread-agreement', bigBody: false },
  { name: 'mail.extract.outlook', provider: 'outlook', fixture: 'outlook/thread-champion', bigBody: false },
  // The same thread with 5 MB of text added to its first message's body: what a huge mail costs on every read.
  { name: 'mail.extract.gmail.5mb', provider: 'gmail', fixture: 'gmail/thread-agreement', bigBody: true },
  // What the thread watcher does after a DOM change: one small message changed, the 5 MB one did not and is reused.
  { name: 'mail.reread.gmail.5mb', provider: 'gmail', fixture: 'gmail/thread-agreement', bigBody: true, reread: true },
] as const satisfies ReadonlyArray<{ name: string; provider: string; fixture: string; bigBody: boolean; reread?: boolean }>;

/** 10,000 paragraphs of 500 characters appended to the first message body (built with DOM calls, no markup parsing). */
const BIG_BODY = `() => {
  const body = document.querySelector('div.a3s');
  const line = 'Quarterly figures follow in full detail for every site and every week of the year. '.repeat(6).slice(0, 500);
  for (let i = 0; i < 10000; i++) {
    const p = document.createElement('p');
    p.textContent = line;
    body.appendChild(p);
  }
  return body.textContent.length;
}`;

const CaptureSchema = z.object({ url: z.string(), timezone: z.string(), capturedAt: z.string() });

const RUNS = 40;
const WARMUP = 10;
/** Extractions per sample: Chromium coarsens performance.now() to 0.1 ms. */
const BATCH = 5;

/**
 * Runs inside the page, as a string so the bundler that runs this script
 * cannot slip its own helpers into it. `BridgekeeperMail` is the IIFE bundle
 * of utils/mail injected before.
 */
const TIME_EXTRACTION = `async ({ provider, url, timeZone, now, runs, warmup, batch, reread }) => {
  const mail = globalThis.BridgekeeperMail;
  const adapter = provider === 'gmail' ? mail.gmailAdapter : mail.outlookAdapter;
  const options = { timeZone, now: new Date(now) };
  let extract = () => adapter.extractThread(document, url, options);
  if (reread) {
    // As utils/page/thread-watcher does: a MutationObserver tells the message cache what changed before each read.
    const messages = mail.createMessageCache();
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const bodies = [...document.querySelectorAll('div.a3s')].filter((body) => body.textContent.trim());
    const small = bodies[bodies.length - 1];
    let edits = 0;
    extract = () => {
      small.firstChild.before(document.createTextNode(' ' + (edits++ % 10)));
      for (const record of observer.takeRecords()) {
        messages.touched(record.target);
        record.removedNodes.forEach((node) => messages.removed(node));
      }
      return adapter.extractThread(document, url, { ...options, messages });
    };
  }
  const first = extract();
  if (!first.ok) return { error: first.error };
  for (let i = 0; i < warmup; i++) extract();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) extract();
    samples.push((performance.now() - start) / batch);
  }
  return { samples, messages: first.value.messages.length };
}`;

const InPageResultSchema = z.union([z.object({ error: z.string() }), z.object({ samples: z.array(z.number()), messages: z.number() })]);

/** The adapters run in the content script on every thread the user opens; this is their cost in a real engine. */
export async function bench(): Promise<BenchEntry[]> {
  const bundle = await build({
    entryPoints: ['utils/mail/index.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'BridgekeeperMail',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const entries: BenchEntry[] = [];
    for (const page of PAGES) {
      const capture = CaptureSchema.parse(JSON.parse(await readFile(`${FIXTURES}/${page.fixture}.expected.json`, 'utf8')));
      const html = await readFile(`${FIXTURES}/${page.fixture}.html`);
      const context = await browser.newContext({ timezoneId: capture.timezone });
      // The fixture answers its real URL; anything else the page asks for is refused, so nothing leaves the machine.
      const address = capture.url.replace(/#.*$/, '');
      await context.route('**/*', (route) =>
        route.request().url() === address ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
      );
      const tab = await context.newPage();
      await tab.goto(capture.url);
      await tab.addScriptTag({ content: script });
      const grown = page.bigBody ? Number(await tab.evaluate(`(${BIG_BODY})()`)) : 0;
      const outcome = InPageResultSchema.parse(
        await tab.evaluate(
          `(${TIME_EXTRACTION})(${JSON.stringify({ provider: page.provider, url: capture.url, timeZone: capture.timezone, now: capture.capturedAt, runs: RUNS, warmup: WARMUP, batch: BATCH, reread: 'reread' in page })})`,
        ),
      );
      await context.close();
      if ('error' in outcome) throw new Error(`${page.name}: the adapter could not read ${page.fixture}.html: ${outcome.error}`);
      entries.push(
        summarize(
          page.name,
          'ms',
          outcome.samples,
          `${page.fixture}.html, ${(html.length / 1024).toFixed(0)} KiB${grown ? ` + a ${(grown / 1e6).toFixed(1)} MB body` : ''}, ${outcome.messages} messages${'reread' in page ? ', the last one edited before each read, the others reused' : ''}, Chromium`,
        ),
      );
    }
    return entries;
  } finally {
    await browser?.close();
  }
}
