import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ThreadView } from '../../utils/messaging';
import { contactRoleLabel } from '../../utils/model/contact';
import { onlyTrusted } from '../../utils/page/trusted-event';
import { HealthChip } from '../common/HealthChip';
import { AccountPrompt } from './AccountPrompt';
import { ClientFacts } from './ClientFacts';

export type SidebarState =
  | { kind: 'loading' }
  | { kind: 'no-thread' }
  | { kind: 'unreadable'; error: string; selectors: readonly string[]; url: string }
  | { kind: 'view'; view: ThreadView }
  | { kind: 'offline'; error: string };

export interface SidebarProps {
  state: SidebarState;
  debugLog: readonly string[];
  onOpenOptions(): void;
  /** What the in-page features add under the matched client's facts (deadlines found, suggested wording). */
  clientSections(view: ThreadView): ReactNode;
  /** What they add at the foot, whatever the state (the draft's tone). */
  pageSections: ReactNode;
  /** Docked beside the mail, or folded to a slim tab (expanded when not said). */
  expanded?: boolean;
  onExpandedChange?(expanded: boolean): void;
  /** The keyboard shortcut that opens the sidebar, as the browser has it bound ('' when unbound). */
  shortcut?: string;
  /** Goes up each time the shortcut was pressed: focus moves into the sidebar. */
  focusRequests?: number;
  /** The user's answer to "Is this you?" about the signed-in account. */
  onAccountAnswer?(own: boolean): void;
  /** Opens the command palette (components/palette). */
  onOpenPalette?(): void;
  /** The key bound to the palette's command ('' when unbound). */
  paletteShortcut?: string;
}

export function Sidebar(props: SidebarProps) {
  const { state, expanded = true, shortcut = '', paletteShortcut = '', focusRequests = 0 } = props;
  const debugOn = useDebugSwitch(state);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequests > 0) body.current?.focus();
  }, [focusRequests, expanded]);
  const keys = shortcut ? ` (${shortcut})` : '';
  return (
    <aside
      className={expanded ? 'bk-sidebar' : 'bk-sidebar bk-sidebar--collapsed'}
      aria-label="Bridgekeeper"
      data-testid="sidebar"
      data-state={state.kind}
      data-expanded={expanded}
    >
      <button
        type="button"
        className="bk-toggle"
        data-testid="sidebar-toggle"
        aria-expanded={expanded}
        aria-controls="bk-sidebar-body"
        onClick={() => props.onExpandedChange?.(!expanded)}
        title={expanded ? 'Hide Bridgekeeper' : `Show Bridgekeeper${keys}`}
      >
        {expanded ? '›' : 'BK'}
      </button>
      {expanded ? (
        <div id="bk-sidebar-body" className="bk-body" ref={body} tabIndex={-1}>
          <h1 className="bk-title">
            Bridgekeeper
            {props.onOpenPalette ? (
              <button
                type="button"
                className="bk-palette-button"
                data-testid="sidebar-open-palette"
                title={paletteShortcut ? `Commands (${paletteShortcut})` : 'Commands'}
                onClick={onlyTrusted(() => props.onOpenPalette?.())}
              >
                Commands
                {paletteShortcut ? <kbd data-testid="sidebar-palette-shortcut">{paletteShortcut}</kbd> : null}
              </button>
            ) : null}
          </h1>
          <p className="bk-muted bk-small" data-testid="sidebar-shortcut">
            {shortcut ? (
              <>
                Open with <kbd>{shortcut}</kbd>; change {paletteShortcut ? 'the keys' : 'it'} in chrome://extensions/shortcuts.
              </>
            ) : (
              'Set a shortcut to open it in chrome://extensions/shortcuts.'
            )}
          </p>
          <SidebarBody {...props} />
          {props.pageSections}
          {debugOn ? (
            <details className="bk-debug">
              <summary>Debug</summary>
              <ol data-testid="debug-log">
                {props.debugLog.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ol>
            </details>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}

/** The debug log shows only when switched on in the options; the last thread view said which, and it holds while the next is read. */
function useDebugSwitch(state: SidebarState): boolean {
  const [on, setOn] = useState(false);
  const said = state.kind === 'view' ? state.view.debugLog : null;
  useEffect(() => {
    if (said !== null) setOn(said);
  }, [said]);
  return said ?? on;
}

function SidebarBody(props: SidebarProps) {
  const { state } = props;
  switch (state.kind) {
    case 'loading':
      return <p aria-busy="true">Reading this thread…</p>;
    case 'no-thread':
      return <p className="bk-muted">Open a conversation to see its client.</p>;
    case 'offline':
      return (
        <p role="alert" className="bk-warn">
          Bridgekeeper's background is not answering: {state.error}
        </p>
      );
    case 'unreadable':
      return (
        <div role="alert" data-testid="sidebar-unreadable">
          <p className="bk-warn">Could not read this thread.</p>
          <details>
            <summary>Report</summary>
            <p>{state.error}</p>
            <p>Selectors tried:</p>
            <ul>
              {state.selectors.map((s) => (
                <li key={s}>
                  <code>{s}</code>
                </li>
              ))}
            </ul>
            <p className="bk-muted">{state.url}</p>
          </details>
        </div>
      );
    case 'view':
      return (
        <>
          <AccountPrompt account={state.view.account} onAnswer={(own) => props.onAccountAnswer?.(own)} onOpenOptions={props.onOpenOptions} />
          <ThreadPanel {...props} view={state.view} />
        </>
      );
  }
}

function ThreadPanel({ view, ...props }: SidebarProps & { view: ThreadView }) {
  if (view.state === 'none' || !view.client) {
    return (
      <div data-testid="sidebar-no-client">
        <p className="bk-muted">Not a client thread. {view.reason}</p>
        {view.unknownExternal.length ? (
          <div className="bk-card">
            <p>Add to a client?</p>
            <ul>
              {view.unknownExternal.map((p) => (
                <li key={p.email}>
                  {p.name || p.email} <span className="bk-muted">({p.domain})</span>
                </li>
              ))}
            </ul>
            <button type="button" onClick={onlyTrusted(() => props.onOpenOptions())}>
              Open clients
            </button>
          </div>
        ) : null}
      </div>
    );
  }
  const client = view.client;
  const known = view.participants.filter((p) => p.role);
  return (
    <div data-testid="sidebar-client" data-client-id={client.id}>
      <header className="bk-client">
        <h2 data-testid="sidebar-client-name">{client.name}</h2>
        {view.health ? <HealthChip health={view.health} /> : null}
      </header>
      <p className="bk-muted bk-small">{view.reason}</p>
      <ClientFacts health={view.health} commitments={view.commitments} signals={view.signals} />
      <section aria-label="People on this thread">
        <h3>People</h3>
        {known.length ? (
          <ul className="bk-small">
            {known.map((p) => (
              <li key={p.email}>
                {p.name || p.email} — {contactRoleLabel(p.role)}
                {p.newInRole ? <strong> · new in role</strong> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="bk-muted bk-small">No known contacts on this thread.</p>
        )}
      </section>
      {props.clientSections(view)}
    </div>
  );
}
