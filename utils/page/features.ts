/**
 * One in-page feature: it starts on a page and tears everything it added
 * down when `signal` aborts (the content script was invalidated, or the
 * feature failed to start).
 */
export interface PageFeature<Page> {
  readonly name: string;
  init(page: Page, signal: AbortSignal): void | Promise<void>;
}

/**
 * Starts every feature, in list order (each `init` is called before the next,
 * so what they add synchronously keeps that order), each with its own signal
 * that aborts with `signal`. A feature that throws is torn down and reported
 * through `onFailure`; the others keep running and nothing reaches the page.
 */
export async function runFeatures<Page>(
  features: readonly PageFeature<Page>[],
  page: Page,
  signal: AbortSignal,
  onFailure: (name: string, error: unknown) => void,
): Promise<void> {
  await Promise.all(
    features.map(async (feature) => {
      if (signal.aborted) return;
      const own = new AbortController();
      const stop = () => own.abort(signal.reason);
      signal.addEventListener('abort', stop, { once: true });
      try {
        await feature.init(page, own.signal);
      } catch (error) {
        signal.removeEventListener('abort', stop);
        own.abort(error);
        onFailure(feature.name, error);
      }
    }),
  );
}
