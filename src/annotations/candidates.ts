/**
 * Where an edited quote may now lie, found with a few lookups instead of reading the whole text.
 * Only these windows are then searched approximately (anchor.ts), so a quote that is nowhere costs
 * a few lookups, not a scan of the article.
 *
 * Three sources of windows:
 *  - close: every place where the quote survives with similarity ≥ 0.9 (at most e = m/9 edits for a
 *    quote of m units), by the pigeonhole principle: cut into pieces, e edits destroy at most e of
 *    them, so of r pieces at least r − e survive verbatim, each fixing where the quote starts give or
 *    take e. The rarest pieces are looked up (the index says how rare a piece is before looking) and
 *    only places with r − e (at least two) votes are kept. Complete unless the pieces occur more than
 *    MAX_VOTES times, more than MAX_CLOSE_WINDOWS places qualify, or the quote needs more than
 *    MAX_CLOSE_PIECES pieces (over about 280 units).
 *  - context: where the stored prefix's last or the suffix's first characters occur verbatim, the
 *    quote would follow or precede them (a quote edited by more than a tenth is placed only there,
 *    or where close or voted windows happen to cover it).
 *  - votes: for quotes of more than 64 units whose close search was not complete, pieces that
 *    survived vote for where the quote starts; the best-voted windows.
 */
import type { OccurrenceFinder } from './gramIndex';

export type Window = readonly [number, number];

export interface CandidateRequest {
  text: string;
  finder: OccurrenceFinder;
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote was (UTF-16 offset): the nearest occurrences of the context are used. */
  hint: number;
  /** Edits the approximate search allows (a quarter of the quote). */
  maxErrors: number;
}

export interface Candidates {
  /** Disjoint windows [from, to), ascending. */
  windows: Window[];
  /** Whether every place with similarity ≥ 0.9 lies in a window. */
  closeComplete: boolean;
  /** Verbatim lookups made (each charged by the caller). */
  lookups: number;
}

/** Occurrences of pieces counted at most for the close search (beyond, it is not made). */
export const MAX_VOTES = 1000;
/** Votes a place needs at least (one vote alone points at every occurrence of a piece). */
const MIN_VOTES = 2;
/** Places the close search may leave to be searched; more, and it is not made. */
const MAX_CLOSE_WINDOWS = 32;
/** Piece lengths tried for the close search; the one whose rarest pieces give the strictest count wins. */
const PIECE_LENGTHS = [4, 6, 8];
/** At most this many pieces are looked up for the close search (longer quotes rely on votes). */
export const MAX_CLOSE_PIECES = 32;
/** Length of a piece of stored context looked up verbatim, and how many of its nearest occurrences are used. */
const CONTEXT_PIECE = 8;
const CONTEXT_HITS = 4;
/** Edits tolerated in the context between a surviving piece of it and the quote. */
const CONTEXT_SLACK = 8;
/** Quotes longer than this vote; shorter ones have the close search and their context. */
const VOTING_LENGTH = 64;
/** Pieces of a long quote that vote, and how many of the best-voted windows are kept. */
const VOTING_PIECES = 32;
const VOTED_WINDOWS = 8;

/** Lookups `candidatesFor` may make for a quote of length `m` (charged before it runs). */
export function candidateLookups(m: number): number {
  return Math.min(MAX_CLOSE_PIECES, Math.floor(m / 9) + 1) + 4 + (m > VOTING_LENGTH ? VOTING_PIECES : 0);
}

export function candidatesFor(request: CandidateRequest): Candidates {
  const { text, exact, maxErrors } = request;
  const m = exact.length;
  const raw: Window[] = [];
  let lookups = 0;

  const close = closeStarts(request);
  lookups += close.lookups;
  // A start stands for votes up to e after it (see closeStarts): the place begins within [start − e,
  // start + 4e] and ends at most m + e later; maxErrors more either side keeps the search's runs whole.
  const e = Math.floor(m / 9);
  for (const start of close.starts) raw.push([Math.max(0, start - e - maxErrors), Math.min(text.length, start + m + 5 * e + maxErrors)]);

  const context = contextStarts(request);
  lookups += context.lookups;
  for (const start of context.starts) raw.push([Math.max(0, start - 2 * maxErrors - CONTEXT_SLACK), Math.min(text.length, start + m + 2 * maxErrors + CONTEXT_SLACK)]);

  if (m > VOTING_LENGTH && !close.complete) {
    lookups += VOTING_PIECES;
    raw.push(...votedWindows(request));
  }
  return { windows: merge(raw), closeComplete: close.complete, lookups };
}

