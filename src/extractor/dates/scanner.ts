// The date scanner: at each token, try to read one date phrase
//   [approximator] [determiner | relative | part-of | count | ordinal | adjective]* head
//   (suffix | ", " head | "of" phrase | "'s" phrase | adjacent phrase | range)*
// The prefix words are read here (simple()), the head by the pattern families of heads/, the
// continuations here (continuation()). Every step moves forward over a bounded number of tokens,
// so the scan is linear.
import type { DateMention } from '../types';
import { ANCHOR_SUFFIXES, DEICTIC_DAYS, DETERMINERS, MONTHS, NUMBER_WORDS, ORDINALS, PART_WORDS, RELATIVE, UNITS, VAGUE_COUNTS, WEEKDAYS } from './lexicon';
import { readHead } from './heads';
import { DateReader, HeadShape, mergeParts, type Phrase } from './reader';
import { resolveValue, type DateParts } from './resolve';
import { Kind } from './tokens';
import {
  ANAPHORIC,
  F_APPROXIMATOR,
  F_DETERMINER,
  F_HOLIDAY,
  F_ORDINAL,
  F_PART,
  F_RELATIVE,
  F_STARTER,
  F_UNIT,
  F_UNIT_ADJECTIVE,
  F_VAGUE,
  flagsOf,
  isDigitCode,
  MAX_PREFIX,
  POINT_PREFIX,
  spelledTens,
  THE_KEEPERS,
} from './words';

export class Scanner extends DateReader {
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
    // "the fiscal year ended Nov. 30": a year or a count of months with its closing date is one period;
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
    this.pointHead = HeadShape.Other;
    let anaphoric = false;
    let fiscal = false;
    for (let k = i; k < j; k++) {
      if (ANAPHORIC.has(t[k].w)) anaphoric = true;
      if (t[k].w === 'fiscal') fiscal = true;
    }
    const end = readHead(this, j, parts, { anaphoric, fiscal, article, mods, strong, det, ordinal, rel, count, vague, edge, start: i });
    if (end === undefined) return undefined;
    let start = i;
    // "that this year", "that late last year": a conjunction before the phrase's own determiner
    while (start + 1 < j && (t[start].w === 'that' || t[start].w === 'this') && (DETERMINERS.has(t[start + 1].w) || RELATIVE.has(t[start + 1].w) || t[start + 1].w === 'late' || t[start + 1].w === 'early')) start++;
    const shape = this.pointHead as HeadShape; // set by the head
    if (shape === HeadShape.Compound) start = j;
    else if (shape === HeadShape.Point) {
      // keep only words that move or narrow a point in time: "early", "last", "around"
      start = j;
      while (start > i && POINT_PREFIX.has(t[start - 1].w)) start--;
      if (start > i && t[start - 1].w === 'the' && THE_KEEPERS.has(t[start].w)) start--;
      // "the end of 2021" keeps its whole lead
      for (let k = i; k + 1 < j; k++) if (t[k + 1].w === 'of' && PART_WORDS.has(t[k].w)) start = i;
    }
    return { start, end, parts };
  }

}
