// Small closed-class word tables for date expressions in English news.
// These are general vocabulary of the language (calendar names, number words), not data.

/** Month names and their news abbreviations (AP style) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Abbreviated month forms: only dates when followed by a period or a day number. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
]);

/** Weekday → 0 (Sunday) … 6 (Saturday), as `Date.getUTCDay()` counts. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['sundays', 0], ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6],
]);

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'season' | 'period' | 'era';

/** Calendar unit nouns, singular and plural. */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['weekend', 'weekend'], ['weekends', 'weekend'],
  ['month', 'month'], ['months', 'month'], ['quarter', 'quarter'], ['quarters', 'quarter'],
  ['year', 'year'], ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'], ['semester', 'half'], ['semesters', 'half'],
  ['period', 'period'], ['era', 'era'], ['season', 'season'], ['seasons', 'season'],
]);

/** Seasons → ISO 8601 / TIMEX season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12], ['half', 0.5],
]);

/** Vague quantities that count units ("several years", "a few weeks"). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['few', 'several', 'many', 'couple', 'some', 'numerous', 'multiple']);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['last', -1], ['final', -1],
]);

/** Decades spelled out ("the nineties") → decade start within a century. */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70],
  ['eighties', 80], ['nineties', 90],
]);

/** Determiners and relative modifiers that may open a date phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'these', 'those', 'its', 'each', 'every', 'any', 'all', 'another',
]);

/** Relative direction words → offset (-1 past, 0 present, +1 future), used for values. */
export const RELATIVE: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['preceding', -1], ['prior', -1], ['recent', -1],
  ['next', 1], ['coming', 1], ['following', 1], ['upcoming', 1], ['succeeding', 1], ['subsequent', 1],
  ['this', 0], ['current', 0], ['present', 0], ['same', 0], ['latest', 0],
]);

/** Adjectives that qualify a unit inside a date phrase ("the fiscal year", "the whole year"). */
export const UNIT_ADJECTIVES: ReadonlySet<string> = new Set([
  'fiscal', 'calendar', 'model', 'crop', 'trading', 'business', 'working', 'school', 'academic', 'whole', 'full',
  'entire', 'given', 'other', 'consecutive', 'straight', 'additional', 'more', 'further', 'comparable',
  'corresponding', 'near', 'year-ago', 'year-earlier', 'financial', 'tax', 'holiday', 'christmas', 'same',
]);

/** Words that make a bare number likely to be a year when they precede it. */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'from', 'until', 'till', 'by', 'through', 'during', 'before', 'after', 'of', 'for', 'to',
  'early', 'late', 'mid', 'fiscal', 'year', 'circa', 'around', 'between', 'and', 'or', 'the', 'spring',
  'summer', 'fall', 'autumn', 'winter', 'throughout', 'as', 'than', 'into', 'at', 'on', 'about', 'beginning',
]);

/** Deictic words that name a day relative to the article date. */
export const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1], ['today', 0], ['tomorrow', 1],
]);

/** Adverbs and adjectives of frequency, dates of a recurring kind ("paid monthly", "a weekly column"). */
// "annual", "daily" and "quarterly" are left out: mostly adjectives of amounts ("quarterly dividend").
export const FREQUENCY_WORDS: ReadonlySet<string> = new Set([
  'annually', 'monthly', 'weekly', 'yearly', 'semiannual', 'semiannually', 'biannual', 'biennial', 'bimonthly',
  'biweekly',
]);

/** Named holidays that are dates in themselves. */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'easter', 'thanksgiving', 'hanukkah', 'ramadan', 'passover', 'diwali', 'halloween',
]);

/** Approximators that may open a counted duration ("about two years", "more than a decade ago"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'only', 'just', 'some', 'over', 'under',
]);

/** Words that end a counted phrase pointing back or forward ("two years ago", "a year later"). */
export const ANCHOR_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['ago', -1], ['earlier', -1], ['before', -1], ['later', 1], ['hence', 1], ['after', 1],
]);

/** Words heading a part of a period ("the end of", "the first half of"). */
export const PART_WORDS: ReadonlySet<string> = new Set([
  'end', 'beginning', 'start', 'middle', 'rest', 'remainder', 'part', 'close', 'turn', 'half', 'course', 'bulk',
]);
