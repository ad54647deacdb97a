// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadDeferredModules, startFirstScreen, type FirstScreenSources } from '../../../components/popup/first-load';
import { AFTER_FIRST_PAINT } from '../../../components/popup/first-paint-template';
import { createService, FIRST_ROWS, type FirstScreenMirror } from '../../../utils/service';
import { fakeDeps } from '../service/fake-deps';
import { makeMeetingBook } from '../../support/factories';

/**
 * The popup's first script paints from the background's copy of the first
 * screen when it holds for today, and asks the background otherwise.
 */

// fakeDeps' clock: 2026-05-18 14:24 UTC, 10:24 in New York.
const SAME_DAY = new Date('2026-05-18T20:00:00Z');
const NEXT_DAY = new Date('2026-05-19T04:30:00Z');

async function mirrorOf(clients: number): Promise<FirstScreenMirror> {
  const world = await fakeDeps();
  const written = await world.store.putAccounts(makeMeetingBook(clients));
  if (!written.ok) throw new Error(written.error);
  const answer = await createService(world.deps).handlers['status/triage']({ type: 'status/triage', limit: FIRST_ROWS }, { kind: 'page' });
  if (!answer.ok) throw new Error(answer.error);
  const { hasSampleData: _sample, activeThread: _thread, ...screen } = answer;
  return { timeZone: 'America/New_York', screen };
}

function sources(mirror: unknown, now: Date, answer: unknown = { ok: false, error: 'not asked' }) {
  const send = vi.fn(async () => answer);
  const given: FirstScreenSources = { readMirror: async () => mirror, send, now: () => now };
  return { given, send };
}

const rowNames = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-testid="triage-row"] .triage-row__name'), (n) => n.firstChild?.textContent);

describe('the popup’s first screen', () => {
  it('is drawn from the background’s copy when it holds for today, without asking the worker', async () => {
    const mirror = await mirrorOf(12);
    const { given, send } = sources(mirror, SAME_DAY);
    const root = document.createElement('div');
    const start = startFirstScreen(root, given, { draw: true });
    expect(await start.first).toEqual(mirror.screen);
    expect(await start.painted).not.toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(rowNames(root)).toContain('Client 0');
    await start.shown;
  });

  it.each([
    ['a copy from yesterday (the day turned in the user’s zone)', async () => mirrorOf(2), NEXT_DAY],
    ['no copy (a write took it away)', async () => undefined, SAME_DAY],
    ['a copy in a zone this browser does not know', async () => ({ ...(await mirrorOf(2)), timeZone: 'Mars/Olympus_Mons' }), SAME_DAY],
    ['something else under its key', async () => ({ timeZone: 'America/New_York', screen: { ok: true, rows: 'many' } }), SAME_DAY],
  ])('asks the background instead of using %s', async (_, mirror, now) => {
    const fresh = (await mirrorOf(3)).screen;
    const { given, send } = sources(await mirror(), now, { ...fresh, hasSampleData: false, activeThread: null });
    const root = document.createElement('div');
    const start = startFirstScreen(root, given, { draw: true });
    expect(await start.first).toEqual(fresh);
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'status/triage', limit: FIRST_ROWS });
    await start.painted;
    expect(rowNames(root)).toEqual(['Client 0', 'Client 1', 'Client 2']);
  });

  it('asks the background when session storage cannot be read', async () => {
    const fresh = (await mirrorOf(1)).screen;
    const send = vi.fn(async () => fresh);
    const start = startFirstScreen(
      null,
      { readMirror: async () => Promise.reject(new Error('no session storage')), send, now: () => SAME_DAY },
      { draw: false },
    );
    expect(await start.first).toEqual(fresh);
    expect(send).toHaveBeenCalledOnce();
  });

  it('draws nothing when the popup opens on one client’s card, and is shown at once', async () => {
    const { given } = sources(await mirrorOf(4), SAME_DAY);
    const root = document.createElement('div');
    root.textContent = 'Loading…';
    const start = startFirstScreen(root, given, { draw: false });
    expect(await start.painted).toBeNull();
    await start.shown;
    expect(root.textContent).toBe('Loading…');
  });

  it('shows a failure as React will, drawing nothing', async () => {
    const { given } = sources(undefined, SAME_DAY, { ok: false, error: 'Bridgekeeper could not open its data' });
    const root = document.createElement('div');
    const start = startFirstScreen(root, given, { draw: true });
    expect(await start.first).toEqual({ ok: false, error: 'Bridgekeeper could not open its data' });
    expect(await start.painted).toBeNull();
  });
});

describe('loading the popup’s module after the first screen', () => {
  it('moves the module tags the build set aside into the page, where they load, once', async () => {
    // happy-dom reads no files: it reports each script it would load as loaded.
    (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings.handleDisabledFileLoadingAsSuccess =
      true;
    document.body.innerHTML = `<template id="${AFTER_FIRST_PAINT}"><link rel="modulepreload" href="/chunks/words.js"><script type="module" src="/chunks/popup.js"></script></template><div id="root"></div>`;
    const loaded = new Promise<string>((resolve) =>
      document.head.addEventListener('load', (event) => resolve((event.target as HTMLScriptElement).src), { capture: true }),
    );
    loadDeferredModules(document);
    expect(document.getElementById(AFTER_FIRST_PAINT)).toBeNull();
    expect(document.head.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/chunks/popup.js');
    // A tag left in the template, or copied as markup, would never load.
    expect(await loaded).toMatch(/\/chunks\/popup\.js$/);
    expect(document.head.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).toBe('/chunks/words.js');
    loadDeferredModules(document);
    expect(document.head.querySelectorAll('script[type="module"]')).toHaveLength(1);
  });
});
