import type { DateMention } from './types';
import {
  ANCHOR_SUFFIXES,
  APPROXIMATORS,
  DECADE_WORDS,
  DEICTIC_DAYS,
  DETERMINERS,
  FREQUENCY_WORDS,
  HOLIDAYS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  NUMBER_WORDS,
  ORDINALS,
  PART_WORDS,
  RELATIVE,
  SEASONS,
  UNITS,
  UNIT_ADJECTIVES,
  VAGUE_COUNTS,
  WEEKDAYS,
  YEAR_CUES,
  type Unit,
} from './dates-lexicon';
import { COMMON_WORDS, HEAD_ANY, HEAD_CAPITALISED, HashTags, Kind, WordTable, candidateHeads, tokenize, wordHash, type Token } from './dates-tokens';
import { resolveValue, type DateParts } from './dates-resolve';

export { findArticleDate } from './dates-article';
export type { Token as DateToken } from './dates-tokens';

// Values (ISO 8601, relative to the article date when one is known):
// - a weekday is the most recent one (the article's own day included) unless "next", "this" or a
//   future cue before it in the clause ("will", "is scheduled to") points ahead; "last Friday" is
//   strictly before the article's day, "next Friday" strictly after;
// - a month without a year is the nearest one (within six months), or the coming one after a future
//   cue; "last May" is this year's only when at least two months back;
// - "last/this/next week|month|quarter|year", "yesterday", "two years ago" shift the article date and
//   keep the unit's precision (YYYY-Www, YYYY-MM, YYYY-Qn, YYYY); "the weekend" is YYYY-Www-WE;
// - lengths of time ("three months"), frequencies, ranges, vague counts ("weeks ago") and phrases
//   relative to another date ("the following year") get no value.
//
// A token scanner: at each token, try to read one date phrase
//   [approximator] [determiner | relative | part-of | count | ordinal | adjective]* head
//   (suffix | ", " head | "of" phrase | "'s" phrase | adjacent phrase | range)*
// Every step moves forward over a bounded number of tokens, so the scan is linear.

const MAX_PREFIX = 10;

/** Weekday tense cues: words before a weekday that point to the future or the past. */
const FUTURE_CUES = new Set([
  'will', 'shall', "'ll", 'going', 'scheduled', 'expected', 'plans', 'planned', 'plan', 'set', 'due', 'upcoming',
  'is', 'are',
]);
const PAST_CUES = new Set(['said', 'was', 'were', 'had', 'did', 'told', 'announced', 'reported', 'ago', 'earlier']);

/** Words that often follow a 4-digit number that is not a year. */
const NON_YEAR_FOLLOWERS = new Set([
  'percent', '%', 'people', 'troops', 'soldiers', 'shares', 'points', 'feet', 'meters', 'metres', 'miles',
  'kilometers', 'kilometres', 'tons', 'tonnes', 'barrels', 'acres', 'pounds', 'dollars', 'yen', 'cars', 'jobs',
  'workers', 'employees', 'units', 'members', 'votes', 'cases', 'deaths', 'students', 'homes', 'men', 'women',
  'children', 'stores', 'megawatts', 'hours', 'calories', 'copies', 'vehicles', 'rooms', 'beds', 'refugees',
]);
const MONEY_MARKS = new Set(['$', '£', '€', '¥', '#']);

interface Phrase {
  /** First token of the phrase (a point in time drops leading determiners: "the 2008 crash" → "2008"). */
  start: number;
  end: number;
  parts: DateParts;
}

class Scanner {
  private readonly t: Token[];
  /** Character end of a phrase that stops inside its last token ("2008" of "2008-style"). */
  private cutEnd = -1;
  /** Set by head(): 1 a point in time (year, month, weekday, day), 2 an adjective-like compound. */
  private pointHead = 0;
  private compoundWord = '';
  private compoundParts: DateParts | undefined;

  constructor(
    private readonly text: string,
    tokens: Token[],
  ) {
    this.t = tokens;
  }

  scan(articleDate: string | undefined): DateMention[] {
    const out: DateMention[] = [];
    const t = this.t;
    for (let i = 0; i < t.length; ) {
      if (!this.canStart(i)) {
        i++;
        continue;
      }
      this.cutEnd = -1;
      const phrase = this.phrase(i, true);
      if (!phrase) {
        i++;
        continue;
      }
      const start = t[phrase.start].start;
      const end = this.cutEnd >= 0 ? this.cutEnd : t[phrase.end - 1].end;
      const value = resolveValue(phrase.parts, articleDate);
      const mention: DateMention = { start, end, text: this.text.slice(start, end) };
      if (value !== undefined) mention.value = value;
      out.push(mention);
      i = phrase.end;
    }
    return out;
  }

  /** Cheap filter: only these tokens can open a date phrase. */
  private canStart(i: number): boolean {
    const tok = this.t[i];
    if (tok.kind === Kind.Num || tok.kind === Kind.Apos) return true;
    if (tok.kind !== Kind.Word) return false;
    const w = tok.w;
    if ((flagsOf(tok) & F_STARTER) !== 0) return true;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
    if (tok.hyphen) return true;
    return tok.cap && ((flagsOf(tok) & F_HOLIDAY) !== 0 || this.w(i + 1) === 'day' || (w.charCodeAt(0) === 102 && w.charCodeAt(1) === 121)); // FY2022
  }

  /** Token i is in the word sets of `flags` (F_*). */
  private has(i: number, flags: number): boolean {
    return i >= 0 && i < this.t.length && (flagsOf(this.t[i]) & flags) !== 0;
  }

  private w(i: number): string {
    return i >= 0 && i < this.t.length ? this.t[i].w : '';
  }

  private isWord(i: number): boolean {
    return i >= 0 && i < this.t.length && (this.t[i].kind === Kind.Word || this.t[i].kind === Kind.Num);
  }

  /** Token i directly follows token i-1 (no space). */
  private glued(i: number): boolean {
    return i < this.t.length && !this.t[i].spaceBefore;
  }

  private isPossessive(i: number): boolean {
    return this.t[i]?.kind === Kind.Apos && this.w(i + 1) === 's' && this.glued(i) && this.glued(i + 1);
  }

  /** A whole date phrase with its continuations, starting at token i. */
  private phrase(i: number, top: boolean): Phrase | undefined {
    const range = top ? this.range(i) : undefined;
    if (range) return range;
    const first = this.simple(i);
    if (!first) return undefined;
    let end = first.end;
    const parts = first.parts;
    if (!top || this.cutEnd >= 0) return first;
    for (let guard = 0; guard < 8; guard++) {
      const next = this.continuation(end, parts);
      if (next <= end) break;
      end = next;
    }
    // "the 2021 third quarter": a quarter makes the whole phrase a period, determiner included
    const start = end > first.end && (parts.quarter !== undefined || parts.half !== undefined) ? i : first.start;
    return { start, end, parts };
  }

