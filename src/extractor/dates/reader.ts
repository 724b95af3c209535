// The date scanner's view of its tokens: word tests, the cheap head checks, clause tense, and the
// state a head sets for the phrase (its shape, a cut inside the last token). The pattern-family
// parsers (heads/) and the Scanner read tokens through it.
import type { DateParts } from './resolve';
import { parseCompound } from './compound';
import { DECADE_WORDS, DEICTIC_DAYS, FREQUENCY_WORDS, HOLIDAYS, MONTHS, SEASONS, UNITS, WEEKDAYS } from './lexicon';
import { Kind, type Token } from './tokens';
import { DATE_ABBREVIATIONS } from '../text/abbreviations';
import { F_DETERMINER, F_DEICTIC, F_HEAD, F_MONTH, F_NUMBER, F_RELATIVE, F_WEEKDAY, FUTURE_CUES, flagsOf, MONEY_MARKS, PAST_CUES } from './words';

export interface Phrase {
  /** First token of the phrase (a point in time drops leading determiners: "the 2008 crash" → "2008"). */
  start: number;
  end: number;
  parts: DateParts;
}

/** What the prefix words before a head said (see Scanner.simple()). */
export interface PrefixInfo {
  article: boolean;
  /** "the following year", "the previous month": relative to another date in the text, not the article's. */
  anaphoric: boolean;
  fiscal: boolean;
  mods: number;
  strong: boolean;
  det: boolean;
  ordinal?: number;
  rel?: number;
  count?: number;
  vague: boolean;
  edge?: string;
  start: number;
}

/** What a head makes of the phrase's prefix words (see Scanner.simple()). */
export const enum HeadShape {
  /** Prefix words stay as they are. */
  Other = 0,
  /** A point in time (year, month, weekday, day): only words that move or narrow it are kept. */
  Point = 1,
  /** An adjective-like compound ("third-quarter"): the phrase starts at the head. */
  Compound = 2,
}

/** A head parser's answer besides an end index: no date phrase here at all. */
export const NO_DATE = -1;
/** A head parser's answer besides an end index: not this family; the next one is tried. */
export const NEXT_FAMILY = -2;

/**
 * A parser for one family of date heads (months, weekdays, years, …): reads the head at token `j`
 * into `parts` and returns its end index, NO_DATE, or NEXT_FAMILY.
 */
export type HeadFamily = (s: DateReader, j: number, parts: DateParts, m: PrefixInfo) => number;

export class DateReader {
  readonly t: Token[];
  /** Character end of a phrase that stops inside its last token ("2008" of "2008-style"). */
  cutEnd = -1;
  /** Set by a head: what it makes of the prefix words. */
  pointHead: HeadShape = HeadShape.Other;
  private compoundWord = '';
  private compoundParts: DateParts | undefined;

  constructor(
    readonly text: string,
    tokens: Token[],
  ) {
    this.t = tokens;
  }

  /** Token i is in the word sets of `flags` (F_*). */
  has(i: number, flags: number): boolean {
    return i >= 0 && i < this.t.length && (flagsOf(this.t[i]) & flags) !== 0;
  }

  w(i: number): string {
    return i >= 0 && i < this.t.length ? this.t[i].w : '';
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.t.length && (this.t[i].kind === Kind.Word || this.t[i].kind === Kind.Num);
  }

  /** Token i directly follows token i-1 (no space). */
  glued(i: number): boolean {
    return i < this.t.length && !this.t[i].spaceBefore;
  }

  isPossessive(i: number): boolean {
    return this.t[i]?.kind === Kind.Apos && this.w(i + 1) === 's' && this.glued(i) && this.glued(i + 1);
  }

  /** Token i starts a new point-in-time phrase ("this", "last", "yesterday", a month or weekday). */
  opensPoint(i: number): boolean {
    const tok = this.t[i];
    if (!tok) return false;
    const f = flagsOf(tok);
    return (f & (F_DETERMINER | F_RELATIVE | F_DEICTIC)) !== 0 || (tok.cap && (f & (F_MONTH | F_WEEKDAY)) !== 0);
  }

  isCountAt(i: number): boolean {
    const tok = this.t[i];
    if (!tok) return false;
    if (tok.kind === Kind.Num) return tok.w.length <= 3 && !MONEY_MARKS.has(this.w(i - 1));
    return (flagsOf(tok) & F_NUMBER) !== 0 && tok.w !== 'half';
  }

