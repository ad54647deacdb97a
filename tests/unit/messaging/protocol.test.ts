import { describe, expect, expectTypeOf, it } from 'vitest';
import { LLM_STREAM_PORT, LlmStreamEventSchema, LlmStreamStartSchema, PROTOCOL, type RequestOf, type RequestType } from '../../../utils/messaging';

describe('the protocol table', () => {
  it('spells each request type once, as its key: a misspelt type is a type error', () => {
    const clear: RequestOf<'thread/clear'> = { type: 'thread/clear', url: 'https://mail.google.com/mail/u/0/' };
    // @ts-expect-error 'thread/claer' is no request of the protocol (`npm run typecheck` fails if this line compiles)
    const misspelt: RequestOf<'thread/clear'> = { type: 'thread/claer', url: clear.url };
    expect(PROTOCOL['thread/clear'].request.safeParse(clear).success).toBe(true);
    expect(PROTOCOL['thread/clear'].request.safeParse(misspelt).success).toBe(false);
  });

  it('accepts a request only under its own type', () => {
    expect(PROTOCOL['deadline/confirm'].request.safeParse({ type: 'deadline/confirm', suggestionId: 's1' }).success).toBe(true);
    expect(PROTOCOL['deadline/confirm'].request.safeParse({ type: 'deadline/dismiss', suggestionId: 's1' }).success).toBe(false);
  });

  it('holds the LLM stream port: a content script’s start request, then deltas and the llm/suggest answer', () => {
    expect(PROTOCOL['llm/stream'].from).toEqual(['content']);
    expect(LLM_STREAM_PORT).toBe('bridgekeeper:llm-stream');
    expect(LlmStreamStartSchema.safeParse({ type: 'llm/stream', situation: 'de-escalate', draft: 'Hi' }).success).toBe(true);
    expect(LlmStreamStartSchema.safeParse({ type: 'llm/suggest', situation: 'de-escalate' }).success).toBe(false);
    expect(LlmStreamStartSchema.safeParse({ type: 'llm/stream', situation: 'de-escalate', tabId: 3 }).success).toBe(false);
    expect(LlmStreamEventSchema.safeParse({ type: 'delta', text: 'Dear' }).success).toBe(true);
    const answer = { ok: true, source: 'local', notice: 'offline', variants: [] };
    expect(LlmStreamEventSchema.parse({ type: 'done', answer })).toEqual({ type: 'done', answer });
    expect(LlmStreamEventSchema.safeParse({ type: 'done', answer: { ok: true, source: 'oracle', variants: [] } }).success).toBe(false);
  });

  it('keeps the port out of the requests runtime.sendMessage carries', () => {
    expectTypeOf<'llm/stream'>().not.toExtend<RequestType>();
    expectTypeOf<'llm/suggest'>().toExtend<RequestType>();
  });
});
