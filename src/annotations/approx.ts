/**
 * Approximate string matching with Myers' bit-parallel algorithm in Hyyrö's multi-block form:
 * O(n · ⌈m/32⌉) for a pattern of m UTF-16 units over n units of text, no backtracking, no
 * allocation per character. Used for fuzzy re-anchoring and for edit distances.
 */

/** Work done so far, in the units of budget.ts; only read (by tests and the benchmark) to check bounds. */
export const approxWork = { units: 0 };

interface CompiledPattern {
  length: number;
  blocks: number;
  /** For each character code in the pattern, one 32-bit mask per block of the rows holding it. */
  peq: Map<number, Int32Array>;
  /** The same for codes below 256, as a flat table (block b of code c at c · blocks + b): no lookup per character. */
  low: Int32Array;
  /** Per block, the bit of its last row. */
  lastRow: Int32Array;
}

function compile(pattern: string, reversed: boolean): CompiledPattern {
  const m = pattern.length;
  const blocks = Math.max(1, Math.ceil(m / 32));
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(reversed ? m - 1 - i : i);
    let masks = peq.get(code);
    if (!masks) {
      masks = new Int32Array(blocks);
      peq.set(code, masks);
    }
    masks[i >> 5]! |= 1 << (i & 31);
  }
  const lastRow = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) lastRow[b] = b < blocks - 1 ? 1 << 31 : 1 << ((m - 1) & 31);
  const low = new Int32Array(256 * blocks);
  for (const [code, masks] of peq) if (code < 256) low.set(masks, code * blocks);
  return { length: m, blocks, peq, low, lastRow };
}

/**
 * Runs the pattern over `count` characters of text starting at `from`, forwards, or backwards from
 * `from - 1` when `backwards`. Calls `column(j, score)` after j+1 characters, where score is the
 * edit distance between the pattern and the best-matching text ending at that character — starting
 * anywhere (semi-global), or exactly at the first character read when `anchored`.
 */
function scan(
  compiled: CompiledPattern,
  text: string,
  from: number,
  count: number,
  backwards: boolean,
  anchored: boolean,
  column: (j: number, score: number) => void,
  /** `column` is called only where the score is within this, or a run of such columns just ended. */
  within = Number.POSITIVE_INFINITY,
): void {
  const { blocks, peq, low, lastRow } = compiled;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const zero = new Int32Array(blocks);
  let score = compiled.length;
  let inRun = false;
  const top = anchored ? 1 : 0;
  approxWork.units += count * blocks;
  for (let j = 0; j < count; j++) {
    const code = text.charCodeAt(backwards ? from - 1 - j : from + j);
    const eqs = code < 256 ? low : peq.get(code) ?? zero;
    const base = code < 256 ? code * blocks : 0;
    let hin = top;
    for (let b = 0; b < blocks; b++) {
      const pv = P[b]!;
      const mv = M[b]!;
      let eq = eqs[base + b]!;
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const mask = lastRow[b]!;
      const hout = (ph & mask) !== 0 ? 1 : (mh & mask) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score <= within) {
      inRun = true;
      column(j, score);
    } else if (inRun) {
      inRun = false;
      column(j, score);
    }
  }
}

/** Work units (see budget.ts) of an edit distance or similarity between strings of these lengths. */
export function distanceCost(aLength: number, bLength: number): number {
  return Math.ceil(Math.min(aLength, bLength) / 32) * Math.max(aLength, bLength) + 1;
}

/** Work units of approxSearch over `span` characters with a pattern of `m` and up to `limit` matches. */
export function searchCost(m: number, span: number, maxErrors: number, limit: number): number {
  const blocks = Math.ceil(m / 32);
  return blocks * (span + Math.min(limit, span) * (m + maxErrors)) + 1;
}

/** Reused row of the table for short strings (stored context is at most 32 characters a side). */
let row = new Int32Array(65);

