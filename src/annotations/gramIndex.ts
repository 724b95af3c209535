/**
 * Finding verbatim occurrences for re-anchoring. Without an index, each lookup scans the text
 * (`indexOf`); re-anchoring many targets on a large text instead builds a GramIndex once: where
 * each 4-unit gram occurs, so that a lookup only visits the occurrences of the needle's rarest gram,
 * the nearest to a position first when only the nearest are wanted, and how many places a needle
 * may occur at is known before looking (to choose the rarest pieces of a quote).
 */

export interface OccurrenceFinder {
  /** Calls `visit(at)` for each occurrence of `needle`, ascending, until it returns false. */
  forEach(needle: string, visit: (at: number) => boolean): void;
  /** Work units (see budget.ts) of one lookup, for charging before it runs. */
  readonly lookupUnits: number;
  /**
   * Optional: up to `limit` occurrences nearest to `near` (the earlier on a tie), ascending — what
   * nearestOccurrences computes, without visiting the occurrences farther away.
   */
  nearest?(needle: string, near: number, limit: number): number[];
  /** Optional: an upper bound on the occurrences of `needle` (a needle of 4 units or more), known without looking. */
  estimate?(needle: string): number;
  /**
   * Optional: places where `needle` (4 units or more) may start, a superset of its occurrences,
   * ascending, unverified: where its rarest gram (or one sharing its hash) occurs, at `positions[i] − offset`.
   */
  mayStart?(needle: string): { positions: Int32Array; offset: number };
}

/** Lookups by scanning the text. */
export function scanningFinder(text: string): OccurrenceFinder {
  return {
    forEach(needle, visit) {
      if (needle.length === 0) return;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) if (!visit(at)) return;
    },
    nearest: (needle, near, limit) => nearestInText(text, needle, near, limit),
    lookupUnits: Math.ceil(text.length / 32) + 1,
  };
}

/**
 * The nearest `limit` occurrences by searching outwards from `near` (the earlier on a tie),
 * ascending: reads only as much text as those occurrences span, not the text up to them.
 */
export function nearestInText(text: string, needle: string, near: number, limit: number): number[] {
  if (needle.length === 0 || limit < 1) return [];
  const before: number[] = [];
  const after: number[] = [];
  let earlier = near > 0 ? text.lastIndexOf(needle, near - 1) : -1;
  let later = text.indexOf(needle, Math.max(0, near));
  while (before.length + after.length < limit && (earlier !== -1 || later !== -1)) {
    if (earlier !== -1 && (later === -1 || near - earlier <= later - near)) {
      before.push(earlier);
      earlier = earlier > 0 ? text.lastIndexOf(needle, earlier - 1) : -1;
    } else {
      after.push(later);
      later = text.indexOf(needle, later + 1);
    }
  }
  return before.reverse().concat(after);
}

const GRAM = 4;
/** Buckets: about one per two positions (so that a rare gram's bucket holds little besides it), within these bounds. */
const MIN_BUCKET_BITS = 16;
const MAX_BUCKET_BITS = 21;
/** Grams of a long needle examined to choose the rarest (spread over it). */
const GRAMS_EXAMINED = 256;

function gramHash(text: string, at: number, mask: number): number {
  let h = 0;
  for (let i = 0; i < GRAM; i++) h = Math.imul(h, 31) + text.charCodeAt(at + i);
  return (h ^ (h >>> 16)) & mask;
}

/** Built in O(n) time, about 8n bytes: every position grouped by the hash of the gram starting there. */
export class GramIndex implements OccurrenceFinder {
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;
  private readonly fallback: OccurrenceFinder;
  /** Visiting candidates costs little next to a scan; a constant keeps the charge simple. */
  readonly lookupUnits = 256;

