// The head of a date phrase, read by pattern families tried in this order: the first family that
// recognises the token decides (an end index, or no date at all). Order matters where families
// overlap: a month before a day-first date, "1990s" before hyphenated compounds, units last.
import type { DateParts } from '../resolve';
import { type DateReader, type HeadFamily, NEXT_FAMILY, NO_DATE, type PrefixInfo } from '../reader';
import { Kind } from '../tokens';
import { F_HEAD, flagsOf } from '../words';
import { AGES } from './ages';
import { HYPHENATED, NUMERIC_DATES } from './compounds';
import { DEICTIC, FREQUENCIES, NOW, PARTS_OF_TODAY, TONIGHT } from './days';
import { DAY_FIRST, MONTH_NAMES } from './months';
import { HALVES, QUARTER_CODES } from './quarters';
import { HOLIDAY_NAMES, NAMED_DAYS, NEW_YEAR, SEASON_NAMES } from './seasons';
import { UNITS_OF_TIME } from './units';
import { WEEKDAY_NAMES } from './weekdays';
import { APOSTROPHE_YEARS, DECADE_DIGITS, DECADE_POSSESSIVE, DECADE_WORDS_HEAD, FISCAL_YEARS, SPOKEN_YEARS, YEARS } from './years';

/** Past the apostrophe forms, only a word or a number can head, and a lowercase word only if it is a head word, has a digit or a hyphen. */
const HEAD_TOKEN: HeadFamily = (s, j) => {
  const tok = s.t[j];
  if (tok.kind !== Kind.Word && tok.kind !== Kind.Num) return NO_DATE;
  if (tok.kind === Kind.Word && !tok.cap && (flagsOf(tok) & F_HEAD) === 0) {
    const c0 = tok.w.charCodeAt(0);
    if (!(c0 >= 48 && c0 <= 57) && !tok.hyphen) return NO_DATE;
  }
  return NEXT_FAMILY;
};

export const HEAD_FAMILIES: readonly HeadFamily[] = [
  APOSTROPHE_YEARS,
  HEAD_TOKEN,
  MONTH_NAMES,
  DAY_FIRST,
  WEEKDAY_NAMES,
  YEARS,
  DECADE_DIGITS,
  DECADE_POSSESSIVE,
  DECADE_WORDS_HEAD,
  TONIGHT,
  PARTS_OF_TODAY,
  QUARTER_CODES,
  SPOKEN_YEARS,
  DEICTIC,
  FREQUENCIES,
  NOW,
  SEASON_NAMES,
  HOLIDAY_NAMES,
  NAMED_DAYS,
  NEW_YEAR,
  HYPHENATED,
  NUMERIC_DATES,
  FISCAL_YEARS,
  HALVES,
  UNITS_OF_TIME,
  AGES,
];

/** The head of a date phrase at token j, filling `parts`; returns the end index or undefined. */
export function readHead(s: DateReader, j: number, parts: DateParts, m: PrefixInfo): number | undefined {
  for (let f = 0; f < HEAD_FAMILIES.length; f++) {
    const end = HEAD_FAMILIES[f](s, j, parts, m);
    if (end !== NEXT_FAMILY) return end === NO_DATE ? undefined : end;
  }
  return undefined;
}