  /** "between 2001 and 2009", "from March to June": one span, the lead word included. */
  private range(i: number): Phrase | undefined {
    const lead = this.w(i);
    if (lead !== 'between' && lead !== 'from') return undefined;
    const a = this.simple(i + 1);
    if (!a || !(a.parts.year !== undefined || a.parts.month !== undefined || a.parts.decade !== undefined) || a.parts.unit !== undefined) return undefined;
    const link = this.w(a.end);
    const ok = lead === 'between' ? link === 'and' : link === 'to' || link === 'through' || link === 'until' || link === 'till';
    if (!ok) return undefined;
    const b = this.simple(a.end + 1);
    if (!b || !(b.parts.year !== undefined || b.parts.month !== undefined) || b.parts.unit !== undefined) return undefined;
    const parts: DateParts = { noValue: true };
    return { start: i, end: b.end, parts };
  }

  /** One continuation step after a phrase ending at `j`; returns the new end or `j`. */
  private continuation(j: number, parts: DateParts): number {
    const t = this.t;
    if (j >= t.length) return j;
    const w = t[j].w;
    const hasUnit = parts.unit !== undefined;
    // "two years ago", "a year earlier", "the month before"
    if (hasUnit && ANCHOR_SUFFIXES.has(w)) {
      if (w === 'ago' || ((w === 'earlier' || w === 'later') && !this.startsPhrase(j + 1)) || (w === 'before' && !this.isWord(j + 1))) {
        parts.anchorDir = ANCHOR_SUFFIXES.get(w);
        // "a year ago" points at one year; "weeks ago", "several years ago" at no particular one
        const vague = parts.count === undefined && this.w(j - 1).endsWith('s');
        if (parts.count === undefined && !vague) parts.count = 1;
        parts.noValue = vague;
        return j + 1;
      }
    }
    // "a year from now"
    if (w === 'from' && this.w(j + 1) === 'now' && hasUnit && parts.count !== undefined) {
      parts.anchorDir = 1;
      parts.noValue = false;
      return j + 2;
    }
    // "61 years old"
    if (w === 'old' && hasUnit && parts.count !== undefined) return j + 1;
    // "in a row", "or so", "or two", "or later", "and beyond"
    if (w === 'in' && this.w(j + 1) === 'a' && this.w(j + 2) === 'row') return j + 3;
    if (w === 'or' && (this.w(j + 1) === 'so' || this.w(j + 1) === 'two' || this.w(j + 1) === 'later' || this.w(j + 1) === 'earlier')) return j + 2;
    if (w === 'and' && this.w(j + 1) === 'beyond') return j + 2;
    // "the fiscal year ended Sept. 30": a year or a count of months with its closing date is one period;
    // "the quarter ended Sept. 30" stays two, a quarter being a calendar date in itself.
    if ((w === 'ended' || w === 'ending') && hasUnit && parts.unit !== 'quarter' && parts.unit !== 'day') {
      let k = j + 1;
      if (this.w(k) === 'in') k++;
      const p = this.simple(k);
      if (p && (p.parts.month !== undefined || p.parts.weekday !== undefined)) {
        mergeParts(parts, p.parts);
        return p.end;
      }
    }
    // "'s" then maybe another phrase ("this year's third quarter")
    if (this.isPossessive(j)) {
      const p = this.simple(j + 2);
      if (p && p.parts.unit !== undefined && p.parts.month === undefined && p.parts.weekday === undefined) {
        mergeParts(parts, p.parts);
        return p.end;
      }
      return j;
    }
    // ", " + weekday/month date after a weekday or deictic day ("Monday, Oct. 4, 2021", "today, Thursday")
    if (w === ',' && (parts.weekday !== undefined || parts.dayRel !== undefined)) {
      const p = this.simple(j + 1);
      if (p && (p.parts.month !== undefined || p.parts.weekday !== undefined) && (p.parts.day !== undefined || p.parts.weekday !== undefined)) {
        mergeParts(parts, p.parts);
        return p.end;
      }
    }
    // "of" + a phrase naming a year, month or unit ("the end of the year", "October of last year")
    if (w === 'of') {
      const p = this.simple(j + 1);
      if (p && (p.parts.noValue !== true || p.parts.unit === 'year' || p.parts.unit === 'month' || p.parts.unit === 'decade' || p.parts.unit === 'century')) {
        mergeParts(parts, p.parts);
        return p.end;
      }
    }
    // ranges: "2001 to 2009", "March to June", "Oct. 2 to Nov. 5"
    if ((w === 'to' || w === '-' || w === '–') && (parts.year !== undefined || parts.month !== undefined) && parts.unit === undefined) {
      const p = this.simple(j + 1);
      if (p && (p.parts.year !== undefined || p.parts.month !== undefined) && p.parts.unit === undefined) {
        parts.noValue = true; // a span of time has no single calendar value
        return p.end;
      }
    }
    // adjacent phrase ("Friday Oct. 8", "June last year", "late yesterday", "the 2021 second quarter")
    if (t[j].kind !== Kind.Punct && t[j].kind !== Kind.Break && !(t[j].cap && (DETERMINERS.has(t[j].w) || RELATIVE.has(t[j].w) || DEICTIC_DAYS.has(t[j].w)))) {
      const p = this.simple(j);
      if (p && !(parts.count !== undefined && p.parts.count !== undefined) && t[j].w !== 'now' && !ANAPHORIC.has(t[j].w)) {
        mergeParts(parts, p.parts);
        return p.end;
      }
    }
    return j;
  }

  private startsPhrase(i: number): boolean {
    const w = this.w(i);
    return w === 'this' || w === 'that' || w === 'in' || w === 'last' || w === 'next' || w === 'today' || w === 'yesterday' || WEEKDAYS.has(w);
  }

