// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { FIRST_ROWS, FirstScreenSchema, requestFirstScreen, type FirstScreen } from '../../../components/popup/first-screen';
import { PopupApp } from '../../../components/popup/PopupApp';
import { PROTOCOL, type Messenger, type ResponseOf, type TriageCounts, type TriageRow } from '../../../utils/messaging';
import { createService } from '../../../utils/service';
import { fakeDeps } from '../service/fake-deps';
import { makeClient, makeCommitment } from '../../support/factories';

/**
 * The popup's first screen is read with a light schema (zod/mini) so the
 * first rows paint before the full protocol client loads. It must read what
 * the protocol's own schema reads, and refuse what it refuses.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Triage = Extract<ResponseOf<'status/triage'>, { ok: true }>;

async function triageOf(clients: number, limit?: number): Promise<Triage> {
  const world = await fakeDeps();
  const book = Array.from({ length: clients }, (_, i) => makeClient({ id: `c-${i}`, name: `Client ${i}`, domains: [`client-${i}.example`] }));
  const written = await world.store.putAccounts({
    clients: book,
    contacts: [],
    commitments: book.map((c, i) =>
      makeCommitment({ id: `m-${i}`, clientId: c.id, kind: 'meeting', title: `Call ${i}`, sentAt: undefined, dueAt: '2026-05-26' }),
    ),
  });
  if (!written.ok) throw new Error(written.error);
  const answer = await createService(world.deps).handlers['status/triage'](
    { type: 'status/triage', ...(limit === undefined ? {} : { limit }) },
    { kind: 'page' },
  );
  if (!answer.ok) throw new Error(answer.error);
  return answer;
}

describe('the first screen’s schema', () => {
  it('has the protocol’s row and counts, and reads every protocol answer as a first screen', () => {
    expectTypeOf<FirstScreen['rows'][number]>().toEqualTypeOf<TriageRow>();
    expectTypeOf<FirstScreen['counts']>().toEqualTypeOf<TriageCounts>();
    expectTypeOf<Triage>().toExtend<FirstScreen>();
  });

  it('reads the background’s answer as the protocol does', async () => {
    const answer = JSON.parse(JSON.stringify(await triageOf(40, FIRST_ROWS))) as unknown;
    const light = FirstScreenSchema.safeParse(answer);
    const full = PROTOCOL['status/triage'].response.safeParse(answer);
    expect(light.success && full.success).toBe(true);
    expect(light.data?.rows).toEqual(full.data?.ok && full.data.rows);
    expect(light.data?.rows).toHaveLength(FIRST_ROWS);
    expect(light.data?.total).toBe(40);
  });

  it.each([
    ['a row without a name', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], name: undefined }] })],
    ['a level it does not know', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], level: 'fine' }] })],
    ['a group it does not know', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], group: 'later' }] })],
    ['a count that is not a whole number', (a: Triage) => ({ ...a, counts: { ...a.counts, deadline: 1.5 } })],
    ['domains that are not a list', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], domains: 'client.example' }] })],
    ['no total', (a: Triage) => ({ ...a, total: undefined })],
  ])('refuses %s, as the protocol does', async (_, spoil) => {
    const answer = JSON.parse(JSON.stringify(spoil(await triageOf(2)))) as unknown;
    expect(PROTOCOL['status/triage'].response.safeParse(answer).success).toBe(false);
    expect(FirstScreenSchema.safeParse(answer).success).toBe(false);
  });
});

describe('requestFirstScreen', () => {
  it('asks for the first rows only, with no tab (the active thread comes with the full list)', async () => {
    const transport = vi.fn(async () => triageOf(3));
    const answer = await requestFirstScreen(transport);
    expect(transport).toHaveBeenCalledWith({ type: 'status/triage', limit: FIRST_ROWS });
    expect(answer.ok && answer.rows).toHaveLength(3);
  });

  it('says so in a sentence when the background does not answer, or answers something else', async () => {
    await expect(requestFirstScreen(async () => Promise.reject(new Error('Receiving end does not exist.')))).resolves.toEqual({
      ok: false,
      error: "Bridgekeeper's background did not answer: Receiving end does not exist.",
    });
    await expect(requestFirstScreen(async () => ({ ok: true, rows: 'many' }))).resolves.toEqual({ ok: false, error: 'Unexpected answer to status/triage.' });
    await expect(requestFirstScreen(async () => ({ ok: false, error: 'Too many requests from this tab' }))).resolves.toEqual({
      ok: false,
      error: 'Too many requests from this tab',
    });
  });
});

describe('PopupApp', () => {
  let root: Root | null = null;
  afterEach(() => act(() => root?.unmount()));

  it('shows the first rows in its first render, and asks the full client for the whole list and the thread only after that paint', async () => {
    const first = await triageOf(40, FIRST_ROWS);
    const whole = await triageOf(40);
    const request = vi.fn(async () => whole) as unknown as Messenger & ReturnType<typeof vi.fn>;
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root?.render(<PopupApp request={request} firstScreen={first} tabId={7} openOptions={() => undefined} />));

    expect(container.querySelectorAll('[data-testid="triage-row"]').length).toBeGreaterThan(0);
    expect(container.querySelector('[data-testid="triage-list"]')?.getAttribute('data-rows')).toBe(String(FIRST_ROWS));
    expect(request).not.toHaveBeenCalled();

    await act(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    });
    expect(request).toHaveBeenCalledWith('status/triage', { tabId: 7 });
    expect(container.querySelector('[data-testid="triage-list"]')?.getAttribute('data-rows')).toBe('40');
  });

  it('says what went wrong when the first screen could not be read', () => {
    const container = document.createElement('div');
    root = createRoot(container);
    const request = vi.fn() as unknown as Messenger;
    act(() =>
      root?.render(<PopupApp request={request} firstScreen={{ ok: false, error: 'Unexpected answer to status/triage.' }} openOptions={() => undefined} />),
    );
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Could not load account status: Unexpected answer to status/triage.');
  });
});
