import type { ComposeBox, NotFound } from './adapter';
import { countElements } from './dom-query';
import { failedChecks, failedReading, partlyReadNotes, type FailedCheck } from './checks';
import type { MailMessage, Reading } from './snapshot';
import { dateReadKey } from './date-labels';
import type { MessageCache } from './message-cache';
import { messageHeaders, readByStructure, type ShownHeader, type StructureOptions } from './structure';

/**
 * Picks the reading of a conversation that passes the self-checks: the
 * provider's selectors first, the structure of the reading pane when they find
 * nothing, fewer messages than the page shows, or a reading that fails a check.
 * When neither passes, the failed checks are the answer.
 */

export interface MessagesRead {
  messages: MailMessage[];
  roots: Element[];
  bodies: Array<Element | null>;
}

export interface ReadingInput {
  provider: string;
  /** What the selectors read, or null when they found no conversation. */
  primary: MessagesRead | null;
  /** Where to look by structure: the conversation the selectors found, else the reading pane. */
  scope: Element | null;
  structure: StructureOptions;
  compose: readonly ComposeBox[];
  drafts: readonly string[];
  /** The conversation's message counter and folded messages, when the page shows them. */
  counter?: number | null;
  folded?: number;
  /** Selectors the primary reading used, for the report. */
  selectors: readonly string[];
  /** The caller's message cache, which also keeps the structural scan between passes (utils/mail/message-cache). */
  messages?: MessageCache;
}

export type ChosenReading = { ok: true; reading: Reading; read: MessagesRead; partlyRead: string[] } | NotFound;

/** The reading to use; null when there is no conversation at all (the caller reports "no thread"). */
export function chooseReading(input: ReadingInput): ChosenReading | null {
  const context = { compose: input.compose, drafts: input.drafts, counter: input.counter, folded: input.folded };
  let primaryFailures: FailedCheck[] = [];
  if (input.primary && input.primary.messages.length > 0) {
    const headersShown = input.scope ? headersOf(input.scope, input.structure, input.primary, input.messages) : [];
    primaryFailures = failedChecks({ ...input.primary, ...context, headersShown });
    if (primaryFailures.length === 0) return chosen('primary', input.primary, input.folded);
  }
  if (input.scope) {
    const structured = readByStructure(input.scope, input.structure);
    if (structured.length > 0) {
      const read: MessagesRead = {
        messages: structured.map((entry) => entry.message),
        roots: structured.map((entry) => entry.root),
        bodies: structured.map((entry) => entry.body),
      };
      const headersShown = read.messages.map((message) => ({ email: message.from.email, sentAt: message.sentAt ?? '' }));
      const fallbackFailures = failedChecks({ ...read, ...context, headersShown });
      if (fallbackFailures.length === 0) return chosen('fallback', read, input.folded);
      if (primaryFailures.length === 0) return failedReading(input.provider, fallbackFailures, input.selectors);
    }
  }
  return primaryFailures.length > 0 ? failedReading(input.provider, primaryFailures, input.selectors) : null;
}

/**
 * The page re-renders often without changing the thread (relative times tick,
 * hover cards load). With a message cache, whose owner reports every mutation,
 * the structural scan is redone only when something changed in the
 * conversation outside what it skips (a paragraph added to a body is not a
 * header). Without one, it is redone when the conversation has another number
 * of elements or the selectors read something else.
 */
const scanned = new WeakMap<Element, { key: string; headers: ShownHeader[] }>();

function headersOf(scope: Element, structure: StructureOptions, primary: MessagesRead, messages: MessageCache | undefined): ShownHeader[] {
  if (messages) {
    const context = `${dateReadKey(structure.dates)}|${structure.compose.length}`;
    return messages.scan(scope, context, () => {
      const { headers, quiet } = messageHeaders(scope, structure);
      return { value: headers, quiet };
    });
  }
  const key = [
    // Not getElementsByTagName: happy-dom's recursive walk overflows on a 5,000-level page.
    countElements(scope),
    structure.compose.length,
    ...primary.messages.map((message) => `${message.id},${message.from.email},${message.sentAt},${message.collapsed},${message.text.length}`),
  ].join('|');
  const known = scanned.get(scope);
  if (known?.key === key) return known.headers;
  const { headers } = messageHeaders(scope, structure);
  scanned.set(scope, { key, headers });
  return headers;
}

function chosen(reading: Reading, read: MessagesRead, folded: number | undefined): ChosenReading {
  const ordered = chronological(read);
  return { ok: true, reading, read: ordered, partlyRead: partlyReadNotes({ messages: ordered.messages, folded }) };
}

/**
 * Oldest first, whatever the page's order. Outlook's "Newest messages on top"
 * lists a conversation newest first (the reply box above it); everything built
 * on a snapshot reads its last message as the latest. So a reading whose dated
 * messages only ever go back in time is turned round; any other order is the
 * page's and is kept (a thread's own order beats clocks that disagree).
 */
export function chronological(read: MessagesRead): MessagesRead {
  const times = read.messages.map((message) => (message.sentAt ? Date.parse(message.sentAt) : Number.NaN)).filter((time) => !Number.isNaN(time));
  const descending = times.length > 1 && times.every((time, index) => index === 0 || time <= times[index - 1]!) && times[0]! > times[times.length - 1]!;
  if (!descending) return read;
  return { messages: [...read.messages].reverse(), roots: [...read.roots].reverse(), bodies: [...read.bodies].reverse() };
}