  /** Prefix words then a head. */
  private simple(i: number): Phrase | undefined {
    const t = this.t;
    // Set by prefix words; the parts object is made only for a phrase that reaches a head.
    let yearRel: number | undefined;
    let noValue = false;
    let j = i;
    let mods = 0;
    let strong = false; // a modifier that makes a bare unit a date ("last", "this", a count)
    let det = false;
    let ordinal: number | undefined;
    let rel: number | undefined;
    let count: number | undefined;
    let vague = false;
    let edge: string | undefined; // early / late / mid
    let ordinalDay = -1;
    const limit = Math.min(t.length, i + MAX_PREFIX);
    while (j < limit) {
      const tok = t[j];
      if (tok.kind !== Kind.Word && tok.kind !== Kind.Num) break;
      const w = tok.w;
      const f = flagsOf(tok);
      if ((f & F_UNIT_ADJECTIVE) !== 0 && this.has(j + 1, F_UNIT)) {
        if (w === 'year-ago' || w === 'year-earlier') yearRel = -1;
        if (w === 'same' || w === 'comparable' || w === 'corresponding') rel = 0;
        mods++;
        strong = true;
        j++;
        continue;
      }
      if (this.headAt(j)) break;
      if (mods === 0 && (f & F_APPROXIMATOR) !== 0 && (this.isCountAt(j + 1) || this.has(j + 1, F_VAGUE) || POINT_PREFIX.has(w))) {
        j++;
        continue;
      }
      if ((w === 'more' || w === 'less' || w === 'fewer') && this.w(j + 1) === 'than' && mods === 0 && (this.isCountAt(j + 2) || VAGUE_COUNTS.has(this.w(j + 2)))) {
        j += 2;
        continue;
      }
      if ((w === 'up' && this.w(j + 1) === 'to') || (w === 'at' && (this.w(j + 1) === 'least' || this.w(j + 1) === 'most'))) {
        j += 2;
        continue;
      }
      if ((f & F_DETERMINER) !== 0) {
        det = true;
        if ((f & F_RELATIVE) !== 0) rel = RELATIVE.get(w);
        if (w === 'every' || w === 'each') noValue = true;
        mods++;
        j++;
        continue;
      }
      if (w === 'early' || w === 'late' || w === 'mid' || w === 'earlier' || w === 'later') {
        edge = w;
        mods++;
        j++;
        continue;
      }
      if ((f & F_ORDINAL) !== 0 && !(w === 'last' && this.isCountAt(j + 1)) && !(w !== 'last' && this.opensPoint(j + 1))) {
        if (w === 'last') {
          rel = -1;
          strong = true;
        } else ordinal = ORDINALS.get(w);
        mods++;
        j++;
        continue;
      }
      if (isDigitCode(w.charCodeAt(0)) && /^\d{1,2}(st|nd|rd|th)$/.test(w) && !MONTHS.has(this.w(j + 1)) && !(this.w(j + 1) === 'of' && MONTHS.has(this.w(j + 2)))) {
        ordinal = parseInt(w, 10);
        if (ordinal >= 1 && ordinal <= 31) ordinalDay = j;
        mods++;
        j++;
        continue;
      }
      if ((f & F_RELATIVE) !== 0) {
        if (mods === 0 && (w === 'following' || w === 'preceding')) break; // "following Friday's plunge": a preposition
        rel = RELATIVE.get(w);
        strong = true;
        mods++;
        j++;
        continue;
      }
 if (count !== undefined && (w === 'a' || w === 'an')) break; // "seven a year ago"
      if (tok.kind === Kind.Num && w.length === 2 && w[1] === '0' && this.isPossessive(j + 1)) break; // "the 90's"
      if (this.isCountAt(j) && !this.opensPoint(j + 1) && !(w === 'nineteen' && spelledTens(this.w(j + 1)) !== undefined)) {
        const v = tok.kind === Kind.Num ? tok.n : NUMBER_WORDS.get(w) ?? 0;
        count = count === undefined || v >= count ? v : count + v; // "twenty four" → 24 (approximately)
        strong = true;
        mods++;
        j++;
        // "2 1/2", "three to six", "three or four"
        if (isDigitCode(this.w(j).charCodeAt(0)) && /^\d+\/\d+$/.test(this.w(j))) j++;
        if ((this.w(j) === 'to' || this.w(j) === 'or' || this.w(j) === '-') && this.isCountAt(j + 1)) j++;
        if (this.w(j) === 'and' && this.w(j + 1) === 'a' && this.w(j + 2) === 'half') j += 3;
        continue;
      }
      if ((f & F_VAGUE) !== 0) {
        vague = true;
        strong = true;
        mods++;
        j++;
        if (this.w(j) === 'of') j++; // "a couple of"
        continue;
      }
      if ((f & F_UNIT_ADJECTIVE) !== 0 && !this.opensPoint(j + 1)) {
        if (w === 'year-ago' || w === 'year-earlier') yearRel = -1;
        mods++;
        strong = true;
        j++;
        continue;
      }
      if ((f & F_PART) !== 0 && this.w(j + 1) === 'of' && mods > 0) {
        mods++;
        j += 2;
        continue;
      }
      break;
    }
    if (j >= t.length) return undefined;
    const article = (this.w(i) === 'a' || this.w(i) === 'an') && count === 1;
    // "the 30th" (a day of the month in view)
    if (ordinalDay >= 0 && ordinalDay === j - 1 && this.w(ordinalDay - 1) === 'the' && mods === 2) {
      const nx = t[j];
      if (nx.kind === Kind.Punct || nx.kind === Kind.Break || nx.w === 'and' || nx.w === 'to') return { start: i, end: j, parts: { noValue: true } };
    }
    if (this.w(i) === 'the') {
      // "the past", "the near future", "the near term", "the short term": vague references to time
      const a = this.w(i + 1);
      const b = this.w(i + 2);
      if (a === 'past' && !(this.isWord(i + 2) && (UNITS.has(b) || this.isCountAt(i + 2) || VAGUE_COUNTS.has(b) || b === 'decade'))) {
        return { start: i, end: i + 2, parts: { noValue: true } };
      }
      if ((a === 'near' && (b === 'future' || b === 'term')) || (a === 'short' && b === 'term')) return { start: i, end: i + 3, parts: { noValue: true } };
    }
    if (!this.mayHead(j)) return undefined;
    const parts: DateParts = {};
    if (yearRel !== undefined) parts.yearRel = yearRel;
    if (noValue) parts.noValue = true;
    this.pointHead = 0;
    let anaphoric = false;
    let fiscal = false;
    for (let k = i; k < j; k++) {
      if (ANAPHORIC.has(t[k].w)) anaphoric = true;
      if (t[k].w === 'fiscal') fiscal = true;
    }
    const end = this.head(j, parts, { anaphoric, fiscal, article, mods, strong, det, ordinal, rel, count, vague, edge, start: i });
    if (end === undefined) return undefined;
    let start = i;
    // "that this year", "that late last year": a conjunction before the phrase's own determiner
    while (start + 1 < j && (t[start].w === 'that' || t[start].w === 'this') && (DETERMINERS.has(t[start + 1].w) || RELATIVE.has(t[start + 1].w) || t[start + 1].w === 'late' || t[start + 1].w === 'early')) start++;
    if (this.pointHead === 2) start = j;
    else if (this.pointHead === 1) {
      // keep only words that move or narrow a point in time: "early", "last", "around"
      start = j;
      while (start > i && POINT_PREFIX.has(t[start - 1].w)) start--;
      if (start > i && t[start - 1].w === 'the' && THE_KEEPERS.has(t[start].w)) start--;
      // "the end of 2021" keeps its whole lead
      for (let k = i; k + 1 < j; k++) if (t[k + 1].w === 'of' && PART_WORDS.has(t[k].w)) start = i;
    }
    return { start, end, parts };
  }

  /** Token i starts a new point-in-time phrase ("this", "last", "yesterday", a month or weekday). */
  private opensPoint(i: number): boolean {
    const tok = this.t[i];
    if (!tok) return false;
    const f = flagsOf(tok);
    return (f & (F_DETERMINER | F_RELATIVE | F_DEICTIC)) !== 0 || (tok.cap && (f & (F_MONTH | F_WEEKDAY)) !== 0);
  }

  private isCountAt(i: number): boolean {
    const tok = this.t[i];
    if (!tok) return false;
    if (tok.kind === Kind.Num) return tok.w.length <= 3 && !MONEY_MARKS.has(this.w(i - 1));
    return (flagsOf(tok) & F_NUMBER) !== 0 && tok.w !== 'half';
  }

