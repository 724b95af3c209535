// Order of quote jumps. Pure so the wrap-around and scare-quote rules are unit-tested.
import type { Span } from '../../extractor/types';

export interface NavigableQuote extends Span {
  short?: boolean;
}

export interface QuoteJump<T> {
  quote: T;
  /** The jump went past the last (or first) quote and started over. */
  wrapped: boolean;
}

/**
 * The quote after (direction 1) or before (direction -1) `offset`, wrapping around.
 * Short scare quotes are skipped unless the article has nothing else.
 * `quotes` must be sorted by start.
 */
export function findQuoteJump<T extends NavigableQuote>(quotes: readonly T[], offset: number, direction: 1 | -1): QuoteJump<T> | undefined {
  const speech = quotes.filter((q) => !q.short);
  const candidates = speech.length > 0 ? speech : quotes;
  if (candidates.length === 0) return undefined;
  if (direction === 1) {
    const next = candidates.find((q) => q.start > offset);
    return next ? { quote: next, wrapped: false } : { quote: candidates[0], wrapped: true };
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (candidates[i].start < offset) return { quote: candidates[i], wrapped: false };
  }
  return { quote: candidates[candidates.length - 1], wrapped: true };
}
