import type { MessageCache } from './message-cache';
import type { ComposeSnapshot, Person, Provider, ThreadSnapshot } from './snapshot';

/** A lookup that failed, with the selectors that were tried: shown in the debug panel. */
export interface NotFound {
  ok: false;
  what: string;
  selectors: readonly string[];
  error: string;
  /** Self-checks the reading failed (utils/mail/checks), when it was read but could not be trusted. */
  failedChecks?: readonly string[];
}
export type Found<T> = { ok: true; value: T } | NotFound;

/** One open compose or reply box on the page. */
export interface ComposeBox {
  /** The element that holds the whole compose (recipients, editor, footer). */
  root: Element;
  /** The contenteditable body. */
  editor: HTMLElement;
}

export interface ExtractOptions {
  /** IANA zone the page's local times are in (defaults to the runtime's). */
  timeZone?: string;
  /** The reference date for relative or year-less dates on the page ("10:24", "May 15"). */
  now?: Date;
  /**
   * Messages read on earlier passes over this page, reused while their
   * element did not change (utils/mail/message-cache). Only for a caller
   * that reports the page's mutations to it; without it every message is read.
   */
  messages?: MessageCache;
}

/**
 * Everything the extension needs from a webmail page. Implementations read a
 * `Document` they are given and never throw: failures are `NotFound` values.
 */
export interface MailAdapter {
  readonly provider: Provider;
  /** True when the URL belongs to this provider's web app. */
  matchesUrl(url: string): boolean;
  /**
   * True when the URL itself says a conversation is open (Gmail `#inbox/<id>`,
   * Outlook `/mail/…/id/<id>`): then a failed read is "could not read this
   * thread", not "no thread open".
   */
  urlShowsThread(url: string): boolean;
  /** The open thread, or NotFound when no conversation is on screen. */
  extractThread(doc: Document, url: string, options?: ExtractOptions): Found<ThreadSnapshot>;
  /** Open compose and reply boxes, in page order. */
  findComposeBoxes(doc: Document): ComposeBox[];
  readCompose(box: ComposeBox): ComposeSnapshot;
  /** The Send control of one compose box, found without relying on UI-language text alone. */
  findSendButton(box: ComposeBox): Found<HTMLElement>;
  /** The draft the user typed, without quoted history or signature. */
  readDraft(box: ComposeBox): string;
  /** The account signed in on the page (Gmail's account button, Outlook's account manager), or null when the page does not show it. */
  readAccount(doc: Document): Person | null;
}