  /** Cheap necessary condition for head(): keeps failed attempts free of allocations. */
  private mayHead(j: number): boolean {
    const tok = this.t[j];
    if (tok.kind === Kind.Num || tok.kind === Kind.Apos) return true;
    if (tok.kind !== Kind.Word) return false;
    if ((flagsOf(tok) & F_HEAD) !== 0 || tok.hyphen) return true;
    const w = tok.w;
    const c0 = w.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) return true;
    // Any other capitalised word heads only "Q3"/"H1", "FY2022" or "Labor Day" (see head()).
    return tok.cap && (w.length === 2 || (c0 === 102 && w.charCodeAt(1) === 121) || this.w(j + 1) === 'day');
  }

  /** Cheap check used to stop the prefix loop at a head word. */
  private headAt(j: number): boolean {
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

  /** The head of a date phrase at token j, filling `parts`; returns the end index or undefined. */
  private head(j: number, parts: DateParts, m: PrefixInfo): number | undefined {
    const t = this.t;
    const tok = t[j];
    const w = tok.w;
    const prev = this.w(m.start - 1);

    // '90s, '82
    if (tok.kind === Kind.Apos && this.glued(j + 1)) {
      const nx = this.w(j + 1);
      if (/^\d0s$/.test(nx)) {
        parts.decade = 190 + Number(nx[0]);
        return j + 2;
      }
      if (/^\d\d$/.test(nx) && (YEAR_CUES.has(prev) || m.mods > 0 || MONTHS.has(prev)) && !this.isWord(j + 2)) {
        parts.year = 1900 + Number(nx);
        return j + 2;
      }
      return undefined;
    }
    if (tok.kind !== Kind.Word && tok.kind !== Kind.Num) return undefined;
    if (tok.kind === Kind.Word && !tok.cap && (flagsOf(tok) & F_HEAD) === 0) {
      const c0 = w.charCodeAt(0);
      if (!(c0 >= 48 && c0 <= 57) && !tok.hyphen) return undefined;
    }

    // Month names: "Jan. 18", "January 18, 2022", "August 2019", "late October"
    if (tok.cap && MONTHS.has(w)) {
      this.pointHead = 1;
      return this.monthHead(j, parts, m);
    }
    // Day-first: "18 January 2022", "18th of January"
    if (isDigitCode(w.charCodeAt(0)) && /^\d{1,2}(st|nd|rd|th)?$/.test(w)) {
      const day = parseInt(w, 10);
      let k = j + 1;
      if (this.w(k) === 'of') k++;
      if (day >= 1 && day <= 31 && t[k]?.cap && MONTHS.has(this.w(k)) && this.isWord(k)) {
        this.pointHead = 1;
        const end = this.monthHead(k, parts, { ...m, mods: m.mods + 1 });
        if (end !== undefined && parts.day === undefined) {
          parts.day = day;
          return end;
        }
        return end;
      }
    }
    // "the 30th" of a month already in view is left alone: too ambiguous without the month.

    // Weekdays
    if (tok.cap && WEEKDAYS.has(w)) {
      const before = t[j - 1];
      if (m.mods === 0 && before && before.kind === Kind.Word && before.cap && EVENT_DAY_WORDS.has(before.w)) return undefined; // "Black Monday"
      this.pointHead = 1;
      parts.weekday = WEEKDAYS.get(w);
      if (w.endsWith('s') || m.anaphoric) parts.noValue = true; // "Sundays", "the following Friday"
      // news reports mostly past events: a weekday without a future cue is the most recent one
      parts.weekdayDir = m.rel === -1 ? -2 : m.rel === 1 ? 2 : m.rel === 0 ? 1 : this.tense(m.start, j) || -1;
      let end = j + 1;
      if (this.w(end) === '.' && w.length <= 4) end++;
      return end;
    }

    // Years
    if (tok.kind === Kind.Num && w.length === 4) {
      if (!this.likelyYear(j, m)) return undefined;
      parts.year = tok.n;
      if (m.edge === undefined && m.mods > 0 && !m.det && !m.strong) return undefined;
      const end = this.afterYear(j + 1, parts);
      if (end === j + 1) this.pointHead = 1;
      return end;
    }
    // Decades: "1990s", "the nineties"
    if (w.length === 5 && /^[12]\d{2}0s$/.test(w)) {
      parts.decade = Math.floor(Number(w.slice(0, 4)) / 10);
      return j + 1;
    }
    // "the 90's"
    if (tok.kind === Kind.Num && w.length === 2 && w[1] === '0' && m.det && this.isPossessive(j + 1)) {
      parts.decade = 190 + Number(w[0]);
      return j + 3;
    }
    if (DECADE_WORDS.has(w) && m.det) {
      parts.decade = 190 + (DECADE_WORDS.get(w)! / 10);
      return j + 1;
    }
    // Parts of the article's own day: "tonight", "last night", "this morning"
    if (w === 'tonight' && m.mods === 0) {
      this.pointHead = 1;
      parts.dayRel = 0;
      return j + 1;
    }
    if (DAY_PARTS.has(w) && m.mods === 1 && (this.w(m.start) === 'this' || (w === 'night' && this.w(m.start) === 'last'))) {
      parts.dayRel = w === 'night' && this.w(m.start) === 'last' ? -1 : 0;
      return j + 1;
    }
    // Business quarters and halves: "Q3", "Q3 2021", "H1"
    if (tok.cap && w.length === 2 && (w[0] === 'q' || w[0] === 'h') && w[1] >= '1' && w[1] <= (w[0] === 'q' ? '4' : '2')) {
      if (w[0] === 'q') parts.quarter = Number(w[1]);
      else parts.half = Number(w[1]);
      parts.unit = w[0] === 'q' ? 'quarter' : 'half';
      let end = j + 1;
      const y = t[end];
      if (y && y.kind === Kind.Num && y.w.length === 4 && y.n >= 1900 && y.n <= 2199) {
        parts.year = y.n;
        end++;
      } else if (!(m.mods > 0 || YEAR_CUES.has(prev))) return undefined;
      return end;
    }
    // Spoken years: "nineteen ninety-six", "nineteen eighty"
    if (w === 'nineteen' && t[j + 1]?.kind === Kind.Word) {
      const y = spelledTens(t[j + 1].w);
      if (y !== undefined) {
        parts.year = 1900 + y;
        this.pointHead = 1;
        return j + 2;
      }
    }
    // yesterday / today / tomorrow
    if (DEICTIC_DAYS.has(w) && !(tok.cap && !this.sentenceStart(j) && t[j - 1]?.kind === Kind.Word && t[j - 1].cap)) {
      this.pointHead = 1;
      parts.dayRel = DEICTIC_DAYS.get(w);
      return j + 1;
    }
    if (FREQUENCY_WORDS.has(w) && !(tok.cap && !this.sentenceStart(j))) {
      this.pointHead = 2;
      parts.noValue = true;
      return j + 1;
    }
    // "now" refers to the article's present (the TIMEX3 standard's PRESENT_REF); "currently" and
    // "recently" are left out: they qualify a state more often than they date an event.
    if (w === 'now' && m.mods === 0) {
      parts.noValue = true;
      this.pointHead = 1;
      return j + 1;
    }

    // Seasons
    if (SEASONS.has(w)) {
      const yearNext = t[j + 1]?.kind === Kind.Num && t[j + 1].w.length === 4;
      const ofYear =
        this.w(j + 1) === 'of' && ((t[j + 2]?.kind === Kind.Num && t[j + 2].w.length === 4) || (this.w(j + 3) === 'year' && (DETERMINERS.has(this.w(j + 2)) || RELATIVE.has(this.w(j + 2)))));
      if (tok.cap && !this.sentenceStart(j) && !yearNext) return undefined; // a name: "Arab Spring", "Prague Spring"
      const first = this.w(m.start);
      if (w === 'fall' && !(m.edge || m.rel !== undefined || yearNext || ofYear || (m.det && first === 'the' && (prev === 'in' || prev === 'by' || prev === 'until' || prev === 'during' || prev === 'through')) || first === 'each' || first === 'every' || first === 'that')) return undefined;
      if (w === 'spring' && m.mods === 0 && !yearNext && !YEAR_CUES.has(prev)) return undefined;
      if ((m.count !== undefined && !m.strong) || (m.vague && m.rel === undefined)) return undefined;
      parts.season = SEASONS.get(w);
      parts.seasonRel = m.rel;
      if (m.rel === 0) parts.seasonRel = 0;
      let end = j + 1;
      if (yearNext) {
        parts.year = t[j + 1].n;
        end++;
      }
      return end;
    }

    // Holidays: "Christmas", "New Year's Day", "Labor Day"
    if (tok.cap && HOLIDAYS.has(w)) {
      parts.noValue = true;
      let end = j + 1;
      if (this.w(end) === 'eve' || this.w(end) === 'day' || this.w(end) === 'season') end++;
      return end;
    }
    if (tok.cap && this.w(j + 1) === 'day' && t[j + 1].cap && !t[j + 2]?.cap && m.mods === 0 && j > 0 && this.t[j - 1].kind !== Kind.Break && this.w(j - 1) !== '.') {
      parts.noValue = true;
      return j + 2;
    }
    if (tok.cap && w === 'new' && this.w(j + 1) === 'year' && t[j + 1].cap) {
      parts.noValue = true;
      let end = j + 2;
      if (this.isPossessive(end)) end += 2;
      if (this.w(end) === 'day' || this.w(end) === 'eve') end++;
      return end;
    }

    // Hyphenated compounds: "third-quarter", "30-year", "year-end", "mid-1990s", "61-year-old", "2022-01-18"
    if (w.includes('-')) {
      const c = this.compound(w);
      if (c === undefined) return undefined;
      if (c.cut !== undefined) {
        if (m.mods > 0) return undefined;
        this.cutEnd = tok.start + c.cut;
      }
      mergeParts(parts, c);
      this.pointHead = w.startsWith('mid-') ? (c.decade !== undefined ? 0 : 1) : 2;
      if (m.rel !== undefined && c.unit === 'quarter' && parts.quarter === undefined) parts.quarterRel = m.rel;
      return j + 1;
    }
    // Numeric dates: 1/18/2022 is month/day as in US news, unless the first number cannot be a month (18/1/2022)
    if (isDigitCode(w.charCodeAt(0)) && /^\d{1,2}\/\d{1,2}\/(\d{2}|\d{4})$/.test(w)) {
      this.pointHead = 1;
      const [a, b, c] = w.split('/').map(Number);
      const [month, day] = a > 12 ? [b, a] : [a, b];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        parts.month = month;
        parts.day = day;
        parts.year = c < 100 ? (c < 50 ? 2000 + c : 1900 + c) : c;
        return j + 1;
      }
      return undefined;
    }
    // Fiscal years: "FY2022", "FY22"
    if (tok.cap && /^fy(\d{2}|\d{4})$/.test(w)) {
      const y = Number(w.slice(2));
      parts.year = y < 100 ? 2000 + y : y;
      this.pointHead = 1;
      return j + 1;
    }

    if (w === 'half' && m.ordinal !== undefined && m.det) {
      parts.unit = 'half';
      parts.half = m.ordinal > 0 ? m.ordinal : 2;
      return j + 1;
    }
    // Units: "last week", "the third quarter", "two years", "recent months", "the past decade"
    if (UNITS.has(w)) return this.unitHead(j, parts, m);

    // "the age of 35", "aged 61"
    if ((w === 'age' || w === 'aged') && t[j + 1]?.kind === Kind.Num && t[j + 1].w.length <= 3) return j + 2;
    if (w === 'age' && this.w(j + 1) === 'of' && t[j + 2]?.kind === Kind.Num && t[j + 2].w.length <= 3) return j + 3;
    return undefined;
  }

  /** Token i is an amount or a plural noun that "a day"/"a year" makes a rate of ("barrels a day", "$5 million a year"). */
  private isRateBase(i: number): boolean {
    const tok = this.t[i];
    if (!tok) return false;
    if (tok.kind === Kind.Num || isDigitCode(tok.w.charCodeAt(0))) return true;
    if (RATE_WORDS.has(tok.w)) return true;
    return tok.kind === Kind.Word && tok.w.length > 3 && tok.w.endsWith('s') && !tok.w.endsWith('ss') && !tok.cap && !RATE_FREE.has(tok.w);
  }

  private sentenceStart(j: number): boolean {
    if (j === 0) return true;
    const p = this.t[j - 1];
    return p.kind === Kind.Break || p.w === '.' || p.w === '!' || p.w === '?' || p.w === '"' || p.w === '“' || p.w === ':' || p.kind === Kind.Apos;
  }

  private afterYear(end: number, parts: DateParts): number {
    const w = this.w(end);
    // "1990's" as a decade
    if (this.isPossessive(end) && parts.year !== undefined && parts.year % 10 === 0 && this.w(end + 2) !== 'first' && !UNITS.has(this.w(end + 2))) {
      const after = this.w(end + 2);
      if (after === '' || !this.isWord(end + 2) || after === 'and' || after === 'when' || after === 'that') {
        parts.decade = Math.floor(parts.year / 10);
        parts.year = undefined;
        return end + 2;
      }
    }
    if (w === 'period' || w === 'quarter' || w === 'season' || ((w === 'model' || w === 'crop') && this.w(end + 1) === 'year')) {
      if ((w === 'model' || w === 'crop') && this.w(end + 1) === 'year') return end + 2;
      if (w === 'quarter') parts.noValue = false;
      return end + 1;
    }
    return end;
  }

  private monthHead(j: number, parts: DateParts, m: PrefixInfo): number | undefined {
    const t = this.t;
    const w = t[j].w;
    let end = j + 1;
    const abbreviated = MONTH_ABBREVIATIONS.has(w);
    if (abbreviated && this.w(end) === '.' && this.glued(end)) end++;
    let day: number | undefined;
    const dayTok = t[end];
    if (dayTok && (dayTok.kind === Kind.Num || /^\d{1,2}(st|nd|rd|th)$/.test(dayTok.w)) && dayTok.w.length <= 4) {
      const d = parseInt(dayTok.w, 10);
      if (d >= 1 && d <= 31 && !(dayTok.kind === Kind.Num && dayTok.w.length > 2)) {
        day = d;
        end++;
      }
    } else if (dayTok && /^\d{1,2}-\d{1,2}$/.test(dayTok.w)) {
      day = parseInt(dayTok.w, 10);
      end++;
    }
    let year: number | undefined;
    const yTok = (k: number) => t[k] && t[k].kind === Kind.Num && t[k].w.length === 4 && t[k].n >= 1000 && t[k].n <= 2199;
    if (day !== undefined && this.w(end) === ',' && yTok(end + 1)) {
      year = t[end + 1].n;
      end += 2;
    } else if (yTok(end)) {
      year = t[end].n;
      end++;
    }
    // Ambiguous names need evidence: "May", "March", and abbreviations without a period.
    if (day === undefined && year === undefined) {
      const prev = this.w(m.start - 1);
      const cue = m.mods > 0 || YEAR_CUES.has(prev) || this.w(end) === 'of' || this.w(end) === 'last' || this.w(end) === 'this' || this.w(end) === 'next';
      if ((w === 'may' || w === 'march') && !cue) return undefined;
      const nx = t[end];
      const titleCase = nx && nx.kind === Kind.Word && nx.cap && nx.w.length > 1 && this.text.charCodeAt(nx.start + 1) >= 97;
      if (titleCase && !MONTHS.has(nx.w) && !WEEKDAYS.has(nx.w) && !DETERMINERS.has(nx.w) && !this.sentenceStart(end)) return undefined; // a name: "May Street Market", "August Rush"
      if (abbreviated && w !== 'sept' && this.w(j + 1) !== '.') return undefined;
      if (w === 'may' && t[j].w === 'may' && !t[j].cap) return undefined;
    }
    parts.month = MONTHS.get(w);
    if (m.anaphoric && year === undefined) parts.noValue = true; // "the following May"
    if (day !== undefined) parts.day = day;
    if (year !== undefined) parts.year = year;
    // a month without a year: "last"/"next"/"this", else the coming one after a future cue, else the nearest
    if (year === undefined) parts.monthDir = m.rel === -1 ? -2 : m.rel === 1 ? 2 : m.rel === 0 ? 3 : Math.max(0, this.tense(m.start, j));
    return end;
  }

  private unitHead(j: number, parts: DateParts, m: PrefixInfo): number | undefined {
    const t = this.t;
    const w = t[j].w;
    const unit = UNITS.get(w)!;
    const plural = w.endsWith('s');
    const prev = this.w(m.start - 1);
    // "the latest period", "the year-ago period"; a bare "period" is not a date
    if (unit === 'period' && !(m.rel !== undefined || parts.yearRel !== undefined)) return undefined;
    if (unit === 'era' && !m.det) return undefined;
    if (unit === 'quarter' && m.count === 1 && !m.det && m.ordinal === undefined) return undefined; // "a quarter of" is a fraction
    if (unit === 'quarter' && this.w(j + 1) === 'of' && m.ordinal === undefined && !m.strong) {
      // "a quarter of the shares"
      const after = t[j + 2];
      if (!(after && (after.kind === Kind.Num || (this.w(j + 2) === 'the' && UNITS.has(this.w(j + 3)))))) return undefined;
    }
    if (t[j].cap && (m.mods > 0 || !this.sentenceStart(j))) return undefined; // a title: "Fashion Week", "Shark Week"
    if (m.article && m.mods === 1 && this.isRateBase(m.start - 1) && !ANCHOR_SUFFIXES.has(this.w(j + 1))) return undefined; // "$20 million a year"
    if (w === 'year' && this.w(j + 1) === 'end') {
      parts.noValue = true;
      return j + 2;
    }
    if (m.mods === 0) {
      if (w === 'year' && this.isPossessive(j + 1) && this.w(j + 3) === 'end') {
        parts.noValue = true;
        return j + 4;
      }
      // bare units: only plurals after a time preposition ("for years") or before "ago" ("weeks ago")
      if (!plural) return undefined;
      if (ANCHOR_SUFFIXES.has(this.w(j + 1)) && unit !== 'period' && unit !== 'quarter') {
        parts.unit = unit;
        return j + 1;
      }
      if (!(prev === 'for' || prev === 'in' || prev === 'over' || prev === 'within' || prev === 'took' || prev === 'after')) return undefined;
      if (unit === 'quarter' || unit === 'period' || unit === 'weekend') return undefined;
      parts.unit = unit;
      parts.noValue = true;
      return j + 1;
    }
    parts.unit = unit;
    if (m.count !== undefined || m.vague) {
      parts.count = m.vague ? undefined : m.count;
      parts.noValue = true; // a length of time unless "ago"/"earlier" follows
    } else if (m.ordinal !== undefined && m.ordinal > 0 && unit === 'century' && !plural) {
      parts.century = m.ordinal - 1; // "the 21st century" → "20"
    } else if (m.ordinal !== undefined && (unit === 'quarter' || unit === 'half')) {
      if (unit === 'quarter') parts.quarter = m.ordinal > 0 ? m.ordinal : 4;
      else parts.half = m.ordinal > 0 ? m.ordinal : 2;
    } else if (m.rel !== undefined && !plural && !m.anaphoric && !m.fiscal) {
      switch (unit) {
        case 'year':
          parts.yearRel = m.rel;
          break;
        case 'month':
          parts.monthRel = m.rel;
          break;
        case 'week':
          parts.weekRel = m.rel;
          break;
        case 'weekend':
          parts.weekendDir = m.rel < 0 ? -1 : m.rel === 0 ? 1 : 2;
          break;
        case 'quarter':
          parts.quarterRel = m.rel;
          break;
        case 'day':
          parts.dayRel = m.rel;
          break;
        default:
          parts.noValue = true;
      }
      if (m.rel !== 0 && m.det && unit !== 'year') {
        // "the last month", "the past week": a stretch of time rather than a calendar unit
        parts.noValue = true;
      }
    } else if (m.mods === 1 && this.w(m.start) === 'the' && !plural && (unit === 'year' || unit === 'month' || unit === 'week' || unit === 'day')) {
      if (unit === 'year' && this.w(j + 1) === 'two' && this.w(j + 2) === 'thousand') {
        // "the year two thousand"
        parts.year = 2000;
        return j + 3;
      }
      // "the year", "the day": in news, the one the article is written in
      if (unit === 'year') parts.yearRel = 0;
      else if (unit === 'month') parts.monthRel = 0;
      else if (unit === 'week') parts.weekRel = 0;
      else parts.dayRel = 0;
    } else if (m.mods === 1 && this.w(m.start) === 'the' && unit === 'weekend' && !plural) {
      parts.weekendDir = this.tense(m.start, j) > 0 ? 1 : -1; // "over the weekend": the one just past
    } else if (m.mods === 3 && this.w(m.start) === 'the' && this.w(m.start + 2) === 'of' && PART_WORDS.has(this.w(m.start + 1)) && !plural && unit === 'year') {
      parts.yearRel = 0; // "the end of the year"
    } else {
      parts.noValue = true;
    }
    let end = j + 1;
    // "years'" possessive plural
    if (plural && t[end]?.kind === Kind.Apos && this.glued(end) && !this.isWord(end + 1)) end++;
    return end;
  }

  /** Parses a hyphenated token as a date, or undefined. */
  private compound(w: string): DateParts | undefined {
    // head() and headAt() ask about the same word in a row
    if (w !== this.compoundWord) {
      this.compoundWord = w;
      this.compoundParts = this.parseCompound(w);
    }
    return this.compoundParts;
  }

  private parseCompound(w: string): DateParts | undefined {
    if (!COMPOUND_HINT.test(w)) return undefined; // most hyphenated words ("cease-fire") have no date part
    const p = w.split('-');
    if (p.length > 4) return undefined;
    // ISO date 2022-01-18, or a timestamp 2022-01-18T09:30:00Z
    if (p.length === 3 && /^\d{4}$/.test(p[0]) && /^\d{2}$/.test(p[1]) && /^\d{2}(t[\d:.]+z?)?$/.test(p[2])) {
      const m = Number(p[1]);
      const d = Number(p[2].slice(0, 2));
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { year: Number(p[0]), month: m, day: d };
      return undefined;
    }
    // year ranges 2021-22, 2019-2021
    if (p.length === 2 && /^(1[0-9]|20)\d\d$/.test(p[0]) && /^(\d\d|\d{4})$/.test(p[1])) {
      return { noValue: true };
    }
    // "2008-style", "2021-model": the year alone
    if (p.length === 2 && /^(19|20)\d\d$/.test(p[0]) && /^[a-z]+$/.test(p[1]) && !UNITS.has(p[1])) {
      return { year: Number(p[0]), cut: 4 };
    }
    // mid-1990s, mid-June, mid-2019, mid-week
    if (p[0] === 'mid' && p.length === 2) {
      const x = p[1];
      if (/^\d{4}$/.test(x)) return { year: Number(x) };
      if (/^\d{3}0s$/.test(x)) return { decade: Math.floor(Number(x.slice(0, 4)) / 10) };
      if (MONTHS.has(x) && !MONTH_ABBREVIATIONS.has(x)) return { month: MONTHS.get(x) };
      if (UNITS.has(x) || SEASONS.has(x)) return { noValue: true };
      return undefined;
    }
    let unit: Unit | undefined;
    let ok = true;
    let ordinal: number | undefined;
    let hasNumber = false;
    for (const part of p) {
      const u = UNITS.get(part);
      if (u && u !== 'period' && u !== 'era') {
        if (unit) ok = false;
        unit = u;
      } else if (/^\d{1,3}$/.test(part) || NUMBER_WORDS.has(part)) hasNumber = true;
      else if (/^\d{1,3}(st|nd|rd|th)$/.test(part)) ordinal = parseInt(part, 10);
      else if (ORDINALS.has(part)) ordinal = ORDINALS.get(part);
      else if (!COMPOUND_PARTS.has(part)) ok = false;
    }
    if (!ok || !unit) return undefined;
    if (unit === 'quarter' || unit === 'half') {
      if (ordinal === undefined) return undefined; // "three-quarters" is a fraction
      return unit === 'quarter' ? { unit, quarter: ordinal > 0 ? ordinal : 4 } : { unit, half: ordinal > 0 ? ordinal : 2 };
    }
    if (!hasNumber && ordinal === undefined && !p.some((x) => COMPOUND_PARTS.has(x))) return undefined;
    if (unit === 'weekend' && !hasNumber) return undefined;
    return { unit, noValue: true };
  }

  /** Tense of the clause around a weekday or month: -1 past, +1 future, 0 no cue. */
  private tense(start: number, j: number): number {
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
  private clauseEnd(k: number): boolean {
    const w = this.t[k].w;
    if (w === '.') {
      const before = this.t[k - 1];
      return !(before && before.kind === Kind.Word && (before.w.length === 1 || ABBREVIATIONS.has(before.w)));
    }
    return w === '\n' || w === ';' || w === '?' || w === '!';
  }

  private likelyYear(j: number, m: PrefixInfo): boolean {
    const tok = this.t[j];
    const n = tok.n;
    if (!(n >= 1000 && n <= 2199)) return false;
    const prevTok = this.t[j - 1];
    // "$2014", "#89" (a pound sign in some wire text); a Markdown heading "# 2022" keeps its year
    if (prevTok && MONEY_MARKS.has(prevTok.w) && (!tok.spaceBefore || prevTok.w !== '#')) return false;
    const next = this.w(j + 1);
    if (next === '%' || NON_YEAR_FOLLOWERS.has(next)) return false;
    if (next === 'to' && this.t[j + 2]?.kind === Kind.Num && this.t[j + 2].w.length <= 3) return false;
    const prev = this.w(m.start - 1);
    if (prev === 'no' || prev === 'number' || prev === 'flight' || prev === 'route' || prev === 'room' || prev === 'page' || prev === 'section' || prev === 'model') return false;
    if (n >= 1900 && n <= 2099) return true;
    return OLD_YEAR_CUES.has(prev) || m.edge !== undefined || this.isPossessive(j + 1);
  }
}

