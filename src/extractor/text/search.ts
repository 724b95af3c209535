// Binary searches over sorted offsets, shared by the stages instead of one hand-written loop per
// use. Small monomorphic functions: V8 inlines them where they are called.
import type { Span } from '../types';

/** The first index in [lo, hi) whose value is >= `value` (hi when none is), for values sorted ascending. */
export function lowerBound(values: ArrayLike<number>, value: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [lo, hi) whose value is > `value` (hi when none is), for values sorted ascending. */
export function upperBound(values: ArrayLike<number>, value: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first span that starts at or after `pos` (spans.length when none does), for spans sorted by start. */
export function firstStartingFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first span that ends after `pos` (spans.length when none does), for spans whose ends are sorted too. */
export function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
