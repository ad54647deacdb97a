import { todayIn } from '../dates';
import { buildLlmRequest } from '../llm';
import type { Client, Commitment, Contact, LlmSettings } from '../model';
import { demoData } from '../sample/demo-data';
import { chooseSituations, renderSuggestions, SITUATION_IDS, SITUATION_TITLES, SuggestStateSchema, type SituationId } from '../suggest';
import { llmFacts } from './llm';

export interface LlmPreviewBook {
  clients: readonly Client[];
  contacts: readonly Contact[];
  commitments: readonly Commitment[];
}

export interface LlmPreview {
  client: string;
  /** The book was empty: the preview is of the sample data. */
  sample: boolean;
  situation: SituationId;
  /** The request body exactly as the background would send it, as JSON. */
  body: string;
}

/**
 * What the background would send the LLM for one of the user's clients, with
 * these settings, before the user switches it on: the facts come from the
 * same `llmFacts` the background uses (no thread is open here, so no one is
 * "on the thread"), the situation is the client's first local one, and the
 * draft is that situation's first local variant, as if the compose box held
 * it. A client the settings send for comes first. Only when the book has no
 * client at all is the sample data shown.
 */
export function llmRequestPreview(book: LlmPreviewBook, llm: LlmSettings, now: Date, timeZone: string): LlmPreview | null {
  const sample = book.clients.length === 0;
  const data = sample ? demoData(now, timeZone) : book;
  const today = todayIn(timeZone, now);
  // Whether or not sending is switched on yet: the preview is for deciding that.
  const sentFor = (client: Client) => llm.allClients || llm.clientIds.includes(client.id);
  const candidates = [...data.clients].sort((a, b) => Number(sentFor(b)) - Number(sentFor(a)) || a.name.localeCompare(b.name));
  const states = candidates.map((client) =>
    SuggestStateSchema.parse({
      today,
      client,
      contacts: data.contacts.filter((c) => c.clientId === client.id),
      commitments: data.commitments.filter((c) => c.clientId === client.id),
    }),
  );
  const withSituation = states.map((state) => ({ state, chosen: chooseSituations(state)[0] })).find((s) => s.chosen);
  const state = withSituation?.state ?? states[0];
  if (!state) return null;
  const situation = withSituation?.chosen?.id ?? SITUATION_IDS[0];
  const why = withSituation?.chosen?.why ?? SITUATION_TITLES[situation];
  const draft = renderSuggestions(state, situation)[0]?.text;
  const facts = llmFacts(state.client, state.commitments, [], why, today);
  const request = buildLlmRequest({ situation, facts, ...(draft ? { draft } : {}), settings: llm });
  return { client: state.client.name, sample, situation, body: request.preview };
}
