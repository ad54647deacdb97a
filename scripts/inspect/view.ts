import { dispatch, type ThreadView } from '../../utils/messaging';
import { defaultSettings } from '../../utils/model';
import { option, positionals, printJson } from './io';
import { bookAccounts, readBook } from './match';
import { readSavedPage } from './page';
import { nodeService } from './service';

const TAB = 1;

/**
 * `inspect view PAGE.html --url URL --book BOOK.json [--now ISO]`: the thread
 * view the sidebar would show for a saved page, through the real service and
 * store (fake-indexeddb in Node), with the book's clients and contacts.
 */
export async function run(args: string[]): Promise<number> {
  const [file] = positionals(args, ['url', 'book', 'now']);
  const bookPath = option(args, 'book');
  if (!file || !bookPath) {
    process.stderr.write('usage: inspect view PAGE.html --url URL --book BOOK.json [--now ISO]\n');
    return 2;
  }
  const now = new Date(option(args, 'now') ?? Date.now());
  if (Number.isNaN(now.getTime())) {
    printJson({ client: null, people: [], signals: [], situations: [], error: `--now is not a date: ${option(args, 'now')}` });
    return 1;
  }
  const page = await readSavedPage(file, { url: option(args, 'url'), now });
  if (!page.ok) {
    printJson({ client: null, people: [], signals: [], situations: [], error: `could not read this thread: ${page.error}` });
    return 1;
  }
  const book = await readBook(bookPath);
  const { store, service } = await nodeService({ now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  const { clients, contacts } = bookAccounts(book);
  for (const client of clients) await store.putClient(client);
  for (const contact of contacts) await store.putContact(contact);
  await store.putSettings({ ...defaultSettings(), ownAddresses: book.ownAddresses });
  const answer = (await dispatch(
    service.handlers,
    { type: 'thread/report', url: page.url, snapshot: page.snapshot },
    { kind: 'content', tabId: TAB, url: page.url },
    { warn: () => undefined },
  )) as { ok: true; view: ThreadView } | { ok: false; error: string };
  if (!answer.ok) {
    printJson({ client: null, people: [], signals: [], situations: [], error: answer.error });
    return 1;
  }
  printJson(viewShape(answer.view));
  return 0;
}

/** The documented shape: who the thread is with, what the sidebar warns of, what it suggests. */
function viewShape(view: ThreadView) {
  return {
    client: view.client ? { id: view.client.id, name: view.client.name } : null,
    people: view.participants,
    signals: view.signals,
    situations: view.situations,
  };
}
