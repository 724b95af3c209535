// The stretch of a text that an edit changed, found by comparing the text before and after it.

/** Where two texts differ: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface Stretch {
  start: number;
  oldEnd: number;
  newEnd: number;
  delta: number;
}

export function changedStretch(before: string, after: string): Stretch {
  const n = Math.min(before.length, after.length);
  let a = 0;
  // Long equal stretches are compared a block at a time.
  for (let step = 4096; step >= 1; step >>= 4) {
    while (a + step <= n && before.slice(a, a + step) === after.slice(a, a + step)) a += step;
  }
  let b = 0;
  const most = n - a;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (b + step <= most && before.slice(before.length - b - step, before.length - b) === after.slice(after.length - b - step, after.length - b)) b += step;
  }
  return { start: a, oldEnd: before.length - b, newEnd: after.length - b, delta: after.length - before.length };
}
