// Turns what a date phrase says (its parts) into an ISO 8601 value, relative to the article date.
import type { Unit } from './lexicon';

/** What a date phrase states. Every field is optional; the parser fills what it sees. */
export interface DateParts {
  year?: number;
  /** Year relative to the article's ("last year" → -1). */
  yearRel?: number;
  month?: number;
  /** Month relative to the article date's month ("last month" → -1) */
  monthRel?: number;
  day?: number;
  /** Direction of a month named without a year, as for weekdays (-2 "last May" … +2 "next May"; 0 nearest). */
  monthDir?: number;
  weekday?: number;
  /** Direction of a weekday: -2 strictly before ("last Friday"), -1 on or before, +1 on or after, +2 strictly after ("next Friday"). */
  weekdayDir?: number;
  quarter?: number;
  quarterRel?: number;
  half?: number;
  season?: string;
  seasonRel?: number;
  /** First three digits of a decade year ("the 1990s" → 199). */
  decade?: number;
  century?: number;
  /** A weekend: -1 the one just past, +1 the coming one, +2 the one after ("next weekend"). */
  weekendDir?: number;
  /** Week relative to the article's week ("last week" → -1). */
  weekRel?: number;
  /** Day relative to the article date (yesterday → -1). */
  dayRel?: number;
  /** A counted span of units pointing back or forward from the article date ("two years ago"). */
  count?: number;
  unit?: Unit;
  anchorDir?: number;
  /** The phrase is only a length of time or a frequency: no calendar value. */
  noValue?: boolean;
  /** Characters of a hyphenated token that belong to the date ("1987" of "1987-style"). */
  cut?: number;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));
const pad4 = (n: number): string => (n < 0 ? String(n) : String(n).padStart(4, '0'));

