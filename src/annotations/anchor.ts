/**
 * Re-anchoring: finds where a stored target lies in the current text of its article.
 *
 * In order, stopping at the first that succeeds:
 *  1. position — the text at the stored position still equals `exact`;
 *  2. context  — `prefix + exact + suffix` occurs verbatim: the occurrence nearest the old position;
 *  3. quote    — `exact` occurs verbatim: the occurrence whose surroundings best resemble the
 *                stored prefix and suffix (nearest the old position on a tie);
 *  4. fuzzy    — an approximate occurrence of `exact` with at most a quarter of its characters
 *                edited, judged with its surroundings;
 *  otherwise the target is an orphan: kept, never placed on text that does not resemble it.
 */
import { approxSearch, similarity } from './approx';
import { SelectorText, snapToCharBoundary } from './codePoints';
import { CONTEXT_LENGTH, type TextTarget } from './model';

export type AnchorMethod = 'position' | 'context' | 'quote' | 'fuzzy';

/** UTF-16 offsets into the text that was anchored against. */
export interface Anchored {
  orphan: false;
  start: number;
  end: number;
  method: AnchorMethod;
  /** Similarity of the selected text to `exact` (1 = identical). */
  similarity: number;
}
export type AnchorResult = Anchored | { orphan: true };

export const ORPHAN: AnchorResult = Object.freeze({ orphan: true });

/** The least similarity (1 − edits/length) at which changed text still counts as the same quote or claim. */
export const MIN_SIMILARITY = 0.75;
/** Short quotes are easy to confuse with other text; below this length they need matching context. */
const DISTINCTIVE_LENGTH = 16;
/** At most this many verbatim occurrences are scored (the nearest to the old position). */
const MAX_OCCURRENCES = 2000;

function view(text: string | SelectorText): SelectorText {
  return typeof text === 'string' ? new SelectorText(text) : text;
}

/** Stored selectors written with CRLF line ends (by hand or by another tool) compare as LF. */
function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Builds the selectors for `raw[start, end)` (UTF-16 offsets into the editor's text). Selectors
 * see CRLF as LF (see SelectorText); pass a SelectorText to reuse it across many targets.
 */
export function targetFor(raw: string | SelectorText, start: number, end: number, source: string): TextTarget {
  const v = view(raw);
  const text = v.text;
  const rawStart = Math.max(0, Math.min(start, v.raw.length));
  const rawEnd = Math.max(rawStart, Math.min(end, v.raw.length));
  const s = snapToCharBoundary(text, v.toNormalized(rawStart), -1);
  const e = snapToCharBoundary(text, Math.max(s, v.toNormalized(rawEnd)), 1);
  const prefixStart = snapToCharBoundary(text, Math.max(0, s - CONTEXT_LENGTH), 1);
  const suffixEnd = snapToCharBoundary(text, Math.min(text.length, e + CONTEXT_LENGTH), -1);
  return {
    source,
    exact: text.slice(s, e),
    prefix: text.slice(prefixStart, s),
    suffix: text.slice(e, suffixEnd),
    start: v.codePoints.toCodePoint(s),
    end: v.codePoints.toCodePoint(e),
  };
}

/** How much the text around `[start, end)` resembles the stored prefix and suffix, 0..1. */
export function contextSimilarity(text: string, start: number, end: number, target: Pick<TextTarget, 'prefix' | 'suffix'>): number {
  const before = text.slice(Math.max(0, start - target.prefix.length), start);
  const after = text.slice(end, end + target.suffix.length);
  const prefixScore = target.prefix.length === 0 ? (start === 0 ? 1 : 0.5) : similarity(target.prefix, before);
  const suffixScore = target.suffix.length === 0 ? (end === text.length ? 1 : 0.5) : similarity(target.suffix, after);
  return (prefixScore + suffixScore) / 2;
}

function occurrences(text: string, needle: string, near: number): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  if (found.length > MAX_OCCURRENCES) {
    found.sort((a, b) => Math.abs(a - near) - Math.abs(b - near) || a - b);
    found.length = MAX_OCCURRENCES;
  }
  return found;
}

/** Whether a candidate is trustworthy enough to carry the annotation. */
function acceptable(length: number, quoteSimilarity: number, context: number, unique: boolean): boolean {
  if (quoteSimilarity >= 1) return context >= 0.3 || length >= DISTINCTIVE_LENGTH || unique;
  if (quoteSimilarity < MIN_SIMILARITY) return false;
  return context >= 0.5 || (quoteSimilarity >= 0.9 && length >= DISTINCTIVE_LENGTH);
}

/**
 * Finds `target` in `raw` (the editor's text); offsets in the result are raw UTF-16 offsets.
 * Pass a SelectorText to reuse it across many targets of the same text.
 */
export function anchor(raw: string | SelectorText, target: TextTarget): AnchorResult {
  const v = view(raw);
  const result = anchorNormalized(v.text, {
    ...target,
    exact: normalizeLineEnds(target.exact),
    prefix: normalizeLineEnds(target.prefix),
    suffix: normalizeLineEnds(target.suffix),
  }, v.codePoints.toUtf16(target.start));
  if (result.orphan) return result;
  return { ...result, start: v.toRaw(result.start), end: v.toRaw(result.end) };
}