/** Plain dynamic programming: for short strings it beats compiling a bit-parallel pattern. */
function smallDistance(a: string, b: string): number {
  const n = a.length;
  approxWork.units += Math.ceil((n * b.length) / 32);
  if (row.length <= n) row = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) row[i] = i;
  for (let j = 1; j <= b.length; j++) {
    const code = b.charCodeAt(j - 1);
    let diagonal = row[0]!;
    row[0] = j;
    for (let i = 1; i <= n; i++) {
      const up = row[i]!;
      const substitution = diagonal + (a.charCodeAt(i - 1) === code ? 0 : 1);
      row[i] = Math.min(up + 1, row[i - 1]! + 1, substitution);
      diagonal = up;
    }
  }
  return row[n]!;
}

/**
 * The semi-global forward scan of `scan` for a pattern of at most 32 units, where a whole-text
 * search spends its time: one word per column, and `column` called only where the score is within
 * `maxErrors` or a run of such columns just ended.
 */
function scanOneBlock(compiled: CompiledPattern, text: string, from: number, count: number, maxErrors: number, column: (j: number, score: number) => void): void {
  const { peq, low } = compiled;
  const mask = compiled.lastRow[0]!;
  let pv = -1;
  let mv = 0;
  let score = compiled.length;
  let inRun = false;
  approxWork.units += count;
  for (let j = 0; j < count; j++) {
    const code = text.charCodeAt(from + j);
    const eq = code < 256 ? low[code]! : peq.get(code)?.[0] ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & mask) !== 0) score++;
    else if ((mh & mask) !== 0) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= maxErrors) {
      inRun = true;
      column(j, score);
    } else if (inRun) {
      inRun = false;
      column(j, score);
    }
  }
}

/**
 * Edit distance from a fixed pattern to many pieces of text, the pattern compiled once: scoring
 * thousands of candidate places against the same stored context. `distanceTo(text, from, to)`
 * equals editDistance(pattern, text.slice(from, to)).
 */
export function distanceFrom(pattern: string): (text: string, from: number, to: number) => number {
  if (pattern.length === 0) return (_text, from, to) => to - from;
  const compiled = compile(pattern, false);
  return (text, from, to) => {
    let last = pattern.length;
    scan(compiled, text, from, to - from, false, true, (_j, score) => {
      last = score;
    });
    return last;
  };
}

/** scanOneBlock for patterns of 33 to 64 units (short quotes searched in the whole text): two words per column. */
function scanTwoBlocks(compiled: CompiledPattern, text: string, from: number, count: number, maxErrors: number, column: (j: number, score: number) => void): void {
  const { peq, low } = compiled;
  const mask1 = compiled.lastRow[1]!;
  let pv0 = -1;
  let mv0 = 0;
  let pv1 = -1;
  let mv1 = 0;
  let score = compiled.length;
  let inRun = false;
  approxWork.units += 2 * count;
  for (let j = 0; j < count; j++) {
    const code = text.charCodeAt(from + j);
    let eq0: number;
    let eq1: number;
    if (code < 256) {
      eq0 = low[code * 2]!;
      eq1 = low[code * 2 + 1]!;
    } else {
      const masks = peq.get(code);
      eq0 = masks ? masks[0]! : 0;
      eq1 = masks ? masks[1]! : 0;
    }
    // Block 0 (rows 1–32), no carry in: the top row of a semi-global search is all zeros.
    const xv0 = eq0 | mv0;
    const xh0 = (((eq0 & pv0) + pv0) ^ pv0) | eq0;
    let ph0 = mv0 | ~(xh0 | pv0);
    let mh0 = pv0 & xh0;
    const carry = (ph0 & (1 << 31)) !== 0 ? 1 : (mh0 & (1 << 31)) !== 0 ? -1 : 0;
    ph0 <<= 1;
    mh0 <<= 1;
    pv0 = mh0 | ~(xv0 | ph0);
    mv0 = ph0 & xv0;
    // Block 1, with block 0's horizontal delta carried in.
    const xv1 = eq1 | mv1;
    if (carry < 0) eq1 |= 1;
    const xh1 = (((eq1 & pv1) + pv1) ^ pv1) | eq1;
    let ph1 = mv1 | ~(xh1 | pv1);
    let mh1 = pv1 & xh1;
    if ((ph1 & mask1) !== 0) score++;
    else if ((mh1 & mask1) !== 0) score--;
    ph1 <<= 1;
    mh1 <<= 1;
    if (carry < 0) mh1 |= 1;
    else if (carry > 0) ph1 |= 1;
    pv1 = mh1 | ~(xv1 | ph1);
    mv1 = ph1 & xv1;
    if (score <= maxErrors) {
      inRun = true;
      column(j, score);
    } else if (inRun) {
      inRun = false;
      column(j, score);
    }
  }
}

