import type { ResponseOf } from '../messaging';
import type { StatusSnapshot } from './status';

/** Rows in the popup's first answer: a screenful and more, so the first paint waits for no more than that. */
export const FIRST_ROWS = 30;

type Triage = Extract<ResponseOf<'status/triage'>, { ok: true }>;

/** What the popup's first screen shows of `status/triage`: the protocol's types, the active thread left for the full client. */
export type FirstScreen = Pick<Triage, 'ok' | 'today' | 'counts' | 'total' | 'rows' | 'overdueCount' | 'corrupt'>;

/**
 * The first screen as the background leaves it in `storage.session` each
 * time it computes the status, so the popup paints from one storage read
 * rather than a round trip to a worker that may be asleep. It holds for
 * `screen.today` in `timeZone`; every write takes it away first.
 */
export interface FirstScreenMirror {
  timeZone: string;
  screen: FirstScreen;
}

/** The mirror's key in `storage.session`. */
export const FIRST_SCREEN_KEY = 'popupFirstScreen';

/** Where the background keeps the mirror (the extension's session storage; content scripts cannot read it). */
export interface FirstScreenStore {
  write(mirror: FirstScreenMirror): Promise<void>;
  clear(): Promise<void>;
}

/** The triage of a status snapshot, its rows cut at `limit`. */
export function firstScreenOf(snapshot: StatusSnapshot, limit?: number): FirstScreen {
  const { rows, counts } = snapshot.triage;
  return {
    ok: true,
    today: snapshot.today,
    counts,
    total: rows.length,
    rows: limit === undefined ? rows : rows.slice(0, limit),
    overdueCount: snapshot.overdueCount,
    corrupt: snapshot.corrupt,
  };
}
