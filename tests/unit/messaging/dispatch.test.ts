import { EmailSchema } from '../../../utils/model';
import { describe, expect, it, vi } from 'vitest';
import { createMessenger, dispatch, type Handlers, type SenderInfo } from '../../../utils/messaging';
import { makeClient } from '../../support/factories';

const page: SenderInfo = { kind: 'page' };
const content: SenderInfo = { kind: 'content', tabId: 7, url: 'https://mail.google.com/mail/u/0/' };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async () => ({ ok: false as const, error: 'not in this test' });
  return new Proxy(overrides as Handlers, { get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? unused });
}

describe('dispatch', () => {
  it('answers a valid request with the handler’s validated response', async () => {
    const h = handlers({ 'client/delete': async () => ({ ok: true }) });
    await expect(dispatch(h, { type: 'client/delete', id: 'client-acme' }, page)).resolves.toEqual({ ok: true });
  });

  it.each([
    ['an unknown type', { type: 'db/drop' }, /Unknown request/],
    ['no type at all', { id: 'x' }, /Unknown request/],
    ['a type named like an Object method', { type: 'toString' }, /Unknown request/],
    ['a type named constructor', { type: 'constructor' }, /Unknown request/],
    ['a type named __proto__', JSON.parse('{"type":"__proto__"}'), /Unknown request/],
    ['a type named hasOwnProperty', { type: 'hasOwnProperty' }, /Unknown request/],
    ['a wrong field type', { type: 'client/delete', id: 42 }, /Invalid client\/delete request: id/],
    ['an extra field', { type: 'client/delete', id: 'a', cascade: true }, /Invalid client\/delete request/],
    ['not an object', 'client/delete', /Unknown request/],
    ['a port’s request sent as a message', { type: 'llm/stream', situation: 'de-escalate' }, /Unknown request/],
  ])('rejects %s, logs it and does not call the handler', async (_label, message, error) => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const log = { warn: vi.fn() };
    const answer = await dispatch(handlers({ 'client/delete': handler }), message, page, log);
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(handler).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it('refuses page-only requests from a content script', async () => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const answer = await dispatch(handlers({ 'llm/key/set': handler }), { type: 'llm/key/set', apiKey: 'sk-x' }, content, { warn: vi.fn() });
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('may not') });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error value', async () => {
    const h = handlers({
      'client/delete': async () => {
        throw new Error('disk full');
      },
    });
    await expect(dispatch(h, { type: 'client/delete', id: 'a' }, page, { warn: vi.fn() })).resolves.toEqual({
      ok: false,
      error: 'client/delete failed: disk full',
    });
  });

  it('describes a schema failure in words, never as raw zod output', async () => {
    const h = handlers({
      'client/delete': async () => {
        EmailSchema.parse('x@ａｃｍｅ.com');
        return { ok: true };
      },
    });
    const answer = (await dispatch(h, { type: 'client/delete', id: 'a' }, page, { warn: vi.fn() })) as { ok: false; error: string };
    expect(answer.error).toMatch(/^client\/delete failed: a record did not fit \(must be an email address/);
    expect(answer.error).not.toMatch(/"origin"|"code"|\[\s*\{/);
  });

  it('does not let a handler answer outside the protocol', async () => {
    const h = handlers({ 'client/save': async () => ({ ok: true, client: { name: 'no id' } }) as never });
    await expect(dispatch(h, { type: 'client/save', client: {} }, page, { warn: vi.fn() })).resolves.toEqual({
      ok: false,
      error: 'Internal error answering client/save.',
    });
  });
});

describe('createMessenger', () => {
  it('sends the typed request and parses the answer', async () => {
    const transport = vi.fn(async () => ({ ok: true, client: makeClient() }));
    const request = createMessenger(transport);
    await expect(request('client/save', { client: makeClient() })).resolves.toEqual({ ok: true, client: makeClient() });
    expect(transport).toHaveBeenCalledWith({ type: 'client/save', client: makeClient() });
  });

  it('turns a missing background into an error value', async () => {
    const request = createMessenger(async () => {
      throw new Error('Could not establish connection');
    });
    await expect(request('accounts/load', {})).resolves.toEqual({ ok: false, error: expect.stringContaining('did not answer') });
  });

  it('rejects an answer that does not match the protocol', async () => {
    const request = createMessenger(async () => ({ ok: true, clients: 'all of them' }));
    await expect(request('accounts/load', {})).resolves.toMatchObject({ ok: false });
  });
});
