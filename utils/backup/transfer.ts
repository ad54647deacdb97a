/**
 * A backup crosses the message boundary between the options page and the
 * background in parts. Chrome refuses any one message over 64 MiB, and a
 * book of 10,000 clients with their mail is a 70 MB file; in parts, any size
 * goes, and the page can show how far it got.
 */

/**
 * UTF-16 code units per part. Sent as JSON, a part is at most six bytes per
 * unit (a `\uXXXX` escape), so 6 MiB: far below the limit, and small enough
 * that a progress bar moves.
 */
export const TRANSFER_PART_CHARS = 1 << 20;

/** The longest text a transfer takes: about V8's own limit on one string (2^29 − 24 units). */
export const TRANSFER_MAX_CHARS = 500_000_000;

/** A transfer nobody touched for this long is dropped, with its text. */
export const TRANSFER_IDLE_MS = 10 * 60_000;

/** Transfers held at once per direction; starting one more drops the oldest. */
const MAX_OPEN = 2;

/** Splits text into parts of at most `size` units, never between the two halves of a surrogate pair. */
export function splitText(text: string, size = TRANSFER_PART_CHARS): string[] {
  if (size < 2) throw new Error('A part must hold at least two units');
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/** How far a transfer got, for a progress bar. `preparing` and `writing` are the background's turns, of unknown length. */
export type TransferProgress = { phase: 'preparing' | 'writing' } | { phase: 'receiving' | 'sending'; done: number; total: number };

export type TransferAnswer<T> = { ok: true; value: T } | { ok: false; error: string };

interface Outgoing {
  parts: string[];
  fetched: Set<number>;
  touched: number;
}

interface Incoming {
  chars: number;
  parts: Array<string | undefined>;
  touched: number;
}

const GONE = 'This transfer is no longer open (it finished, or waited more than ten minutes). Start again.';

/**
 * The background's side: texts being handed out or taken in, by id. Pure
 * (the clock and the ids are given), so it runs in Node tests.
 */
export function createTransferRoom(options: { now(): number; newId(): string; idleMs?: number }) {
  const idleMs = options.idleMs ?? TRANSFER_IDLE_MS;
  const outgoing = new Map<string, Outgoing>();
  const incoming = new Map<string, Incoming>();

  const sweep = () => {
    const now = options.now();
    for (const map of [outgoing, incoming] as Array<Map<string, { touched: number }>>) {
      for (const [id, entry] of map) if (now - entry.touched > idleMs) map.delete(id);
    }
  };
  const makeRoom = (map: Map<string, unknown>) => {
    // Maps iterate in insertion order: the first key is the oldest.
    while (map.size >= MAX_OPEN) map.delete(map.keys().next().value as string);
  };

  return {
    /** Holds `text` for the page to fetch part by part. */
    offer(text: string): { transferId: string; chars: number; parts: number } {
      sweep();
      makeRoom(outgoing);
      const transferId = options.newId();
      const parts = splitText(text);
      outgoing.set(transferId, { parts, fetched: new Set(), touched: options.now() });
      return { transferId, chars: text.length, parts: parts.length };
    },

    /** One part of an offered text; the text is let go once every part was fetched. */
    part(transferId: string, index: number): TransferAnswer<string> {
      sweep();
      const entry = outgoing.get(transferId);
      if (!entry) return { ok: false, error: GONE };
      const text = entry.parts[index];
      if (text === undefined) return { ok: false, error: `This transfer has no part ${index}.` };
      entry.fetched.add(index);
      entry.touched = options.now();
      if (entry.fetched.size === entry.parts.length) outgoing.delete(transferId);
      return { ok: true, value: text };
    },

    /** Opens a transfer into the background of `chars` units in `parts` parts. */
    receive(chars: number, parts: number): TransferAnswer<string> {
      sweep();
      if (chars > TRANSFER_MAX_CHARS) {
        return {
          ok: false,
          error: `The file is too large to restore (${chars.toLocaleString('en')} characters; at most ${TRANSFER_MAX_CHARS.toLocaleString('en')}). Nothing was changed.`,
        };
      }
      // splitText's parts are full but for the last, or one unit short where a surrogate pair would split.
      if (parts < Math.ceil(chars / TRANSFER_PART_CHARS) || parts > Math.ceil(chars / (TRANSFER_PART_CHARS - 1))) {
        return { ok: false, error: `${parts} parts cannot hold ${chars} characters.` };
      }
      makeRoom(incoming);
      const transferId = options.newId();
      incoming.set(transferId, { chars, parts: new Array<string | undefined>(parts).fill(undefined), touched: options.now() });
      return { ok: true, value: transferId };
    },

    accept(transferId: string, index: number, text: string): TransferAnswer<null> {
      sweep();
      const entry = incoming.get(transferId);
      if (!entry) return { ok: false, error: GONE };
      if (!Number.isInteger(index) || index < 0 || index >= entry.parts.length) return { ok: false, error: `This transfer has no part ${index}.` };
      entry.parts[index] = text;
      entry.touched = options.now();
      return { ok: true, value: null };
    },

    /** The whole received text, once every part is in and the length is as announced; the transfer is closed either way. */
    take(transferId: string): TransferAnswer<string> {
      sweep();
      const entry = incoming.get(transferId);
      incoming.delete(transferId);
      if (!entry) return { ok: false, error: GONE };
      const missing = entry.parts.findIndex((part) => part === undefined);
      if (missing !== -1)
        return { ok: false, error: `The file did not arrive whole (part ${missing + 1} of ${entry.parts.length} is missing). Nothing was changed.` };
      const text = entry.parts.join('');
      if (text.length !== entry.chars) {
        return { ok: false, error: `The file did not arrive whole (${text.length} of ${entry.chars} characters). Nothing was changed.` };
      }
      return { ok: true, value: text };
    },

    /** Open transfers, for tests: what the background still holds. */
    open(): { outgoing: number; incoming: number } {
      sweep();
      return { outgoing: outgoing.size, incoming: incoming.size };
    },
  };
}
