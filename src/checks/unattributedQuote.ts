// unattributed-quote: a quoted full sentence (six words or more, starting with a capital) for
// which the extractor found no speaker. Short phrases and scare quotes are left alone.
import type { CheckContext, Finding, Rule } from './types';

const MIN_WORDS = 6;

export function isFullSentence(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[\p{Lu}]/u.test(trimmed)) return false;
  return trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS;
}

export function findUnattributedQuotes(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const quote of context.analysis.quotes) {
    if (quote.short || quote.speaker || quote.speakerEntityId || !isFullSentence(quote.text)) continue;
    findings.push({
      rule: 'unattributed-quote',
      start: quote.outerStart,
      end: quote.outerEnd,
      message: 'This quotation has no speaker: say who said it.',
    });
  }
  return findings;
}

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  summary: 'A quoted full sentence with no speaker.',
  run: findUnattributedQuotes,
};
