// Head families of years and decades: "'90s", "'82", "2021", "1990s", "the 90's", "the nineties",
// "nineteen ninety-six", "FY2022".
import type { DateParts } from '../resolve';
import { DECADE_WORDS, MONTHS, UNITS, YEAR_CUES } from '../lexicon';
import { type DateReader, type HeadFamily, HeadShape, NEXT_FAMILY, NO_DATE, type PrefixInfo } from '../reader';
import { Kind } from '../tokens';
import { MONEY_MARKS, NON_YEAR_FOLLOWERS, OLD_YEAR_CUES, spelledTens } from '../words';

/** '90s, '82 */
export const APOSTROPHE_YEARS: HeadFamily = (s, j, parts, m) => {
  const tok = s.t[j];
  if (!(tok.kind === Kind.Apos && s.glued(j + 1))) return NEXT_FAMILY;
  const nx = s.w(j + 1);
  if (/^\d0s$/.test(nx)) {
    parts.decade = 190 + Number(nx[0]);
    return j + 2;
  }
  const prev = s.w(m.start - 1);
  if (/^\d\d$/.test(nx) && (YEAR_CUES.has(prev) || m.mods > 0 || MONTHS.has(prev)) && !s.isWord(j + 2)) {
    parts.year = 1900 + Number(nx);
    return j + 2;
  }
  return NO_DATE;
};

export const YEARS: HeadFamily = (s, j, parts, m) => {
  const tok = s.t[j];
  if (!(tok.kind === Kind.Num && tok.w.length === 4)) return NEXT_FAMILY;
  if (!likelyYear(s, j, m)) return NO_DATE;
  parts.year = tok.n;
  if (m.edge === undefined && m.mods > 0 && !m.det && !m.strong) return NO_DATE;
  const end = afterYear(s, j + 1, parts);
  if (end === j + 1) s.pointHead = HeadShape.Point;
  return end;
};

/** "1990s" */
export const DECADE_DIGITS: HeadFamily = (s, j, parts) => {
  const w = s.t[j].w;
  if (!(w.length === 5 && /^[12]\d{2}0s$/.test(w))) return NEXT_FAMILY;
  parts.decade = Math.floor(Number(w.slice(0, 4)) / 10);
  return j + 1;
};

/** "the 90's" */
export const DECADE_POSSESSIVE: HeadFamily = (s, j, parts, m) => {
  const tok = s.t[j];
  const w = tok.w;
  if (!(tok.kind === Kind.Num && w.length === 2 && w[1] === '0' && m.det && s.isPossessive(j + 1))) return NEXT_FAMILY;
  parts.decade = 190 + Number(w[0]);
  return j + 3;
};

/** "the nineties" */
export const DECADE_WORDS_HEAD: HeadFamily = (s, j, parts, m) => {
  const w = s.t[j].w;
  if (!(DECADE_WORDS.has(w) && m.det)) return NEXT_FAMILY;
  parts.decade = 190 + (DECADE_WORDS.get(w)! / 10);
  return j + 1;
};

/** Spoken years: "nineteen ninety-six", "nineteen eighty" */
export const SPOKEN_YEARS: HeadFamily = (s, j, parts) => {
  const t = s.t;
  if (!(t[j].w === 'nineteen' && t[j + 1]?.kind === Kind.Word)) return NEXT_FAMILY;
  const y = spelledTens(t[j + 1].w);
  if (y === undefined) return NEXT_FAMILY;
  parts.year = 1900 + y;
  s.pointHead = HeadShape.Point;
  return j + 2;
};

/** Fiscal years: "FY2022", "FY22" */
export const FISCAL_YEARS: HeadFamily = (s, j, parts) => {
  const tok = s.t[j];
  const w = tok.w;
  if (!(tok.cap && /^fy(\d{2}|\d{4})$/.test(w))) return NEXT_FAMILY;
  const y = Number(w.slice(2));
  parts.year = y < 100 ? 2000 + y : y;
  s.pointHead = HeadShape.Point;
  return j + 1;
};

function likelyYear(s: DateReader, j: number, m: PrefixInfo): boolean {
  const tok = s.t[j];
  const n = tok.n;
  if (!(n >= 1000 && n <= 2199)) return false;
  const prevTok = s.t[j - 1];
  // "$2014", "#89" (a pound sign in some wire text); a Markdown heading "# 2022" keeps its year
  if (prevTok && MONEY_MARKS.has(prevTok.w) && (!tok.spaceBefore || prevTok.w !== '#')) return false;
  const next = s.w(j + 1);
  if (next === '%' || NON_YEAR_FOLLOWERS.has(next)) return false;
  if (next === 'to' && s.t[j + 2]?.kind === Kind.Num && s.t[j + 2].w.length <= 3) return false;
  const prev = s.w(m.start - 1);
  if (prev === 'no' || prev === 'number' || prev === 'flight' || prev === 'route' || prev === 'room' || prev === 'page' || prev === 'section' || prev === 'model') return false;
  if (n >= 1900 && n <= 2099) return true;
  return OLD_YEAR_CUES.has(prev) || m.edge !== undefined || s.isPossessive(j + 1);
}

/** What may follow a year: "1990's" as a decade, "2021 period", "2022 model year". */
function afterYear(s: DateReader, end: number, parts: DateParts): number {
  const w = s.w(end);
  // "1990's" as a decade
  if (s.isPossessive(end) && parts.year !== undefined && parts.year % 10 === 0 && s.w(end + 2) !== 'first' && !UNITS.has(s.w(end + 2))) {
    const after = s.w(end + 2);
    if (after === '' || !s.isWord(end + 2) || after === 'and' || after === 'when' || after === 'that') {
      parts.decade = Math.floor(parts.year / 10);
      parts.year = undefined;
      return end + 2;
    }
  }
  if (w === 'period' || w === 'quarter' || w === 'season' || ((w === 'model' || w === 'crop') && s.w(end + 1) === 'year')) {
    if ((w === 'model' || w === 'crop') && s.w(end + 1) === 'year') return end + 2;
    if (w === 'quarter') parts.noValue = false;
    return end + 1;
  }
  return end;
}
