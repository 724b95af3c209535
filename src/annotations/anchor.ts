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
 *
 * Work is bounded whatever the stored target holds: context beyond CONTEXT_LENGTH characters is
 * ignored, at most MAX_OCCURRENCES verbatim occurrences are scored, each target may spend at most
 * MAX_TARGET_UNITS (a step that would cost more is skipped), and all targets of a file share an
 * AnchorBudget; a target the budget cannot pay for is reported `unfinished`, to be tried again later.
 */
import { approxSearch, distanceCost, distanceFrom, searchCost, similarity } from './approx';
import { UNLIMITED, type AnchorBudget } from './budget';
import { SelectorText, snapToCharBoundary } from './codePoints';
import { scanningFinder, type OccurrenceFinder } from './gramIndex';
import { boundedContext, CONTEXT_LENGTH, type TextTarget } from './model';

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
/** Not found; `unfinished` when the budget ran out before every step was tried. */
export type AnchorResult = Anchored | { orphan: true; unfinished?: true };

export const ORPHAN: AnchorResult = Object.freeze({ orphan: true });
const UNFINISHED: AnchorResult = Object.freeze({ orphan: true, unfinished: true });

export interface AnchorOptions {
  /** Shared by all targets of one file (default: only the per-target cap). */
  budget?: AnchorBudget;
  /** Finds verbatim occurrences in the selector text (`SelectorText.text`); default: scanning. */
  finder?: OccurrenceFinder;
}

/** The least similarity (1 − edits/length) at which changed text still counts as the same quote or claim. */
export const MIN_SIMILARITY = 0.75;
/** Short quotes are easy to confuse with other text; below this length they need matching context. */
const DISTINCTIVE_LENGTH = 16;
/** At most this many verbatim occurrences are scored (the nearest to the old position). */
export const MAX_OCCURRENCES = 2000;
/** Work one target may cost (a few tens of milliseconds at most); a search that would cost more is not made. */
export const MAX_TARGET_UNITS = 8_000_000;

/** The work of one target: its own cap, then the file's budget. */
class TargetWork {
  private left = MAX_TARGET_UNITS;
  /** Units this target may still spend. */
  get remaining(): number {
    return this.unfinished ? 0 : this.left;
  }
  /** Set when the file's budget refused: the answer is not final. */
  unfinished = false;
  constructor(private readonly budget: AnchorBudget) {}

  /** Whether a step of `units` may run; a step over the cap is skipped, one over the budget stops the target. */
  take(units: number): boolean {
    if (this.unfinished || units > this.left) return false;
    if (!this.budget.take(units)) {
      this.unfinished = true;
      return false;
    }
    this.left -= units;
    return true;
  }
}

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

/** contextSimilarity for one target at many places, its prefix and suffix compiled once. */
function contextScorer(target: Pick<TextTarget, 'prefix' | 'suffix'>): (text: string, start: number, end: number) => number {
  const { prefix, suffix } = target;
  const toPrefix = distanceFrom(prefix);
  const toSuffix = distanceFrom(suffix);
  return (text, start, end) => {
    const from = Math.max(0, start - prefix.length);
    const to = Math.min(text.length, end + suffix.length);
    const prefixScore = prefix.length === 0 ? (start === 0 ? 1 : 0.5) : 1 - toPrefix(text, from, start) / Math.max(prefix.length, start - from);
    const suffixScore = suffix.length === 0 ? (end === text.length ? 1 : 0.5) : 1 - toSuffix(text, end, to) / Math.max(suffix.length, to - end);
    return (prefixScore + suffixScore) / 2;
  };
}

/**
 * Up to `limit` occurrences of `needle` nearest to `near` (the earlier on a tie), ascending. Found in
 * one forward pass that keeps a sliding window and stops once occurrences only get farther away.
 */
