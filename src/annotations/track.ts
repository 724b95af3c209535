/**
 * Moves anchored ranges along with edits made in the editor.
 *
 * An edit before a range shifts it; an edit after it leaves it alone; typing at either boundary
 * stays outside. An edit that touches the range's text keeps the annotation only if the text it
 * then covers still resembles the annotated text (similarity ≥ EDIT_MIN_SIMILARITY); otherwise the
 * annotation becomes an orphan. Deleting the text always orphans it: a range is never moved onto
 * text that was not part of it or typed into it.
 */
import { approxSearch, similarity } from './approx';

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

/** A live range (UTF-16) and the text it was anchored to. */
export interface TrackedRange {
  start: number;
  end: number;
  /** The annotated text the range must keep resembling. */
  exact: string;
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
      const newStart = Math.min(start, change.start);
      const newEnd = Math.max(change.end > end ? insertedEnd : end + delta, insertedEnd);
      start = newStart;
      end = Math.max(newStart, newEnd);
    }
  }
  if (!touched) return { start, end, exact: range.exact };
  if (end <= start) return undefined;
  if (text === undefined) return onlyInside ? { start, end, exact: range.exact } : undefined;
  // The text is only needed when an edit touched the range; callers may pass a getter.
  const newText = typeof text === 'function' ? text() : text;
  const covered = newText.slice(start, end);
  if (onlyInside && similarity(range.exact, covered) >= EDIT_MIN_SIMILARITY) return { start, end, exact: range.exact };
  // The region now holds the surviving part of the text plus whatever was typed: find the best
  // approximate occurrence inside it.
  const maxErrors = Math.floor(range.exact.length * (1 - EDIT_MIN_SIMILARITY));
  if (covered.includes(range.exact)) {
    const at = newText.indexOf(range.exact, start);
    return { start: at, end: at + range.exact.length, exact: range.exact };
  }
  const [best] = approxSearch(newText, range.exact, maxErrors, start, end, 1);
  if (!best || similarity(range.exact, newText.slice(best.start, best.end)) < EDIT_MIN_SIMILARITY) return undefined;
  return { start: best.start, end: best.end, exact: range.exact };
}

export function applyEdit(range: TrackedRange, change: TextChange, text?: string | (() => string)): TrackedRange | undefined {
  return applyEdits(range, [change], text);
}
