// The units the per-paragraph stages analyse: paragraphs, and bounded pieces of a paragraph too long
// for any article. Without the pieces one huge paragraph (hostile or broken text) holds its tokens all
// at once and is analysed again whole after every keystroke in it.
import type { Stretch } from './edits';
import { paragraphStarts } from './entities';

/** A paragraph up to this many characters is analysed whole (real news paragraphs stay far below it). */
export const LONG_PARAGRAPH = 40_000;
/** Bounds of the pieces of a longer paragraph (the last piece may be shorter than the minimum). */
export const PIECE_MIN = 4_000;
export const PIECE_MAX = 16_000;

/**
 * How likely each kind of place is to end a piece, as a mask on a hash of the text around it: every
 * 16th sentence end, every 512th other word start, and in text without spaces every 512th place
 * between a word and punctuation. The choice depends on nothing but the nearby text, so after an
 * edit the cuts further on fall at the same places as before and their pieces are reused.
 */
const NATURAL_MASK = [-1, 511, 511, 15];
/** Characters on each side of a place that its hash reads. */
const HASH_REACH = 8;
/** Text without a space within this many characters before a place counts as text without spaces. */
const SPACELESS_REACH = 32;

/** The piece starts of the previous analysis and the edit since: cuts away from the edit are taken over. */
export interface PreviousPieces {
  starts: readonly number[];
  edit: Stretch;
}

export interface PieceOptions {
  previous?: PreviousPieces;
  /** Counts the places looked at in search of cuts (for tests: an edit looks again only near itself). */
  work?: { places: number };
}

/** Start offsets of the units to analyse: every paragraph, with the pieces of a long one. */
export function pieceStarts(text: string, options: PieceOptions = {}): number[] {
  const paragraphs = paragraphStarts(text);
  const starts: number[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const start = paragraphs[p];
    const end = p + 1 < paragraphs.length ? paragraphs[p + 1] : text.length;
    starts.push(start);
    if (end - start <= LONG_PARAGRAPH) continue;
    const crlf = hasCr(text, start, end);
    if (forward(text, start, LONG_PARAGRAPH, end, crlf) < end) addCuts(text, start, end, crlf, starts, options);
  }
  return starts;
}

/**
 * The cut after `from` that the previous analysis made, when the text it was chosen from lies wholly
 * before the edit (the choice reads up to `high` + twice HASH_REACH) or starts after it, else -1.
 */
function earlierCut(window: { from: number; low: number; high: number; end: number }, previous: PreviousPieces): number {
  const { from, low, high, end } = window;
  const { starts, edit } = previous;
  let old: number;
  if (high + 2 * HASH_REACH + 2 <= edit.start) old = from;
  else if (from >= edit.newEnd) old = from - edit.delta;
  else return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < old) lo = mid + 1;
    else hi = mid;
  }
  if (starts[lo] !== old || lo + 1 >= starts.length) return -1;
  const cut = starts[lo + 1] + (from - old);
  // A paragraph start instead of a cut (the paragraph ended there, or was not long before): look again.
  return cut >= low && cut <= high && cut < end ? cut : -1;
}

/**
 * Cuts [start, end) into pieces of at most PIECE_MAX characters: each at the first natural place at
 * least PIECE_MIN after the last cut or, when there is none within PIECE_MAX, at the place of the
 * best kind there (a sentence end, a word start, next to punctuation, else between any two
 * characters that are not one character together) with the smallest hash. Where text repeats one
 * pattern no place is natural; the smallest hash then falls where the pattern breaks, so the cuts
 * after an edit fall in with the earlier ones again there.
 */
function addCuts(text: string, start: number, end: number, crlf: boolean, starts: number[], { previous, work }: PieceOptions): void {
  let from = start;
  const best = [-1, -1, -1, -1];
  const bestHash = [0, 0, 0, 0];
  for (;;) {
    const high = forward(text, from, PIECE_MAX, end, crlf);
    if (high >= end) break;
    const low = forward(text, from, PIECE_MIN, end, crlf);
    const earlier = previous ? earlierCut({ from, low, high, end }, previous) : -1;
    if (earlier >= 0) {
      starts.push(earlier);
      from = earlier;
      continue;
    }
    let cut = -1;
    best.fill(-1);
    let lastSpace = low - 1;
    while (lastSpace >= low - SPACELESS_REACH && !isSpace(text.charCodeAt(lastSpace))) lastSpace--;
    for (let i = low; i <= high; i++) {
      if (isSpace(text.charCodeAt(i - 1))) lastSpace = i - 1;
      const kind = placeKind(text, i, i - lastSpace > SPACELESS_REACH);
      // Places inside words matter only in a window with no other kind: they are hashed below, if at all.
      if (kind <= 0) continue;
      const hash = placeHash(text, i, crlf);
      if ((hash & NATURAL_MASK[kind]) === 0) {
        cut = i;
        break;
      }
      if (best[kind] < 0 || hash <= bestHash[kind]) {
        best[kind] = i;
        bestHash[kind] = hash;
      }
    }
    if (work) work.places += (cut < 0 ? high : cut) - low + 1;
    for (let kind = 3; cut < 0 && kind >= 1; kind--) cut = best[kind]!;
    if (cut < 0) {
      for (let i = low; i <= high; i++) {
        if (placeKind(text, i, false) !== 0) continue;
        const hash = placeHash(text, i, crlf);
        if (cut < 0 || hash <= bestHash[0]) {
          cut = i;
          bestHash[0] = hash;
        }
      }
    }
    // Only a run of combining marks longer than a piece has no place at all: cut it, keeping surrogate pairs whole.
    if (cut < 0) cut = isLowSurrogate(text.charCodeAt(high)) && isHighSurrogate(text.charCodeAt(high - 1)) ? high - 1 : high;
    starts.push(cut);
    from = cut;
  }
}

