// Calendar helpers shared by the date rules: weekday names in the forms news uses, ISO days, and
// the year a date without one most likely has, given the article's date.

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const ABBREVIATIONS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Weekday 0–6 of a written weekday ("Tuesday", "Tues.", "TUE"), or undefined. */
export function weekdayOf(word: string): number | undefined {
  const w = word.replace(/\.$/, '').toLowerCase();
  for (let d = 0; d < 7; d++) {
    const full = WEEKDAY_NAMES[d].toLowerCase();
    if (w === full) return d;
    if (w.length >= 3 && full.startsWith(w) && (w === ABBREVIATIONS[d].toLowerCase() || ['tues', 'thur', 'thurs', 'weds'].includes(w))) return d;
  }
  return undefined;
}

/** `weekday` written the way `original` is: full or abbreviated, capitalised or upper case. */
export function weekdayLike(original: string, weekday: number): string {
  const full = WEEKDAY_NAMES[weekday];
  const bare = original.replace(/\.$/, '');
  let word = bare.toLowerCase().endsWith('day') ? full : ABBREVIATIONS[weekday];
  if (original.endsWith('.')) word += '.';
  if (bare === bare.toUpperCase()) word = word.toUpperCase();
  else if (bare === bare.toLowerCase()) word = word.toLowerCase();
  return word;
}

export function dayNumber(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(date.getTime() / 86_400_000);
}

/** Days since 1970-01-01 of an ISO YYYY-MM-DD, or undefined. */
export function isoDayNumber(iso: string | undefined): number | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? dayNumber(+m[1], +m[2], +m[3]) : undefined;
}

/** 0 = Sunday, as `Date.getUTCDay()` counts. */
export function weekdayOfDayNumber(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** The year (article year or either neighbour) that puts month/day nearest the article's date. */
export function nearestYear(month: number, day: number, articleDay: number): number | undefined {
  const articleYear = new Date(articleDay * 86_400_000).getUTCFullYear();
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const year of [articleYear - 1, articleYear, articleYear + 1]) {
    const n = dayNumber(year, month, day);
    if (n !== undefined && Math.abs(n - articleDay) < bestDistance) {
      best = year;
      bestDistance = Math.abs(n - articleDay);
    }
  }
  return best;
}
