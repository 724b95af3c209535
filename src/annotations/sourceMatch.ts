/**
 * Checking a quote against its source (a transcript, a press release, an earlier article): the
 * best approximate match of the quote's words in the source, and whether the quote is verbatim,
 * altered (with a word-level diff) or not found. Pure; linear-ish and bounded whatever the input.
 *
 *  1. The source is indexed once (`indexSource`): each distinct word gets a number, and the
 *     places of every word are listed, so many quotes are checked against one source cheaply.
 *  2. Candidates: the quote's rarest words in the source (at most MAX_ANCHOR_WORDS words and
 *     MAX_SOURCE_VOTES places in all) vote for where the quote would start; the places where the
 *     most distinct words agree are kept
 *     (at most MAX_SOURCE_CANDIDATES, and as many as MAX_QUOTE_CELLS of alignment allow).
 *  3. Alignment: each candidate region is aligned word by word with the quote (edit distance over
 *     words, the quote whole, the source free at both ends); a gap in the quote (an ellipsis or a
 *     bracketed insertion) takes up to MAX_GAP_WORDS source words at no cost. At most MAX_ALIGNMENT_CELLS
 *     cells per region; quotes over MAX_QUOTE_WORDS words are not aligned at all.
 *  4. Verdict: no differing word → verbatim; fewer than half of the quote's words found in order,
 *     or more differences than the quote has words → not found; otherwise altered.
 */
import { quoteTokens, wordsOf, type QuoteToken } from './sourceWords';

/** Source words one gap of the quote ("…", "[...]") may stand for. */
export const MAX_GAP_WORDS = 60;
/** Longer quotes are reported as not checked (`tooLong`): their alignment would cost too much. */
export const MAX_QUOTE_WORDS = 1_000;
/** Places of the quote's words looked up per quote, at most. */
export const MAX_SOURCE_VOTES = 20_000;
/** The quote's rarest words that vote for regions, at most. */
export const MAX_ANCHOR_WORDS = 16;
/** Regions aligned per quote, at most. */
export const MAX_SOURCE_CANDIDATES = 256;
/** Cells of one alignment table, at most. */
export const MAX_ALIGNMENT_CELLS = 4_000_000;
/** Cells of all the alignment tables of one quote, at most (the first region is always aligned). */
export const MAX_QUOTE_CELLS = 1_000_000;

export interface SourceIndex {
  text: string;
  /** Start and end (UTF-16) of each source word. */
  starts: Int32Array;
  ends: Int32Array;
  /** Number of each source word. */
  ids: Int32Array;
  /** Word → number. */
  vocabulary: Map<string, number>;
  /** Places of word w: places[offsets[w] .. offsets[w + 1]), ascending. */
  offsets: Int32Array;
  places: Int32Array;
}

export function indexSource(text: string): SourceIndex {
  const words = wordsOf(text);
  const n = words.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const ids = new Int32Array(n);
  const vocabulary = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const w = words[i];
    starts[i] = w.start;
    ends[i] = w.end;
    let id = vocabulary.get(w.norm);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(w.norm, id);
    }
    ids[i] = id;
  }
  const offsets = new Int32Array(vocabulary.size + 1);
  for (let i = 0; i < n; i++) offsets[ids[i] + 1]++;
  for (let w = 0; w < vocabulary.size; w++) offsets[w + 1] += offsets[w];
  const fill = offsets.slice(0, vocabulary.size);
  const places = new Int32Array(n);
  for (let i = 0; i < n; i++) places[fill[ids[i]]++] = i;
  return { text, starts, ends, ids, vocabulary, offsets, places };
}

/** One step of the word diff. Quote offsets index the quote's text, source offsets the source's. */
export type DiffOp =
  | { kind: 'equal'; quote: Span; source: Span }
  /** Words of the quote replaced by other words in the source. */
  | { kind: 'changed'; quote: Span; source: Span }
  /** Words in the quote that the source does not have. */
  | { kind: 'added'; quote: Span }
  /** Words of the source left out of the quote without an ellipsis. */
  | { kind: 'dropped'; source: Span }
  /** Source words the quote's ellipsis or bracketed insertion stands for (not a difference). */
  | { kind: 'omitted'; quote: Span; source?: Span };

export interface Span {
  start: number;
  end: number;
  /** Words in the span. */
  words: number;
}

