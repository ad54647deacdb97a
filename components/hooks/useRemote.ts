import { useCallback, useEffect, useRef, useState } from 'react';

export type Remote<T> = { state: 'loading' } | { state: 'error'; error: string } | { state: 'ready'; value: T };

/**
 * One data source: a loader returning `{ ok, ... } | { ok: false, error }`.
 * `reload` re-runs it; stale answers from an earlier call are dropped.
 */
export function useRemote<T extends { ok: true }>(
  load: () => Promise<T | { ok: false; error: string }>,
  deps: readonly unknown[] = [],
): [Remote<T>, () => void] {
  const [remote, setRemote] = useState<Remote<T>>({ state: 'loading' });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = (generation.current += 1);
    load().then(
      (result) => {
        if (mine !== generation.current) return;
        setRemote(result.ok ? { state: 'ready', value: result } : { state: 'error', error: result.error });
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        setRemote({ state: 'error', error: error instanceof Error ? error.message : String(error) });
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(run, [run]);
  return [remote, run];
}
