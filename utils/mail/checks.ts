import type { ComposeBox, NotFound } from './adapter';
import { notFound } from './found';
import { HISTORY_START_CSS, QUOTE_BLOCK_CSS } from './quoted';
import { MESSAGE_TEXT_LIMIT, type MailMessage } from './snapshot';
import type { ShownHeader } from './structure';

/**
 * Checks a reading must pass before anything is built on it. A wrong reading
 * that looks right is worse than none: the tone, deadlines and suggestions
 * would rest on it. A failed check turns the reading into "could not read this
 * thread" with the check named in the detail; gaps that leave the rest
 * trustworthy (a message without a date) are reported as partly read instead.
 */

export const READING_CHECKS = ['compose-not-message', 'quoted-not-message', 'message-count', 'headers-agree', 'sender-shown'] as const;
export type ReadingCheck = (typeof READING_CHECKS)[number];

export interface FailedCheck {
  check: ReadingCheck;
  detail: string;
}

/** What a reading found, with the page elements it came from. */
export interface ReadingEvidence {
  messages: readonly MailMessage[];
  /** The element each message was read from, in the same order. */
  roots: readonly Element[];
  /** Each message's body element, or null (collapsed, or not found). */
  bodies: ReadonlyArray<Element | null>;
  compose: readonly ComposeBox[];
  /** Drafts typed in those compose boxes. */
  drafts: readonly string[];
  /** Message headers (a sender and a date) the reading pane plainly shows, found by structure. */
  headersShown: readonly ShownHeader[];
  /** The conversation's own message counter (Gmail's "(6)" in the list row), when the page shows one. */
  counter?: number | null;
  /** Messages folded behind an "N older messages" bar, not in the page. */
  folded?: number;
}

const EDITABLE = '[contenteditable="true"], [contenteditable=""], textarea';

export function failedChecks(evidence: ReadingEvidence): FailedCheck[] {
  const failed: FailedCheck[] = [];
  const { messages, roots, bodies } = evidence;
  const number = (index: number) => `message ${index + 1}`;

  roots.forEach((root, index) => {
    const body = bodies[index] ?? null;
    // Gmail renders the inline reply inside the last message's element: only the body must stay clear of it.
    const inCompose = evidence.compose.some((box) => box.root.contains(root) || (body !== null && (body.contains(box.editor) || box.editor.contains(body))));
    const editable = (body && (safeQuery(body, EDITABLE) || body.closest(EDITABLE))) || root.closest(EDITABLE);
    const text = messages[index]?.text.trim() ?? '';
    const isDraft = text.length > 0 && evidence.drafts.some((draft) => draft.trim() === text);
    if (inCompose || editable || isDraft) {
      failed.push({ check: 'compose-not-message', detail: `${number(index)} is a reply being written, not a message` });
    }
  });

  roots.forEach((root, index) => {
    const insideOther = bodies.some((body, other) => other !== index && body !== null && body.contains(root));
    const quote = root.parentElement ? closestSafe(root.parentElement, `${QUOTE_BLOCK_CSS}, ${HISTORY_START_CSS}`) : null;
    if (insideOther || quote) {
      failed.push({ check: 'quoted-not-message', detail: `${number(index)} is quoted history inside another message` });
    }
  });

  const read = messages.length;
  const folded = evidence.folded ?? 0;
  const shown = evidence.headersShown;
  if (shown.length > read) {
    failed.push({ check: 'message-count', detail: `the page shows ${shown.length} messages but ${read} were read` });
  } else {
    // Every header the page plainly shows (a sender with a date) must be one of the messages read.
    const unmatched = shown.find((header) => !messages.some((message) => message.from.email === header.email && message.sentAt === header.sentAt));
    if (unmatched) {
      failed.push({ check: 'headers-agree', detail: `the page shows a message from ${unmatched.email} at ${unmatched.sentAt} that was not read so` });
    }
  }
  if (failed.some((failure) => failure.check === 'message-count')) {
    // Already reported.
  } else if (typeof evidence.counter === 'number' && (evidence.counter < read || evidence.counter > read + folded + evidence.drafts.length)) {
    failed.push({ check: 'message-count', detail: `the conversation counts ${evidence.counter} messages but ${read + folded} were found` });
  }

  if (read > 0 && messages.every((message) => !message.from.email)) {
    failed.push({ check: 'sender-shown', detail: `no message shows a sender address` });
  }
  return failed;
}

/** Gaps in a reading that passed the checks, one line each for the reader. */
export function partlyReadNotes(evidence: Pick<ReadingEvidence, 'messages' | 'folded'>): string[] {
  const notes: string[] = [];
  if (evidence.folded) notes.push(`${evidence.folded} earlier messages are folded away on the page and were not read`);
  evidence.messages.forEach((message, index) => {
    const missing = [!message.from.email && 'sender address', !message.sentAt && 'date'].filter(Boolean);
    if (missing.length > 0) notes.push(`message ${index + 1} shows no ${missing.join(' and no ')}`);
    if (message.truncated) notes.push(`message ${index + 1} is longer than ${MESSAGE_TEXT_LIMIT.toLocaleString('en-US')} characters; only its start was read`);
  });
  return notes;
}

/** The reading's failures as the NotFound the sidebar shows ("could not read this thread"), each check named. */
export function failedReading(provider: string, failed: readonly FailedCheck[], selectors: readonly string[]): NotFound {
  const detail = failed.map((failure) => `${failure.check}: ${failure.detail}`).join('; ');
  return {
    ...notFound(`a trustworthy reading of this ${provider} thread`, selectors, `Could not read this thread: failed check ${detail}.`),
    failedChecks: failed.map((failure) => failure.check),
  };
}

function safeQuery(scope: Element, css: string): Element | null {
  try {
    return scope.querySelector(css);
  } catch {
    return null;
  }
}

function closestSafe(element: Element, css: string): Element | null {
  try {
    return element.closest(css);
  } catch {
    return null;
  }
}
