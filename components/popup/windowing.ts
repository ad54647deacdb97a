/**
 * Which items of a list of known heights are on screen: offsets are the
 * running sum of heights, so a scroll position finds its first item by
 * binary search and a list of 5,000 rows renders a dozen.
 */
export interface Window {
  start: number;
  end: number;
  /** Pixels above `start`. */
  top: number;
  total: number;
}

export function offsetsOf(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** Items [start, end) covering `scrollTop … scrollTop + viewport`, with `overscan` more on each side. */
export function visibleWindow(offsets: readonly number[], scrollTop: number, viewport: number, overscan = 4): Window {
  const count = offsets.length - 1;
  const total = offsets[count] ?? 0;
  const first = (y: number) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = Math.max(0, first(Math.max(0, scrollTop)) - overscan);
  const end = Math.min(count, first(scrollTop + viewport) + 1 + overscan);
  return { start, end, top: offsets[start] ?? 0, total };
}
