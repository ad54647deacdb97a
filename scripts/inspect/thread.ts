import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { adapterForProvider, adapterForUrl, providerFromPage } from '../../utils/mail';
import type { ThreadSnapshot } from '../../utils/mail/snapshot';
import { parseLikeChromium } from './browser-parse';
import { option, positionals, printJson } from './io';

/**
 * `npm run --silent inspect -- thread <file.html> [--url <page-url>] [--now <iso>]`
 *
 * Reads a saved Gmail/Outlook page with the extension's adapter and prints its
 * ThreadSnapshot. The page is parsed as Chromium parses it (parse5, the HTML
 * standard's tree construction) into a happy-dom Document; page scripts never run. Local times on the
 * page are read in this process's time zone (`TZ=…`); `--now` is the moment
 * year-less dates ("May 15", "Fri 9:12 AM") count from, by default the current time.
 */

const DEFAULT_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlook: 'https://outlook.office.com/mail/',
} as const;

export async function run(args: string[]): Promise<number> {
  const [file] = positionals(args, ['url', 'now']);
  if (!file) {
    process.stderr.write('usage: npm run --silent inspect -- thread <file.html> [--url <page-url>] [--now <iso>]\n');
    return 2;
  }
  const now = option(args, 'now') ? new Date(option(args, 'now')!) : new Date();
  if (Number.isNaN(now.getTime())) {
    printJson({ error: `--now is not a date: ${option(args, 'now')}`, selectors: [] }, true);
    return 1;
  }

  const html = await readFile(file, 'utf8');
  const window = new Window({ url: 'https://example.invalid/' });
  try {
    const doc = parseLikeChromium(window, html);

    let url = option(args, 'url');
    let adapter = url ? adapterForUrl(url) : null;
    if (url && !adapter) {
      printJson({ error: `Not a Gmail or Outlook on the web address: ${url}`, selectors: [] }, true);
      return 1;
    }
    if (!adapter) {
      const sniffed = providerFromPage(doc);
      if (!sniffed) {
        printJson({ error: 'No --url given and the page does not say whether it is Gmail or Outlook.', selectors: [] }, true);
        return 1;
      }
      adapter = adapterForProvider(sniffed.provider);
      url = sniffed.url ?? DEFAULT_URLS[sniffed.provider];
      process.stderr.write(`inspect thread: no --url given; read as ${sniffed.provider} (from ${sniffed.how}), url ${url}\n`);
    }

    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const result = adapter.extractThread(doc, url!, { timeZone, now });
    if (!result.ok) {
      printJson({ error: result.error, selectors: result.selectors }, true);
      return 1;
    }
    printJson(cliShape(result.value), true);
    return 0;
  } finally {
    await window.happyDOM.close();
  }
}

/** The documented output shape: the snapshot without the signature field, keys in a fixed order. */
function cliShape(snapshot: ThreadSnapshot) {
  return {
    provider: snapshot.provider,
    threadId: snapshot.threadId,
    subject: snapshot.subject,
    messages: snapshot.messages.map(({ id, from, to, cc, sentAt, collapsed, text, quoted }) => ({
      id,
      from: { name: from.name, email: from.email },
      to,
      cc,
      sentAt,
      collapsed,
      text,
      quoted,
    })),
    compose: snapshot.compose.map(({ to, cc, subject, draftText }) => ({ to, cc, subject, draftText })),
  };
}
