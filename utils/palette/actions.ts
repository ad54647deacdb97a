import { z } from 'zod';
import type { ThreadView, VariantView } from '../messaging';
import { fuzzyScore } from './fuzzy';

/** What running an action does; the feature (components/content/features/palette) carries it out. */
export type PaletteRun =
  | { kind: 'track-deadline'; suggestionId: string }
  | { kind: 'insert-variant'; variant: VariantView }
  | { kind: 'copy-variant'; variant: VariantView }
  | { kind: 'resolve-commitment'; commitmentId: string; status: 'done' | 'waived' }
  | { kind: 'told-of-deadline'; commitmentId: string; email: string }
  | { kind: 'new-in-role'; email: string }
  | { kind: 'open-client' }
  | { kind: 'open-options' };

export interface PaletteAction {
  /** Unique in one list. */
  id: string;
  /** What "recently used" remembers: the kind of action, not the data it acts on ("track-deadline", "insert:de-escalate:warm"). */
  recentKey: string;
  title: string;
  /** A second, quieter line: the date, the quote, the situation's reason. */
  detail?: string;
  run: PaletteRun;
}

export interface PaletteContext {
  /** The thread as the background described it; null before it answered or off a thread. */
  view: ThreadView | null;
  /** A compose box is open to insert into. */
  canInsert: boolean;
}

const STYLE_LABEL: Record<string, string> = { warm: 'warm', neutral: 'neutral', brief: 'brief' };
const BUSINESS_CASE = 'champion-business-case';

/** Every action that fits the thread on screen and its client, in a stable order (ranking reorders). */
export function buildPaletteActions({ view, canInsert }: PaletteContext): PaletteAction[] {
  const actions: PaletteAction[] = [];
  const client = view?.state === 'matched' ? view.client : undefined;
  if (view && client) {
    for (const s of view.deadlineSuggestions) {
      if (s.tracked || s.past) continue;
      actions.push({
        id: `track:${s.id}`,
        recentKey: 'track-deadline',
        title: `Track deadline: ${s.title} (${s.due})`,
        detail: s.quote,
        run: { kind: 'track-deadline', suggestionId: s.id },
      });
    }
    for (const situation of view.situations) {
      for (const variant of situation.variants) {
        const style = STYLE_LABEL[variant.variant] ?? variant.variant;
        if (canInsert) {
          actions.push({
            id: `insert:${situation.id}:${variant.variant}`,
            recentKey: `insert:${situation.id}:${variant.variant}`,
            title: `Insert wording: ${situation.title} — ${style}`,
            detail: situation.why,
            run: { kind: 'insert-variant', variant },
          });
        }
        if (situation.id === BUSINESS_CASE) {
          actions.push({
            id: `copy:${situation.id}:${variant.variant}`,
            recentKey: `copy:${situation.id}:${variant.variant}`,
            title: `Copy business-case pack — ${style}`,
            detail: situation.why,
            run: { kind: 'copy-variant', variant },
          });
        }
      }
    }
    for (const c of view.commitments) {
      for (const status of ['done', 'waived'] as const) {
        actions.push({
          id: `${status}:${c.id}`,
          recentKey: `commitment-${status}`,
          title: `Mark ${status}: ${c.description}`,
          run: { kind: 'resolve-commitment', commitmentId: c.id, status },
        });
      }
    }
    const known = view.participants.filter((p) => p.role);
    for (const p of known) {
      if (p.newInRole) continue;
      actions.push({
        id: `new-in-role:${p.email}`,
        recentKey: 'new-in-role',
        title: `Mark ${p.name || p.email} new in role`,
        detail: p.email,
        run: { kind: 'new-in-role', email: p.email },
      });
    }
    for (const c of view.commitments) {
      for (const p of known) {
        actions.push({
          id: `told:${c.id}:${p.email}`,
          recentKey: 'told-of-deadline',
          title: `Record that ${p.name || p.email} was told of ${c.description}`,
          run: { kind: 'told-of-deadline', commitmentId: c.id, email: p.email },
        });
      }
    }
    actions.push({
      id: 'open-client',
      recentKey: 'open-client',
      title: `Open ${client.name} in Bridgekeeper`,
      detail: 'Options page',
      run: { kind: 'open-client' },
    });
  }
  actions.push({ id: 'open-options', recentKey: 'open-options', title: 'Open Bridgekeeper options', run: { kind: 'open-options' } });
  return actions;
}

/**
 * The list as the palette shows it. With no query: recently used first (most
 * recent first), then the rest in their own order. With a query: only what
 * matches, best match first; recent use breaks ties and lifts a little.
 */
export function rankPaletteActions(actions: readonly PaletteAction[], query: string, recent: readonly string[]): PaletteAction[] {
  const recency = (a: PaletteAction) => {
    const at = recent.indexOf(a.recentKey);
    return at < 0 ? 0 : recent.length - at;
  };
  const scored = actions.flatMap((action, order) => {
    const score = fuzzyScore(query, action.title);
    return score === null ? [] : [{ action, order, score, recency: recency(action) }];
  });
  const byQuery = query.trim() !== '';
  scored.sort((a, b) => {
    if (byQuery) {
      const lift = (x: typeof a) => x.score + (x.recency ? 2 : 0);
      if (lift(b) !== lift(a)) return lift(b) - lift(a);
    }
    if (b.recency !== a.recency) return b.recency - a.recency;
    return a.order - b.order;
  });
  return scored.map((s) => s.action);
}

export const RECENT_LIMIT = 20;
/** The recently used keys as stored: anything else read back is treated as none. */
export const RecentPaletteKeysSchema = z.array(z.string().max(200)).max(RECENT_LIMIT).catch([]);

/** `key` moves to the front; the list keeps at most RECENT_LIMIT keys. */
export function rememberUse(recent: readonly string[], key: string): string[] {
  return [key, ...recent.filter((k) => k !== key)].slice(0, RECENT_LIMIT);
}