export type SourceMatch =
  | { kind: 'verbatim'; start: number; end: number; ops: DiffOp[] }
  | { kind: 'altered'; start: number; end: number; ops: DiffOp[]; differingWords: number; matchedWords: number; quoteWords: number }
  | { kind: 'notFound'; reason: 'noWords' | 'tooLong' | 'noMatch'; quoteWords: number };

/** Checks `quote` against a source; pass a SourceIndex to check many quotes against one source. */
export function matchQuote(quote: string, source: string | SourceIndex): SourceMatch {
  const index = typeof source === 'string' ? indexSource(source) : source;
  const tokens = quoteTokens(quote);
  const words = tokens.filter((t) => t.kind === 'word').length;
  if (words === 0) return { kind: 'notFound', reason: 'noWords', quoteWords: 0 };
  if (words > MAX_QUOTE_WORDS) return { kind: 'notFound', reason: 'tooLong', quoteWords: words };
  // Trim gaps at either end: the source is free there anyway.
  while (tokens[0].kind === 'gap') tokens.shift();
  while (tokens[tokens.length - 1].kind === 'gap') tokens.pop();
  const ids = tokens.map((t) => (t.kind === 'word' ? index.vocabulary.get(t.norm) ?? -1 : -2));
  let best: Alignment | undefined;
  const bound = matchBound(ids);
  for (const region of candidateRegions(index, tokens, ids)) {
    // At most `most` of the quote's words can match here, and each other one costs at least 1:
    // a region that cannot be found, or cannot beat the best so far, is not aligned.
    const most = bound(index, region);
    if (most * 2 < words || (best && words - most > best.cost)) continue;
    const alignment = align(index, tokens, ids, region);
    if (alignment && (!best || alignment.cost < best.cost || (alignment.cost === best.cost && alignment.matched > best.matched))) best = alignment;
    if (best?.cost === 0) break;
  }
  if (!best || best.matched * 2 < words || best.cost > words) return { kind: 'notFound', reason: 'noMatch', quoteWords: words };
  const ops = diffOps(index, tokens, best.path);
  const start = index.starts[best.from];
  const end = index.ends[best.to - 1];
  if (best.cost === 0) return { kind: 'verbatim', start, end, ops };
  return { kind: 'altered', start, end, ops, differingWords: best.cost, matchedWords: best.matched, quoteWords: words };
}

// ---- candidates ------------------------------------------------------------------------------

/**
 * How many of the quote's words a region can match at most: for each distinct word, the fewer of
 * its counts in the quote and in the region. Linear in the region's length.
 */
function matchBound(ids: readonly number[]): (index: SourceIndex, region: Region) => number {
  const local = new Map<number, number>();
  const wanted: number[] = [];
  for (const id of ids) {
    if (id < 0) continue;
    let k = local.get(id);
    if (k === undefined) {
      k = wanted.length;
      local.set(id, k);
      wanted.push(0);
    }
    wanted[k]++;
  }
  const seen = new Int32Array(wanted.length);
  return (index, region) => {
    seen.fill(0);
    let most = 0;
    for (let j = region.from; j < region.to; j++) {
      const k = local.get(index.ids[j]);
      if (k !== undefined && seen[k]++ < wanted[k]) most++;
    }
    return most;
  };
}

interface Region {
  /** Source word range to align against. */
  from: number;
  to: number;
}