/** Words before "a day"/"a year" that make it a rate ("$5 million a year", "twice a week"). */
const RATE_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', '%', 'once', 'twice', 'thrice', 'cents', 'dollars', 'pounds', 'yen', 'euros']);

/** Words before "a year" that make it a time span rather than a rate ("for a year" vs "$5 a year"). */
const RATE_FREE = new Set([
  'for', 'in', 'within', 'than', 'over', 'after', 'about', 'nearly', 'almost', 'around', 'only', 'just', 'least',
  'of', 'half', 'by', 'under', 'past', 'since', 'until', 'till', 'during', 'from', 'roughly', 'barely', 'some',
]);

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

interface PrefixInfo {
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

/** Words that make a weekday the name of an event or feast ("Black Monday", "Good Friday", "Palm Sunday"). */
const EVENT_DAY_WORDS = new Set([
  'black', 'good', 'super', 'bloody', 'cyber', 'ash', 'holy', 'maundy', 'palm', 'easter', 'whit',
  'shrove', 'fat', 'blue', 'giving', 'manic', 'mad', 'white',
]);

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'jr',
  'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'prof', 'rev', 'hon', 'pres', 'amb', 'sec', 'supt', 'atty', 'messrs',
  ...MONTH_ABBREVIATIONS,
]);
/** Words before a number under 1900 that make it a year ("in 1648", "the treaty of 1815"). */
const OLD_YEAR_CUES = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'of', 'circa', 'c', 'year']);
const ANAPHORIC = new Set(['following', 'previous', 'preceding', 'subsequent', 'succeeding', 'same', 'prior']);
const THE_KEEPERS = new Set(['previous', 'following', 'same', 'preceding']);
/** Prefix words kept before a point in time. */
const POINT_PREFIX = new Set([
  'fiscal', 'sometime', 'right', 'until',
  'early', 'late', 'mid', 'earlier', 'later', 'last', 'next', 'this', 'past', 'coming', 'previous', 'following',
  'around', 'about', 'nearly', 'almost', 'until', 'since', 'before', 'after', 'sometime', 'as', 'recent',
]);

