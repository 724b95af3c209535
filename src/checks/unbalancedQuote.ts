// unbalanced-quote: a double quotation mark opened and never closed within its paragraph (unless
// the next paragraph opens with a mark, the convention for a quotation running on), a closing mark
// with nothing open, and an opening single mark inside a double quotation that is never closed.
import { endsParagraph } from '../extractor/quotes';
import type { CheckContext, Finding, Rule } from './types';

const enum Role { Open, Close, Either, Skip }

const STRAIGHT = 0x22;
const LEFT = 0x201c;
const RIGHT = 0x201d;
const LOW = 0x201e;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const APOSTROPHE = 0x27;
/** Words that start with an apostrophe in running text: never an opening single mark. */
const ELISIONS = /^(?:em|til|till|cause|n|tis|twas|bout|round|nuff|kay)\b/i;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c !== 0x2014 && c !== 0x2013 && c !== LEFT && c !== RIGHT && c !== LEFT_SINGLE && c !== RIGHT_SINGLE && c !== 0x2026);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
/** Characters after which a mark opens: start, space, brackets, dashes, slash, another mark. */
function opensAfter(c: number): boolean {
  return c < 0 || isSpace(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === LEFT || c === LEFT_SINGLE || c === APOSTROPHE;
}

function doubleRole(text: string, i: number): Role {
  const c = text.charCodeAt(i);
  if (c === LEFT || c === LOW) return Role.Open;
  if (c === RIGHT) return Role.Close;
  if (c !== STRAIGHT) return Role.Skip;
  if (text.charCodeAt(i - 1) === 0x3d || text.charCodeAt(i + 1) === 0x3e) return Role.Skip; // markup: attr="…">
  if (text.charCodeAt(i + 1) === 0x73 && !isWordChar(text.charCodeAt(i + 2)) && isSpace(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i - 2))) return Role.Skip; // women "s: a broken apostrophe
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (isDigit(prev) && !opensAfter(prev)) return Role.Skip; // 5'10": an inch mark
  const canOpen = opensAfter(prev) && !(next < 0 || isSpace(next));
  const canClose = !(prev < 0 || isSpace(prev)) && !isWordChar(next);
  if (canOpen && !canClose) return Role.Open;
  if (canClose && !canOpen) return Role.Close;
  return Role.Either;
}

function isDoubleMark(c: number): boolean {
  return c === STRAIGHT || c === LEFT || c === RIGHT || c === LOW;
}

/** First non-space index after `i`, or -1. */
function nextNonSpace(text: string, i: number): number {
  for (let j = i; j < text.length; j++) if (!isSpace(text.charCodeAt(j))) return j;
  return -1;
}

/**
 * True when the first double mark after the paragraph break at `i` can only close: the quotation
 * runs on over lines that each end a sentence (text with one sentence a line). A mark that opens
 * there starts a new quotation, so the open one was never closed.
 */
function laterCloser(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (isDoubleMark(text.charCodeAt(j))) {
      const role = doubleRole(text, j);
      if (role !== Role.Skip) return role === Role.Close ? j : -1;
    }
  }
  return -1;
}

interface SingleState {
  /** Offset of an opening single mark still waiting for its closing one inside the current double quotation. */
  open: number;
}

/** Tracks single marks inside a double quotation: opens on ‘ or ' after a space, closes on ’ or ' before a non-letter. */
function scanSingle(text: string, i: number, state: SingleState): void {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (c !== LEFT_SINGLE && c !== RIGHT_SINGLE && c !== APOSTROPHE) return;
  const between = isWordChar(prev) && isWordChar(next);
  if (between) return; // an apostrophe: don't, Blinken’s
  if (opensAfter(prev) && isWordChar(next) && c !== RIGHT_SINGLE) {
    if (isDigit(next) || ELISIONS.test(text.slice(i + 1, i + 6))) return;
    if (state.open < 0) state.open = i;
    return;
  }
  if (!isWordChar(next) && !opensAfter(prev)) state.open = -1; // a closing mark (or a plural possessive: lenient)
}

