import type { Client, Contact } from '../../utils/model';
import type { ThreadSnapshot } from '../../utils/mail/snapshot';
import { OWN_ADDRESSES, generateAccounts, generateSnapshots } from './accounts';
import { exportsOf, importOptional, measure, withTarget, type BenchEntry } from './measure';

/** The part of `utils/match` this benchmark calls. */
interface MatchModule {
  buildMatchIndex(clients: readonly Client[], contacts: readonly Contact[]): unknown;
  matchThread(index: unknown, snapshot: ThreadSnapshot, options: { ownAddresses: readonly string[] }): unknown;
}

const CLIENTS = 10_000;
const CONTACTS_PER_CLIENT = 5;
const THREADS = 400;

/**
 * The background rebuilds the index whenever accounts change and matches
 * every thread the user opens: building must not stall the worker, matching
 * must be free.
 */
export async function bench(): Promise<BenchEntry[]> {
  const match = exportsOf<MatchModule>(await importOptional('utils/match'), ['buildMatchIndex', 'matchThread'], 'utils/match');
  if (typeof match === 'string') {
    return [
      { name: 'match.index.build.10k', missing: match },
      { name: 'match.thread.10k', missing: match },
    ];
  }
  const book = generateAccounts({ clients: CLIENTS, contactsPerClient: CONTACTS_PER_CLIENT, commitmentsPerClient: 0 });
  const snapshots = generateSnapshots(book, THREADS);
  const size = `${book.clients.length} clients, ${book.contacts.length} contacts`;

  const build = await measure('match.index.build.10k', 'ms', () => match.buildMatchIndex(book.clients, book.contacts), {
    runs: 10,
    warmup: 2,
    note: size,
  });
  const index = match.buildMatchIndex(book.clients, book.contacts);
  let next = 0;
  const thread = await measure(
    'match.thread.10k',
    'ms',
    () => match.matchThread(index, snapshots[next++ % snapshots.length]!, { ownAddresses: OWN_ADDRESSES }),
    { runs: 20, warmup: 2, batch: snapshots.length, note: `per thread, ${snapshots.length} varied threads, ${size}` },
  );
  return [withTarget(build, 300), withTarget(thread, 0.05)];
}
