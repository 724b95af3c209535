// Head family of units of time: "last week", "the third quarter", "two years", "recent months",
// "the past decade", "for years"; not a title ("Fashion Week") nor a rate ("$20 million a year").
import type { DateParts } from '../resolve';
import { ANCHOR_SUFFIXES, PART_WORDS, UNITS } from '../lexicon';
import { type DateReader, type HeadFamily, NEXT_FAMILY, NO_DATE, type PrefixInfo } from '../reader';
import { Kind } from '../tokens';
import { isDigitCode, RATE_FREE, RATE_WORDS } from '../words';

/** Words after "the same period" that anchor it to a date ("… last year", "… a year ago", "… of 1998"). */
const SAME_PERIOD_ANCHORS: ReadonlySet<string> = new Set(['last', 'a', 'one', 'this', 'of', 'in', 'ended', 'ending', 'year']);

export const UNITS_OF_TIME: HeadFamily = (s, j, parts, m) => {
  if (!UNITS.has(s.t[j].w)) return NEXT_FAMILY;
  return unitHead(s, j, parts, m) ?? NO_DATE;
};

function unitHead(s: DateReader, j: number, parts: DateParts, m: PrefixInfo): number | undefined {
  const t = s.t;
  const w = t[j].w;
  const unit = UNITS.get(w)!;
  const plural = w.endsWith('s');
  const prev = s.w(m.start - 1);
  // "the latest period", "the year-ago period"; a bare "period" is not a date
  if (unit === 'period' && !(m.rel !== undefined || parts.yearRel !== undefined)) return undefined;
  // "over the same period": an anaphor, no date, unless anchored ("the same period last year")
  if (unit === 'period' && s.w(j - 1) === 'same' && !SAME_PERIOD_ANCHORS.has(s.w(j + 1))) return undefined;
  if (unit === 'era' && !m.det) return undefined;
  if (unit === 'quarter' && m.count === 1 && !m.det && m.ordinal === undefined) return undefined; // "a quarter of" is a fraction
  if (unit === 'quarter' && s.w(j + 1) === 'of' && m.ordinal === undefined && !m.strong) {
    // "a quarter of the shares"
    const after = t[j + 2];
    if (!(after && (after.kind === Kind.Num || (s.w(j + 2) === 'the' && UNITS.has(s.w(j + 3)))))) return undefined;
  }
  if (t[j].cap && (m.mods > 0 || !s.sentenceStart(j))) return undefined; // a title: "Fashion Week", "Shark Week"
  if (m.article && m.mods === 1 && isRateBase(s, m.start - 1) && !ANCHOR_SUFFIXES.has(s.w(j + 1))) return undefined; // "$20 million a year"
  if (w === 'year' && s.w(j + 1) === 'end') {
    parts.noValue = true;
    return j + 2;
  }
  if (m.mods === 0) {
    if (w === 'year' && s.isPossessive(j + 1) && s.w(j + 3) === 'end') {
      parts.noValue = true;
      return j + 4;
    }
    // bare units: only plurals after a time preposition ("for years") or before "ago" ("weeks ago")
    if (!plural) return undefined;
    if (ANCHOR_SUFFIXES.has(s.w(j + 1)) && unit !== 'period' && unit !== 'quarter') {
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
  } else if (m.mods === 1 && s.w(m.start) === 'the' && !plural && (unit === 'year' || unit === 'month' || unit === 'week' || unit === 'day')) {
    if (unit === 'year' && s.w(j + 1) === 'two' && s.w(j + 2) === 'thousand') {
      // "the year two thousand"
      parts.year = 2000;
      return j + 3;
    }
    // "the year", "the day": in news, the one the article is written in
    if (unit === 'year') parts.yearRel = 0;
    else if (unit === 'month') parts.monthRel = 0;
    else if (unit === 'week') parts.weekRel = 0;
    else parts.dayRel = 0;
  } else if (m.mods === 1 && s.w(m.start) === 'the' && unit === 'weekend' && !plural) {
    parts.weekendDir = s.tense(m.start, j) > 0 ? 1 : -1; // "over the weekend": the one just past
  } else if (m.mods === 3 && s.w(m.start) === 'the' && s.w(m.start + 2) === 'of' && PART_WORDS.has(s.w(m.start + 1)) && !plural && unit === 'year') {
    parts.yearRel = 0; // "the end of the year"
  } else {
    parts.noValue = true;
  }
  let end = j + 1;
  // "years'" possessive plural
  if (plural && t[end]?.kind === Kind.Apos && s.glued(end) && !s.isWord(end + 1)) end++;
  return end;
}

/** Token i is an amount or a plural noun that "a day"/"a year" makes a rate of ("barrels a day", "$5 million a year"). */
function isRateBase(s: DateReader, i: number): boolean {
  const tok = s.t[i];
  if (!tok) return false;
  if (tok.kind === Kind.Num || isDigitCode(tok.w.charCodeAt(0))) return true;
  if (RATE_WORDS.has(tok.w)) return true;
  return tok.kind === Kind.Word && tok.w.length > 3 && tok.w.endsWith('s') && !tok.w.endsWith('ss') && !tok.cap && !RATE_FREE.has(tok.w);
}