/**
 * What place `i` (between text[i-1] and text[i]) is: 3 a sentence end, 2 a word start after
 * white space, 1 next to punctuation in text without spaces, 0 any other place between two
 * characters that are not one (a surrogate pair, a letter and its marks, an emoji sequence), -1 none.
 * `spaceless`: no white space in the SPACELESS_REACH characters before `i`.
 */
function placeKind(text: string, i: number, spaceless: boolean): number {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  if ((isHighSurrogate(before) && isLowSurrogate(after)) || (before === 0x0d && after === 0x0a)) return -1;
  if (joinsPrevious(text, i) || before === 0x200d) return -1;
  if (isSpace(before)) {
    if (isSpace(after)) return 0;
    return endsSentence(text, i) ? 3 : 2;
  }
  if (isSpace(after) || !(isPunctuation(before) || isPunctuation(after))) return 0;
  return spaceless ? 1 : 0;
}

/** Whether the white space before `i` follows a sentence's end: . ! or ? after a lower-case word, maybe closing marks. */
function endsSentence(text: string, i: number): boolean {
  let k = i - 1;
  const spaceFloor = Math.max(0, i - 40);
  while (k > spaceFloor && isSpace(text.charCodeAt(k))) k--;
  // Counted from the last non-space, so that CRs in the space before do not change the answer.
  const floor = Math.max(0, k - 30);
  while (k > floor && isClosing(text.charCodeAt(k))) k--;
  const mark = text.charCodeAt(k);
  if (mark !== 0x2e && mark !== 0x21 && mark !== 0x3f) return false;
  let letters = 0;
  k--;
  while (k >= floor && isLowerOrDigit(text.charCodeAt(k))) {
    letters++;
    k--;
  }
  // "said." ends a sentence; "Mr.", "U.S." and "p.m." do not.
  return letters >= 2 && (k < 0 || !isLetter(text.charCodeAt(k)) && text.charCodeAt(k) !== 0x2e);
}

/**
 * FNV-1a over the HASH_REACH characters on each side of place `i`, a CR before an LF not counted, so
 * that a CRLF checkout is cut where its LF checkout is.
 */
function placeHash(text: string, i: number, crlf: boolean): number {
  let h = 0x811c9dc5;
  if (!crlf) {
    const to = Math.min(text.length, i + HASH_REACH);
    for (let k = Math.max(0, i - HASH_REACH); k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    return h >>> 0;
  }
  let from = i;
  for (let n = 0; n < HASH_REACH && from > 0; n++) {
    from--;
    if (text.charCodeAt(from) === 0x0d && text.charCodeAt(from + 1) === 0x0a && from > 0) from--;
  }
  for (let k = from, n = 0; k < text.length && (k < i || n < HASH_REACH); k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0d && text.charCodeAt(k + 1) === 0x0a) continue;
    if (k >= i) n++;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** Whether [start, end) holds a CR. */
function hasCr(text: string, start: number, end: number): boolean {
  const at = text.indexOf('\r', start);
  return at >= 0 && at < end;
}

/**
 * The place `units` characters after `from` (at most `end`), a CR before an LF not counted when the
 * paragraph has CRs (`crlf`); never between the two.
 */
function forward(text: string, from: number, units: number, end: number, crlf: boolean): number {
  if (!crlf) return Math.min(from + units, end);
  let p = from;
  for (let n = 0; n < units && p < end; p++) if (!(text.charCodeAt(p) === 0x0d && text.charCodeAt(p + 1) === 0x0a)) n++;
  return p;
}

/** A character that belongs to the one before it: a combining mark, a variation selector, a joiner or a skin tone. */
function joinsPrevious(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)) return true;
  if (c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) return true;
  // Emoji skin tones U+1F3FB–U+1F3FF and tag characters U+E0020–U+E007F, as surrogate pairs.
  const next = text.charCodeAt(i + 1);
  if (c === 0xd83c && next >= 0xdffb && next <= 0xdfff) return true;
  return c === 0xdb40 && next >= 0xdc20 && next <= 0xdc7f;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Punctuation a word never runs through (apostrophes, hyphens and full stops can be inside one). */
function isPunctuation(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x7c ||
    c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || c === 0x2014 || c === 0x2013 || c === 0x2026;
}

function isClosing(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0xbb;
}

function isLowerOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
