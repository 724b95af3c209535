import type { Span } from './types';

/** A quotation found by its marks, before any speaker is attached. */
export interface RawQuote extends Span {
  outerStart: number;
  outerEnd: number;
  short: boolean;
}

/** Finds quotations in `text`. Placeholder: replaced by the real scanner. */
export function findQuotes(_text: string): RawQuote[] {
  return [];
}
