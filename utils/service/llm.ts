import { buildLlmRequest, llmAllowedFor, llmConfigFrom, requestSuggestions } from '../llm';
import { fail, type Handlers, type ThreadView } from '../messaging';
import { SituationIdSchema } from '../suggest';
import type { ServiceDeps } from './deps';

/** What the model may know of the thread's client: the same facts the sidebar shows, nothing more. */
export function factsFromView(view: ThreadView, why: string): string[] {
  const client = view.client;
  if (!client) return [];
  const facts = [`Client: ${client.name} (${client.tier} client, ${client.status})`, `Why this situation: ${why}`];
  for (const rule of client.protocols) facts.push(`Agreed protocol: ${rule}`);
  if (client.facts?.outcomes) facts.push(`Outcomes: ${client.facts.outcomes}`);
  if (client.facts?.usage) facts.push(`Usage: ${client.facts.usage}`);
  if (client.facts?.switchingCost) facts.push(`Cost of switching: ${client.facts.switchingCost}`);
  for (const c of view.commitments) facts.push(`Open commitment: ${c.commitment.title}: ${c.description}`);
  for (const p of view.participants) if (p.role) facts.push(`On the thread: ${p.name || p.email} (${p.role}${p.newInRole ? ', new in role' : ''})`);
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
 * variants with a notice when the LLM is off for the client, fails or is
 * cancelled. The reply is data only: validated variants, never an action.
 */
export async function suggestWithLlm(
  deps: ServiceDeps,
  { situation, draft }: { situation: string; draft?: string | undefined },
  tabId: number | undefined,
  options: StreamOptions = {},
): Promise<SuggestAnswer> {
  const id = SituationIdSchema.safeParse(situation);
  if (!id.success) return fail(`Unknown situation "${situation}".`);
  const view = tabId === undefined ? null : await deps.tabs.recall(tabId);
  const local = view?.situations.find((s) => s.id === id.data);
  if (!view?.client || !local) return fail('Open the thread again: Bridgekeeper has no suggestion for it right now.');
  const { settings } = await deps.store.getSettings();
  const key = await deps.secrets.getApiKey();
  if (!key || !llmAllowedFor(settings.llm, view.client.id)) {
    return { ok: true, source: 'local', notice: 'The LLM is not switched on for this client: showing local suggestions.', variants: local.variants };
  }
  const request = buildLlmRequest({ situation: id.data, facts: factsFromView(view, local.why), ...(draft ? { draft } : {}), settings: settings.llm });
  const outcome = await requestSuggestions(llmConfigFrom(settings.llm, key), request, options);
  if (!outcome.ok) return { ok: true, source: 'local', notice: outcome.notice, variants: local.variants };
  return {
    ok: true,
    source: 'llm',
    variants: outcome.variants.map((v) => ({ variant: v.variant, ...(v.subject ? { subject: v.subject } : {}), text: v.text, segments: v.segments, gaps: v.gaps })),
    ...(outcome.rewrite ? { rewrite: outcome.rewrite } : {}),
  };
}

export function llmHandlers(deps: ServiceDeps): Pick<Handlers, 'llm/suggest'> {
  return {
    'llm/suggest': (request, sender) => suggestWithLlm(deps, request, sender.tabId),
  };
}
