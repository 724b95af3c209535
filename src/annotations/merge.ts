/**
 * Three-way merge of fact-check collections by annotation id, used before every write so that two
 * windows (or a window and a `git pull`) never lose each other's entries.
 *
 * `base` is what this window last read from the file, `ours` is the in-memory state derived from it,
 * `theirs` is what the file holds right now. For each id:
 *  - in ours and theirs: equal → kept; one unchanged since base → the other one; both changed →
 *    the later `modified` wins (ours on a tie);
 *  - only in ours: new here → kept; in base too → they deleted it: dropped unless we changed it
 *    since base (an edit beats a concurrent delete, so a note is never lost silently);
 *  - only in theirs: new there → kept; in base too → we deleted it: dropped unless they changed it
 *    since base.
 * No tombstones are stored: the base makes deletions unambiguous for the window that made them.
 */
import { sameFactCheck, type FactCheck } from './model';

function time(check: FactCheck): number {
  const t = Date.parse(check.modified);
  return Number.isNaN(t) ? 0 : t;
}

/** A user's change, as opposed to a refreshed position, which alone never resurrects a deleted entry. */
function contentChanged(check: FactCheck, base: FactCheck): boolean {
  return !sameFactCheck({ ...check, target: base.target }, base);
}

export function mergeFactChecks(base: readonly FactCheck[], ours: readonly FactCheck[], theirs: readonly FactCheck[]): FactCheck[] {
  const baseById = new Map(base.map((c) => [c.id, c]));
  const oursById = new Map(ours.map((c) => [c.id, c]));
  const theirsById = new Map(theirs.map((c) => [c.id, c]));
  const ids = new Set([...oursById.keys(), ...theirsById.keys()]);
  const merged: FactCheck[] = [];
  for (const id of ids) {
    const b = baseById.get(id);
    const o = oursById.get(id);
    const t = theirsById.get(id);
    if (o && t) {
      if (sameFactCheck(o, t)) merged.push(o);
      else if (b && sameFactCheck(o, b)) merged.push(t);
      else if (b && sameFactCheck(t, b)) merged.push(o);
      else merged.push(time(t) > time(o) ? t : o);
    } else if (o) {
      if (!b || contentChanged(o, b)) merged.push(o);
    } else if (t) {
      if (!b || contentChanged(t, b)) merged.push(t);
    }
  }
  return merged;
}
