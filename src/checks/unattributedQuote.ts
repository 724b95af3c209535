// unattributed-quote: a quoted full sentence (six words or more, starting with a capital) for
// which the extractor found no speaker, no speech verb stands in its sentence, and no attributed
// quote comes just before (the same speaker going on). Short phrases and scare quotes are left alone.
import type { CheckContext, Finding, Rule } from './types';

const MIN_WORDS = 6;

export function isFullSentence(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[\p{Lu}]/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_WORDS) return false;
  // Title Case ("The Ferry Budget Is a Bigger Puzzle Than It Looks"): a headline or a title, not speech.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised * 2 <= words.length;
}

/** Speech verbs: one in the quote's own sentence attributes it even when the extractor did not link it. */
const SPEECH = /\b(?:said|says|say|told|tells|asked|asks|added|adds|wrote|writes|stated|declared|declares|explained|noted|recalled|according to|tweeted|insisted|argued|continued|sings|sang|shouted|replied)\b/i;
/** A preceding quote with a speaker this close is the same speaker going on (news runs consecutive quotes so). */
const CONTINUATION_CHARS = 600;

/** From the last sentence end before `start` to the first one after `end` (bounded, so a huge paragraph stays cheap). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 200);
  const stop = after.search(/[.!?]\s|\n/);
  return before.slice(cut + 1) + after.slice(0, stop < 0 ? after.length : stop);
}

export function findUnattributedQuotes(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  let lastAttributedEnd = -Infinity;
  for (const quote of context.analysis.quotes) {
    if (quote.speaker || quote.speakerEntityId) lastAttributedEnd = quote.outerEnd;
    if (quote.short || quote.speaker || quote.speakerEntityId || !isFullSentence(quote.text)) continue;
    if (quote.outerStart - lastAttributedEnd <= CONTINUATION_CHARS) continue;
    const around = sentenceAround(context.text, quote.outerStart, quote.outerEnd);
    // A title followed by its author ("…," by Ben Sisario) is not speech.
    if (SPEECH.test(around) || /^\s*,?\s*by\b/.test(context.text.slice(quote.outerEnd, quote.outerEnd + 6))) continue;
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
  // Off by default: on published news nearly every flag was a quotation the extractor did not link to its speaker (bench/CHECKS.md).
  defaultSeverity: 'off',
  summary: 'A quoted full sentence with no speaker.',
  run: findUnattributedQuotes,
};
