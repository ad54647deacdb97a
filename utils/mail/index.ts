import type { MailAdapter } from './adapter';
import { queryFirst, queryFirstOf } from './dom-query';
import { gmailAdapter } from './gmail/adapter';
import { gmailSelectors } from './gmail/selectors';
import { outlookAdapter } from './outlook/adapter';
import { outlookSelectors } from './outlook/selectors';
import type { Provider } from './snapshot';

export { gmailAdapter } from './gmail/adapter';
export { outlookAdapter } from './outlook/adapter';
export type { ComposeBox, ExtractOptions, Found, MailAdapter, NotFound } from './adapter';
export { createMessageCache, type MessageCache } from './message-cache';

export const MAIL_ADAPTERS: readonly MailAdapter[] = [gmailAdapter, outlookAdapter];

/** The adapter for a webmail URL, or null when the URL is neither Gmail nor Outlook on the web. */
export function adapterForUrl(url: string): MailAdapter | null {
  return MAIL_ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? null;
}

export function adapterForProvider(provider: Provider): MailAdapter {
  return provider === 'gmail' ? gmailAdapter : outlookAdapter;
}

/**
 * Which webmail a saved page comes from, when its URL is unknown: first the
 * page's own address (canonical link, og:url, base), then markup only one of
 * the two apps has. `how` says which clue decided; `url` is the page's own address when it has one.
 */
export function providerFromPage(doc: Document): { provider: Provider; how: string; url?: string } | null {
  const addresses: Array<[string, string | null | undefined]> = [
    ['<link rel=canonical>', queryFirst(doc, 'link[rel="canonical"]')?.getAttribute('href')],
    ['og:url', queryFirst(doc, 'meta[property="og:url"]')?.getAttribute('content')],
    ['<base href>', queryFirst(doc, 'base[href]')?.getAttribute('href')],
  ];
  for (const [how, address] of addresses) {
    const adapter = address ? adapterForUrl(address) : null;
    if (adapter && address) return { provider: adapter.provider, how, url: address };
  }
  const clues = [
    ['gmail', gmailSelectors.pageClue],
    ['outlook', outlookSelectors.pageClue],
  ] as const;
  for (const [provider, spec] of clues) {
    const clue = queryFirstOf(doc, spec);
    if (clue) return { provider, how: `markup ${spec.css.find((css) => clue.matches(css)) ?? spec.css[0]}` };
  }
  return null;
}
