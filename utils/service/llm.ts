import { todayIn } from '../dates';
import { buildLlmRequest, llmAllowedFor, llmConfigFrom, llmOriginPattern, requestSuggestions } from '../llm';
import { fail, type Handlers, type ThreadView } from '../messaging';
import type { Client, Commitment } from '../model';
import { SituationIdSchema } from '../suggest';
import type { AccountCache } from './account-cache';
import type { ServiceDeps } from './deps';
import { commitmentView } from './status';

/**
 * What the model may know of the thread's client: its name, tier and status,
 * the protocols and business facts the user keeps for it, its open
 * commitments and who is on the thread. Never notes or annual value.
 */
export function llmFacts(client: Client, commitments: readonly Commitment[], participants: ThreadView['participants'], why: string, today: string): string[] {
  const facts = [`Client: ${client.name} (${client.tier} client, ${client.status})`, `Why this situation: ${why}`];
  for (const rule of client.protocols) facts.push(`Agreed protocol: ${rule}`);
  if (client.facts?.outcomes) facts.push(`Outcomes: ${client.facts.outcomes}`);
  if (client.facts?.usage) facts.push(`Usage: ${client.facts.usage}`);
  if (client.facts?.switchingCost) facts.push(`Cost of switching: ${client.facts.switchingCost}`);
  const open = commitments.filter((c) => c.status === 'open').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  for (const c of open) facts.push(`Open commitment: ${c.title}: ${commitmentView(c, today).description}`);
  for (const p of participants) if (p.role) facts.push(`On the thread: ${p.name || p.email} (${p.role}${p.newInRole ? ', new in role' : ''})`);
  return facts;
}

type SuggestAnswer = Awaited<ReturnType<Handlers['llm/suggest']>>;

export interface StreamOptions {
  /** Cancels the request (the sidebar's Cancel, or the tab going away). */
  signal?: AbortSignal;
  /** The model's text so far, as it streams in. */
  onDelta?: (textSoFar: string) => void;
}

/**
 * Better wording from the user's LLM for the thread a tab reported; local
 * variants with a notice when the LLM is off for the client, its origin was
 * never granted, or the request fails or is cancelled. The reply is data
 * only: validated variants, never an action.
 */
export async function suggestWithLlm(
  deps: ServiceDeps,
  cache: AccountCache,
  { situation, draft }: { situation: string; draft?: string | undefined },
  tabId: number | undefined,
  options: StreamOptions = {},
): Promise<SuggestAnswer> {
  const id = SituationIdSchema.safeParse(situation);
  if (!id.success) return fail(`Unknown situation "${situation}".`);
  const view = tabId === undefined ? null : (await deps.tabs.recall(tabId))?.view;
  const local = view?.situations.find((s) => s.id === id.data);
  const accounts = view?.client ? await cache.get() : null;
  const client = view?.client ? accounts?.clientsById.get(view.client.id) : undefined;
  if (!view || !accounts || !client || !local) return fail('Open the thread again: Bridgekeeper has no suggestion for it right now.');
  const { settings } = await deps.store.getSettings();
  const key = await deps.secrets.getApiKey();
  const localAnswer = (notice: string): SuggestAnswer => ({ ok: true, source: 'local', notice, variants: local.variants });
  if (!key || !llmAllowedFor(settings.llm, client.id)) return localAnswer('The LLM is not switched on for this client: showing local suggestions.');
  const pattern = llmOriginPattern(settings.llm.baseUrl);
  if (!pattern || !(await deps.permissions.contains(pattern))) {
    return localAnswer(
      `Bridgekeeper may not reach ${pattern ? pattern.slice(0, -2) : settings.llm.baseUrl}: you have not allowed that site in the browser. Save the LLM settings in Options to allow it; meanwhile, showing local suggestions.`,
    );
  }
  const today = todayIn(deps.timeZone(), deps.now());
  const facts = llmFacts(client, accounts.commitmentsByClient.get(client.id) ?? [], view.participants, local.why, today);
  const request = buildLlmRequest({ situation: id.data, facts, ...(draft ? { draft } : {}), settings: settings.llm });
  const outcome = await requestSuggestions(llmConfigFrom(settings.llm, key), request, options);
  if (!outcome.ok) return localAnswer(outcome.notice);
  return {
    ok: true,
    source: 'llm',
    variants: outcome.variants.map((v) => ({
      variant: v.variant,
      ...(v.subject ? { subject: v.subject } : {}),
      text: v.text,
      segments: v.segments,
      gaps: v.gaps,
    })),
    ...(outcome.rewrite ? { rewrite: outcome.rewrite } : {}),
  };
}

export function llmHandlers(deps: ServiceDeps, cache: AccountCache): Pick<Handlers, 'llm/suggest'> {
  return {
    'llm/suggest': (request, sender) => suggestWithLlm(deps, cache, request, sender.tabId),
  };
}
