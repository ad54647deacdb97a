import { describe, expect, it } from 'vitest';
import { type ThreadView } from '../../../utils/messaging';
import { buildPaletteActions, rankPaletteActions, rememberUse, RecentPaletteKeysSchema, RECENT_LIMIT } from '../../../utils/palette/actions';
import { fuzzyScore } from '../../../utils/palette/fuzzy';
import { matchesShortcut, moveSelection, opensPalette, paletteKeyAction, parseShortcut, type KeyLike } from '../../../utils/palette/keys';
import { makeThreadView } from '../../support/factories';

const variant = (name: string) => ({ variant: name, text: `${name} text`, segments: [{ text: `${name} text` }], gaps: [] });

/** An Acme Retail thread: one open and one past suggested deadline, one tracked; a de-escalate and a business-case situation; two people. */
function acmeThread(overrides: Partial<ThreadView> = {}): ThreadView {
  return makeThreadView({
    reason: 'sender maria@acme-retail.example is the champion of Acme Retail',
    commitments: [{ id: 'c-qbr', description: 'Acme Retail QBR — meeting, in 8 days', overdue: false }],
    participants: [
      { email: 'maria@acme-retail.example', name: 'Maria Gonzalez', role: 'champion' },
      { email: 'helen@acme-retail.example', name: 'Helen Park', role: 'decision-maker', newInRole: true },
      { email: 'stranger@acme-retail.example', name: 'Stranger' },
    ],
    deadlineSuggestions: [
      { id: 's-sign', kind: 'agreement', due: '2026-06-30', quote: 'We will sign by June 30.', title: 'Sign the agreement', messageId: 'm1', tracked: false },
      { id: 's-past', kind: 'payment', due: '2026-01-10', quote: 'Paid on Jan 10.', title: 'Invoice', messageId: 'm1', tracked: false, past: true },
      { id: 's-done', kind: 'meeting', due: '2026-06-02', quote: 'QBR on June 2.', title: 'QBR', messageId: 'm1', tracked: true },
    ],
    situations: [
      { id: 'de-escalate', title: 'De-escalate', why: 'Her last reply runs hot.', variants: [variant('warm'), variant('brief')] },
      { id: 'champion-business-case', title: 'Give your champion a business case', why: 'A new budget holder.', variants: [variant('neutral')] },
    ],
    ...overrides,
  });
}

describe('fuzzy matching', () => {
  it.each([
    ['trk', 'Track deadline: Sign the agreement', true],
    ['TRACK sign', 'Track deadline: Sign the agreement', true],
    ['', 'Open Bridgekeeper options', true],
    ['opts', 'Open Bridgekeeper options', true],
    ['kcart', 'Track deadline', false],
    ['trackz', 'Track deadline', false],
  ])('%j in %j matches: %s', (query, text, matches) => {
    expect(fuzzyScore(query, text) !== null).toBe(matches);
  });

  it('scores word starts and runs above scattered letters', () => {
    expect(fuzzyScore('td', 'Track deadline')!).toBeGreaterThan(fuzzyScore('td', 'Outdated')!);
    expect(fuzzyScore('done', 'Mark done: QBR')!).toBeGreaterThan(fuzzyScore('done', 'Do not send')!);
  });
});

