// Head families of month names: "Jan. 18", "January 18, 2022", "August 2019", "late October", and
// day-first dates: "18 January 2022", "18th of January".
import type { DateParts } from '../resolve';
import { DETERMINERS, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, YEAR_CUES } from '../lexicon';
import { type DateReader, type HeadFamily, HeadShape, NEXT_FAMILY, NO_DATE, type PrefixInfo } from '../reader';
import { Kind } from '../tokens';
import { isDigitCode } from '../words';

export const MONTH_NAMES: HeadFamily = (s, j, parts, m) => {
  const tok = s.t[j];
  if (!(tok.cap && MONTHS.has(tok.w))) return NEXT_FAMILY;
  s.pointHead = HeadShape.Point;
  return monthHead(s, j, parts, m) ?? NO_DATE;
};

export const DAY_FIRST: HeadFamily = (s, j, parts, m) => {
  const t = s.t;
  const w = t[j].w;
  if (!(isDigitCode(w.charCodeAt(0)) && /^\d{1,2}(st|nd|rd|th)?$/.test(w))) return NEXT_FAMILY;
  const day = parseInt(w, 10);
  let k = j + 1;
  if (s.w(k) === 'of') k++;
  if (!(day >= 1 && day <= 31 && t[k]?.cap && MONTHS.has(s.w(k)) && s.isWord(k))) return NEXT_FAMILY;
  s.pointHead = HeadShape.Point;
  const end = monthHead(s, k, parts, { ...m, mods: m.mods + 1 });
  if (end !== undefined && parts.day === undefined) {
    parts.day = day;
    return end;
  }
  return end ?? NO_DATE;
};
// "the 30th" of a month already in view is left alone: too ambiguous without the month.

/** A month name at token j and the day and year after it. */
function monthHead(s: DateReader, j: number, parts: DateParts, m: PrefixInfo): number | undefined {
  const t = s.t;
  const w = t[j].w;
  let end = j + 1;
  const abbreviated = MONTH_ABBREVIATIONS.has(w);
  if (abbreviated && s.w(end) === '.' && s.glued(end)) end++;
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
  if (day !== undefined && s.w(end) === ',' && yTok(end + 1)) {
    year = t[end + 1].n;
    end += 2;
  } else if (yTok(end)) {
    year = t[end].n;
    end++;
  }
  // Ambiguous names need evidence: "May", "March", and abbreviations without a period.
  if (day === undefined && year === undefined) {
    const prev = s.w(m.start - 1);
    const cue = m.mods > 0 || YEAR_CUES.has(prev) || s.w(end) === 'of' || s.w(end) === 'last' || s.w(end) === 'this' || s.w(end) === 'next';
    if ((w === 'may' || w === 'march') && !cue) return undefined;
    const nx = t[end];
    const titleCase = nx && nx.kind === Kind.Word && nx.cap && nx.w.length > 1 && s.text.charCodeAt(nx.start + 1) >= 97;
    if (titleCase && !MONTHS.has(nx.w) && !WEEKDAYS.has(nx.w) && !DETERMINERS.has(nx.w) && !s.sentenceStart(end)) return undefined; // a name: "May Street Market", "August Rush"
    if (abbreviated && w !== 'sept' && s.w(j + 1) !== '.') return undefined;
    if (w === 'may' && t[j].w === 'may' && !t[j].cap) return undefined;
  }
  parts.month = MONTHS.get(w);
  if (m.anaphoric && year === undefined) parts.noValue = true; // "the following May"
  if (day !== undefined) parts.day = day;
  if (year !== undefined) parts.year = year;
  // a month without a year: "last"/"next"/"this", else the coming one after a future cue, else the nearest
  if (year === undefined) parts.monthDir = m.rel === -1 ? -2 : m.rel === 1 ? 2 : m.rel === 0 ? 3 : Math.max(0, s.tense(m.start, j));
  return end;
}
