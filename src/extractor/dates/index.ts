// Dates: finding date expressions and resolving them to ISO 8601 values.
//
// Values (ISO 8601, relative to the article date when one is known):
// - a weekday is the most recent one (the article's own day included) unless "next", "this" or a
//   future cue before it in the clause ("will", "is scheduled to") points ahead; "last Friday" is
//   strictly before the article's day, "next Friday" strictly after;
// - a month without a year is the nearest one (within six months), or the coming one after a future
//   cue; "last May" is this year's only when at least two months back;
// - "last/this/next week|month|quarter|year", "yesterday", "two years ago" shift the article date and
//   keep the unit's precision (YYYY-Www, YYYY-MM, YYYY-Qn, YYYY); "the weekend" is YYYY-Www-WE;
// - lengths of time ("three months"), frequencies, ranges, vague counts ("weeks ago") and phrases
//   relative to another date ("the following year") get no value.
//
// Files: tokens.ts (tokenizer and word tables), words.ts (word sets), scanner.ts (prefix words and
// continuations), heads/ (one parser per pattern family of heads, in order), resolve.ts (values),
// article.ts (the article's own date), find.ts (windows around candidate heads).
export { findDates } from './find';
export { findArticleDate } from './article';
export type { Token as DateToken } from './tokens';
