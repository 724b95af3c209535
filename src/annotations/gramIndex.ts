/**
 * Finding verbatim occurrences for re-anchoring. Without an index, each lookup scans the text
 * (`indexOf`); re-anchoring many targets on a large text instead builds a GramIndex once: where
 * each 4-unit gram occurs, so that a lookup only visits the occurrences of the needle's rarest gram.
 */

export interface OccurrenceFinder {
  /** Calls `visit(at)` for each occurrence of `needle`, ascending, until it returns false. */
  forEach(needle: string, visit: (at: number) => boolean): void;
  /** Work units (see budget.ts) of one lookup, for charging before it runs. */
  readonly lookupUnits: number;
}

/** Lookups by scanning the text. */
export function scanningFinder(text: string): OccurrenceFinder {
  return {
    forEach(needle, visit) {
      if (needle.length === 0) return;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) if (!visit(at)) return;
    },
    lookupUnits: Math.ceil(text.length / 32) + 1,
  };
}

const GRAM = 4;
const BUCKETS = 1 << 16;
/** Grams of a long needle examined to choose the rarest (spread over it). */
const GRAMS_EXAMINED = 256;

function gramHash(text: string, at: number): number {
  let h = 0;
  for (let i = 0; i < GRAM; i++) h = Math.imul(h, 31) + text.charCodeAt(at + i);
  return (h ^ (h >>> 16)) & (BUCKETS - 1);
}

/** Built in O(n) time, 4n bytes: every position grouped by the hash of the gram starting there. */
export class GramIndex implements OccurrenceFinder {
  private readonly starts = new Int32Array(BUCKETS + 1);
  private readonly positions: Int32Array;
  private readonly fallback: OccurrenceFinder;
  /** Visiting candidates costs little next to a scan; a constant keeps the charge simple. */
  readonly lookupUnits = 256;

  constructor(private readonly text: string) {
    this.fallback = scanningFinder(text);
    const count = Math.max(0, text.length - GRAM + 1);
    const hashes = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const h = gramHash(text, i);
      hashes[i] = h;
      this.starts[h + 1]!++;
    }
    for (let b = 0; b < BUCKETS; b++) this.starts[b + 1]! += this.starts[b]!;
    const next = this.starts.slice(0, BUCKETS);
    this.positions = new Int32Array(count);
    for (let i = 0; i < count; i++) this.positions[next[hashes[i]!]!++] = i;
  }

  forEach(needle: string, visit: (at: number) => boolean): void {
    if (needle.length < GRAM) {
      this.fallback.forEach(needle, visit);
      return;
    }
    const grams = needle.length - GRAM + 1;
    const step = Math.max(1, Math.floor(grams / GRAMS_EXAMINED));
    let offset = 0;
    let bucket = 0;
    let fewest = Number.POSITIVE_INFINITY;
    for (let o = 0; o < grams; o += step) {
      const h = gramHash(needle, o);
      const size = this.starts[h + 1]! - this.starts[h]!;
      if (size < fewest) {
        fewest = size;
        offset = o;
        bucket = h;
        if (size === 0) return;
      }
    }
    const end = this.starts[bucket + 1]!;
    for (let k = this.starts[bucket]!; k < end; k++) {
      const at = this.positions[k]! - offset;
      if (at >= 0 && this.text.startsWith(needle, at) && !visit(at)) return;
    }
  }
}