function candidateRegions(index: SourceIndex, tokens: QuoteToken[], ids: number[]): Region[] {
  const count = (id: number) => (id < 0 ? 0 : index.offsets[id + 1] - index.offsets[id]);
  // Word positions in the quote (gaps not counted), rarest first.
  const positions: { token: number; at: number; count: number }[] = [];
  let at = 0;
  let gaps = 0;
  tokens.forEach((t, i) => {
    if (t.kind === 'gap') gaps++;
    else positions.push({ token: i, at: at++, count: count(ids[i]) });
  });
  const n = at;
  const present = positions.filter((p) => p.count > 0).sort((a, b) => a.count - b.count || a.at - b.at);
  if (present.length === 0) return [];
  const anchors: typeof present = [];
  let votes = 0;
  for (const p of present) {
    if (anchors.length >= MAX_ANCHOR_WORDS || (anchors.length > 0 && votes + p.count > MAX_SOURCE_VOTES)) break;
    anchors.push(p);
    votes += Math.min(p.count, MAX_SOURCE_VOTES);
  }
  // Each place of an anchor word votes for the quote's start there, shifted by n to stay positive:
  // (start + n) · 1024 + which anchor, so that one sort orders them.
  const starts = new Float64Array(votes);
  let v = 0;
  anchors.forEach((p, a) => {
    const id = ids[p.token];
    const end = Math.min(index.offsets[id + 1], index.offsets[id] + MAX_SOURCE_VOTES);
    for (let k = index.offsets[id]; k < end && v < votes; k++) starts[v++] = (index.places[k] - p.at + n) * 1024 + a;
  });
  const sorted = starts.subarray(0, v).sort();
  const startOf = (vote: number) => Math.floor(vote / 1024) - n;
  // The quote drifts against the source by its differences and by what its gaps leave out.
  const drift = Math.ceil(n / 4) + 2 + gaps * MAX_GAP_WORDS;
  const seen = new Int32Array(anchors.length);
  let distinct = 0;
  let top = 0;
  const windows: { lo: number; hi: number; score: number }[] = [];
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    if (seen[sorted[hi] % 1024]++ === 0) distinct++;
    const hiStart = startOf(sorted[hi]);
    while (startOf(sorted[lo]) < hiStart - drift) {
      if (--seen[sorted[lo] % 1024] === 0) distinct--;
      lo++;
    }
    // Only windows that may be among the best are kept.
    if (distinct * 2 < top) continue;
    top = Math.max(top, distinct);
    windows.push({ lo: startOf(sorted[lo]), hi: hiStart, score: distinct });
  }
  windows.sort((x, y) => y.score - x.score || x.hi - x.lo - (y.hi - y.lo) || x.lo - y.lo);
  const slack = Math.ceil(n / 2) + 2;
  const regions: Region[] = [];
  let cells = 0;
  for (const w of windows) {
    if (regions.length >= MAX_SOURCE_CANDIDATES) break;
    const region = { from: Math.max(0, w.lo - slack), to: Math.min(index.ids.length, w.hi + n + slack + gaps * MAX_GAP_WORDS) };
    const cost = (tokens.length + 1) * (region.to - region.from + 1);
    if (regions.length > 0 && cells + cost > MAX_QUOTE_CELLS) break;
    // Regions are sorted by score: an overlapping one is a worse view of the same place.
    if (regions.some((r) => r.from < region.to && region.from < r.to)) continue;
    cells += cost;
    regions.push(region);
  }
  return regions;
}

// ---- alignment -------------------------------------------------------------------------------

interface Alignment {
  cost: number;
  matched: number;
  /** Source word range of the passage. */
  from: number;
  to: number;
  /** Per token, in order: the source words it took ([start, end) word indexes; empty for an added word). */
  path: Step[];
}

/** A token's share of the alignment; `token` −1 for source words dropped between tokens. */
interface Step {
  token: number;
  from: number;
  to: number;
}

const DIAGONAL = 0;
const UP = 1; // the quote's word has no source word (added)
const LEFT = 2; // a source word has no quote word (dropped)

/**
 * Semi-global alignment of the tokens against source words [region.from, region.to): the quote
 * whole, the source free at both ends. Cost: 1 per changed, added or dropped word; a gap takes up
 * to MAX_GAP_WORDS source words for nothing.
 */
