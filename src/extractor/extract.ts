import type { Analysis, DateMention, ExtractOptions, Mention } from './types';
import { findArticleDate, findDates } from './dates';
import { collectCandidates, groupCandidates, paragraphStarts } from './entities';
import { findCandidates, type Candidate } from './entities-candidates';
import { findQuotes } from './quotes';
import { attributeSpeakers } from './speakers';

/**
 * Per-paragraph results that depend only on a paragraph's own text (and the article date), so an
 * edit re-analyses just the paragraph it touched. A fresh cache per call gives a plain extract().
 */
export class ParagraphCache {
  private dates = new Map<string, DateMention[]>();
  private candidates = new Map<string, Candidate[]>();
  private nextDates = new Map<string, DateMention[]>();
  private nextCandidates = new Map<string, Candidate[]>();
  private articleDate: string | undefined;

  /** Starts a new analysis; entries not used by it are dropped when it ends. */
  begin(articleDate: string | undefined): void {
    if (articleDate !== this.articleDate) this.dates.clear();
    this.articleDate = articleDate;
    this.nextDates = new Map();
    this.nextCandidates = new Map();
  }

  end(): void {
    this.dates = this.nextDates;
    this.candidates = this.nextCandidates;
  }

  datesOf(paragraph: string): DateMention[] {
    return remember(paragraph, this.dates, this.nextDates, () => findDates(paragraph, this.articleDate));
  }

  candidatesOf(paragraph: string): Candidate[] {
    return remember(paragraph, this.candidates, this.nextCandidates, () => findCandidates(paragraph));
  }
}

function remember<T>(key: string, previous: Map<string, T>, next: Map<string, T>, compute: () => T): T {
  let value = next.get(key) ?? previous.get(key);
  if (value === undefined) value = compute();
  next.set(key, value);
  return value;
}

/** Analyses a whole article: people, places, organizations, dates and quotes with their speakers. */
export function extract(text: string, options: ExtractOptions = {}): Analysis {
  return analyse(text, options, new ParagraphCache());
}

/** The one analysis pipeline, shared by extract() and the incremental extractor. */
export function analyse(text: string, options: ExtractOptions, cache: ParagraphCache): Analysis {
  const articleDate = findArticleDate(text) ?? options.articleDate;
  cache.begin(articleDate);

  const dates: DateMention[] = [];
  const starts = paragraphStarts(text);
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p]!;
    const end = p + 1 < starts.length ? starts[p + 1]! : text.length;
    for (const d of cache.datesOf(text.slice(start, end))) {
      const moved: DateMention = { start: d.start + start, end: d.end + start, text: d.text };
      if (d.value !== undefined) moved.value = d.value;
      dates.push(moved);
    }
  }
  const { mentions: entityMentions, entities } = groupCandidates(text, collectCandidates(text, (paragraph) => cache.candidatesOf(paragraph)));
  const quotes = attributeSpeakers(text, findQuotes(text), entityMentions, entities);
  cache.end();

  const mentions: Mention[] = [
    ...entityMentions,
    ...dates.map((d): Mention => ({ start: d.start, end: d.end, type: 'date', text: d.text })),
    ...quotes.map((q): Mention => ({ start: q.start, end: q.end, type: 'quote', text: q.text })),
  ];
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, entities, quotes, dates, articleDate };
}
