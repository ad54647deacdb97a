import { z } from 'zod';
import { describeIssues } from '../model';
import { failureSchema } from './envelope';
import { PROTOCOL, type RequestOf, type RequestType, type ResponseOf } from './protocol';

export type Transport = (message: unknown) => Promise<unknown>;

type Payload<T extends RequestType> = Omit<RequestOf<T>, 'type'>;

/**
 * The typed side of the protocol for popup, options and content scripts. The
 * answer is parsed too: a context never trusts what another one sends.
 */
export function createMessenger(transport: Transport) {
  return async function request<T extends RequestType>(type: T, payload: Payload<T>): Promise<ResponseOf<T>> {
    let raw: unknown;
    try {
      raw = await transport({ ...payload, type });
    } catch (error) {
      return { ok: false, error: `Bridgekeeper's background did not answer: ${error instanceof Error ? error.message : String(error)}` };
    }
    const parsed = z.union([PROTOCOL[type].response, failureSchema]).safeParse(raw);
    if (!parsed.success) return { ok: false, error: `Unexpected answer to ${type}: ${describeIssues(parsed.error.issues)}` };
    return parsed.data as ResponseOf<T>;
  };
}

export type Messenger = ReturnType<typeof createMessenger>;
