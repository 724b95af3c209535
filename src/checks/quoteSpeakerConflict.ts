// quote-speaker-conflict: the same quoted words given to two different speakers in one article.
import type { Quote } from '../extractor/types';
import type { CheckContext, Finding, Rule } from './types';

/** Fewer words than this repeat innocently ("no comment", "a good deal"). */
const MIN_WORDS = 4;

/** Case, spacing and closing punctuation aside ("We won." and "we won," match). */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s.,;:!?…]+$/, '');
}

/** Only speakers the extractor tied to a person or organisation count: a bare cue word ("Our", "officials") is too loose. */
function speakerKey(quote: Quote): string | undefined {
  return quote.speakerEntityId;
}

export function findQuoteSpeakerConflicts(context: CheckContext): Finding[] {
  const first = new Map<string, Quote>();
  const findings: Finding[] = [];
  for (const quote of context.analysis.quotes) {
    const key = speakerKey(quote);
    if (!key || quote.short) continue;
    const words = normalise(quote.text);
    if (words.split(' ').length < MIN_WORDS) continue;
    const earlier = first.get(words);
    if (!earlier) {
      first.set(words, quote);
      continue;
    }
    if (speakerKey(earlier) === key) continue;
    findings.push({
      rule: 'quote-speaker-conflict',
      start: quote.outerStart,
      end: quote.outerEnd,
      message: `These words are attributed to ${quote.speaker ?? 'another speaker'} here and to ${earlier.speaker ?? 'another speaker'} earlier in the article.`,
    });
  }
  return findings;
}

export const quoteSpeakerConflict: Rule = {
  id: 'quote-speaker-conflict',
  defaultSeverity: 'warning',
  summary: 'The same quoted words attributed to two different speakers.',
  run: findQuoteSpeakerConflicts,
};
