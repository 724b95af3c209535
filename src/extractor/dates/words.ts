// The words the date scanner looks up: small word sets, the word table (WORDS) whose index the
// tokenizer stores per token with F_* bits for the sets the prefix scan asks about most, and the
// tags of the words that can head a date phrase (the cheap first pass looks only for these).
import {
  ANCHOR_SUFFIXES,
  APPROXIMATORS,
  DECADE_WORDS,
  DEICTIC_DAYS,
  DETERMINERS,
  FREQUENCY_WORDS,
  HOLIDAYS,
  MONTHS,
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
} from './lexicon';
import { DATE_ABBREVIATIONS } from '../text/abbreviations';
import { COMMON_WORDS, HEAD_ANY, HEAD_CAPITALISED, HashTags, WordTable, type Token } from './tokens';

export const MAX_PREFIX = 10;

/** Weekday tense cues: words before a weekday that point to the future or the past. */
export const FUTURE_CUES = new Set([
  'will', 'shall', "'ll", 'going', 'scheduled', 'expected', 'plans', 'planned', 'plan', 'set', 'due', 'upcoming',
  'is', 'are',
]);
export const PAST_CUES = new Set(['said', 'was', 'were', 'had', 'did', 'told', 'announced', 'reported', 'ago', 'earlier']);

/** Words that often follow a 4-digit number that is not a year. */
export const NON_YEAR_FOLLOWERS = new Set([
  'percent', '%', 'people', 'troops', 'soldiers', 'shares', 'points', 'feet', 'meters', 'metres', 'miles',
  'kilometers', 'kilometres', 'tons', 'tonnes', 'barrels', 'acres', 'pounds', 'dollars', 'yen', 'cars', 'jobs',
  'workers', 'employees', 'units', 'members', 'votes', 'cases', 'deaths', 'students', 'homes', 'men', 'women',
  'children', 'stores', 'megawatts', 'hours', 'calories', 'copies', 'vehicles', 'rooms', 'beds', 'refugees',
]);
export const MONEY_MARKS = new Set(['$', '£', '€', '¥', '#']);

/** Words before "a day"/"a year" that make it a rate ("$5 million a year", "twice a week"). */
export const RATE_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', '%', 'once', 'twice', 'thrice', 'cents', 'dollars', 'pounds', 'yen', 'euros']);

/** Words before "a year" that make it a time span rather than a rate ("for a year" vs "$5 a year"). */
export const RATE_FREE = new Set([
  'for', 'in', 'within', 'than', 'over', 'after', 'about', 'nearly', 'almost', 'around', 'only', 'just', 'least',
  'of', 'half', 'by', 'under', 'past', 'since', 'until', 'till', 'during', 'from', 'roughly', 'barely', 'some',
]);

export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words that make a weekday the name of an event or feast ("Black Monday", "Good Friday", "Palm Sunday"). */
export const EVENT_DAY_WORDS = new Set([
  'black', 'good', 'super', 'bloody', 'cyber', 'ash', 'holy', 'maundy', 'palm', 'easter', 'whit',
  'shrove', 'fat', 'blue', 'giving', 'manic', 'mad', 'white',
]);

/** Words before a number under 1900 that make it a year ("in 1648", "the treaty of 1815"). */
export const OLD_YEAR_CUES = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'of', 'circa', 'c', 'year']);
export const ANAPHORIC = new Set(['following', 'previous', 'preceding', 'subsequent', 'succeeding', 'same', 'prior']);
export const THE_KEEPERS = new Set(['previous', 'following', 'same', 'preceding']);
/** Prefix words kept before a point in time. */
export const POINT_PREFIX = new Set([
  'fiscal', 'sometime', 'right', 'until',
  'early', 'late', 'mid', 'earlier', 'later', 'last', 'next', 'this', 'past', 'coming', 'previous', 'following',
  'around', 'about', 'nearly', 'almost', 'until', 'since', 'before', 'after', 'sometime', 'as', 'recent',
]);

/** A hyphenated word can be a date only if it has a digit or one of these. */
export const COMPOUND_HINT = /[0-9]|year|month|day|week|quarter|decade|centur|semester|half|mid-/;

/** Parts of hyphenated compounds besides numbers and units ("year-end", "61-year-old"). */
export const COMPOUND_PARTS = new Set([
  'old', 'ago', 'earlier', 'end', 'long', 'to', 'date', 'full', 'half', 'multi', 'over', 'on', 'plus', 'and',
  'a', 'or',
]);

/** "ninety-six" → 96, "eighty" → 80, else undefined. */
export function spelledTens(w: string): number | undefined {
  const [tens, unit] = w.split('-');
  const t = NUMBER_WORDS.get(tens);
  if (t === undefined || t < 20 || t > 90 || t % 10 !== 0) return undefined;
  if (unit === undefined) return t;
  const u = NUMBER_WORDS.get(unit);
  return u !== undefined && u >= 1 && u <= 9 && unit !== 'a' && unit !== 'an' ? t + u : undefined;
}

/** Tags of the words that can head a date phrase: the cheap first pass looks only for these. */
export const HEAD_TAGS = new HashTags(128)
  .add(
    HEAD_ANY, UNITS.keys(), SEASONS.keys(), DEICTIC_DAYS.keys(), FREQUENCY_WORDS, DECADE_WORDS.keys(),
    ['now', 'nineteen', 'age', 'aged', 'half', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'past', 'future', 'term', 'fy', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'],
  )
  // Month, weekday and holiday names head a phrase only when capitalised ("may" and "march" are verbs).
  .add(HEAD_CAPITALISED, MONTHS.keys(), WEEKDAYS.keys(), HOLIDAYS);

// The word sets the prefix scan asks about most, as bits per word of WORDS.
/** Every word that may open a date phrase (prefix words and head words). */
export const F_STARTER = 1;
/** Words the head families (heads/) may accept as a head (besides numbers, hyphenated words and capitalised names). */
export const F_HEAD = 2;
export const F_UNIT_ADJECTIVE = 4;
export const F_UNIT = 8;
export const F_APPROXIMATOR = 16;
export const F_VAGUE = 32;
export const F_DETERMINER = 64;
export const F_RELATIVE = 128;
export const F_ORDINAL = 256;
export const F_NUMBER = 512;
export const F_PART = 1024;
export const F_DEICTIC = 2048;
export const F_MONTH = 4096;
export const F_WEEKDAY = 8192;
export const F_HOLIDAY = 16384;

/**
 * Words the tokenizer hands out as shared strings, with their F_* bits: every word the scanner
 * looks up, and the most frequent words of English news text around dates.
 */
export const WORDS = new WordTable(512)
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
    0, YEAR_CUES, ANCHOR_SUFFIXES.keys(), FUTURE_CUES, PAST_CUES, NON_YEAR_FOLLOWERS, RATE_WORDS, RATE_FREE, EVENT_DAY_WORDS, DATE_ABBREVIATIONS,
    OLD_YEAR_CUES, ANAPHORIC, POINT_PREFIX, COMPOUND_PARTS, COMMON_WORDS,
  );
const FLAGS = WORDS.flags;

/** The F_* sets a token's word is in (a word outside WORDS is in none: WORDS holds every word of them). */
export function flagsOf(tok: Token): number {
  const id = tok.id;
  return id >= 0 ? FLAGS[id] : 0;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
