import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { rankPaletteActions, type PaletteAction } from '../../utils/palette/actions';
import { moveSelection, paletteKeyAction } from '../../utils/palette/keys';
import { onlyTrusted } from '../../utils/page/trusted-event';

export interface PaletteProps {
  actions: readonly PaletteAction[];
  /** Recently used keys, most recent first. */
  recent: readonly string[];
  /** Runs the chosen action; called only for the user's own key or click. */
  onRun(action: PaletteAction): void;
  onClose(): void;
}

/**
 * A searchable list of what can be done here: type to filter (fuzzy), arrows
 * move, Enter runs, Escape closes. Every key it handles stops at the palette,
 * so the mail app's own shortcuts never see them while it is open.
 */
export function Palette({ actions, recent, onRun, onClose }: PaletteProps) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => rankPaletteActions(actions, query, recent), [actions, query, recent]);
  const current = Math.min(selected, Math.max(shown.length - 1, 0));

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current, shown]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    const action = paletteKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'close') return onClose();
    if (action === 'run') {
      const chosen = shown[current];
      if (chosen && event.nativeEvent.isTrusted) onRun(chosen);
      return;
    }
    setSelected(moveSelection(current, shown.length, action));
  };

  return (
    <>
      <div className="bk-palette-backdrop" onMouseDown={onClose} />
      <div className="bk-palette" role="dialog" aria-label="Bridgekeeper commands" data-testid="palette">
        <input
          ref={input}
          className="bk-palette-input"
          data-testid="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="bk-palette-list"
          aria-activedescendant={shown[current] ? `bk-palette-${current}` : undefined}
          placeholder="Type a command — track, insert, done, told, options…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
          onKeyUp={(event) => event.stopPropagation()}
          onKeyPress={(event) => event.stopPropagation()}
        />
        <ul ref={list} id="bk-palette-list" className="bk-palette-list" role="listbox" aria-label="Commands">
          {shown.map((action, i) => (
            <li
              key={action.id}
              id={`bk-palette-${i}`}
              role="option"
              aria-selected={i === current}
              className="bk-palette-item"
              data-testid="palette-item"
              data-action-id={action.id}
              onMouseMove={() => i !== current && setSelected(i)}
              onClick={onlyTrusted(() => onRun(action))}
            >
              <span className="bk-palette-title">
                {action.title}
                {recent.includes(action.recentKey) && !query ? <span className="bk-palette-recent">recently used</span> : null}
              </span>
              {action.detail ? <span className="bk-palette-detail">{action.detail}</span> : null}
            </li>
          ))}
        </ul>
        {shown.length === 0 ? <p className="bk-palette-empty">No command matches “{query}”.</p> : null}
        <div className="bk-palette-foot">
          <span>
            <kbd>↑</kbd> <kbd>↓</kbd> move
          </span>
          <span>
            <kbd>Enter</kbd> run
          </span>
          <span>
            <kbd>Esc</kbd> close
          </span>
        </div>
      </div>
    </>
  );
}
