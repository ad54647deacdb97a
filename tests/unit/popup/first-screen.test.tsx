// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { drawFirstScreen } from '../../../components/popup/first-paint';
import { FIRST_ROWS, readFirstScreen, requestFirstScreen, type FirstScreen } from '../../../components/popup/first-screen';
import { PopupApp } from '../../../components/popup/PopupApp';
import { z } from 'zod';
import { PROTOCOL, failureSchema, type Messenger, type ResponseOf, type TriageCounts, type TriageRow } from '../../../utils/messaging';
import { createService } from '../../../utils/service';
import { fakeDeps } from '../service/fake-deps';
import { makeMeetingBook } from '../../support/factories';

/**
 * The popup's first screen is read by hand (zod's core alone cost the popup
 * more than the rest of its first paint) so the first rows paint before the
 * full protocol client loads. It must read what the protocol's own schema
 * reads, and refuse what it refuses.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Triage = Extract<ResponseOf<'status/triage'>, { ok: true }>;

async function triageOf(clients: number, limit?: number): Promise<Triage> {
  const world = await fakeDeps();
  const written = await world.store.putAccounts(makeMeetingBook(clients));
  if (!written.ok) throw new Error(written.error);
  const answer = await createService(world.deps).handlers['status/triage'](
    { type: 'status/triage', ...(limit === undefined ? {} : { limit }) },
    { kind: 'page' },
  );
  if (!answer.ok) throw new Error(answer.error);
  return answer;
}

describe('reading the first screen', () => {
  it('has the protocol’s row and counts, and reads every protocol answer as a first screen', () => {
    expectTypeOf<FirstScreen['rows'][number]>().toEqualTypeOf<TriageRow>();
    expectTypeOf<FirstScreen['counts']>().toEqualTypeOf<TriageCounts>();
    expectTypeOf<Triage>().toExtend<FirstScreen>();
  });

  it('reads the background’s answer as the protocol does', async () => {
    const answer = JSON.parse(JSON.stringify(await triageOf(40, FIRST_ROWS))) as unknown;
    const light = readFirstScreen(answer);
    const full = PROTOCOL['status/triage'].response.safeParse(answer);
    expect(full.success).toBe(true);
    expect(light?.ok).toBe(true);
    if (!light?.ok || !full.data?.ok) return;
    expect(light.rows).toEqual(full.data.rows);
    expect(light.rows).toHaveLength(FIRST_ROWS);
    expect({ ...light, rows: [] }).toEqual({
      ok: true,
      today: full.data.today,
      counts: full.data.counts,
      total: 40,
      rows: [],
      overdueCount: full.data.overdueCount,
      corrupt: full.data.corrupt,
    });
  });

  it.each([
    ['a row without a name', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], name: undefined }] })],
    ['a name that is not text', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], name: { toString: 'x' } }] })],
    ['a level it does not know', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], level: 'fine' }] })],
    ['a group it does not know', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], group: 'later' }] })],
    ['a flag that is not true or false', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], key: 'yes' }] })],
    ['a count that is not a whole number', (a: Triage) => ({ ...a, counts: { ...a.counts, deadline: 1.5 } })],
    ['a count missing', (a: Triage) => ({ ...a, counts: { ...a.counts, silence: undefined } })],
    ['domains that are not a list', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], domains: 'client.example' }] })],
    ['a domain that is not text', (a: Triage) => ({ ...a, rows: [{ ...a.rows[0], domains: [42] }] })],
    ['rows that are not a list', (a: Triage) => ({ ...a, rows: { 0: a.rows[0] } })],
    ['a corrupt record without its error', (a: Triage) => ({ ...a, corrupt: [{ store: 'clients', key: 'x' }] })],
    ['no total', (a: Triage) => ({ ...a, total: undefined })],
    ['no today', (a: Triage) => ({ ...a, today: 20260518 })],
    ['ok that is not true', (a: Triage) => ({ ...a, ok: 'true' })],
    ['a failure without its sentence', () => ({ ok: false })],
  ])('refuses %s, as the protocol does', async (_, spoil) => {
    const answer = JSON.parse(JSON.stringify(spoil(await triageOf(2)))) as unknown;
    expect(z.union([PROTOCOL['status/triage'].response, failureSchema]).safeParse(answer).success).toBe(false);
    expect(readFirstScreen(answer)).toBeNull();
  });

  it('keeps only the fields it shows: nothing the background did not mean for the first screen rides along', async () => {
    const answer = { ...(await triageOf(2)), extra: 'x', rows: [{ ...(await triageOf(1)).rows[0]!, extra: 'y' }] };
    const read = readFirstScreen(answer);
    expect(read && 'extra' in read).toBe(false);
    expect(read?.ok && 'extra' in read.rows[0]!).toBe(false);
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

  it('while the whole list is still coming, says a search with no match among the first rows is still looking', async () => {
    const first = await triageOf(40, FIRST_ROWS);
    const whole = await triageOf(40);
    let answer: (value: unknown) => void = () => undefined;
    const request = vi.fn(() => new Promise((resolve) => (answer = resolve))) as unknown as Messenger;
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root?.render(<PopupApp request={request} firstScreen={first} openOptions={() => undefined} />));
    const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    const type = (text: string) =>
      act(() => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(search, text);
        search.dispatchEvent(new Event('input', { bubbles: true }));
      });
    // Rows go by name (Client 0, Client 1, Client 10…): Client 8 is not among the first 30.
    type('Client 8');
    expect(container.querySelector('[data-testid="search-pending"]')?.textContent).toBe('Looking through all 40 clients…');
    expect(container.textContent).not.toContain('No client matches');
    await act(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
      answer(whole);
    });
    expect(container.querySelector('[data-testid="search-pending"]')).toBeNull();
    expect(Array.from(container.querySelectorAll('[data-testid="triage-row"]'), (row) => row.getAttribute('data-client-id'))).toEqual(['c-8']);
    type('nobody at all');
    expect(container.textContent).toContain('No client matches “nobody at all”.');
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

/** An element tree as tags, sorted attributes and text (adjacent text merged), so two ways of building it compare equal. */
function canonical(node: Node): unknown {
  if (node.nodeType === 3) return node.textContent;
  const element = node as Element;
  const children: unknown[] = [];
  for (const child of Array.from(element.childNodes)) {
    const value = canonical(child);
    if (typeof value === 'string' && typeof children.at(-1) === 'string') children[children.length - 1] += value;
    else if (value !== '') children.push(value);
  }
  const attributes = Array.from(element.attributes)
    .map((a) => `${a.name}=${a.value}`)
    .sort();
  return { tag: element.tagName.toLowerCase(), attributes, children };
}

