import { readState } from './reading';
import type { SituationId } from './situations';
import { type SuggestState, SuggestStateSchema, type SuggestStateInput } from './state';
import { championBusinessCase } from './templates/champion-business-case';
import { deEscalate } from './templates/de-escalate';
import { earlyDeadlineWarning } from './templates/early-deadline-warning';
import { firmFinalNotice } from './templates/firm-final-notice';
import { protocolProposal } from './templates/protocol-proposal';
import { reconcile } from './templates/reconcile';
import { serviceHoldNotice } from './templates/service-hold-notice';
import { thankChampion } from './templates/thank-champion';
import { type Writer, writerFor } from './templates/writer';
import type { Variant } from './variant';

const TEMPLATES: Record<SituationId, (w: Writer) => Variant[]> = {
  'de-escalate': deEscalate,
  reconcile,
  'early-deadline-warning': earlyDeadlineWarning,
  'firm-final-notice': firmFinalNotice,
  'service-hold-notice': serviceHoldNotice,
  'protocol-proposal': protocolProposal,
  'champion-business-case': championBusinessCase,
  'thank-champion': thankChampion,
};

/**
 * The local wording for a situation, warm, neutral and brief, filled from
 * the state. Works for any situation, chosen or not; what the state lacks
 * stays a visible placeholder listed in `gaps`.
 */
export function renderSuggestions(input: SuggestState | SuggestStateInput, situationId: SituationId): Variant[] {
  const state = SuggestStateSchema.parse(input);
  return TEMPLATES[situationId](writerFor(readState(state)));
}
