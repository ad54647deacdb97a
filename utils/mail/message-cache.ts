import type { PeopleDirectory } from './people';
import type { MailMessage } from './snapshot';

/**
 * One message as an adapter read it from its own element: sender and
 * recipients as that element shows them (names not yet completed from the
 * rest of the thread), and the body element it read.
 */
export interface MessageRead {
  message: MailMessage;
  body: Element | null;
}

/**
 * Messages read on an earlier pass, kept per message element and reused while
 * nothing in that element changed. Gmail and Outlook re-render around a thread
 * all the time (hover cards, relative times, the compose footer); re-reading a
 * 5 MB body on each of those changes is what made big mail expensive.
 *
 * The cache cannot see changes itself: its owner reports every node a mutation
 * touched (`touched`) and every node taken out of the page (`removed`); the
 * thread watcher does, from a MutationObserver that watches child lists,
 * attributes and text. A reading also depends on things outside the element
 * (its position, the day the page is read on, Gmail's list item around it):
 * the adapter passes them as `context`, and another context is a fresh read.
 * Readings are shared between passes: never change one.
 */
export interface MessageCache {
  /** `root`'s reading from an earlier pass under the same `context` when nothing in it changed since, else `read()`, kept. */
  reading(root: Element, context: string, read: () => MessageRead): MessageRead;
  /**
   * A scan of a whole conversation (the self-checks' structural scan) from an
   * earlier pass, when nothing in `scope` changed since but inside the `quiet`
   * elements the scan skipped (bodies, quotes, compose boxes); else `scan()`, kept.
   */
  scan<T>(scope: Element, context: string, scan: () => { value: T; quiet: ReadonlySet<Element> }): T;
  /**
   * A mutation touched `node`: its `children` or `attributes` (an element), or
   * its `text` (a text node). Messages holding it are read again, and so is a
   * scan unless the change is inside an element the scan skipped.
   */
  touched(node: Node, change?: MutationKind): void;
  /** `node` left the page: messages in it are read again (changes to a detached subtree are not observed). */
  removed(node: Node): void;
  /** Messages read and reused since the cache was made; scans done and reused. */
  readonly counts: { read: number; reused: number; scanned: number; scansReused: number };
}

/** What a MutationRecord says changed, in its own words (`record.type`). */
export type MutationKind = 'childList' | 'attributes' | 'characterData';

/** More elements than any thread shows: past it the cache starts over rather than grow. */
const MAX_HELD = 2000;

export function createMessageCache(): MessageCache {
  const entries = new WeakMap<Element, { context: string; read: MessageRead }>();
  // The elements with an entry, to find those inside a removed subtree; each leaves when it is touched or removed.
  const held = new Set<Element>();
  const scans = new WeakMap<Element, { context: string; value: unknown; quiet: ReadonlySet<Element> }>();
  const counts = { read: 0, reused: 0, scanned: 0, scansReused: 0 };
  const forget = (element: Element) => {
    entries.delete(element);
    held.delete(element);
  };
  // The elements climbed through, reused between calls of `touched`.
  const path: Element[] = [];
  return {
    counts,
    reading(root, context, read) {
      const known = entries.get(root);
      if (known && known.context === context && root.isConnected) {
        counts.reused += 1;
        return known.read;
      }
      const fresh = read();
      counts.read += 1;
      if (held.size >= MAX_HELD) {
        for (const element of held) entries.delete(element);
        held.clear();
      }
      entries.set(root, { context, read: fresh });
      held.add(root);
      return fresh;
    },
    scan<T>(scope: Element, context: string, scan: () => { value: T; quiet: ReadonlySet<Element> }): T {
      const known = scans.get(scope);
      if (known && known.context === context && scope.isConnected) {
        counts.scansReused += 1;
        return known.value as T;
      }
      const fresh = scan();
      counts.scanned += 1;
      scans.set(scope, { context, value: fresh.value, quiet: fresh.quiet });
      return fresh.value;
    },
    touched(node, change = 'childList') {
      path.length = 0;
      for (let current: Node | null = node; current; current = current.parentNode) {
        if (current.nodeType !== 1) continue;
        const element = current as Element;
        if (held.has(element)) forget(element);
        const scanned = scans.get(element);
        // An element's own attributes are not inside it: a quiet element whose attributes changed may no longer be skipped.
        if (scanned && !path.some((passed, index) => scanned.quiet.has(passed) && !(index === 0 && change === 'attributes'))) scans.delete(element);
        path.push(element);
      }
    },
    removed(node) {
      if (held.size === 0 || node.nodeType !== 1) return;
      for (const element of held) {
        if (node === element || node.contains(element)) forget(element);
      }
    },
  };
}

/** The reading of one message through `cache` when there is one, else read now. */
export function readThrough(cache: MessageCache | undefined, root: Element, context: string, read: () => MessageRead): MessageRead {
  return cache ? cache.reading(root, context, read) : read();
}

/**
 * The thread-wide step after each message's own reading: names the element
 * left empty or as a placeholder ("me", "You") completed from the account and
 * the rest of the thread. Done on every pass, since another message may show
 * a fuller name than the cached one saw.
 */
export function withResolvedPeople(message: MailMessage, directory: PeopleDirectory): MailMessage {
  return { ...message, from: directory.resolve(message.from), to: message.to.map(directory.resolve), cc: message.cc.map(directory.resolve) };
}
