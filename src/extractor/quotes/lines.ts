// Line breaks inside and between quotations: whether a newline wraps a line, ends a paragraph or
// is inside a quotation, and transcript speaker labels ("SMITH: …") that open a new turn.
import { CR, doubleRole, isDoubleMark, isQuoteMark, isSpace, LF, RIGHT_SINGLE, Role } from './marks';

export const enum Break { Soft, Line, Blank }

/**
 * What a newline at `i` means: a blank line follows (paragraph), the line ends a sentence or the
 * next line starts a new block (paragraph), or neither (a wrapped line inside a paragraph).
 */
export function lineBreakKind(text: string, i: number, lineStart: number): Break {
  let j = i + 1;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === LF) return Break.Blank;
    if (c !== 0x20 && c !== 0x09 && c !== CR && c !== 0xa0) break;
    j++;
  }
  if (j >= n) return Break.Blank;
  const first = text.charCodeAt(j);
  if (isQuoteMark(first) || first === 0x2d || first === 0x2a || first === 0x2022 || first === 0x23 || first === 0x3e || first === 0x7c || first === 0x2014 || first === 0x2015) return Break.Line;
  let k = i - 1;
  while (k >= lineStart && isSpace(text.charCodeAt(k))) k--;
  if (k < lineStart) return Break.Blank;
  const last = text.charCodeAt(k);
  const endsSentence =
    last === 0x2e || last === 0x3f || last === 0x21 || last === 0x3a || last === 0x3b || last === 0x2026 ||
    isQuoteMark(last) || last === 0x29 || last === 0x2014;
  return endsSentence ? Break.Line : Break.Soft;
}

/** Index of the first non-space character of the next non-blank line after the newline at `i`, or -1. */
export function nextParagraphStart(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) if (!isSpace(text.charCodeAt(j))) return j;
  return -1;
}

/** True when the first double mark on the line after `i` closes a quotation (so the newline is inside one). */
export function nextLineClosesQuote(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) return false;
    if (isDoubleMark(c)) return doubleRole(text, j, c) === Role.Close;
  }
  return false;
}

/** True when a speaker label in capitals opens the text at `i` ("SMITH: …"), as in a transcript: a new turn, not a continuation. */
export function speakerLabelEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + 40);
  let j = i;
  let letters = 0;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) letters++;
    else if (!(c === 0x20 || c === 0x2e || c === 0x2d || c === 0x27 || c === RIGHT_SINGLE)) break;
    j++;
  }
  return j < limit && letters >= 2 && text.charCodeAt(j) === 0x3a ? j : -1;
}

export function startsWithSpeakerLabel(text: string, i: number): boolean {
  return speakerLabelEnd(text, i) >= 0;
}

/** True when the newline at `i` (on a line starting at `lineStart`) ends a paragraph rather than wrapping a line. */
export function endsParagraph(text: string, i: number, lineStart: number): boolean {
  return lineBreakKind(text, i, lineStart) !== Break.Soft;
}