export function nearestOccurrences(finder: OccurrenceFinder, needle: string, near: number, limit: number): number[] {
  if (needle.length === 0 || limit < 1) return [];
  const window: number[] = [];
  let oldest = 0;
  finder.forEach(needle, (at) => {
    if (window.length < limit) {
      window.push(at);
      return true;
    }
    if (Math.abs(at - near) >= Math.abs(window[oldest]! - near)) return false; // later ones are farther still
    window[oldest] = at;
    oldest = (oldest + 1) % limit;
    return true;
  });
  return [...window.slice(oldest), ...window.slice(0, oldest)];
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
export function anchor(raw: string | SelectorText, target: TextTarget, options: AnchorOptions = {}): AnchorResult {
  const v = view(raw);
  const work = new TargetWork(options.budget ?? UNLIMITED);
  const result = anchorNormalized(v.text, {
    ...target,
    exact: normalizeLineEnds(target.exact),
    // Only the stored context's CONTEXT_LENGTH characters next to the quote are ever compared.
    prefix: boundedContext('prefix', normalizeLineEnds(target.prefix)),
    suffix: boundedContext('suffix', normalizeLineEnds(target.suffix)),
  }, v.codePoints.toUtf16(target.start), work, options.finder ?? scanningFinder(v.text));
  if (result.orphan) return work.unfinished ? UNFINISHED : ORPHAN;
  return { ...result, start: v.toRaw(result.start), end: v.toRaw(result.end) };
}

function anchorNormalized(text: string, target: TextTarget, hint: number, work: TargetWork, finder: OccurrenceFinder): AnchorResult {
  const { exact } = target;
  if (exact.length === 0) return ORPHAN;

  // 1. Unchanged position.
  if (text.startsWith(exact, hint)) return { orphan: false, start: hint, end: hint + exact.length, method: 'position', similarity: 1 };

  // 2. Quote with its full context.
  if (target.prefix.length > 0 || target.suffix.length > 0) {
    if (!work.take(finder.lookupUnits)) return ORPHAN;
    const [best] = nearestOccurrences(finder, target.prefix + exact + target.suffix, hint - target.prefix.length, 1);
    if (best !== undefined) {
      const start = best + target.prefix.length;
      return { orphan: false, start, end: start + exact.length, method: 'context', similarity: 1 };
    }
  }

  // 3. The quote alone, judged by its surroundings.
  if (!work.take(finder.lookupUnits)) return ORPHAN;
  const verbatim = nearestOccurrences(finder, exact, hint, MAX_OCCURRENCES);
  const contextCost = distanceCost(CONTEXT_LENGTH, CONTEXT_LENGTH) * 2;
  if (verbatim.length > 0 && !work.take(verbatim.length * contextCost)) return ORPHAN;
  if (verbatim.length > 0) {
    const scoreContext = contextScorer(target);
    let bestAt = -1;
    let bestContext = -1;
    for (const at of verbatim) {
      const context = scoreContext(text, at, at + exact.length);
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
  return fuzzyAnchor(text, target, hint, work, finder);
}

const FULL_SCAN_LENGTH = 64;
/** Pieces of a long quote looked up verbatim to find where it may now be. */
const PIECES = 32;

function fuzzyAnchor(text: string, target: TextTarget, hint: number, work: TargetWork, finder: OccurrenceFinder): AnchorResult {
  const { exact } = target;
  const m = exact.length;
  const maxErrors = Math.floor(m * (1 - MIN_SIMILARITY));
  if (maxErrors < 1) return ORPHAN;
  // Search where surviving pieces of the quote point first; scan the whole text only for short
  // quotes whose pieces are too common (or all edited) to point anywhere.
  const windows = m >= 16 && work.take(PIECES * finder.lookupUnits) ? candidateWindows(text, finder, exact, maxErrors) : [];
  const near = fuzzyIn(text, target, hint, maxErrors, windows, work);
  if (near || m > FULL_SCAN_LENGTH) return near ?? ORPHAN;
  return fuzzyIn(text, target, hint, maxErrors, [[0, text.length]], work) ?? ORPHAN;
}

/** Matches an approximate search may return; each is then scored. */
const MATCH_LIMIT = 200;

function fuzzyIn(
  text: string,
  target: TextTarget,
  hint: number,
  maxErrors: number,
  windows: readonly (readonly [number, number])[],
  work: TargetWork,
): Anchored | undefined {
  const { exact } = target;
  const m = exact.length;
  let best: Anchored | undefined;
  let bestScore = -1;
  const scoreContext = contextScorer(target);
  // Each match costs finding its start and scoring it; a long quote can afford only a few.
  const perMatch = Math.ceil(m / 32) * (m + maxErrors) + distanceCost(m, m + maxErrors) + distanceCost(CONTEXT_LENGTH, CONTEXT_LENGTH) * 2;
  for (const [from, to] of windows) {
    const scan = searchCost(m, to - from, maxErrors, 0);
    const limit = Math.min(MATCH_LIMIT, Math.floor((work.remaining - scan) / perMatch));
    if (limit < 1 || !work.take(scan)) continue;
    const matches = approxSearch(text, exact, maxErrors, from, to, limit);
    if (!work.take(matches.length * perMatch)) break;
    for (const match of matches) {
      if (match.errors === 0) continue; // verbatim occurrences were judged above
      const quoteSimilarity = similarity(exact, text.slice(match.start, match.end));
      const context = scoreContext(text, match.start, match.end);
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
function candidateWindows(text: string, finder: OccurrenceFinder, exact: string, maxErrors: number): (readonly [number, number])[] {
  const m = exact.length;
  const piece = m < 64 ? 4 : m < 256 ? 8 : 16;
  const pieces = Math.min(PIECES, Math.floor(m / piece));
  const votes: number[] = [];
  for (let i = 0; i < pieces; i++) {
    const offset = pieces === 1 ? 0 : Math.floor((i * (m - piece)) / (pieces - 1));
    const needle = exact.slice(offset, offset + piece);
    const hits: number[] = [];
    finder.forEach(needle, (at) => {
      hits.push(at - offset);
      return hits.length <= 200;
    });
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