describe('the first paint, before React', () => {
  let root: Root | null = null;
  afterEach(() => act(() => root?.unmount()));

  async function bothWays(first: FirstScreen) {
    const plain = document.createElement('div');
    drawFirstScreen(plain, first);
    const react = document.createElement('div');
    root = createRoot(react);
    act(() => root?.render(<PopupApp request={vi.fn() as unknown as Messenger} firstScreen={first} openOptions={() => undefined} />));
    return { plain, react };
  }

  it.each([
    ['a book of 40 clients in two groups', async () => triageOf(40, FIRST_ROWS)],
    ['stored records that could not be read', async () => ({ ...(await triageOf(3)), corrupt: [{ store: 'clients', key: 'x', error: 'bad' }] })],
    ['no client yet', async () => ({ ...(await triageOf(0)), total: 0 })],
  ])('draws what React renders for %s', async (_, answer) => {
    const first = (await answer()) as FirstScreen;
    const { plain, react } = await bothWays(first);
    expect(canonical(plain)).toEqual(canonical(react));
  });

  it('shows the rows at once, and a row clicked before React loads is the one the popup opens on', async () => {
    const first = await triageOf(40, FIRST_ROWS);
    const plain = document.createElement('div');
    const painted = drawFirstScreen(plain, first);
    const rows = plain.querySelectorAll<HTMLButtonElement>('[data-testid="triage-row"]');
    expect(rows.length).toBeGreaterThan(5);
    expect(painted.clicked()).toBeNull();
    rows[2]!.click();
    expect(painted.clicked()).toBe(rows[2]!.dataset.clientId);
  });

  it('carries what was typed in the search box before React loads, with the focus, into the React view', async () => {
    const first = await triageOf(40, FIRST_ROWS);
    const plain = document.createElement('div');
    document.body.append(plain);
    const painted = drawFirstScreen(plain, first);
    expect(painted.search()).toEqual({ query: '', focused: false });
    const box = plain.querySelector<HTMLInputElement>('input[type="search"]')!;
    box.focus();
    box.value = 'Client 2';
    const typed = painted.search();
    expect(typed).toEqual({ query: 'Client 2', focused: true });
    plain.remove();

    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() =>
      root?.render(
        <PopupApp
          request={vi.fn(() => new Promise(() => undefined)) as unknown as Messenger}
          firstScreen={first}
          search={typed}
          openOptions={() => undefined}
        />,
      ),
    );
    const reactBox = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(reactBox.value).toBe('Client 2');
    expect(document.activeElement).toBe(reactBox);
    const names = Array.from(container.querySelectorAll('[data-testid="triage-row"] .triage-row__name'), (n) => n.firstChild?.textContent);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name?.startsWith('Client 2'))).toBe(true);
  });

  it('writes mail text as text: a client named like markup stays a name', async () => {
    const first = await triageOf(1);
    const hostile = { ...first, rows: [{ ...first.rows[0]!, name: '<img src=x onerror=alert(1)>' }] };
    const plain = document.createElement('div');
    drawFirstScreen(plain, hostile);
    expect(plain.querySelector('img')).toBeNull();
    expect(plain.querySelector('.triage-row__name')?.firstChild?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
