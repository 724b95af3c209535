/**
 * Re-anchoring: finds where a stored target lies in the current text of its article.
 *
 * In order, stopping at the first that succeeds:
 *  1. position — the text at the stored position still equals `exact`;
 *  2. context  — `prefix + exact + suffix` occurs verbatim: the occurrence nearest the old position;
 *  3. quote    — `exact` occurs verbatim: the occurrence whose surroundings best resemble the
 *                stored prefix and suffix (nearest the old position on a tie);
 *  4. fuzzy    — an approximate occurrence of `exact` with at most a quarter of its characters
 *                edited, judged with its surroundings, searched only where pieces of the quote or
 *                of its context point (candidates.ts: every place of similarity ≥ 0.9 is among them);
 *  otherwise the target is an orphan: kept, never placed on text that does not resemble it.
 *
 * Work is bounded whatever the stored target holds: context beyond CONTEXT_LENGTH characters is
 * ignored, at most MAX_OCCURRENCES verbatim occurrences are scored, each target may spend at most
 * MAX_TARGET_UNITS (a step that would cost more is skipped), and all targets of a file share an
 * AnchorBudget; a target the budget cannot pay for is reported `unfinished`, to be tried again later.
 */
import { approxSearcher, distanceCost, distanceFrom, searchCost, similarity, type ApproxMatch } from './approx';
import { candidateLookups, candidatesFor, type Window } from './candidates';
import { UNLIMITED, type AnchorBudget } from './budget';
import { SelectorText, snapToCharBoundary } from './codePoints';
import { nearestByScan, scanningFinder, type OccurrenceFinder } from './gramIndex';
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
/** At most this many verbatim occurrences are scored (the nearest to the old position): a common word costs little. */
export const MAX_OCCURRENCES = 64;
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
 * Up to `limit` occurrences of `needle` nearest to `near` (the earlier on a tie), ascending. An index
 * starts at `near` and widens; without one, a forward pass keeps a sliding window and stops once
 * occurrences only get farther away.
 */
export function nearestOccurrences(finder: OccurrenceFinder, needle: string, near: number, limit: number): number[] {
  if (needle.length === 0 || limit < 1) return [];
  return finder.nearest ? finder.nearest(needle, near, limit) : nearestByScan(finder, needle, near, limit);
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

function fuzzyAnchor(text: string, target: TextTarget, hint: number, work: TargetWork, finder: OccurrenceFinder): AnchorResult {
  const { exact } = target;
  const m = exact.length;
  const maxErrors = Math.floor(m * (1 - MIN_SIMILARITY));
  if (maxErrors < 1) return ORPHAN;
  // Only where pieces of the quote or of its context point (candidates.ts): a quote that is nowhere
  // costs a few lookups, never a scan of the whole text.
  if (!work.take(candidateLookups(m) * finder.lookupUnits)) return ORPHAN;
  const { windows } = candidatesFor({ text, finder, exact, prefix: target.prefix, suffix: target.suffix, hint, maxErrors });
  return fuzzyIn(text, target, hint, maxErrors, windows, work) ?? ORPHAN;
}

/** Matches an approximate search may return; each is then scored. */
const MATCH_LIMIT = 200;

function fuzzyIn(
  text: string,
  target: TextTarget,
  hint: number,
  maxErrors: number,
  windows: readonly Window[],
  work: TargetWork,
): Anchored | undefined {
  const { exact } = target;
  const m = exact.length;
  // Each match costs finding its start and scoring it; a long quote can afford only a few.
  const perMatch = Math.ceil(m / 32) * (m + maxErrors) + distanceCost(m, m + maxErrors) + distanceCost(CONTEXT_LENGTH, CONTEXT_LENGTH) * 2;
  const matches: ApproxMatch[] = [];
  const search = approxSearcher(exact);
  for (const [from, to] of windows) {
    const scan = searchCost(m, to - from, maxErrors, 0);
    const limit = Math.min(MATCH_LIMIT, Math.floor((work.remaining - scan) / perMatch));
    if (limit < 1 || !work.take(scan)) continue;
    const found = search(text, maxErrors, from, to, limit);
    if (!work.take(found.length * perMatch)) break;
    matches.push(...found);
  }
  // Judged in the order one search of the whole text would give them: fewest errors first, then by position.
  matches.sort((x, y) => x.errors - y.errors || x.end - y.end);
  let best: Anchored | undefined;
  let bestScore = -1;
  const scoreContext = contextScorer(target);
  for (const match of matches.slice(0, MATCH_LIMIT)) {
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
  return best;
}
