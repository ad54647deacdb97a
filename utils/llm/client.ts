import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { LlmSettings } from '../model/settings';
import type { Variant } from '../suggest/variant';
import { type LlmRewrite, readReply } from './reply';
import type { LlmRequest } from './request';

/** Where and how to ask: from LlmSettings and the API key kept apart in storage. */
export interface LlmClientConfig {
  baseURL: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
}

export const LLM_FAILURE_REASONS = ['timeout', 'unauthorized', 'rate-limited', 'server', 'malformed', 'refused', 'network', 'cancelled'] as const;
export type LlmFailureReason = (typeof LLM_FAILURE_REASONS)[number];

export type LlmOutcome =
  { ok: true; variants: Variant[]; rewrite?: LlmRewrite } | { ok: false; reason: LlmFailureReason; notice: string; retryAfterSeconds?: number };

export interface LlmCallOptions {
  signal?: AbortSignal;
  /** The answer so far, each time a piece arrives. */
  onDelta?: (textSoFar: string) => void;
}

/** A rate limit shorter than this is waited out once; a longer one is reported. */
export const MAX_RETRY_WAIT_SECONDS = 10;

const FALLBACK = 'showing local suggestions.';

export function llmConfigFrom(settings: Pick<LlmSettings, 'baseUrl' | 'model' | 'timeoutMs'>, apiKey: string): LlmClientConfig {
  return { baseURL: settings.baseUrl, apiKey, model: settings.model, timeoutMs: settings.timeoutMs };
}

/** The user allows sending for this client. */
export function llmAllowedFor(settings: Pick<LlmSettings, 'enabled' | 'allClients' | 'clientIds'>, clientId: string): boolean {
  return settings.enabled && (settings.allClients || settings.clientIds.includes(clientId));
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function failure(reason: LlmFailureReason, notice: string, retryAfterSeconds?: number): LlmOutcome {
  return { ok: false, reason, notice, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
}

/**
 * Seconds to wait from the response headers: `retry-after-ms`, then
 * `retry-after` as seconds or as an HTTP date read against the server's own
 * `date` header (no local clock involved).
 */
export function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return Math.ceil(ms / 1000);
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const asSeconds = Number(value);
  if (Number.isFinite(asSeconds) && asSeconds >= 0) return Math.ceil(asSeconds);
  const at = Date.parse(value);
  const serverNow = Date.parse(headers.get('date') ?? '');
  if (Number.isNaN(at) || Number.isNaN(serverNow)) return undefined;
  return Math.max(0, Math.ceil((at - serverNow) / 1000));
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

type Attempt = { outcome: LlmOutcome; waitSeconds?: number };

function classify(error: unknown, config: LlmClientConfig): Attempt {
  if (error instanceof APIUserAbortError) return { outcome: failure('cancelled', 'The suggestion request was cancelled.') };
  if (error instanceof APIConnectionTimeoutError) {
    return { outcome: failure('timeout', `The LLM did not answer in ${seconds(config.timeoutMs)} s; ${FALLBACK}`) };
  }
  if (error instanceof APIConnectionError) {
    return { outcome: failure('network', `Could not reach the LLM server at ${hostOf(config.baseURL)}; ${FALLBACK}`) };
  }
  if (error instanceof APIError) {
    const status = error.status;
    if (status === 401 || status === 403) {
      return { outcome: failure('unauthorized', `The LLM server refused the API key (${status}); check it in Options. Meanwhile, ${FALLBACK}`) };
    }
    if (status === 429) {
      const wait = retryAfterSeconds(error.headers);
      const when = wait !== undefined ? `try again in ${wait} s` : 'try again in a moment';
      return {
        outcome: failure('rate-limited', `The LLM server is busy (rate limit); ${when}. Meanwhile, ${FALLBACK}`, wait),
        ...(wait !== undefined ? { waitSeconds: wait } : {}),
      };
    }
    const code = status === undefined ? 'an error in its answer' : `error ${status}`;
    return { outcome: failure('server', `The LLM server answered with ${code}; ${FALLBACK}`) };
  }
  // The SDK throws a SyntaxError when a streamed chunk is not JSON.
  if (error instanceof SyntaxError) return { outcome: failure('malformed', `The LLM's answer could not be read; ${FALLBACK}`) };
  return { outcome: failure('network', `Could not reach the LLM server at ${hostOf(config.baseURL)}; ${FALLBACK}`) };
}

async function attempt(client: OpenAI, config: LlmClientConfig, request: LlmRequest, options: LlmCallOptions): Promise<Attempt> {
  const { signal, onDelta } = options;
  const controller = new AbortController();
  let timedOut = false;
  // The SDK's own timeout stops at the response headers; this one also covers a stream that stalls.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) controller.abort();
  const interrupted = (): Attempt | undefined => {
    if (timedOut) return { outcome: failure('timeout', `The LLM did not answer in ${seconds(config.timeoutMs)} s; ${FALLBACK}`) };
    if (signal?.aborted) return { outcome: failure('cancelled', 'The suggestion request was cancelled.') };
    return undefined;
  };

  try {
    const stream = await client.chat.completions.create({ ...request.body, model: config.model }, { signal: controller.signal });
    let content = '';
    let refusal = '';
    let finish: string | null = null;
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (!choice) continue;
      if (choice.delta?.content) {
        content += choice.delta.content;
        onDelta?.(content);
      }
      if (choice.delta?.refusal) refusal += choice.delta.refusal;
      if (choice.finish_reason) finish = choice.finish_reason;
    }
    // An abort ends the SDK's stream quietly: tell a timeout and a cancel from a finished answer.
    const stopped = interrupted();
    if (stopped) return stopped;
    if (refusal || finish === 'content_filter') return { outcome: failure('refused', `The LLM declined to write this; ${FALLBACK}`) };
    if (finish === 'length') return { outcome: failure('malformed', `The LLM's answer was cut off before it was complete; ${FALLBACK}`) };
    const reply = readReply(content, request.situation, request.replacements);
    if (reply.kind === 'refused') return { outcome: failure('refused', `The LLM declined to write this; ${FALLBACK}`) };
    if (reply.kind === 'malformed') return { outcome: failure('malformed', `The LLM's answer was not in the expected format (${reply.detail}); ${FALLBACK}`) };
    return { outcome: { ok: true, variants: reply.variants, ...(reply.rewrite ? { rewrite: reply.rewrite } : {}) } };
  } catch (error) {
    return interrupted() ?? classify(error, config);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Asks an OpenAI-compatible server for wording, streaming. Whatever comes
 * back is only data: validated variants and a rewrite as strings, or a
 * failure with a sentence for the user. No tools, no actions.
 */
export async function requestSuggestions(config: LlmClientConfig, request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmOutcome> {
  const client = new OpenAI({
    baseURL: config.baseURL,
    apiKey: config.apiKey,
    timeout: config.timeoutMs,
    // Retries are ours: only a rate limit is retried, once, and only after the wait the server asks for.
    maxRetries: 0,
    // A service worker looks like a browser to the SDK; the key is the user's own, kept in their profile.
    dangerouslyAllowBrowser: true,
  });
  const first = await attempt(client, config, request, options);
  if (first.outcome.ok || first.outcome.reason !== 'rate-limited' || first.waitSeconds === undefined || first.waitSeconds > MAX_RETRY_WAIT_SECONDS) {
    return first.outcome;
  }
  if (!(await pause(first.waitSeconds * 1000, options.signal))) return failure('cancelled', 'The suggestion request was cancelled.');
  return (await attempt(client, config, request, options)).outcome;
}
