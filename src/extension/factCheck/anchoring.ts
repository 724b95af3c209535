// Placing fact checks in the document within a time budget per turn of the event loop, so that
// many fact checks on a long article never freeze the extension host.
import { anchorAll, SelectorText, WorkBudget, type FactCheck } from '../../annotations/index';
import type { ArticleState } from './articleState';

/** Wall time one anchoring pass may take before the rest waits for a later turn of the event loop. */
const ANCHOR_SLICE_MS = 50;

export class FactCheckAnchoring {
  private readonly resuming = new WeakSet<ArticleState>();

  /** `changed` is told when a later turn placed more of an article's fact checks. */
  constructor(private readonly changed: (state: ArticleState) => void) {}

  /** Places `checks` within a time budget; those it leaves are placed in later turns (see resume). */
  place(state: ArticleState, checks: readonly FactCheck[]): void {
    if (checks.length === 0) return;
    const { version } = state.document;
    if (state.anchoredText?.version !== version) state.anchoredText = { version, text: new SelectorText(state.document.getText()) };
    const { text } = state.anchoredText;
    const budget = new WorkBudget({ milliseconds: ANCHOR_SLICE_MS });
    const { results, unfinished } = anchorAll(text, checks.map((c) => c.target), { budget, memo: state.orphans });
    checks.forEach((check, i) => {
      const result = results[i];
      if (result.orphan) {
        state.ranges.delete(check.id);
        if (result.unfinished) state.unfinished.add(check.id);
        else state.unfinished.delete(check.id);
        return;
      }
      state.unfinished.delete(check.id);
      // Tracking compares edits with the annotated text: as it stands when found verbatim, as stored when found approximately.
      const exact = result.method === 'fuzzy' ? check.target.exact : text.raw.slice(result.start, result.end);
      const edits = result.method === 'fuzzy' ? Math.ceil((1 - result.similarity) * Math.max(exact.length, result.end - result.start)) : 0;
      state.ranges.set(check.id, { start: result.start, end: result.end, exact, edits });
    });
    if (unfinished > 0) this.resume(state);
    else state.anchoredText = undefined; // nothing left to place: let the text and its index go
  }

  /** Continues an anchoring pass that ran out of time, one slice per turn, so the host stays responsive. */
  private resume(state: ArticleState): void {
    if (this.resuming.has(state)) return;
    this.resuming.add(state);
    setTimeout(() => {
      this.resuming.delete(state);
      if (state.closed || state.unfinished.size === 0) return;
      this.place(state, state.items.filter((c) => state.unfinished.has(c.id) && !state.ranges.has(c.id)));
      this.changed(state);
    }, 0);
  }
}
