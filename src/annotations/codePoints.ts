/**
 * Conversions between UTF-16 offsets (what editors and the extractor use) and code-point offsets
 * (what the W3C TextPositionSelector stores). Text without surrogate pairs — nearly every article —
 * converts for free.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the high half of each surrogate pair, ascending. */
  private readonly pairs: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairs.push(i);
          i++;
        }
      }
    }
  }

  /** Number of pairs starting before UTF-16 offset `offset`. */
  private pairsBefore(offset: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  toCodePoint(utf16: number): number {
    const offset = Math.max(0, Math.min(utf16, this.text.length));
    if (this.pairs.length === 0) return offset;
    // An offset inside a pair counts as the pair's start, which the same formula gives.
    return offset - this.pairsBefore(offset);
  }

  toUtf16(codePoint: number): number {
    const cp = Math.max(0, codePoint);
    if (this.pairs.length === 0) return Math.min(cp, this.text.length);
    // Each pair before the answer adds one extra unit; find the smallest count k with pairs[k] >= cp + k.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid] < cp + mid) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(cp + lo, this.text.length);
  }
}

/** Moves `offset` off the low half of a surrogate pair so slices never split a character. */
export function snapToCharBoundary(text: string, offset: number, direction: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  const c = text.charCodeAt(offset);
  const before = text.charCodeAt(offset - 1);
  if (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff) return offset + (direction < 0 ? -1 : 1);
  return offset;
}

/**
 * An article's text as selectors see it: every CRLF (or lone CR) line end counts as a single `\n`, so a
 * Windows (CRLF) and a Unix (LF) checkout of the same article give the same selectors, and
 * positions are code points. Offsets into `raw` (the editor's text) and into `text` (the
 * normalised one) convert both ways.
 */
export class SelectorText {
  /** The text with CRLF and lone CR replaced by LF. */
  readonly text: string;
  readonly codePoints: CodePointIndex;
  /** Raw offsets of the `\r` of each CRLF, ascending. */
  private readonly carriageReturns: number[] = [];

  constructor(readonly raw: string) {
    for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) this.carriageReturns.push(i);
    // A lone CR is a line end too (as in VS Code); it becomes `\n` at the same offset, so no
    // normalised text ever holds a CR that could pair with a following `\n`.
    this.text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    this.codePoints = new CodePointIndex(this.text);
  }

  /** Offset in `text` of raw offset `offset` (inside a CRLF → before its `\n`). */
  toNormalized(offset: number): number {
    const crs = this.carriageReturns;
    let lo = 0;
    let hi = crs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (crs[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    // Each CR before the offset is one unit fewer; between `\r` and `\n` lands before the `\n`.
    return offset - lo;
  }

  /** Raw offset of offset `offset` in `text` (a line end maps to before its `\r`). */
  toRaw(offset: number): number {
    const crs = this.carriageReturns;
    // The i-th CR sits at normalised offset crs[i] − i; count those strictly before `offset`.
    let lo = 0;
    let hi = crs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (crs[mid] - mid < offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(offset + lo, this.raw.length);
  }

  /** Raw UTF-16 offset of a stored code-point position. */
  rawOffsetOf(codePoint: number): number {
    return this.toRaw(this.codePoints.toUtf16(codePoint));
  }
}
