import type { FirstScreen } from './first-screen';
import { GROUP_TITLES, LEVEL_LABEL, LIST_HEIGHT, corruptBanner, countLabels, itemHeight, listItems, searchPlaceholder } from './triage-layout';
import { offsetsOf, visibleWindow } from './windowing';

/**
 * The popup's first screen drawn in plain DOM the moment its answer is in,
 * before React (200 kB) has loaded: header, counts, search box and the rows
 * in view, with the markup PopupApp renders for the same answer (a unit test
 * holds the two equal), which React then replaces. Text only, never HTML.
 * Until then the rows take a click, which the React view opens on, and the
 * search box takes typing, which the React view carries on.
 */
export interface FirstPaint {
  /** The row clicked before React took over, if any. */
  clicked(): string | null;
  /** What was typed in the search box before React took over, and whether it has the focus. */
  search(): { query: string; focused: boolean };
}

export function drawFirstScreen(root: HTMLElement, first: FirstScreen): FirstPaint {
  const doc = root.ownerDocument;
  let clicked: string | null = null;
  const el = (tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>) => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  };

  const popup = el(
    'div',
    { class: 'popup' },
    el(
      'header',
      { class: 'popup__header' },
      el('h1', {}, 'Bridgekeeper'),
      el('span', { 'data-testid': 'overdue-count', class: first.overdueCount ? 'overdue' : 'muted' }, `${first.overdueCount} overdue`),
      el('button', { type: 'button' }, 'Manage'),
    ),
  );
  if (first.corrupt.length) popup.append(el('p', { class: 'banner banner--warn', role: 'alert' }, corruptBanner(first.corrupt.length)));
  if (first.total === 0) {
    popup.append(
      el(
        'div',
        { class: 'empty', 'data-testid': 'popup-empty' },
        el('p', {}, 'No clients tracked yet.'),
        el('p', {}, el('a', { href: '#' }, 'Add your first client in the options page'), ' — or load the sample data there to look around.'),
      ),
    );
    root.replaceChildren(popup);
    return { clicked: () => null, search: () => ({ query: '', focused: false }) };
  }

  const counts = el('nav', { class: 'triage-counts', 'aria-label': 'Needs attention', 'data-testid': 'triage-counts' });
  for (const [group, label] of countLabels(first.counts)) {
    const button = el(
      'button',
      { type: 'button', class: `triage-count triage-count--${group}`, 'data-group': group, 'data-count': String(first.counts[group]) },
      label,
    );
    if (!first.counts[group]) button.setAttribute('disabled', '');
    counts.append(button);
  }
  const items = listItems(first.rows, first.counts);
  const win = visibleWindow(offsetsOf(items.map(itemHeight)), 0, LIST_HEIGHT);
  const shown = el('div', { style: `transform: translateY(${win.top}px);` });
  for (const item of items.slice(win.start, win.end)) {
    if (item.kind === 'header') {
      shown.append(
        el(
          'h2',
          { class: 'triage-header', 'data-testid': 'triage-header', 'data-group': item.group, style: `height: ${itemHeight(item)}px;` },
          `${GROUP_TITLES[item.group]} `,
          el('span', { class: 'muted' }, `(${item.count})`),
        ),
      );
      continue;
    }
    const { row } = item;
    const button = el(
      'button',
      { type: 'button', class: 'triage-row', 'data-testid': 'triage-row', 'data-client-id': row.id, 'data-group': row.group },
      el(
        'span',
        { class: 'triage-row__top' },
        el(
          'span',
          { class: 'triage-row__name' },
          row.name,
          ...(row.key ? [el('span', { class: 'tag' }, 'key')] : []),
          ...(row.sample ? [el('span', { class: 'tag' }, 'sample')] : []),
        ),
        el('span', { class: `chip chip--${row.level}`, 'data-testid': 'health-chip', 'data-level': row.level }, LEVEL_LABEL[row.level]),
      ),
      el('span', { class: 'triage-row__line', title: row.line }, row.line),
    );
    button.addEventListener('click', () => (clicked = row.id));
    shown.append(el('div', { role: 'listitem', style: `height: ${itemHeight(item)}px;` }, button));
  }
  const search = el('input', { type: 'search', placeholder: searchPlaceholder(first.total), 'aria-label': 'Search clients', value: '' }) as HTMLInputElement;
  popup.append(
    counts,
    search,
    el(
      'div',
      { class: 'triage-list', 'data-testid': 'triage-list', 'data-rows': String(first.rows.length), style: `height: ${Math.min(LIST_HEIGHT, win.total)}px;` },
      el('div', { style: `height: ${win.total}px; position: relative;`, role: 'list', 'aria-label': 'Clients, those that need attention first' }, shown),
    ),
  );
  root.replaceChildren(popup);
  return { clicked: () => clicked, search: () => ({ query: search.value, focused: doc.activeElement === search }) };
}
