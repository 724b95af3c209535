// Vague time words ("now", "years", "weeks ago"): date mentions with no calendar anchor, which no
// article date can turn into a value. The extractor keeps them (they are dates for its scores);
// the editor draws them as `newsmark.dates.vague` says. Pure: no `vscode`, unit-tested in Node.
import { findDates } from '../../extractor/dates';
import type { Analysis, DateMention, MentionType } from '../../extractor/types';
import { indexSpans, mentionsByType, type SpanIndex } from './decorationRanges';

export type VagueDatesMode = 'show' | 'dim' | 'hide';
export const VAGUE_DATES_MODES: readonly VagueDatesMode[] = ['show', 'dim', 'hide'];
export const DEFAULT_VAGUE_DATES_MODE: VagueDatesMode = 'dim';

export function vagueDatesMode(value: unknown): VagueDatesMode {
  return VAGUE_DATES_MODES.find((mode) => mode === value) ?? DEFAULT_VAGUE_DATES_MODE;
}

/** Any fixed day serves: a phrase with a calendar anchor resolves against every article date. */
const PROBE_ARTICLE_DATE = '2000-06-15';
/** Phrases already probed, by text; a news article repeats few of them. */
const probed = new Map<string, boolean>();
const PROBED_LIMIT = 2000;

/**
 * Whether a date mention has no calendar anchor. In an article with a date, that is a mention the
 * extractor left without a value; without one ("Friday" has no value either), the phrase is
 * resolved again, alone, against a made-up article date.
 */
export function isVagueDate(date: DateMention, articleDate: string | undefined): boolean {
  if (date.value !== undefined) return false;
  if (articleDate !== undefined) return true;
  const key = date.text;
  let anchored = probed.get(key);
  if (anchored === undefined) {
    anchored = findDates(key, PROBE_ARTICLE_DATE).some((found) => found.value !== undefined);
    if (probed.size >= PROBED_LIMIT) probed.clear();
    probed.set(key, anchored);
  }
  return !anchored;
}

/** The article's dates split into those with a calendar anchor and the vague ones, in order. */
export function partitionDates(analysis: Analysis): { anchored: DateMention[]; vague: DateMention[] } {
  const anchored: DateMention[] = [];
  const vague: DateMention[] = [];
  for (const date of analysis.dates) (isVagueDate(date, analysis.articleDate) ? vague : anchored).push(date);
  return { anchored, vague };
}

/** What the editor draws: each category's mentions, and the vague dates drawn apart (dim) or not at all (hide). */
export interface DrawnMentions {
  byType: Map<MentionType, SpanIndex>;
  vague: SpanIndex;
}

export function drawnMentions(analysis: Analysis, mode: VagueDatesMode): DrawnMentions {
  const byType = mentionsByType(analysis);
  const dates = byType.get('date');
  if (mode === 'show' || !dates) return { byType, vague: indexSpans([]) };
  const vagueStarts = new Set(partitionDates(analysis).vague.map((date) => date.start));
  const isVague = (span: { start: number }): boolean => vagueStarts.has(span.start);
  byType.set('date', indexSpans(dates.spans.filter((span) => !isVague(span))));
  return { byType, vague: indexSpans(mode === 'dim' ? dates.spans.filter(isVague) : []) };
}
