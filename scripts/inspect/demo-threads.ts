import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { todayIn } from '../../utils/dates';
import { dispatch, type ThreadView } from '../../utils/messaging';
import { createAccountCache } from '../../utils/service/account-cache';
import { suggestState } from '../../utils/service/situations';
import { clientSignals } from '../../utils/service/status';
import { matchSnapshot } from '../../utils/service/thread';
import { SuggestStateSchema, type SuggestState } from '../../utils/suggest';
import { readSavedPage } from './page';
import { nodeService } from './service';

/** The fixture threads `npm run demo` opens beside the sample data, one per sample client that has a thread. */
export const DEMO_THREAD_PAGES = ['gmail/thread-agreement', 'outlook/thread-champion'] as const;

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url);
const SavedPageSchema = z.object({ url: z.string(), timezone: z.string(), capturedAt: z.string() });

export interface DemoThread {
  page: (typeof DEMO_THREAD_PAGES)[number];
  /** What the sidebar shows for the page. */
  view: ThreadView;
  /** What the suggestions read for it: who is on the thread, the heat of the last replies, the silence since. */
  state: SuggestState;
}

const TAB = 1;
/** What `dispatch` answers, once its response schema has been applied. */
type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };
const quiet = { warn: () => undefined };

/**
 * Each demo thread as the extension sees it: the sample data loaded as
 * `npm run demo` loads it (`sample/load`), the saved page read by the
 * adapter and reported to the background service (`thread/report`, the path
 * `inspect view` takes), and the suggestion state the service derives from
 * what it stored. Each page is read at the moment it was saved, in its own
 * zone, unless `now` is given.
 */
export async function demoThreads(now?: Date): Promise<DemoThread[]> {
  const threads: DemoThread[] = [];
  for (const page of DEMO_THREAD_PAGES) {
    const saved = SavedPageSchema.parse(JSON.parse(readFileSync(new URL(`${page}.expected.json`, FIXTURES), 'utf8')));
    const at = now ?? new Date(saved.capturedAt);
    const timeZone = saved.timezone;
    const { store, service } = await nodeService({ now: at, timeZone });
    const loaded = (await dispatch(service.handlers, { type: 'sample/load' }, { kind: 'page' }, quiet)) as Answer<{ added: number }>;
    if (!loaded.ok) throw new Error(`${page}: sample/load failed: ${loaded.error}`);

    const reading = await readSavedPage(fileURLToPath(new URL(`${page}.html`, FIXTURES)), { url: saved.url, now: at, timeZone });
    if (!reading.ok) throw new Error(`${page}: ${reading.error}`);
    const answer = (await dispatch(
      service.handlers,
      { type: 'thread/report', url: reading.url, snapshot: reading.snapshot },
      { kind: 'content', tabId: TAB, url: reading.url },
      quiet,
    )) as Answer<{ view: ThreadView }>;
    if (!answer.ok) throw new Error(`${page}: thread/report failed: ${answer.error}`);

    // What the report stored, read back as the service reads it when it builds the view.
    const accounts = await createAccountCache(store).get();
    const { match, client } = matchSnapshot(accounts, reading.snapshot);
    if (!client) throw new Error(`${page}: no sample client matches the thread`);
    const mail = await store.mailForClient(client.id);
    const state = suggestState({
      accounts,
      client,
      contacts: accounts.contactsByClient.get(client.id) ?? [],
      commitments: accounts.commitmentsByClient.get(client.id) ?? [],
      snapshot: reading.snapshot,
      match,
      mail,
      signals: clientSignals(accounts, client, mail, at, timeZone),
      today: todayIn(timeZone, at),
      own: new Set(accounts.settings.ownAddresses),
    });
    threads.push({ page, view: answer.view, state: SuggestStateSchema.parse(state) });
  }
  return threads;
}
