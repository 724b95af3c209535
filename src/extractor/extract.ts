import type { Analysis, ExtractOptions, Mention } from './types';
import { findArticleDate, findDates } from './dates';
import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { attributeSpeakers } from './speakers';

/** Analyses a whole article: people, places, organizations, dates and quotes with their speakers. */
export function extract(text: string, options: ExtractOptions = {}): Analysis {
  const articleDate = findArticleDate(text) ?? options.articleDate;
  const dates = findDates(text, articleDate);
  const { mentions: entityMentions, entities } = findEntities(text);
  const quotes = attributeSpeakers(text, findQuotes(text), entityMentions, entities);

  const mentions: Mention[] = [
    ...entityMentions,
    ...dates.map((d): Mention => ({ start: d.start, end: d.end, type: 'date', text: d.text })),
    ...quotes.map((q): Mention => ({ start: q.start, end: q.end, type: 'quote', text: q.text })),
  ];
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, entities, quotes, dates, articleDate };
}