/**
 * Where the quote may lie with at most m/9 edits (similarity ≥ 0.9), by counting: cut into P pieces
 * of L units, such a place keeps at least P − e pieces verbatim (e = m/9 edits, each destroying at
 * most one piece), so at least r − e of any r pieces looked up, each pointing to the quote's start
 * give or take e. The r rarest pieces are looked up (r as large as MAX_VOTES occurrences allow, at
 * least e + 2), and only starts that gather r − e votes within 2e of each other are kept.
 */
function closeStarts(request: CandidateRequest): { starts: number[]; complete: boolean; lookups: number } {
  const { finder, exact } = request;
  const m = exact.length;
  // Similarity ≥ 0.9 means e ≤ 0.1 · max(m, m + e) edits, so e ≤ m / 9.
  const errors = Math.floor(m / 9);
  if (errors === 0 || m < 16) return { starts: [], complete: errors === 0, lookups: 0 };
  if (errors + 1 > MAX_CLOSE_PIECES) return { starts: [], complete: false, lookups: 0 };
  let best: { pieces: { offset: number; piece: string }[]; threshold: number } | undefined;
  for (const length of finder.estimate ? PIECE_LENGTHS : [Math.floor(m / (errors + MIN_VOTES))]) {
    const count = Math.min(MAX_CLOSE_PIECES, Math.floor(m / length));
    if (count < errors + 1 || length < 1) continue;
    const pieces = Array.from({ length: count }, (_, i) => {
      const piece = exact.slice(i * length, (i + 1) * length);
      return { offset: i * length, piece, count: finder.estimate ? finder.estimate(piece) : 0 };
    });
    pieces.sort((x, y) => x.count - y.count || x.offset - y.offset);
    let used = 0;
    let votes = 0;
    while (used < pieces.length && votes + pieces[used].count <= MAX_VOTES) votes += pieces[used++].count;
    const threshold = used - errors;
    if (threshold >= MIN_VOTES && (!best || threshold > best.threshold)) best = { pieces: pieces.slice(0, used), threshold };
  }
  if (!best) return { starts: [], complete: false, lookups: 0 };
  // Unverified places with an index (a superset: a false vote only costs a window), else occurrences.
  const counted: ArrayLike<number>[] = [];
  let total = 0;
  for (const { offset, piece } of best.pieces) {
    if (finder.mayStart) {
      const { positions, offset: gram } = finder.mayStart(piece);
      const list = new Int32Array(positions.length);
      const shift = gram + offset;
      for (let j = 0; j < positions.length; j++) list[j] = positions[j] - shift;
      counted.push(list);
      total += list.length;
    } else {
      const list: number[] = [];
      finder.forEach(piece, (at) => (list.push(at - offset), total + list.length <= MAX_VOTES));
      counted.push(list);
      total += list.length;
    }
    if (total > MAX_VOTES) return { starts: [], complete: false, lookups: best.pieces.length }; // the estimate was not an upper bound
  }
  // Each list is ascending: merged pairwise (a sort would cost several times more).
  let lists: Int32Array[] = counted.map((list) => (list instanceof Int32Array ? list : Int32Array.from(list)));
  while (lists.length > 1) {
    const next: Int32Array[] = [];
    for (let i = 0; i < lists.length; i += 2) next.push(i + 1 < lists.length ? mergeSorted(lists[i], lists[i + 1]) : lists[i]);
    lists = next;
  }
  const sorted = lists[0] ?? new Int32Array(0);
  const starts: number[] = [];
  // Every start with `threshold` votes within 2e of it; one per run of such starts within 2e.
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] > 2 * errors) lo++;
    if (hi - lo + 1 < best.threshold) continue;
    const at = sorted[lo];
    // A start within e of the last one is covered by the last one's window (see candidatesFor).
    if (starts.length === 0 || at - starts[starts.length - 1] > errors) starts.push(at);
  }
  // Too many places to search: the pieces are too common to say where the quote is.
  if (starts.length > MAX_CLOSE_WINDOWS) return { starts: [], complete: false, lookups: best.pieces.length };
  return { starts, complete: true, lookups: best.pieces.length };
}

