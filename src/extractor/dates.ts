import type { DateMention } from './types';

/** The article's own date (ISO YYYY-MM-DD) from a dateline or a `Date:` line. Placeholder. */
export function findArticleDate(_text: string): string | undefined {
  return undefined;
}

/** Date expressions in `text`, resolved against `articleDate` when given. Placeholder. */
export function findDates(_text: string, _articleDate?: string): DateMention[] {
  return [];
}