  constructor(private readonly text: string) {
    this.fallback = scanningFinder(text);
    const count = Math.max(0, text.length - GRAM + 1);
    const bits = Math.min(MAX_BUCKET_BITS, Math.max(MIN_BUCKET_BITS, Math.ceil(Math.log2(Math.max(1, count / 2)))));
    const buckets = 1 << bits;
    this.mask = buckets - 1;
    this.starts = new Int32Array(buckets + 1);
    const hashes = new Int32Array(count);
    // gramHash with the last four codes kept: one read per position.
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    let c = text.charCodeAt(2);
    for (let i = 0; i < count; i++) {
      const d = text.charCodeAt(i + 3);
      const g = Math.imul(Math.imul(Math.imul(a, 31) + b, 31) + c, 31) + d;
      const h = (g ^ (g >>> 16)) & this.mask;
      hashes[i] = h;
      this.starts[h + 1]++;
      a = b;
      b = c;
      c = d;
    }
    for (let b = 0; b < buckets; b++) this.starts[b + 1] += this.starts[b];
    const next = this.starts.slice(0, buckets);
    this.positions = new Int32Array(count);
    for (let i = 0; i < count; i++) this.positions[next[hashes[i]]++] = i;
  }

  /** The bucket of the needle's rarest examined gram and that gram's offset in the needle. */
  private rarest(needle: string): { bucket: number; offset: number; size: number } {
    const grams = needle.length - GRAM + 1;
    const step = Math.max(1, Math.floor(grams / GRAMS_EXAMINED));
    let offset = 0;
    let bucket = 0;
    let fewest = Number.POSITIVE_INFINITY;
    for (let o = 0; o < grams; o += step) {
      const h = gramHash(needle, o, this.mask);
      const size = this.starts[h + 1] - this.starts[h];
      if (size < fewest) {
        fewest = size;
        offset = o;
        bucket = h;
        if (size === 0) break;
      }
    }
    return { bucket, offset, size: fewest };
  }

  mayStart(needle: string): { positions: Int32Array; offset: number } {
    const { bucket, offset } = this.rarest(needle);
    return { positions: this.positions.subarray(this.starts[bucket], this.starts[bucket + 1]), offset };
  }

  estimate(needle: string): number {
    return needle.length < GRAM ? this.text.length : this.rarest(needle).size;
  }

  forEach(needle: string, visit: (at: number) => boolean): void {
    if (needle.length < GRAM) {
      this.fallback.forEach(needle, visit);
      return;
    }
    const { bucket, offset, size } = this.rarest(needle);
    if (size === 0) return;
    const end = this.starts[bucket + 1];
    for (let k = this.starts[bucket]; k < end; k++) {
      const at = this.positions[k] - offset;
      if (at >= 0 && this.text.startsWith(needle, at) && !visit(at)) return;
    }
  }

  nearest(needle: string, near: number, limit: number): number[] {
    if (needle.length < GRAM || limit < 1) return nearestInText(this.text, needle, near, limit);
    const { bucket, offset, size } = this.rarest(needle);
    if (size === 0) return [];
    // A bucket lists its positions ascending: start where `near` would be and widen both ways.
    const first = this.starts[bucket];
    const end = this.starts[bucket + 1];
    let lo = first;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.positions[mid] - offset < near) lo = mid + 1;
      else hi = mid;
    }
    let left = lo - 1;
    let right = lo;
    const before: number[] = [];
    const after: number[] = [];
    while (before.length + after.length < limit && (left >= first || right < end)) {
      const earlier = left >= first ? this.positions[left] - offset : Number.NEGATIVE_INFINITY;
      const later = right < end ? this.positions[right] - offset : Number.POSITIVE_INFINITY;
      // The earlier wins a tie, as in nearestOccurrences.
      if (near - earlier <= later - near) {
        left--;
        if (earlier >= 0 && this.text.startsWith(needle, earlier)) before.push(earlier);
      } else {
        right++;
        if (this.text.startsWith(needle, later)) after.push(later);
      }
    }
    return before.reverse().concat(after);
  }
}

/** The nearest `limit` occurrences from a forward pass (see nearestOccurrences in anchor.ts). */
export function nearestByScan(finder: OccurrenceFinder, needle: string, near: number, limit: number): number[] {
  const window: number[] = [];
  let oldest = 0;
  finder.forEach(needle, (at) => {
    if (window.length < limit) {
      window.push(at);
      return true;
    }
    if (Math.abs(at - near) >= Math.abs(window[oldest] - near)) return false; // later ones are farther still
    window[oldest] = at;
    oldest = (oldest + 1) % limit;
    return true;
  });
  return [...window.slice(oldest), ...window.slice(0, oldest)];
}
