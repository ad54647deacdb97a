import type { Found, NotFound } from './adapter';
import { MESSAGE_TEXT_LIMIT, QUOTED_TEXT_LIMIT, SIGNATURE_TEXT_LIMIT, ThreadSnapshotSchema, type ThreadSnapshot } from './snapshot';

export function notFound(what: string, selectors: readonly string[], error: string): NotFound {
  return { ok: false, what, selectors: [...new Set(selectors)], error };
}

/**
 * Runs a page read and turns anything it throws into a NotFound: adapters run
 * inside the user's mail page and must never break it, whatever the markup.
 */
export function guarded<T>(what: string, read: () => Found<T>): Found<T> {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return notFound(what, [], `Could not read ${what}: ${reason.slice(0, 300)}`);
  }
}

/** A read with a harmless default (no compose boxes, an empty draft) when the markup makes it throw. */
export function orDefault<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Upper bounds of ThreadSnapshotSchema: a hostile page is trimmed to them rather than rejected. */
const MAX_MESSAGES = 1000;
const MAX_PEOPLE = 500;
const MAX_COMPOSE = 20;
const MAX_ID = 256;
const MAX_NOTES = 50;
const MAX_NOTE = 300;

/** Trims to the schema's bounds and parses: only a snapshot that passes ThreadSnapshotSchema leaves an adapter. */
export function validatedSnapshot(snapshot: ThreadSnapshot): Found<ThreadSnapshot> {
  const bounded: ThreadSnapshot = {
    ...snapshot,
    threadId: snapshot.threadId === null ? null : snapshot.threadId.slice(0, MAX_ID),
    messages: snapshot.messages.slice(0, MAX_MESSAGES).map((message) => ({
      ...message,
      id: message.id.slice(0, MAX_ID),
      to: message.to.slice(0, MAX_PEOPLE),
      cc: message.cc.slice(0, MAX_PEOPLE),
      // Snippets and guessed bodies are read without the body limits: cut here too.
      text: message.text.slice(0, MESSAGE_TEXT_LIMIT),
      quoted: message.quoted.slice(0, QUOTED_TEXT_LIMIT),
      signature: message.signature.slice(0, SIGNATURE_TEXT_LIMIT),
      ...(message.text.length > MESSAGE_TEXT_LIMIT ? { truncated: true } : {}),
    })),
    ...(snapshot.partlyRead ? { partlyRead: snapshot.partlyRead.slice(0, MAX_NOTES).map((note) => note.slice(0, MAX_NOTE)) } : {}),
    compose: snapshot.compose.slice(0, MAX_COMPOSE).map((compose) => ({
      ...compose,
      to: compose.to.slice(0, MAX_PEOPLE),
      cc: compose.cc.slice(0, MAX_PEOPLE),
    })),
  };
  const parsed = ThreadSnapshotSchema.safeParse(bounded);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return notFound(
    'a valid thread snapshot',
    [],
    `The page was read but the result is not valid: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown problem'}`,
  );
}
