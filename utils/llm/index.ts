export {
  LLM_FAILURE_REASONS,
  type LlmCallOptions,
  type LlmClientConfig,
  type LlmFailureReason,
  type LlmOutcome,
  llmAllowedFor,
  llmConfigFrom,
  MAX_RETRY_WAIT_SECONDS,
  requestSuggestions,
  retryAfterSeconds,
} from './client';
export { type RedactOptions, type Replacement, redact, Redactor, restore } from './redact';
export { LlmReplySchema, type LlmRewrite, readReply } from './reply';
export { buildLlmRequest, type ChatMessage, type ChatRequestBody, type LlmRequest, type LlmRequestInput, SYSTEM_PROMPT } from './request';
export { type LlmSettingChange, llmOriginPattern, llmSettingChanges } from './permission';