export function parseIsoDate(iso: string | undefined): Ymd | undefined {
  // By hand: /^(\d{4})-(\d{2})-(\d{2})/ and then the ranges; resolveValue() asks for every date it resolves.
  if (!iso || iso.length < 10) return undefined;
  for (let i = 0; i < 10; i++) {
    const c = iso.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return undefined;
  }
  const digit = (i: number): number => iso.charCodeAt(i) - 48;
  const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const mo = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return { y, m: mo, d };
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, as Date.UTC(y, m - 1, d) / 86 400 000
 * computes it (a day past the month's end runs into the next month; years 0–99 are 1900–1999),
 * without a Date object.
 */
function dayNumber(date: Ymd): number {
  let y = date.y >= 0 && date.y <= 99 ? 1900 + date.y : date.y;
  const m = date.m;
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + date.d - 1; // from March 1st
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number (the inverse of dayNumber() for real dates). */
function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0 Sunday … 6 Saturday, as Date.getUTCDay() counts (1970-01-01 was a Thursday). */
function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(d) + days);
}

export function formatDay(d: Ymd): string {
  return `${pad4(d.y)}-${pad2(d.m)}-${pad2(d.d)}`;
}

/** ISO 8601 week date label of a day ("2022-W03"). */
export function isoWeek(d: Ymd): string {
  const n = dayNumber(d);
  const weekday = (weekdayOf(n) + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(n + (3 - weekday));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  const week = 1 + Math.floor((dayNumber(thursday) - jan1) / 7);
  return `${pad4(thursday.y)}-W${pad2(week)}`;
}

function monthLabel(y: number, m: number): string {
  const total = y * 12 + (m - 1);
  return `${pad4(Math.floor(total / 12))}-${pad2((total % 12) + 1)}`;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

function seasonYear(season: string, rel: number | undefined, ref: Ymd): number {
  const [first, last] = SEASON_MONTHS[season] ?? [1, 12];
  if (rel === undefined || rel === 0) return ref.y;
  if (rel < 0) {
    // "last summer": this year's if it is already over, else last year's.
    const over = season === 'WI' ? ref.m > 2 && ref.m < 12 : ref.m > last;
    return over ? ref.y : ref.y - 1;
  }
  const ahead = season === 'WI' ? ref.m < 12 : ref.m < first;
  return ahead ? ref.y : ref.y + 1;
}

function monthYear(month: number, dir: number | undefined, ref: Ymd): number {
  // no tense cue: the nearest such month (within six months either way)
  if (dir === 3) return ref.y; // "this September"
  if (dir === undefined || dir === 0) return month - ref.m > 6 ? ref.y - 1 : ref.m - month > 6 ? ref.y + 1 : ref.y;
  // "last May": this year's only when it is at least two months back, else last year's
  if (dir === -2) return month < ref.m - 1 ? ref.y : ref.y - 1;
  if (dir === -1) return month <= ref.m ? ref.y : ref.y - 1;
  if (dir === 2) return month > ref.m ? ref.y : ref.y + 1;
  return month >= ref.m ? ref.y : ref.y + 1;
}

/** The ISO value a phrase denotes, when the parts pin one down. */
export function resolveValue(p: DateParts, articleDate: string | undefined): string | undefined {
  if (p.noValue) return undefined;
  const ref = parseIsoDate(articleDate);

  // Absolute or year-relative calendar dates.
  if (p.year !== undefined || (p.yearRel !== undefined && ref)) {
    const y = p.year ?? ref!.y + p.yearRel!;
    if (p.month !== undefined) return p.day !== undefined ? formatDay({ y, m: p.month, d: p.day }) : monthLabel(y, p.month);
    if (p.quarter !== undefined && p.quarter > 0) return `${pad4(y)}-Q${p.quarter}`;
    if (p.half !== undefined && p.half > 0) return `${pad4(y)}-H${p.half}`;
    if (p.season) return `${pad4(y)}-${p.season}`;
    return pad4(y);
  }
  if (p.decade !== undefined) return String(p.decade);
  if (p.century !== undefined) return pad2(p.century);
  if (!ref) return undefined;

  if (p.dayRel !== undefined) {
    const day = addDays(ref, p.dayRel);
    return formatDay(day);
  }
  if (p.month !== undefined) {
    const y = monthYear(p.month, p.monthDir, ref);
    return p.day !== undefined ? formatDay({ y, m: p.month, d: p.day }) : monthLabel(y, p.month);
  }
  if (p.weekday !== undefined) {
    const today = weekdayOf(dayNumber(ref));
    const dir = p.weekdayDir ?? -1;
    let delta: number;
    if (dir < 0) {
      delta = -((today - p.weekday + 7) % 7);
      if (dir === -2 && delta === 0) delta = -7;
    } else {
      delta = (p.weekday - today + 7) % 7;
      if (dir === 2 && delta === 0) delta = 7;
    }
    return formatDay(addDays(ref, delta));
  }
  if (p.quarter !== undefined && p.quarter > 0) return `${pad4(ref.y)}-Q${p.quarter}`;
  if (p.half !== undefined && p.half > 0) return `${pad4(ref.y)}-H${p.half}`;
  if (p.quarterRel !== undefined) {
    const q = Math.floor((ref.m - 1) / 3) + p.quarterRel; // 0-based, may leave the year
    const y = ref.y + Math.floor(q / 4);
    return `${pad4(y)}-Q${(((q % 4) + 4) % 4) + 1}`;
  }
  if (p.season) return `${pad4(seasonYear(p.season, p.seasonRel, ref))}-${p.season}`;
  if (p.monthRel !== undefined) return monthLabel(ref.y, ref.m + p.monthRel);
  if (p.weekRel !== undefined) return isoWeek(addDays(ref, 7 * p.weekRel));
  if (p.weekendDir !== undefined) {
    const weekday = weekdayOf(dayNumber(ref)); // 0 Sunday … 6 Saturday
    const inWeekend = weekday === 0 || weekday === 6;
    const shift = p.weekendDir < 0 ? (inWeekend ? 0 : -7) : p.weekendDir === 1 ? 0 : 7;
    return isoWeek(addDays(ref, shift)) + '-WE';
  }

  // "two years ago", "a week earlier": shift the article date, keep the unit's granularity.
  if (p.count !== undefined && p.anchorDir !== undefined && Number.isInteger(p.count)) {
    const k = p.count * p.anchorDir;
    switch (p.unit) {
      case 'day':
        return formatDay(addDays(ref, k));
      case 'week':
        return isoWeek(addDays(ref, 7 * k));
      case 'month':
        return monthLabel(ref.y, ref.m + k);
      case 'year':
        return pad4(ref.y + k);
      case 'decade':
        return String(Math.floor((ref.y + 10 * k) / 10));
      default:
        return undefined;
    }
  }
  return undefined;
}