function anchorNormalized(text: string, target: TextTarget, hint: number): AnchorResult {
  const { exact } = target;
  if (exact.length === 0) return ORPHAN;

  // 1. Unchanged position.
  if (text.startsWith(exact, hint)) return { orphan: false, start: hint, end: hint + exact.length, method: 'position', similarity: 1 };

  // 2. Quote with its full context.
  if (target.prefix.length > 0 || target.suffix.length > 0) {
    const withContext = occurrences(text, target.prefix + exact + target.suffix, hint - target.prefix.length);
    if (withContext.length > 0) {
      let best = withContext[0]!;
      for (const at of withContext) if (Math.abs(at + target.prefix.length - hint) < Math.abs(best + target.prefix.length - hint)) best = at;
      const start = best + target.prefix.length;
      return { orphan: false, start, end: start + exact.length, method: 'context', similarity: 1 };
    }
  }

  // 3. The quote alone, judged by its surroundings.
  const verbatim = occurrences(text, exact, hint);
  if (verbatim.length > 0) {
    let bestAt = -1;
    let bestContext = -1;
    for (const at of verbatim) {
      const context = contextSimilarity(text, at, at + exact.length, target);
      if (context > bestContext || (context === bestContext && Math.abs(at - hint) < Math.abs(bestAt - hint))) {
        bestAt = at;
        bestContext = context;
      }
    }
    if (acceptable(exact.length, 1, bestContext, verbatim.length === 1)) {
      return { orphan: false, start: bestAt, end: bestAt + exact.length, method: 'quote', similarity: 1 };
    }
    return ORPHAN;
  }

  // 4. Approximate match.
  return fuzzyAnchor(text, target, hint);
}

const FULL_SCAN_LENGTH = 64;

function fuzzyAnchor(text: string, target: TextTarget, hint: number): AnchorResult {
  const { exact } = target;
  const m = exact.length;
  const maxErrors = Math.floor(m * (1 - MIN_SIMILARITY));
  if (maxErrors < 1) return ORPHAN;
  // Search where surviving pieces of the quote point first; scan the whole text only for short
  // quotes whose pieces are too common (or all edited) to point anywhere.
  const near = m >= 16 ? fuzzyIn(text, target, hint, maxErrors, candidateWindows(text, exact, maxErrors)) : undefined;
  if (near || m > FULL_SCAN_LENGTH) return near ?? ORPHAN;
  return fuzzyIn(text, target, hint, maxErrors, [[0, text.length]]) ?? ORPHAN;
}

function fuzzyIn(text: string, target: TextTarget, hint: number, maxErrors: number, windows: readonly (readonly [number, number])[]): Anchored | undefined {
  const { exact } = target;
  const m = exact.length;
  let best: Anchored | undefined;
  let bestScore = -1;
  for (const [from, to] of windows) {
    for (const match of approxSearch(text, exact, maxErrors, from, to)) {
      if (match.errors === 0) continue; // verbatim occurrences were judged above
      const quoteSimilarity = similarity(exact, text.slice(match.start, match.end));
      const context = contextSimilarity(text, match.start, match.end, target);
      if (!acceptable(m, quoteSimilarity, context, false)) continue;
      const proximity = 1 - Math.min(1, Math.abs(match.start - hint) / Math.max(1, text.length));
      const score = 50 * quoteSimilarity + 40 * context + 2 * proximity;
      if (score > bestScore) {
        bestScore = score;
        best = { orphan: false, start: match.start, end: match.end, method: 'fuzzy', similarity: quoteSimilarity };
      }
    }
  }
  return best;
}

/**
 * For long quotes, scanning a megabyte of text is wasteful: pieces of the quote that survived
 * verbatim vote for where it now starts, and only the best-voted windows are searched.
 */
function candidateWindows(text: string, exact: string, maxErrors: number): (readonly [number, number])[] {
  const m = exact.length;
  const piece = m < 64 ? 4 : m < 256 ? 8 : 16;
  const pieces = Math.min(32, Math.floor(m / piece));
  const votes: number[] = [];
  for (let i = 0; i < pieces; i++) {
    const offset = pieces === 1 ? 0 : Math.floor((i * (m - piece)) / (pieces - 1));
    const needle = exact.slice(offset, offset + piece);
    const hits: number[] = [];
    for (let at = text.indexOf(needle); at !== -1 && hits.length <= 200; at = text.indexOf(needle, at + 1)) hits.push(at - offset);
    if (hits.length > 200) continue; // too common to say anything
    votes.push(...hits);
  }
  votes.sort((a, b) => a - b);
  const clusters: { lo: number; hi: number; votes: number }[] = [];
  for (const v of votes) {
    const last = clusters[clusters.length - 1];
    if (last && v - last.hi <= maxErrors) {
      last.hi = v;
      last.votes++;
    } else clusters.push({ lo: v, hi: v, votes: 1 });
  }
  clusters.sort((a, b) => b.votes - a.votes || a.lo - b.lo);
  return clusters
    .slice(0, 8)
    .map((c) => [Math.max(0, c.lo - maxErrors), Math.min(text.length, c.hi + m + maxErrors)] as const);
}
