import { describe, expect, it } from 'vitest';
import { runFeatures, type PageFeature } from '../../../utils/page/features';

/** A feature that records its start and its teardown on a shared log. */
function recording(name: string, log: string[], start?: () => void | Promise<void>): PageFeature<string> {
  return {
    name,
    async init(page, signal) {
      log.push(`${name} starts on ${page}`);
      signal.addEventListener('abort', () => log.push(`${name} torn down`));
      await start?.();
    },
  };
}

describe('runFeatures', () => {
  it('starts every feature in list order and tears each down when the page goes', async () => {
    const log: string[] = [];
    const page = new AbortController();
    await runFeatures([recording('sidebar', log), recording('send-guard', log)], 'gmail', page.signal, () => undefined);
    expect(log).toEqual(['sidebar starts on gmail', 'send-guard starts on gmail']);
    page.abort();
    expect(log.slice(2)).toEqual(['sidebar torn down', 'send-guard torn down']);
  });

  it('calls each init before the next even when an earlier one awaits', async () => {
    const log: string[] = [];
    const slow = recording('slow', log, () => new Promise((resolve) => setTimeout(resolve, 10)));
    await runFeatures([slow, recording('fast', log)], 'page', new AbortController().signal, () => undefined);
    expect(log).toEqual(['slow starts on page', 'fast starts on page']);
  });

  it('tears down a feature that failed to start, reports it, and keeps the others running', async () => {
    const log: string[] = [];
    const failures: string[] = [];
    const page = new AbortController();
    const broken = recording('broken', log, () => {
      throw new Error('no compose footer');
    });
    await runFeatures([broken, recording('sidebar', log)], 'page', page.signal, (name, error) => failures.push(`${name}: ${String(error)}`));
    expect(failures).toEqual(['broken: Error: no compose footer']);
    expect([...log].sort()).toEqual(['broken starts on page', 'broken torn down', 'sidebar starts on page']);
    page.abort();
    expect(log.filter((line) => line === 'broken torn down')).toHaveLength(1);
    expect(log.at(-1)).toBe('sidebar torn down');
  });

  it('starts nothing on a page that is already gone', async () => {
    const log: string[] = [];
    const page = new AbortController();
    page.abort();
    await runFeatures([recording('sidebar', log)], 'page', page.signal, () => undefined);
    expect(log).toEqual([]);
  });
});