function align(index: SourceIndex, tokens: QuoteToken[], ids: number[], region: Region): Alignment | undefined {
  const rows = tokens.length;
  const width = Math.min(region.to - region.from, Math.floor(MAX_ALIGNMENT_CELLS / (rows + 1)) - 1);
  if (width <= 0) return undefined;
  const cols = width + 1;
  const moves = new Uint8Array((rows + 1) * cols);
  /** For gap rows, where the gap's run of source words began. */
  const gapFrom = new Map<number, Int32Array>();
  let previous = new Int32Array(cols); // row 0: free start
  let current = new Int32Array(cols);
  const deque = new Int32Array(cols);
  for (let r = 1; r <= rows; r++) {
    const token = tokens[r - 1];
    const base = r * cols;
    if (token.kind === 'gap') {
      // current[j] = min over k in [j − MAX_GAP_WORDS, j] of previous[k]; ties: the latest k (fewest words).
      const from = new Int32Array(cols);
      let head = 0;
      let tail = 0;
      for (let j = 0; j < cols; j++) {
        while (tail > head && previous[deque[tail - 1]] >= previous[j]) tail--;
        deque[tail++] = j;
        while (deque[head] < j - MAX_GAP_WORDS) head++;
        current[j] = previous[deque[head]];
        from[j] = deque[head];
      }
      gapFrom.set(r, from);
    } else {
      const id = ids[r - 1];
      current[0] = previous[0] + 1;
      moves[base] = UP;
      for (let j = 1; j < cols; j++) {
        const same = id >= 0 && index.ids[region.from + j - 1] === id;
        let best = previous[j - 1] + (same ? 0 : 1);
        let move = DIAGONAL;
        if (previous[j] + 1 < best) {
          best = previous[j] + 1;
          move = UP;
        }
        if (current[j - 1] + 1 < best) {
          best = current[j - 1] + 1;
          move = LEFT;
        }
        current[j] = best;
        moves[base + j] = move;
      }
    }
    [previous, current] = [current, previous];
  }
  // The passage ends where the whole quote costs least (the earliest such end).
  let end = 0;
  for (let j = 1; j < cols; j++) if (previous[j] < previous[end]) end = j;
  const cost = previous[end];
  // Trace back.
  const path: Step[] = [];
  let j = end;
  let matched = 0;
  for (let r = rows; r >= 1; ) {
    const token = r - 1;
    const gap = gapFrom.get(r);
    if (gap) {
      path.push({ token, from: gap[j], to: j });
      j = gap[j];
      r--;
      continue;
    }
    const move = moves[r * cols + j];
    if (move === DIAGONAL && j > 0) {
      if (ids[token] >= 0 && index.ids[region.from + j - 1] === ids[token]) matched++;
      path.push({ token, from: j - 1, to: j });
      j--;
      r--;
    } else if (move === LEFT && j > 0) {
      path.push({ token: -1, from: j - 1, to: j });
      j--;
    } else {
      path.push({ token, from: j, to: j });
      r--;
    }
  }
  path.reverse();
  for (const step of path) {
    step.from += region.from;
    step.to += region.from;
  }
  // The passage: from the first to the last source word taken (a word added at either end takes none).
  const taken = path.filter((s) => s.to > s.from);
  if (taken.length === 0) return undefined;
  return { cost, matched, from: taken[0].from, to: taken[taken.length - 1].to, path };
}

/** The alignment as diff steps, runs of one kind joined. */
function diffOps(index: SourceIndex, tokens: QuoteToken[], path: Step[]): DiffOp[] {
  const ops: DiffOp[] = [];
  const sourceSpan = (from: number, to: number): Span => ({ start: index.starts[from], end: index.ends[to - 1], words: to - from });
  const quoteSpan = (token: number): Span => ({ start: tokens[token].start, end: tokens[token].end, words: tokens[token].kind === 'word' ? 1 : 0 });
  const join = (a: Span | undefined, b: Span | undefined): Span | undefined => (!a ? b : !b ? a : { start: a.start, end: b.end, words: a.words + b.words });
  const push = (op: DiffOp) => {
    const last = ops[ops.length - 1];
    if (last && last.kind === op.kind && op.kind !== 'omitted') {
      const merged = { ...last } as Record<string, unknown>;
      if ('quote' in op) merged['quote'] = join((last as { quote?: Span }).quote, op.quote);
      if ('source' in op) merged['source'] = join((last as { source?: Span }).source, op.source);
      ops[ops.length - 1] = merged as unknown as DiffOp;
    } else ops.push(op);
  };
  for (const step of path) {
    if (step.token < 0) {
      push({ kind: 'dropped', source: sourceSpan(step.from, step.to) });
      continue;
    }
    const token = tokens[step.token];
    if (token.kind === 'gap') {
      push(step.to > step.from ? { kind: 'omitted', quote: quoteSpan(step.token), source: sourceSpan(step.from, step.to) } : { kind: 'omitted', quote: quoteSpan(step.token) });
    } else if (step.to === step.from) {
      push({ kind: 'added', quote: quoteSpan(step.token) });
    } else {
      const same = index.vocabulary.get(token.norm) === index.ids[step.from];
      push({ kind: same ? 'equal' : 'changed', quote: quoteSpan(step.token), source: sourceSpan(step.from, step.to) });
    }
  }
  return ops;
}
