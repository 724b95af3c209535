// distant-weekday: a bare weekday ("on Friday") that the extractor resolved to a day more than a
// week from the article's date: either the date is wrong or the weekday needs its date.
import { isoDayNumber } from './calendar';
import type { CheckContext, Finding, Rule } from './types';

const BARE_WEEKDAY = /^(?:(?:last|next|this|on|early|late)\s+)?(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$/i;
const MAX_DAYS = 7;

export function findDistantWeekdays(context: CheckContext): Finding[] {
  const articleDay = isoDayNumber(context.articleDate ?? context.analysis.articleDate);
  if (articleDay === undefined) return [];
  const findings: Finding[] = [];
  for (const date of context.analysis.dates) {
    const day = isoDayNumber(date.value);
    if (day === undefined || !BARE_WEEKDAY.test(date.text.trim()) || Math.abs(day - articleDay) <= MAX_DAYS) continue;
    findings.push({
      rule: 'distant-weekday',
      start: date.start,
      end: date.end,
      message: `"${date.text}" resolves to ${date.value}, ${Math.abs(day - articleDay)} days from the article's date: give the date.`,
    });
  }
  return findings;
}

export const distantWeekday: Rule = {
  id: 'distant-weekday',
  defaultSeverity: 'off',
  summary: "A bare weekday that falls more than a week from the article's date.",
  run: findDistantWeekdays,
};
