import type { Entity, Mention, Quote } from './types';
import type { RawQuote } from './quotes';

/** Attaches a speaker to each quote from the cue around it. Placeholder: replaced by the real attribution. */
export function attributeSpeakers(text: string, quotes: RawQuote[], _entityMentions: Mention[], _entities: Entity[]): Quote[] {
  return quotes.map((q, i) => ({ ...q, id: `q${i}`, text: text.slice(q.start, q.end) }));
}