  /** Cheap necessary condition for readHead(): keeps failed attempts free of allocations. */
  mayHead(j: number): boolean {
    const tok = this.t[j];
    if (tok.kind === Kind.Num || tok.kind === Kind.Apos) return true;
    if (tok.kind !== Kind.Word) return false;
    if ((flagsOf(tok) & F_HEAD) !== 0 || tok.hyphen) return true;
    const w = tok.w;
    const c0 = w.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) return true;
    // Any other capitalised word heads only "Q3"/"H1", "FY2022" or "Labor Day" (see heads/).
    return tok.cap && (w.length === 2 || (c0 === 102 && w.charCodeAt(1) === 121) || this.w(j + 1) === 'day');
  }

  /** Cheap check used to stop the prefix loop at a head word. */
  headAt(j: number): boolean {
    const tok = this.t[j];
    const w = tok.w;
    if (tok.kind === Kind.Word && (flagsOf(tok) & F_HEAD) === 0 && w.charCodeAt(0) > 57 && !tok.hyphen) return false;
    if (tok.kind === Kind.Num) return tok.w.length === 4 || (MONTHS.has(this.w(j + 1)) && tok.n <= 31);
    if (UNITS.has(w) || SEASONS.has(w) || DEICTIC_DAYS.has(w) || FREQUENCY_WORDS.has(w)) return true;
    if (tok.cap && (MONTHS.has(w) || WEEKDAYS.has(w) || HOLIDAYS.has(w))) return true;
    if (w.includes('-')) return this.compound(w) !== undefined;
    if ((w.length === 5 && /^\d{4}s$/.test(w)) || DECADE_WORDS.has(w)) return true;
    return false;
  }

  sentenceStart(j: number): boolean {
    if (j === 0) return true;
    const p = this.t[j - 1];
    return p.kind === Kind.Break || p.w === '.' || p.w === '!' || p.w === '?' || p.w === '"' || p.w === '“' || p.w === ':' || p.kind === Kind.Apos;
  }

  /** Parses a hyphenated token as a date, or undefined. */
  compound(w: string): DateParts | undefined {
    // The hyphenated family and headAt() ask about the same word in a row
    if (w !== this.compoundWord) {
      this.compoundWord = w;
      this.compoundParts = parseCompound(w);
    }
    return this.compoundParts;
  }

  /** Tense of the clause around a weekday or month: -1 past, +1 future, 0 no cue. */
  tense(start: number, j: number): number {
    const t = this.t;
    for (let k = start - 1; k >= 0 && k >= start - 16; k--) {
      const w = t[k].w;
      if (this.clauseEnd(k)) break;
      if (FUTURE_CUES.has(w)) {
        if ((w === 'is' || w === 'are') && !(this.w(k + 1).endsWith('ing') || this.w(k + 1) === 'scheduled' || this.w(k + 1) === 'due' || this.w(k + 1) === 'set' || this.w(k + 1) === 'expected')) continue;
        if (w === 'to' && !(t[k + 1] && t[k + 1].kind === Kind.Word && !t[k + 1].cap && k + 1 < start && !UNITS.has(t[k + 1].w))) continue;
        return 1;
      }
      if (PAST_CUES.has(w)) return -1;
      if (t[k].kind === Kind.Word && w.length > 4 && w.endsWith('ed') && k !== start - 1) return -1;
      if (t[k].kind === Kind.Apos && this.w(k + 1) === 'll') return 1;
    }
    for (let k = j + 1; k < t.length && k <= j + 10; k++) {
      const w = t[k].w;
      if (this.clauseEnd(k)) break;
      if (w === 'will' || w === 'shall' || w === "'ll") return 1;
      if (PAST_CUES.has(w) || (t[k].kind === Kind.Word && w.length > 4 && w.endsWith('ed'))) return -1;
    }
    return 0;
  }

  /** Token k ends a sentence or clause (a period after an initial or "Mr." does not). */
  clauseEnd(k: number): boolean {
    const w = this.t[k].w;
    if (w === '.') {
      const before = this.t[k - 1];
      return !(before && before.kind === Kind.Word && (before.w.length === 1 || DATE_ABBREVIATIONS.has(before.w)));
    }
    return w === '\n' || w === ';' || w === '?' || w === '!';
  }
}

export function mergeParts(into: DateParts, from: DateParts): void {
  for (const key of Object.keys(from) as (keyof DateParts)[]) {
    if (key === 'noValue' || key === 'cut') continue;
    if (into[key] === undefined) (into as Record<string, unknown>)[key] = from[key];
  }
  // A calendar anchor ("of 2021", "last year") gives the whole phrase a value.
  if (from.year !== undefined) into.noValue = false;
  else if (from.year !== undefined || from.yearRel !== undefined || from.month !== undefined || from.weekday !== undefined || from.dayRel !== undefined) {
    if (into.noValue && into.count === undefined) into.noValue = false;
  }
}