const INTERESTING = /["\u201c\u201d\u201e\u2018\u2019'\n]/g;
const NEVER_CLOSED = 'This quotation mark opens a quotation that is never closed in its paragraph.';
const CLOSED_BY_NEXT = 'This quotation mark opens a quotation that is never closed before the next one opens.';
const STRAY_CLOSE = 'This closing quotation mark has no opening mark.';
const SINGLE_OPEN = 'This single quotation mark inside a quotation is never closed.';

interface Opened {
  at: number;
  curly: boolean;
}

/**
 * Open quotations are kept as a stack of at most two: a curly quotation may hold a straight one and
 * the other way round (a nested quotation typed with the other style), but a quotation of one style
 * cannot hold another of the same style, so a second opening of that style means the first was
 * never closed.
 */
export function findUnbalancedQuotes(text: string): Finding[] {
  const findings: Finding[] = [];
  const flag = (start: number, message: string) => findings.push({ rule: 'unbalanced-quote', start, end: start + 1, message });
  const stack: Opened[] = [];
  const single: SingleState = { open: -1 };
  let continuing = false; // the next paragraph's first mark continues the open quotation
  let lineStart = 0;
  // The closing mark found ahead of a paragraph break: later breaks before it need no new search (linear time).
  let closerAhead = -1;
  const runsOn = (i: number): boolean => {
    if (closerAhead > i) return true;
    closerAhead = laterCloser(text, i);
    return closerAhead > i;
  };
  const endSingle = () => {
    if (single.open >= 0) flag(single.open, SINGLE_OPEN);
    single.open = -1;
  };
  // Only marks and line breaks matter: a native regex scan jumps from one to the next.
  const nextMark = (from: number): number => {
    INTERESTING.lastIndex = from;
    const m = INTERESTING.exec(text);
    return m ? m.index : from <= text.length ? text.length : text.length + 1;
  };
  for (let i = nextMark(0); i <= text.length; i = nextMark(i + 1)) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      const atEnd = i >= text.length;
      if (stack.length > 0 && (atEnd || endsParagraph(text, i, lineStart)) && (atEnd || !runsOn(i))) {
        const next = atEnd ? -1 : nextNonSpace(text, i + 1);
        endSingle();
        if (next >= 0 && isDoubleMark(text.charCodeAt(next)) && doubleRole(text, next) !== Role.Close) {
          continuing = true; // the next paragraph's opening mark carries the quotation on
          stack.length = 0;
        } else {
          flag(stack[0].at, NEVER_CLOSED);
          stack.length = 0;
        }
      }
      lineStart = i + 1;
      continue;
    }
    if (!isDoubleMark(c)) {
      if (stack.length > 0) scanSingle(text, i, single);
      continue;
    }
    let role = doubleRole(text, i);
    if (role === Role.Skip) {
      // After a digit: an inch mark, unless a straight quotation is open ("a "2" rating").
      if (c !== STRAIGHT || stack[stack.length - 1]?.curly !== false || isInchMark(text, i)) continue;
      role = Role.Close;
    }
    const curly = c !== STRAIGHT;
    const turned = curly ? turnedMark(text, i, stack[stack.length - 1]?.curly === true) : undefined;
    if (turned) {
      findings.push({ rule: 'unbalanced-quote', start: i, end: i + 1, message: turned.message, fix: { replacement: turned.replacement } });
      role = turned.role;
    }
    if (continuing) {
      continuing = false;
      stack.push({ at: i, curly });
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) {
      if (role === Role.Close) flag(i, STRAY_CLOSE);
      else stack.push({ at: i, curly });
      continue;
    }
    const closes = curly ? role === Role.Close : role !== Role.Open && (top.curly === false || role === Role.Close);
    if (closes) {
      stack.pop();
      if (stack.length === 0) endSingle();
    } else if (top.curly !== curly && stack.length === 1) {
      stack.push({ at: i, curly });
    } else {
      flag(top.at, CLOSED_BY_NEXT);
      stack[stack.length - 1] = { at: i, curly };
    }
  }
  return findings;
}

/**
 * A curly mark typed the wrong way round: “ closing a curly quotation right after a word and before
 * a space or punctuation (“rapists“), or ” opening one before a word after a space (”Mr. Trump).
 */
function turnedMark(text: string, i: number, curlyOpen: boolean): { role: Role; replacement: string; message: string } | undefined {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (c === LEFT && curlyOpen && prev >= 0 && !isSpace(prev) && !opensAfter(prev) && !isWordChar(next)) {
    return { role: Role.Close, replacement: '\u201d', message: 'This opening mark “ closes the quotation: it should be ”.' };
  }
  if (c === RIGHT && !curlyOpen && opensAfter(prev) && prev !== LEFT && next >= 0 && !isSpace(next) && (isWordChar(next) || next === 0x2026)) {
    return { role: Role.Open, replacement: '\u201c', message: 'This closing mark ” opens a quotation: it should be “.' };
  }
  return undefined;
}

/** A straight mark right after a number with a unit of feet before it (6'2"), or a number then a space or the end. */
function isInchMark(text: string, i: number): boolean {
  return /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 6), i));
}

export const unbalancedQuote: Rule = {
  id: 'unbalanced-quote',
  defaultSeverity: 'error',
  summary: 'A quotation mark that is opened and never closed, or closed without being opened.',
  run: (context: CheckContext) => findUnbalancedQuotes(context.text),
};
