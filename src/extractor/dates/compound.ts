// Hyphenated words as dates: "third-quarter", "30-year", "year-end", "mid-1990s", "2022-01-18".
import type { DateParts } from './resolve';
import { MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, ORDINALS, SEASONS, UNITS, type Unit } from './lexicon';
import { COMPOUND_HINT, COMPOUND_PARTS } from './words';

/** Parses a hyphenated token as a date, or undefined. */
export function parseCompound(w: string): DateParts | undefined {
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
