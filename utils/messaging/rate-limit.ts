/**
 * One token bucket per key (a tab): `capacity` requests at once, then
 * `refillPerSecond` more each second. A content script reports a thread when
 * it changes and acts on a click, far below the limit; a page script that
 * floods the background gets a clear error instead of a busy worker.
 */
export interface RateLimit {
  capacity: number;
  refillPerSecond: number;
}

/** A content script's requests, per tab. */
export const CONTENT_RATE_LIMIT: RateLimit = { capacity: 30, refillPerSecond: 5 };

export const RATE_LIMITED = 'Too many requests from this tab: Bridgekeeper is ignoring it for a moment.';

export function createRateLimiter(limit: RateLimit) {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    /** Takes one token for `key` at time `nowMs`; false when the bucket is empty. */
    take(key: number, nowMs: number): boolean {
      const bucket = buckets.get(key) ?? { tokens: limit.capacity, at: nowMs };
      // A clock that goes back never refills.
      const elapsed = Math.max(0, nowMs - bucket.at) / 1000;
      bucket.tokens = Math.min(limit.capacity, bucket.tokens + elapsed * limit.refillPerSecond);
      bucket.at = Math.max(bucket.at, nowMs);
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    /** The tab closed: its bucket goes too. */
    forget(key: number): void {
      buckets.delete(key);
    },
  };
}
