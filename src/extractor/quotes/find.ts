// Finding quotations by their marks: double marks (straight, curly, low, guillemets) paired
// across lines and paragraphs, and top-level ‘single-quoted’ phrases; each marked short when it is
// a quoted phrase rather than speech.
import type { Span } from '../types';
import { Break, lineBreakKind, nextLineClosesQuote, nextParagraphStart, startsWithSpeakerLabel } from './lines';
import {
  closesBefore,
  doubleRole,
  isDigit,
  isDoubleMark,
  isLetter,
  isSpace,
  LEFT_DOUBLE,
  LEFT_GUILLEMET,
  LEFT_SINGLE,
  lengthWithoutCr,
  LF,
  LOW_DOUBLE,
  MAX_SINGLE_QUOTE,
  opensAfter,
  RIGHT_DOUBLE,
  RIGHT_GUILLEMET,
  RIGHT_SINGLE,
  Role,
  STRAIGHT_DOUBLE,
} from './marks';

/** A quotation found by its marks, before any speaker is attached. */
export interface RawQuote extends Span {
  outerStart: number;
  outerEnd: number;
  short: boolean;
  /** For a quote running over several paragraphs: the text of each paragraph inside its marks. */
  parts?: Span[];
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

/** Words in text[start, end), counted up to `limit`. */
function countWords(text: string, start: number, end: number, limit = 6): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < limit; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A short quoted phrase ("scare quote", a title) rather than reported speech. */
function isShort(text: string, start: number, end: number): boolean {
  const words = countWords(text, start, end);
  if (words <= 3) return true;
  if (words > 5) return false;
  const last = text.charCodeAt(trimEnd(text, start, end) - 1);
  return !(last === 0x2e || last === 0x3f || last === 0x21 || last === 0x2c);
}

/** Characters after the one at hand that judging it may read (a speaker label after a mark: 40). */
export const NEAR = 48;

/** Where a scan resumes: a quotation mark met with no quotation open, and the quotations before it. */
export interface ScanStart {
  at: number;
  out: RawQuote[];
  /** The furthest character read before it. */
  horizon: number;
}

/** For a scan that can be resumed (see QuoteScanCache). */
export interface ScanHooks {
  from?: ScanStart;
  /**
   * Called at each quotation mark met with no quotation open (a place to resume at), with the
   * quotations found before it and the furthest character read so far; returning true ends the scan.
   */
  rest(at: number, quotes: number, horizon: number): boolean;
}

/**
 * Finds quotations in `text` with a single left-to-right scan (linear time).
 * Double marks (straight, curly, low, guillemets) delimit quotations; marks nested inside one
 * (‘…’ or a quote within a quote) stay part of it. A top-level ‘…’ pair is a quotation too, but a
 * ’ between letters or digits is an apostrophe. A quotation left open at the end of a paragraph
 * continues when the next paragraph opens with a mark (news convention for multi-paragraph
 * quotes), and otherwise ends with the paragraph, so a stray mark never swallows the document.
 */
export function findQuotes(text: string, hooks?: ScanHooks): RawQuote[] {
  const out: RawQuote[] = hooks?.from?.out ?? [];
  const n = text.length;
  /** With hooks: the furthest character read so far, less than NEAR past those looked at. */
  let horizon = hooks?.from?.horizon ?? 0;

  let outerStart = -1; // opening mark of the current double-quoted quotation, -1 if none
  let outerStraight = false;
  let depth = 0; // double-quoted quotations nested inside the current one
  let partStart = -1;
  let parts: Span[] = [];
  let continuationAt = -1; // where the mark that continues a quotation in the next paragraph sits
  let singleAt = -1; // opening ‘ of a top-level single-quoted phrase
  // A scan resumed at a quotation mark: later lines look back to it at most, so it serves as their start.
  let lineStart = hooks?.from?.at ?? 0;
  let curlyCloseAt = -1; // next ” on the current line, looked up once per stretch so the scan stays linear
  let closeLookedUpTo = -1;

  const emit = (end: number, outerEnd: number): void => {
    let start = partStart;
    let openAt = outerStart;
    if (parts.length > 0) {
      // A paragraph with no words inside its marks (a mark alone at a line end) is no part of the
      // quotation: it opens at the mark before its first words and ends with its last words.
      const all = [...parts, { start: partStart, end }].filter((p) => countWords(text, p.start, p.end, 1) > 0);
      if (all.length > 0) {
        start = all[0].start;
        openAt = start - 1;
        if (all[all.length - 1].end !== end) outerEnd = end = all[all.length - 1].end;
      } else start = end;
      if (all.length > 1) {
        out.push({ start, end, outerStart: openAt, outerEnd, short: false, parts: all });
        start = end;
      }
    }
    if (end > start && countWords(text, start, end, 1) > 0) {
      out.push({ start, end, outerStart: openAt, outerEnd, short: isShort(text, start, end) });
    }
    outerStart = -1;
    depth = 0;
    partStart = -1;
    parts = [];
  };

  const open = (i: number, c: number): void => {
    outerStart = i;
    outerStraight = c === STRAIGHT_DOUBLE;
    depth = 0;
    partStart = i + 1;
    parts = [];
    singleAt = -1;
  };

  // Jump from one character of interest to the next; the class has no quantifier, so no backtracking.
  const interesting = /[\n"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;
  for (let i = hooks?.from?.at ?? 0; i < n; i++) {
    interesting.lastIndex = i;
    // test() moves lastIndex past the match without building a match array.
    if (!interesting.test(text)) break;
    i = interesting.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (hooks) {
      if (c !== LF && outerStart < 0 && singleAt < 0 && continuationAt < i && hooks.rest(i, out.length, horizon)) return out;
      // Marks are judged by the characters next to them, a speaker label by the 40 after a mark.
      if (i + NEAR > horizon) horizon = i + NEAR;
    }
    if (c < 0x22) {
      if (c !== LF) continue;
      const lineBegin = lineStart;
      lineStart = i + 1;
      if (continuationAt > i) continue; // blank lines before a continuing paragraph
      if (hooks) {
        // The next line's first character, and the labels and marks after it.
        const next = nextParagraphStart(text, i);
        horizon = Math.max(horizon, next < 0 ? n : next + NEAR);
      }
      const brk = lineBreakKind(text, i, lineBegin);
      if (brk === Break.Soft) continue;
      if (hooks && brk === Break.Line && outerStart >= 0) {
        const lineEnd = text.indexOf('\n', i + 1);
        horizon = Math.max(horizon, lineEnd < 0 ? n : lineEnd + NEAR);
      }
      if (brk === Break.Line && outerStart >= 0 && nextLineClosesQuote(text, i)) continue;
      singleAt = -1;
      if (outerStart < 0) continue;
      const nextStart = nextParagraphStart(text, i);
      const paragraphEnd = trimEnd(text, partStart, i);
      if (
        nextStart >= 0 &&
        isDoubleMark(text.charCodeAt(nextStart)) &&
        doubleRole(text, nextStart, text.charCodeAt(nextStart)) !== Role.Close &&
        !startsWithSpeakerLabel(text, nextStart + 1)
      ) {
        parts.push({ start: partStart, end: paragraphEnd });
        continuationAt = nextStart;
        depth = 0;
      } else {
        emit(paragraphEnd, paragraphEnd);
      }
      continue;
    }
    if (c === STRAIGHT_DOUBLE || c === LEFT_DOUBLE || c === RIGHT_DOUBLE || c === LOW_DOUBLE || c === LEFT_GUILLEMET || c === RIGHT_GUILLEMET) {
      if (i === continuationAt) {
        continuationAt = -1;
        partStart = i + 1;
        outerStraight = c === STRAIGHT_DOUBLE;
        continue;
      }
      // Inside a quotation opened with a curly mark, straight marks are an inner quotation when a
      // curly closing mark still follows on the line (hand-typed or pasted inner quotes).
      if (outerStart >= 0 && !outerStraight && c === STRAIGHT_DOUBLE) {
        if (i >= closeLookedUpTo) {
          let j = i + 1;
          while (j < n && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== RIGHT_DOUBLE) j++;
          curlyCloseAt = j < n && text.charCodeAt(j) === RIGHT_DOUBLE ? j : -1;
          closeLookedUpTo = j;
          if (j + NEAR > horizon) horizon = j + NEAR;
        }
        if (curlyCloseAt > i) continue;
      }
      const role = doubleRole(text, i, c);
      if (outerStart < 0) {
        if (role === Role.Close) continue; // a stray closing mark
        if (c === STRAIGHT_DOUBLE && i > 0 && isDigit(text.charCodeAt(i - 1))) continue; // inches: 5'10"
        open(i, c);
        continue;
      }
      if (role === Role.Open && outerStraight && c === STRAIGHT_DOUBLE && depth === 0 && parts.length === 0) {
        // A straight mark that can only open ("… "word") while a straight quotation is open: the
        // earlier mark was never closed, so it starts nothing and this one opens.
        open(i, c);
      } else if (role === Role.Open && !(outerStraight && c === STRAIGHT_DOUBLE)) {
        depth++; // a quotation inside the quotation
      } else if (depth > 0) {
        depth--;
      } else {
        emit(i, i + 1);
      }
      continue;
    }
    if (c === LEFT_SINGLE) {
      if (outerStart < 0 && singleAt < 0) {
        const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
        const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
        if (opensAfter(prev) && next >= 0 && !isSpace(next) && !isDigit(next)) singleAt = i;
      }
      continue;
    }
    if (c === RIGHT_SINGLE && singleAt >= 0) {
      const prev = text.charCodeAt(i - 1);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (isLetter(next) || isDigit(next) || isSpace(prev) || !closesBefore(next)) continue; // an apostrophe
      if (lengthWithoutCr(text, singleAt, i) <= MAX_SINGLE_QUOTE && i > singleAt + 1) {
        out.push({ start: singleAt + 1, end: i, outerStart: singleAt, outerEnd: i + 1, short: isShort(text, singleAt + 1, i) });
      }
      singleAt = -1;
    }
  }
  if (outerStart >= 0) {
    const end = trimEnd(text, partStart, n);
    emit(end, end);
  }
  return out;
}
