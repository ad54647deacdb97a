import type { LlmSettings } from '../model/settings';
import { demoSuggestStates } from '../sample/demo-states';
import { factsForLlm } from './facts';
import { buildLlmRequest } from './request';

/** The demo's harsh "final notice" draft, with an address and a number so redaction shows. */
export const EXAMPLE_DRAFT = `Maria,

This is the fourth time I am asking for the signed agreement. Frankly, I don't understand what is taking your legal team so long.

If it is not signed by Friday, we will have to hold all services from 15 May. No exceptions. Call me on +1 (617) 555-0142 or write to sam.carter@northwind-analytics.example.

Sam`;

/**
 * What would be sent for the demo's Acme Retail thread with these settings,
 * for the options page to show before the user switches the LLM on.
 */
export function exampleLlmPreview(settings: Pick<LlmSettings, 'model' | 'redact'>, now: Date): string {
  const [acme] = demoSuggestStates(now);
  if (!acme) return '';
  return buildLlmRequest({ situation: 'firm-final-notice', facts: factsForLlm(acme), draft: EXAMPLE_DRAFT, settings }).preview;
}
