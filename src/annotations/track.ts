/**
 * Moves anchored ranges along with edits made in the editor.
 *
 * An edit before a range shifts it; an edit after it leaves it alone; typing at either boundary
 * stays outside. An edit that touches the range's text keeps the annotation only if the text it
 * then covers still resembles the annotated text (similarity ≥ EDIT_MIN_SIMILARITY); otherwise the
 * annotation becomes an orphan. Deleting the text always orphans it: a range is never moved onto
 * text that was not part of it or typed into it.
 *
 * Cost is linear in the edit, not in the range: each range carries an upper bound of the edits
 * between its text and `exact` (replacing d units by i adds at most max(d, i)), and the text is
 * only compared when that bound can no longer vouch for the similarity — then with the common
 * start and end set aside, and never beyond TRACK_MAX_UNITS of work (past that, it is orphaned).
 */
import { approxSearch, boundedEditDistance, searchCost } from './approx';

/**
 * Edits made in the editor are seen one by one, so a range can afford to be more forgiving than
 * re-anchoring from scratch: it stays while its text keeps at least half of the original.
 */
export const EDIT_MIN_SIMILARITY = 0.5;

/** One replacement: `[start, end)` of the text before it was replaced by `newTextLength` units (UTF-16). */
export interface TextChange {
  start: number;
  end: number;
  newTextLength: number;
}

/** Work (see budget.ts) one tracking step may spend comparing text: a few milliseconds. */
export const TRACK_MAX_UNITS = 1_000_000;

/** A live range (UTF-16) and the text it was anchored to. */
export interface TrackedRange {
  start: number;
  end: number;
  /** The annotated text the range must keep resembling. */
  exact: string;
  /** At least the edit distance between `exact` and the text the range covers; absent means 0. */
  edits?: number;
}

/**
 * Applies `changes` in order — each relative to the text left by the ones before it, as VS Code
 * reports them — and returns the moved range, or `undefined` when the annotation is orphaned.
 * `text` is the text after all changes (or a function returning it, called only when needed);
 * without it, a range whose text was touched can only be kept when every touching edit lay inside it.
 */
export function applyEdits(range: TrackedRange, changes: readonly TextChange[], text?: string | (() => string)): TrackedRange | undefined {
  let { start, end } = range;
  let touched = false;
  let onlyInside = true;
  let edits = range.edits ?? 0;
  for (const change of changes) {
    const delta = change.newTextLength - (change.end - change.start);
    const insertedEnd = change.start + change.newTextLength;
    if (change.end <= start) {
      // Entirely before (typing at the start boundary stays outside).
      start += delta;
      end += delta;
    } else if (change.start >= end) {
      // Entirely after.
    } else {
      touched = true;
      if (change.start < start || change.end > end) onlyInside = false;
      edits += Math.max(change.end - change.start, change.newTextLength);
      const newStart = Math.min(start, change.start);
      const newEnd = Math.max(change.end > end ? insertedEnd : end + delta, insertedEnd);
      start = newStart;
      end = Math.max(newStart, newEnd);
    }
  }
  const { exact } = range;
  if (!touched) return { start, end, exact, ...(range.edits ? { edits: range.edits } : {}) };
  if (end <= start) return undefined;
  if (onlyInside && resembles(exact.length, end - start, edits)) return { start, end, exact, edits };
  if (text === undefined) return onlyInside ? { start, end, exact, edits } : undefined;
  // The text is only needed when the bound cannot vouch for the range; callers may pass a getter.
  const newText = typeof text === 'function' ? text() : text;
  const covered = newText.slice(start, end);
  if (onlyInside) {
    const distance = boundedEditDistance(exact, covered, TRACK_MAX_UNITS);
    if (distance !== undefined && resembles(exact.length, covered.length, distance)) return { start, end, exact, edits: distance };
  }
  // The region now holds the surviving part of the text plus whatever was typed: find the best
  // approximate occurrence inside it.
  const maxErrors = Math.floor(exact.length * (1 - EDIT_MIN_SIMILARITY));
  if (covered.includes(exact)) {
    const at = newText.indexOf(exact, start);
    return { start: at, end: at + exact.length, exact, edits: 0 };
  }
  if (searchCost(exact.length, end - start, maxErrors, 1) > TRACK_MAX_UNITS) return survivingPart(range, changes);
  const [best] = approxSearch(newText, exact, maxErrors, start, end, 1);
  if (!best) return undefined;
  const distance = boundedEditDistance(exact, newText.slice(best.start, best.end), TRACK_MAX_UNITS);
  if (distance === undefined || !resembles(exact.length, best.end - best.start, distance)) return undefined;
  return { start: best.start, end: best.end, exact, edits: distance };
}

/**
 * For one edit across a boundary of a range too long to search, the part of its text the edit left
 * alone, if that still resembles `exact`: what was typed over the boundary stays outside.
 */
function survivingPart(range: TrackedRange, changes: readonly TextChange[]): TrackedRange | undefined {
  const [change] = changes;
  if (!change || changes.length !== 1) return undefined;
  const delta = change.newTextLength - (change.end - change.start);
  let part: { start: number; end: number; removed: number } | undefined;
  if (change.start < range.start && change.end > range.start && change.end < range.end) {
    part = { start: change.start + change.newTextLength, end: range.end + delta, removed: change.end - range.start };
  } else if (change.start > range.start && change.start < range.end && change.end > range.end) {
    part = { start: range.start, end: change.start, removed: range.end - change.start };
  }
  if (!part || part.end <= part.start) return undefined;
  const edits = (range.edits ?? 0) + part.removed;
  return resembles(range.exact.length, part.end - part.start, edits) ? { start: part.start, end: part.end, exact: range.exact, edits } : undefined;
}

/** Whether text `distance` edits away from `exact` still resembles it (similarity ≥ EDIT_MIN_SIMILARITY). */
function resembles(exactLength: number, coveredLength: number, distance: number): boolean {
  return 1 - distance / Math.max(exactLength, coveredLength, 1) >= EDIT_MIN_SIMILARITY;
}

export function applyEdit(range: TrackedRange, change: TextChange, text?: string | (() => string)): TrackedRange | undefined {
  return applyEdits(range, [change], text);
}
