// Quotation marks and the characters around them: which marks there are, and whether a double
// mark opens or closes a quotation from its flanking characters.

// Character codes the scanner looks at.
export const LF = 0x0a;
export const CR = 0x0d;
export const STRAIGHT_DOUBLE = 0x22; // "
export const LEFT_DOUBLE = 0x201c; // “
export const RIGHT_DOUBLE = 0x201d; // ”
export const LOW_DOUBLE = 0x201e; // „
export const LEFT_GUILLEMET = 0xab; // «
export const RIGHT_GUILLEMET = 0xbb; // »
export const LEFT_SINGLE = 0x2018; // ‘
export const RIGHT_SINGLE = 0x2019; // ’ (also the typographic apostrophe)

/** Longest top-level ‘single-quoted’ phrase accepted; longer runs are more likely stray apostrophes. */
export const MAX_SINGLE_QUOTE = 400;

/** i - from, CRs not counted (a CRLF file measures as its LF checkout); scans only past the limit. */
export function lengthWithoutCr(text: string, from: number, i: number): number {
  let length = i - from;
  if (length <= MAX_SINGLE_QUOTE) return length;
  for (let k = from; k < i; k++) if (text.charCodeAt(k) === CR) length--;
  return length;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === LF || c === CR || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isDoubleMark(c: number): boolean {
  return c === STRAIGHT_DOUBLE || c === LEFT_DOUBLE || c === RIGHT_DOUBLE || c === LOW_DOUBLE || c === LEFT_GUILLEMET || c === RIGHT_GUILLEMET;
}

export function isQuoteMark(c: number): boolean {
  return isDoubleMark(c) || c === LEFT_SINGLE || c === RIGHT_SINGLE || c === 0x27;
}

/** Characters after which a mark can open a quotation: start, space, brackets, dashes, slash, other marks. */
export function opensAfter(c: number): boolean {
  return (
    c < 0 || isSpace(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x3c || c === 0x2d || c === 0x2f ||
    c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x3a || isQuoteMark(c)
  );
}

/** Characters before which a mark can close a quotation: end, space, punctuation, brackets, dashes, other marks. */
export function closesBefore(c: number): boolean {
  return (
    c < 0 || isSpace(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f ||
    c === 0x29 || c === 0x5d || c === 0x7d || c === 0x3e || c === 0x2d || c === 0x2f || c === 0x2013 || c === 0x2014 ||
    c === 0x2015 || c === 0x2026 || isQuoteMark(c)
  );
}

export const enum Role { Open, Close, Either }

/** Decides whether a double mark at `i` opens or closes, from its flanking characters and its shape. */
export function doubleRole(text: string, i: number, c: number): Role {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  const canOpen = opensAfter(prev) && !(next < 0 || isSpace(next));
  const canClose = !(prev < 0 || isSpace(prev)) && closesBefore(next);
  if (c === LEFT_DOUBLE || c === LOW_DOUBLE || c === LEFT_GUILLEMET) return canClose && !canOpen ? Role.Close : Role.Open;
  if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) return canOpen && !canClose ? Role.Open : Role.Close;
  if (canOpen && !canClose) return Role.Open;
  if (canClose && !canOpen) return Role.Close;
  return Role.Either;
}
