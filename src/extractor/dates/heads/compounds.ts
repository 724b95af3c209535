// Head families written with punctuation: hyphenated compounds ("third-quarter", "30-year",
// "year-end", "mid-1990s", "61-year-old", "2022-01-18") and numeric dates ("1/18/2022").
import { type HeadFamily, HeadShape, mergeParts, NEXT_FAMILY, NO_DATE } from '../reader';
import { isDigitCode } from '../words';

export const HYPHENATED: HeadFamily = (s, j, parts, m) => {
  const tok = s.t[j];
  const w = tok.w;
  if (!w.includes('-')) return NEXT_FAMILY;
  const c = s.compound(w);
  if (c === undefined) return NO_DATE;
  if (c.cut !== undefined) {
    if (m.mods > 0) return NO_DATE;
    s.cutEnd = tok.start + c.cut;
  }
  mergeParts(parts, c);
  s.pointHead = w.startsWith('mid-') ? (c.decade !== undefined ? HeadShape.Other : HeadShape.Point) : HeadShape.Compound;
  if (m.rel !== undefined && c.unit === 'quarter' && parts.quarter === undefined) parts.quarterRel = m.rel;
  return j + 1;
};

/** 1/18/2022 is month/day as in US news, unless the first number cannot be a month (18/1/2022). */
export const NUMERIC_DATES: HeadFamily = (s, j, parts) => {
  const w = s.t[j].w;
  if (!(isDigitCode(w.charCodeAt(0)) && /^\d{1,2}\/\d{1,2}\/(\d{2}|\d{4})$/.test(w))) return NEXT_FAMILY;
  s.pointHead = HeadShape.Point;
  const [a, b, c] = w.split('/').map(Number);
  const [month, day] = a > 12 ? [b, a] : [a, b];
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
    parts.month = month;
    parts.day = day;
    parts.year = c < 100 ? (c < 50 ? 2000 + c : 1900 + c) : c;
    return j + 1;
  }
  return NO_DATE;
};
