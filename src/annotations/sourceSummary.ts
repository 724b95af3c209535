/**
 * A quote's check against its source in words a reader can follow: the differences of an altered
 * quote as pairs of text ("want" → "launch", dropped "go"), and the best of several sources'
 * results. Pure; the wording of messages and notes is the editor's (it is translated there).
 */
import type { DiffOp, SourceMatch } from './sourceMatch';

export type Difference =
  | { kind: 'changed'; quote: string; source: string }
  | { kind: 'added'; quote: string }
  | { kind: 'dropped'; source: string };

/** Differences longer than this many characters a side are cut (with "…"). */
const MAX_DIFFERENCE_TEXT = 80;

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_DIFFERENCE_TEXT ? flat : `${flat.slice(0, MAX_DIFFERENCE_TEXT - 1)}…`;
}

/** The differing words of a match, in order; `limit` at most. */
export function differencesOf(quote: string, source: string, ops: readonly DiffOp[], limit = 20): Difference[] {
  const out: Difference[] = [];
  for (const op of ops) {
    if (out.length >= limit) break;
    if (op.kind === 'changed') out.push({ kind: 'changed', quote: cut(quote.slice(op.quote.start, op.quote.end)), source: cut(source.slice(op.source.start, op.source.end)) });
    else if (op.kind === 'added') out.push({ kind: 'added', quote: cut(quote.slice(op.quote.start, op.quote.end)) });
    else if (op.kind === 'dropped') out.push({ kind: 'dropped', source: cut(source.slice(op.source.start, op.source.end)) });
  }
  return out;
}

/** Whether result `a` is a better match than `b`: verbatim, then altered with fewer differing words, then not found. */
export function betterMatch(a: SourceMatch, b: SourceMatch | undefined): boolean {
  if (!b) return true;
  const rank = (m: SourceMatch) => (m.kind === 'verbatim' ? 0 : m.kind === 'altered' ? 1 + m.differingWords / Math.max(1, m.quoteWords) : 3);
  return rank(a) < rank(b);
}