/** A hyphenated word can be a date only if it has a digit or one of these. */
const COMPOUND_HINT = /[0-9]|year|month|day|week|quarter|decade|centur|semester|half|mid-/;

/** Parts of hyphenated compounds besides numbers and units ("year-end", "61-year-old"). */
const COMPOUND_PARTS = new Set([
  'old', 'ago', 'earlier', 'end', 'long', 'to', 'date', 'full', 'half', 'multi', 'over', 'on', 'plus', 'and',
  'a', 'or',
]);

/** "ninety-six" → 96, "eighty" → 80, else undefined. */
function spelledTens(w: string): number | undefined {
  const [tens, unit] = w.split('-');
  const t = NUMBER_WORDS.get(tens);
  if (t === undefined || t < 20 || t > 90 || t % 10 !== 0) return undefined;
  if (unit === undefined) return t;
  const u = NUMBER_WORDS.get(unit);
  return u !== undefined && u >= 1 && u <= 9 && unit !== 'a' && unit !== 'an' ? t + u : undefined;
}

function mergeParts(into: DateParts, from: DateParts): void {
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

/** Tags of the words that can head a date phrase: the cheap first pass looks only for these. */
const HEAD_TAGS = new HashTags(128)
  .add(
    HEAD_ANY, UNITS.keys(), SEASONS.keys(), DEICTIC_DAYS.keys(), FREQUENCY_WORDS, DECADE_WORDS.keys(),
    ['now', 'nineteen', 'age', 'aged', 'half', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'past', 'future', 'term', 'fy', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'],
  )
  // Month, weekday and holiday names head a phrase only when capitalised ("may" and "march" are verbs).
  .add(HEAD_CAPITALISED, MONTHS.keys(), WEEKDAYS.keys(), HOLIDAYS);

// The word sets the prefix scan asks about most, as bits per word of WORDS.
/** Every word that may open a date phrase (prefix words and head words). */
const F_STARTER = 1;
/** Words that head() may accept as a head (besides numbers, hyphenated words and capitalised names). */
const F_HEAD = 2;
const F_UNIT_ADJECTIVE = 4;
const F_UNIT = 8;
const F_APPROXIMATOR = 16;
const F_VAGUE = 32;
const F_DETERMINER = 64;
const F_RELATIVE = 128;
const F_ORDINAL = 256;
const F_NUMBER = 512;
const F_PART = 1024;
const F_DEICTIC = 2048;
const F_MONTH = 4096;
const F_WEEKDAY = 8192;
const F_HOLIDAY = 16384;

/**
 * Words the tokenizer hands out as shared strings, with their F_* bits: every word the scanner
 * looks up, and the most frequent words of English news text around dates.
 */
const WORDS = new WordTable()
  .add(F_STARTER | F_DETERMINER, DETERMINERS)
  .add(F_STARTER | F_RELATIVE, RELATIVE.keys())
  .add(F_STARTER | F_ORDINAL, ORDINALS.keys())
  .add(F_STARTER | F_NUMBER, NUMBER_WORDS.keys())
  .add(F_STARTER | F_VAGUE, VAGUE_COUNTS)
  .add(F_STARTER | F_UNIT_ADJECTIVE, UNIT_ADJECTIVES)
  .add(F_STARTER | F_APPROXIMATOR, APPROXIMATORS)
  .add(F_STARTER | F_HEAD | F_UNIT, UNITS.keys())
  .add(F_STARTER | F_HEAD | F_DEICTIC, DEICTIC_DAYS.keys())
  .add(F_STARTER | F_HEAD | F_MONTH, MONTHS.keys())
  .add(F_STARTER | F_HEAD | F_WEEKDAY, WEEKDAYS.keys())
  .add(F_STARTER | F_HEAD, SEASONS.keys(), FREQUENCY_WORDS, DECADE_WORDS.keys(), ['now', 'age', 'aged', 'new', 'tonight'])
  .add(F_STARTER, ['more', 'less', 'fewer', 'up', 'at', 'early', 'late', 'mid', 'earlier', 'later', 'between', 'from', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'])
  .add(F_HEAD, DAY_PARTS, ['nineteen', 'half'])
  .add(F_HEAD | F_HOLIDAY, HOLIDAYS)
  .add(F_PART, PART_WORDS)
  .add(
    0, YEAR_CUES, ANCHOR_SUFFIXES.keys(), FUTURE_CUES, PAST_CUES, NON_YEAR_FOLLOWERS, RATE_WORDS, RATE_FREE, EVENT_DAY_WORDS, ABBREVIATIONS,
    OLD_YEAR_CUES, ANAPHORIC, POINT_PREFIX, COMPOUND_PARTS, COMMON_WORDS,
  );
const FLAGS = WORDS.flags;

/** The F_* sets a token's word is in (a word outside WORDS is in none: WORDS holds every word of them). */
function flagsOf(tok: Token): number {
  const id = tok.id;
  return id >= 0 ? FLAGS[id] : 0;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Date phrases are short: the full scanner runs only on windows around candidate heads.
const WINDOW_BEFORE = 70;
const WINDOW_AFTER = 60;
const MAX_WORD = 40;
/** Dense stretches are cut into windows of about this size, so memory stays flat on any input. */
const MAX_WINDOW = 4000;

/**
 * Date expressions in `text`, resolved against `articleDate` (ISO YYYY-MM-DD) when given.
 * `pool`: token objects to reuse, which a caller analysing many paragraphs in a row may keep
 * between calls (never shared by two calls at once).
 */
export function findDates(text: string, articleDate?: string, pool?: Token[]): DateMention[] {
  const heads = candidateHeads(text, HEAD_TAGS);
  if (heads.length === 0) return [];
  const out: DateMention[] = [];
  // The tokens of one window after another; without a pool, also the objects they reuse.
  const tokens: Token[] = [];
  let done = 0;
  for (let k = 0; k < heads.length; ) {
    const first = heads[k];
    let last = first;
    k++;
    while (k < heads.length && heads[k] - last < WINDOW_BEFORE + WINDOW_AFTER && heads[k] - first < MAX_WINDOW) last = heads[k++];
    // Windows end on whitespace, looking at most a word's length for it (a line without spaces stays linear).
    let from = Math.max(done, first - WINDOW_BEFORE);
    const fromLimit = Math.max(done, from - MAX_WORD);
    while (from > fromLimit && !isBoundary(text.charCodeAt(from - 1))) from--;
    let to = Math.min(text.length, last + WINDOW_AFTER);
    const toLimit = Math.min(text.length, to + MAX_WORD);
    while (to < toLimit && !isBoundary(text.charCodeAt(to))) to++;
    const found = new Scanner(text, tokenize(text, from, to, pool ?? tokens, WORDS, tokens)).scan(articleDate);
    for (const m of found) {
      if (m.start < done) continue;
      out.push(m);
      done = m.end;
    }
    done = Math.max(done, from);
  }
  return out;
}

function isBoundary(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
