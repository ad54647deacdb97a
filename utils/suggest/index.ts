export { firstNameOf, readState, type Person, type StateReading } from './reading';
export { renderSuggestions } from './render';
export {
  chooseSituations,
  type ChosenSituation,
  FINAL_NOTICE_AFTER_DAYS,
  SITUATION_IDS,
  SITUATION_TITLES,
  type SituationId,
  SituationIdSchema,
  WARNING_STAGES,
} from './situations';
export {
  HEAT_LEVEL_FLOORS,
  HEAT_LEVELS,
  type HeatLevel,
  levelOfHeat,
  type InboundMessage,
  type OutboundMessage,
  type SuggestState,
  type SuggestStateInput,
  SuggestStateSchema,
  type ThreadParticipant,
  ThreadParticipantSchema,
} from './state';
export { type Segment, segmentsOfText, type Variant, VariantSchema, type VariantStyle, VARIANT_STYLES } from './variant';