describe('the actions a thread offers', () => {
  it('offers each thing the brief lists for a client thread with a compose box open', () => {
    const titles = buildPaletteActions({ view: acmeThread(), canInsert: true }).map((a) => a.title);
    expect(titles).toEqual([
      'Track deadline: Sign the agreement (2026-06-30)',
      'Insert wording: De-escalate — warm',
      'Insert wording: De-escalate — brief',
      'Insert wording: Give your champion a business case — neutral',
      'Copy business-case pack — neutral',
      'Mark done: Acme Retail QBR — meeting, in 8 days',
      'Mark waived: Acme Retail QBR — meeting, in 8 days',
      'Mark Maria Gonzalez new in role',
      'Record that Maria Gonzalez was told of Acme Retail QBR — meeting, in 8 days',
      'Record that Helen Park was told of Acme Retail QBR — meeting, in 8 days',
      'Open Acme Retail in Bridgekeeper',
      'Open Bridgekeeper options',
    ]);
  });

  it('offers no past or tracked deadline, no insert without a compose box, nobody already new in role, no unknown person', () => {
    const actions = buildPaletteActions({ view: acmeThread(), canInsert: false });
    const runs = actions.map((a) => a.run);
    expect(runs).not.toContainEqual(expect.objectContaining({ suggestionId: 's-past' }));
    expect(runs).not.toContainEqual(expect.objectContaining({ suggestionId: 's-done' }));
    expect(runs.filter((r) => r.kind === 'insert-variant')).toEqual([]);
    expect(runs).not.toContainEqual({ kind: 'new-in-role', email: 'helen@acme-retail.example' });
    expect(JSON.stringify(runs)).not.toContain('stranger@');
    // The business-case pack is copied, which needs no compose box.
    expect(runs.filter((r) => r.kind === 'copy-variant')).toHaveLength(1);
  });

  it('offers only the options page off a client thread', () => {
    const none = acmeThread({ state: 'none', client: undefined });
    expect(buildPaletteActions({ view: none, canInsert: true }).map((a) => a.run.kind)).toEqual(['open-options']);
    expect(buildPaletteActions({ view: null, canInsert: false }).map((a) => a.run.kind)).toEqual(['open-options']);
  });

  it('gives every action a unique id', () => {
    const ids = buildPaletteActions({ view: acmeThread(), canInsert: true }).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('ranking', () => {
  const actions = buildPaletteActions({ view: acmeThread(), canInsert: true });

  it('puts recently used actions first, most recent first, with no query', () => {
    const ranked = rankPaletteActions(actions, '', ['open-options', 'commitment-waived']);
    expect(ranked.slice(0, 2).map((a) => a.id)).toEqual(['open-options', 'waived:c-qbr']);
    expect(ranked).toHaveLength(actions.length);
    expect(ranked[2]!.id).toBe('track:s-sign');
  });

  it('keeps only what matches a query, best first', () => {
    const ranked = rankPaletteActions(actions, 'track', []);
    expect(ranked[0]!.id).toBe('track:s-sign');
    expect(ranked.every((a) => fuzzyScore('track', a.title) !== null)).toBe(true);
    expect(rankPaletteActions(actions, 'zzzz', [])).toEqual([]);
  });

  it('lets recent use lift an equal match', () => {
    const [first] = rankPaletteActions(actions, 'insert de-escalate', ['insert:de-escalate:brief']);
    expect(first!.id).toBe('insert:de-escalate:brief');
  });
});

describe('recently used, as stored', () => {
  it('moves a key to the front and keeps at most the limit', () => {
    let recent: string[] = [];
    for (let i = 0; i < RECENT_LIMIT + 5; i += 1) recent = rememberUse(recent, `k${i}`);
    recent = rememberUse(recent, 'k10');
    expect(recent[0]).toBe('k10');
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(new Set(recent).size).toBe(RECENT_LIMIT);
  });

  it('reads anything malformed as nothing used', () => {
    expect(RecentPaletteKeysSchema.parse({ evil: true })).toEqual([]);
    expect(RecentPaletteKeysSchema.parse(undefined)).toEqual([]);
    expect(RecentPaletteKeysSchema.parse(['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('keys', () => {
  const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it.each([
    ['Ctrl+Shift+K', { key: 'K', ctrl: true, alt: false, shift: true, meta: false }],
    ['Alt+Shift+P', { key: 'P', ctrl: false, alt: true, shift: true, meta: false }],
    ['Command+Shift+K', { key: 'K', ctrl: false, alt: false, shift: true, meta: true }],
    ['MacCtrl+Shift+1', { key: '1', ctrl: true, alt: false, shift: true, meta: false }],
    // What commands.getAll() answers on a Mac.
    ['⇧⌘K', { key: 'K', ctrl: false, alt: false, shift: true, meta: true }],
    ['⌥⇧Comma', { key: 'Comma', ctrl: false, alt: true, shift: true, meta: false }],
  ])('reads the binding %s', (text, shortcut) => {
    expect(parseShortcut(text)).toEqual(shortcut);
  });

  it.each([[''], ['Shift+K'], ['K'], ['Ctrl+Hyper+K'], ['Ctrl+']])('reads %j as no binding', (text) => {
    expect(parseShortcut(text)).toBeNull();
  });

  it.each([
    ['Ctrl+Shift+K', key('K', { ctrlKey: true, shiftKey: true }), true],
    ['Ctrl+Shift+K', key('k', { ctrlKey: true, shiftKey: true, code: 'KeyK' }), true],
    ['Ctrl+Shift+K', key('k', { ctrlKey: true }), false],
    ['Ctrl+Shift+K', key('k', { ctrlKey: true, shiftKey: true, altKey: true }), false],
    ['Ctrl+Shift+K', key('j', { ctrlKey: true, shiftKey: true }), false],
    ['Ctrl+Shift+K', key('k', { metaKey: true, shiftKey: true }), false],
    ['⇧⌘K', key('k', { metaKey: true, shiftKey: true }), true],
    ['Alt+Shift+P', key('Π', { altKey: true, shiftKey: true, code: 'KeyP' }), true],
    ['Ctrl+Shift+1', key('!', { ctrlKey: true, shiftKey: true, code: 'Digit1' }), true],
    ['Alt+Comma', key(',', { altKey: true }), true],
    ['Alt+Up', key('ArrowUp', { altKey: true }), true],
  ])('%s is pressed by %j: %s', (binding, event, expected) => {
    expect(matchesShortcut(event, parseShortcut(binding)!)).toBe(expected);
  });

  it('opens on the bound key only, never from the compose box, never twice, and not at all when nothing is bound', () => {
    const shortcut = parseShortcut('Ctrl+Shift+K');
    const press = key('K', { ctrlKey: true, shiftKey: true });
    expect(opensPalette(press, { shortcut, typingTarget: false, paletteOpen: false })).toBe(true);
    expect(opensPalette(press, { shortcut, typingTarget: true, paletteOpen: false })).toBe(false);
    expect(opensPalette(press, { shortcut, typingTarget: false, paletteOpen: true })).toBe(false);
    expect(opensPalette(press, { shortcut: parseShortcut('Alt+Shift+P'), typingTarget: false, paletteOpen: false })).toBe(false);
    expect(opensPalette(press, { shortcut: null, typingTarget: false, paletteOpen: false })).toBe(false);
  });

  it.each([
    ['ArrowDown', 'next'],
    ['ArrowUp', 'previous'],
    ['Enter', 'run'],
    ['Escape', 'close'],
    ['a', null],
  ] as const)('%s in the palette: %s', (k, action) => {
    expect(paletteKeyAction(key(k))).toBe(action);
  });

  it('wraps the selection round', () => {
    expect(moveSelection(2, 3, 'next')).toBe(0);
    expect(moveSelection(0, 3, 'previous')).toBe(2);
    expect(moveSelection(0, 0, 'next')).toBe(0);
  });
});