/** Levenshtein distance (insertions, deletions, substitutions of UTF-16 units). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (a === b) return 0;
  if (a.length * b.length <= 4096) return smallDistance(a, b);
  let last = a.length;
  scan(compile(a, false), b, 0, b.length, false, true, (_j, score) => {
    last = score;
  });
  return last;
}

/**
 * The edit distance, or undefined when it would cost more than `maxUnits`. A common prefix and
 * suffix do not change the distance and are set aside first, so two long texts that differ in one
 * place cost little whatever their length.
 */
export function boundedEditDistance(a: string, b: string, maxUnits: number): number | undefined {
  let head = 0;
  const shorter = Math.min(a.length, b.length);
  while (head < shorter && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shorter - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  const aMiddle = a.slice(head, a.length - tail);
  const bMiddle = b.slice(head, b.length - tail);
  if (aMiddle.length === 0 || bMiddle.length === 0) return Math.max(aMiddle.length, bMiddle.length);
  if (distanceCost(aMiddle.length, bMiddle.length) > maxUnits) return undefined;
  return editDistance(aMiddle, bMiddle);
}

/** 1 for equal strings, 0 for nothing in common; 1 − distance / longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - editDistance(a, b) / longer;
}

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Best approximate occurrences of `pattern` in `text[from, to)` with at most `maxErrors` edits: one
 * per run of adjacent end positions within the bound (the one with fewest errors). At most `limit`
 * matches, fewest errors first.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length, limit = 200): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0 || maxErrors < 0 || maxErrors >= m || to <= from) return [];
  const forward = compile(pattern, false);
  const ends: { end: number; errors: number }[] = [];
  let runBest: { end: number; errors: number } | undefined;
  const column = (j: number, score: number) => {
    if (score <= maxErrors) {
      if (!runBest || score < runBest.errors) runBest = { end: from + j + 1, errors: score };
    } else if (runBest) {
      ends.push(runBest);
      runBest = undefined;
      // Only the best `limit` can be chosen: trimming as they come keeps a hostile text from piling up ends.
      if (ends.length >= 8 * limit) keepBest(ends, limit);
    }
  };
  if (forward.blocks === 1) scanOneBlock(forward, text, from, to - from, maxErrors, column);
  else if (forward.blocks === 2) scanTwoBlocks(forward, text, from, to - from, maxErrors, column);
  else scan(forward, text, from, to - from, false, false, column, maxErrors);
  if (runBest) ends.push(runBest);
  keepBest(ends, limit);
  const chosen = ends;
  const backward = compile(pattern, true);
  return chosen.map(({ end, errors }) => ({ start: matchStart(backward, text, from, end, errors, m), end, errors }));
}

/** Sorts `ends` fewest errors first (then by position) and keeps the first `limit`. */
function keepBest(ends: { end: number; errors: number }[], limit: number): void {
  ends.sort((x, y) => x.errors - y.errors || x.end - y.end);
  if (ends.length > limit) ends.length = limit;
}

/** Start of the best match ending at `end`: the length closest to the pattern's among those with the fewest errors. */
function matchStart(backward: CompiledPattern, text: string, from: number, end: number, errors: number, m: number): number {
  const span = Math.min(end - from, m + errors);
  let best = end - Math.min(m, end - from);
  let bestScore = Number.POSITIVE_INFINITY;
  let bestGap = Number.POSITIVE_INFINITY;
  scan(backward, text, end, span, true, true, (j, score) => {
    const length = j + 1;
    const gap = Math.abs(length - m);
    if (score < bestScore || (score === bestScore && gap < bestGap)) {
      bestScore = score;
      bestGap = gap;
      best = end - length;
    }
  });
  return best;
}