/** Where the quote would start if it still sits next to a surviving piece of its stored context. */
function contextStarts(request: CandidateRequest): { starts: number[]; lookups: number } {
  const { finder, prefix, suffix, hint, exact } = request;
  const starts: number[] = [];
  let lookups = 0;
  const look = (piece: string, near: number, toStart: number) => {
    if (piece.length < 4) return;
    lookups++;
    for (const at of nearest(finder, piece, near, CONTEXT_HITS)) starts.push(at + toStart);
  };
  // The prefix's last two pieces: the quote starts where the prefix ends.
  for (let end = prefix.length; end > prefix.length - 2 * CONTEXT_PIECE && end > 0; end -= CONTEXT_PIECE) {
    const from = Math.max(0, end - CONTEXT_PIECE);
    look(prefix.slice(from, end), hint - (prefix.length - from), prefix.length - from);
  }
  // The suffix's first two pieces: the quote ends where the suffix starts.
  for (let from = 0; from < Math.min(suffix.length, 2 * CONTEXT_PIECE); from += CONTEXT_PIECE) {
    look(suffix.slice(from, from + CONTEXT_PIECE), hint + exact.length + from, -from - exact.length);
  }
  return { starts, lookups };
}

function nearest(finder: OccurrenceFinder, needle: string, near: number, limit: number): number[] {
  if (finder.nearest) return finder.nearest(needle, near, limit);
  const found: number[] = [];
  finder.forEach(needle, (at) => {
    found.push(at);
    return true;
  });
  return found.sort((a, b) => Math.abs(a - near) - Math.abs(b - near) || a - b).slice(0, limit);
}

/**
 * For long quotes: pieces of the quote that survived verbatim vote for where it now starts, and
 * the best-voted windows are kept (pieces found more than 200 times say nothing and do not vote).
 */
function votedWindows(request: CandidateRequest): Window[] {
  const { text, finder, exact, maxErrors } = request;
  const m = exact.length;
  const piece = m < 64 ? 4 : m < 256 ? 8 : 16;
  const pieces = Math.min(VOTING_PIECES, Math.floor(m / piece));
  const votes: number[] = [];
  for (let i = 0; i < pieces; i++) {
    const offset = pieces === 1 ? 0 : Math.floor((i * (m - piece)) / (pieces - 1));
    const needle = exact.slice(offset, offset + piece);
    // A piece whose bucket holds more than 200 places is most likely too common to vote: not visited.
    if (finder.estimate && (finder.estimate(needle) === 0 || finder.estimate(needle) > 200)) continue;
    const hits: number[] = [];
    finder.forEach(needle, (at) => {
      hits.push(at - offset);
      return hits.length <= 200;
    });
    if (hits.length > 200) continue; // too common to say anything
    votes.push(...hits);
  }
  votes.sort((a, b) => a - b);
  const clusters: { lo: number; hi: number; votes: number }[] = [];
  for (const v of votes) {
    const last = clusters[clusters.length - 1];
    if (last && v - last.hi <= maxErrors) {
      last.hi = v;
      last.votes++;
    } else clusters.push({ lo: v, hi: v, votes: 1 });
  }
  clusters.sort((a, b) => b.votes - a.votes || a.lo - b.lo);
  return clusters
    .slice(0, VOTED_WINDOWS)
    .map((c) => [Math.max(0, c.lo - maxErrors), Math.min(text.length, c.hi + m + maxErrors)] as const);
}

function mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Sorted, overlapping or touching windows joined: each place is searched once. */
function merge(windows: Window[]): Window[] {
  const sorted = windows.filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
