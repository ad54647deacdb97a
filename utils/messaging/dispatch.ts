import { z } from 'zod';
import { describeIssues } from '../model';
import { fail, failureSchema } from './envelope';
import { isRequestType, PROTOCOL, type RequestOf, type RequestType, type ResponseOf, type SenderKind } from './protocol';

export interface SenderInfo {
  kind: SenderKind;
  tabId?: number;
  url?: string;
}

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>>;
};

export interface DispatchLog {
  warn(message: string, detail?: unknown): void;
}

const envelope = z.object({ type: z.string().max(64) }).loose();

/**
 * Validates an incoming message against the protocol, checks the sender may
 * send it, runs the handler and validates what goes back. Never throws: every
 * failure becomes `{ ok: false, error }` and a log line.
 */
export async function dispatch(handlers: Handlers, raw: unknown, sender: SenderInfo, log: DispatchLog = console): Promise<unknown> {
  const head = envelope.safeParse(raw);
  // A port's request (llm/stream) is no message: it is as unknown here as `toString`.
  if (!head.success || !isRequestType(head.data.type)) {
    log.warn('Bridgekeeper: rejected a message of unknown type', raw);
    return fail('Unknown request.');
  }
  const type = head.data.type;
  const entry = PROTOCOL[type];
  if (!(entry.from as readonly SenderKind[]).includes(sender.kind)) {
    log.warn(`Bridgekeeper: ${sender.kind} may not send ${type}`);
    return fail(`This page may not ask for ${type}.`);
  }
  const request = entry.request.safeParse(raw);
  if (!request.success) {
    log.warn(`Bridgekeeper: rejected ${type}: ${describeIssues(request.error.issues)}`);
    return fail(`Invalid ${type} request: ${describeIssues(request.error.issues)}`);
  }
  try {
    const handler = handlers[type] as (request: unknown, sender: SenderInfo) => Promise<unknown>;
    const response = await handler(request.data, sender);
    const checked = z.union([entry.response, failureSchema]).safeParse(response);
    if (!checked.success) {
      log.warn(`Bridgekeeper: the answer to ${type} did not match the protocol: ${describeIssues(checked.error.issues)}`);
      return fail(`Internal error answering ${type}.`);
    }
    return checked.data;
  } catch (error) {
    log.warn(`Bridgekeeper: ${type} failed`, error);
    // A record that does not fit its schema is described in words, never as zod's raw JSON.
    const reason =
      error instanceof z.ZodError ? `a record did not fit (${describeIssues(error.issues)})` : error instanceof Error ? error.message : String(error);
    return fail(`${type} failed: ${reason}`);
  }
}
