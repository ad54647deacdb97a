import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Messenger, ResponseOf, ThreadView, TriageGroup, TriageRow } from '../../utils/messaging';
import type { FirstScreenAnswer } from './first-screen';
import { TriageCountsBar, TriageList } from './TriageList';
import { corruptBanner, searchPlaceholder } from './triage-layout';
import { searchRows } from './search';

// A client's card and timeline load when one is opened, not before the first screen.
const ClientDetail = lazy(() => import('./ClientDetail').then((module) => ({ default: module.ClientDetail })));

export interface PopupAppProps {
  request: Messenger;
  /** Counts and the first rows, asked for before React started (first-screen.ts): the first render shows them. */
  firstScreen: FirstScreenAnswer;
  tabId?: number;
  /** A client an alert asked to show: the popup opens on it. */
  focusClientId?: string;
  /** A client whose row was clicked on the first paint, before React was there: the popup opens on it. */
  opened?: string;
  /** What was typed in the first paint's search box, and whether it had the focus: the popup carries on from there. */
  search?: { query: string; focused: boolean };
  openOptions(): void;
  /** Renders the active mail thread's situations, when the popup opens on a Gmail/Outlook tab. */
  threadPanel?: (view: ThreadView) => React.ReactNode;
}

type Triage = Extract<ResponseOf<'status/triage'>, { ok: true }>;
const NO_ROWS: readonly TriageRow[] = [];

export function PopupApp({ request, firstScreen: first, tabId, focusClientId, opened, search, openOptions, threadPanel }: PopupAppProps) {
  // The whole list and the active tab's thread, asked for once the first screen is painted; until then the first rows stand in.
  const [all, setAll] = useState<Triage | null>(null);
  const firstOk = first.ok;
  useEffect(() => {
    if (!firstOk) return;
    let live = true;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => void request('status/triage', tabId === undefined ? {} : { tabId }).then((answer) => live && answer.ok && setAll(answer)), 0),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [firstOk, request, tabId]);
  const [query, setQuery] = useState(search?.query ?? '');
  const searchBox = useRef<HTMLInputElement>(null);
  const searchFocused = search?.focused ?? false;
  useEffect(() => {
    const box = searchBox.current;
    if (!searchFocused || !box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, [searchFocused]);
  const [open, setOpen] = useState<string | null>(focusClientId ?? opened ?? null);
  const [jump, setJump] = useState<{ group: TriageGroup; at: number } | null>(null);

  const rows = all ? all.rows : first.ok ? first.rows : NO_ROWS;
  // Until the whole list is in (seconds for a large book on a worker Chrome had stopped), a search sees the first rows only.
  const partial = !all && first.ok && first.rows.length < first.total;
  const shown = useMemo(() => searchRows(rows, query), [rows, query]);

  if (!first.ok)
    return (
      <div className="popup" role="alert">
        Could not load account status: {first.error}
      </div>
    );

  const { overdueCount, corrupt, counts, total } = all ?? first;
  const activeThread = all?.activeThread ?? null;
  return (
    <div className="popup">
      <header className="popup__header">
        <h1>Bridgekeeper</h1>
        <span data-testid="overdue-count" className={overdueCount ? 'overdue' : 'muted'}>
          {overdueCount} overdue
        </span>
        <button type="button" onClick={openOptions}>
          Manage
        </button>
      </header>
      {corrupt.length ? (
        <p className="banner banner--warn" role="alert">
          {corruptBanner(corrupt.length)}
        </p>
      ) : null}
      {activeThread && threadPanel ? <Suspense fallback={null}>{threadPanel(activeThread)}</Suspense> : null}
      {open ? (
        <Suspense fallback={<p aria-busy="true">…</p>}>
          <ClientDetail request={request} clientId={open} focused={open === focusClientId} onBack={() => setOpen(null)} />
        </Suspense>
      ) : total === 0 ? (
        <div className="empty" data-testid="popup-empty">
          <p>No clients tracked yet.</p>
          <p>
            <a
              href="#"
              onClick={(event) => {
                event.preventDefault();
                openOptions();
              }}
            >
              Add your first client in the options page
            </a>{' '}
            — or load the sample data there to look around.
          </p>
        </div>
      ) : (
        <>
          <TriageCountsBar
            counts={counts}
            onJump={(group) => {
              setQuery('');
              setJump({ group, at: Date.now() });
            }}
          />
          <input
            ref={searchBox}
            type="search"
            placeholder={searchPlaceholder(total)}
            aria-label="Search clients"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {shown.length === 0 ? (
            partial ? (
              <p className="empty" aria-busy="true" data-testid="search-pending">
                Looking through all {total.toLocaleString()} clients…
              </p>
            ) : (
              <p className="empty">No client matches “{query}”.</p>
            )
          ) : null}
          <TriageList rows={shown} counts={query.trim() ? null : counts} onOpen={setOpen} jumpTo={jump} />
        </>
      )}
    </div>
  );
}
