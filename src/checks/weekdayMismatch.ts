// weekday-mismatch: "Tuesday, Jan. 19, 2022" where Jan. 19, 2022 is a Wednesday. The year comes
// from the date itself, else the article's date (the nearest year to it); no year, no finding.
import { MONTHS } from '../extractor/dates/lexicon';
import { dayNumber, isoDayNumber, nearestYear, weekdayLike, weekdayOf, weekdayOfDayNumber, WEEKDAY_NAMES } from './calendar';
import type { CheckContext, Finding, Rule } from './types';

const WEEKDAY = String.raw`(?<weekday>(?:Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?)(?:day|\.)?)`;
const MONTH = String.raw`(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?<year>\d{4})`;
// "Tuesday, Jan. 19, 2022", "Tuesday Jan 19", "Tuesday, 19 January 2022".
const MONTH_FIRST = new RegExp(String.raw`${WEEKDAY},?[ \u00a0]+${MONTH}[ \u00a0]+${DAY}\b(?:,?[ \u00a0]+${YEAR}\b)?`, 'iy');
const CANDIDATE = /\b(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat|SUN|MON|TUE|WED|THU|FRI|SAT)/g;
const DAY_FIRST = new RegExp(String.raw`${WEEKDAY},?[ \u00a0]+(?:the[ \u00a0]+)?${DAY}(?:[ \u00a0]+of)?[ \u00a0]+${MONTH}(?:,?[ \u00a0]+${YEAR}\b)?`, 'iy');

export function findWeekdayMismatches(context: CheckContext): Finding[] {
  const articleDay = isoDayNumber(context.articleDate ?? context.analysis.articleDate);
  const findings: Finding[] = [];
  // A quick pass finds the capitalised weekday starts; the full patterns run only there (sticky).
  for (const candidate of context.text.matchAll(CANDIDATE)) {
    for (const pattern of [MONTH_FIRST, DAY_FIRST]) {
      pattern.lastIndex = candidate.index;
      const m = pattern.exec(context.text);
      if (!m) continue;
      const g = m.groups as { weekday: string; month: string; day: string; year?: string };
      const written = weekdayOf(g.weekday);
      const month = MONTHS.get(g.month.toLowerCase());
      // Lower-case "may" is the verb ("Friday may 5 …" is not a date): months must be capitalised.
      if (written === undefined || month === undefined || !/^[A-Z]/.test(g.month) || !/^[A-Z]/.test(g.weekday)) continue;
      // A bare abbreviation ("Sun", "Wed") is a date only with its period or a comma after it.
      const abbreviated = !/day$/i.test(g.weekday) && !g.weekday.endsWith('.');
      if (abbreviated && context.text[m.index + g.weekday.length] !== ',') continue;
      const day = Number(g.day);
      const year = g.year ? Number(g.year) : articleDay !== undefined ? nearestYear(month, day, articleDay) : undefined;
      if (year === undefined) continue;
      const n = dayNumber(year, month, day);
      if (n === undefined) continue;
      const actual = weekdayOfDayNumber(n);
      if (actual === written) continue;
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      findings.push({
        rule: 'weekday-mismatch',
        start: m.index,
        end: m.index + g.weekday.length,
        message: `${iso} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[written]}${g.year ? '' : ` (year ${year} from the article's date)`}.`,
        fix: { replacement: weekdayLike(g.weekday, actual) },
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  defaultSeverity: 'error',
  summary: 'A weekday next to a calendar date that falls on another weekday.',
  run: findWeekdayMismatches,
};
