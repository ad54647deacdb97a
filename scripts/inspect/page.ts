import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { adapterForProvider, adapterForUrl, providerFromPage } from '../../utils/mail';
import type { ThreadSnapshot } from '../../utils/mail/snapshot';
import { parseLikeChromium } from './browser-parse';

const DEFAULT_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlook: 'https://outlook.office.com/mail/',
} as const;

export type PageReading = { ok: true; snapshot: ThreadSnapshot; url: string } | { ok: false; error: string; selectors: readonly string[] };

/**
 * A saved Gmail/Outlook page read by the extension's adapter: parsed as
 * Chromium parses it, page scripts never run. Without `url` the provider is
 * sniffed from the page (said on stderr). Local times are read in
 * `timeZone` (this process's zone when not given); `now` anchors year-less dates.
 */
export async function readSavedPage(file: string, options: { url?: string | undefined; now: Date; timeZone?: string }): Promise<PageReading> {
  const html = await readFile(file, 'utf8');
  const window = new Window({ url: 'https://example.invalid/' });
  try {
    const doc = parseLikeChromium(window, html);
    let url = options.url;
    let adapter = url ? adapterForUrl(url) : null;
    if (url && !adapter) return { ok: false, error: `Not a Gmail or Outlook on the web address: ${url}`, selectors: [] };
    if (!adapter) {
      const sniffed = providerFromPage(doc);
      if (!sniffed) return { ok: false, error: 'No --url given and the page does not say whether it is Gmail or Outlook.', selectors: [] };
      adapter = adapterForProvider(sniffed.provider);
      url = sniffed.url ?? DEFAULT_URLS[sniffed.provider];
      process.stderr.write(`inspect: no --url given; read as ${sniffed.provider} (from ${sniffed.how}), url ${url}\n`);
    }
    const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const result = adapter.extractThread(doc, url!, { timeZone, now: options.now });
    return result.ok ? { ok: true, snapshot: result.value, url: url! } : { ok: false, error: result.error, selectors: result.selectors };
  } finally {
    await window.happyDOM.close();
  }
}
