/**
 * Re-anchoring every fact check of one article in a pass bounded by a budget.
 *
 * Targets still at their stored position are placed first, for free; the others share the budget,
 * and those it cannot pay for come back `unfinished` for a later pass (the first target searched
 * always runs, so each pass makes progress). An OrphanMemo remembers which targets were searched
 * in full and not found in which text, so undo and redo back to a text already searched costs
 * nothing: an orphan is searched again only when the article's text is one it was not searched in.
 */
import { anchor, type AnchorResult, ORPHAN } from './anchor';
import { UNLIMITED, WorkBudget, type AnchorBudget } from './budget';
import type { SelectorText } from './codePoints';
import { GramIndex, type OccurrenceFinder } from './gramIndex';
import type { TextTarget } from './model';

/** Searches × text length above which building a GramIndex (about one scan's worth of work) pays. */
const INDEX_WORTH = 4_000_000;
/** Texts remembered per article (the current one and those undo/redo may go back to). */
const MEMO_TEXTS = 16;

/** A fingerprint of a text: its length and two independent 32-bit hashes. */
export function textFingerprint(text: string): string {
  let fnv = 0x811c9dc5;
  let mix = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ c, 0x01000193);
    mix = Math.imul(mix ^ c, 0x5bd1e995) ^ (mix >>> 15);
  }
  return `${text.length}:${(fnv >>> 0).toString(36)}:${(mix >>> 0).toString(36)}`;
}

/** Which targets were searched in full, and not found, in which texts. */
export class OrphanMemo {
  private readonly byText = new Map<string, WeakSet<TextTarget>>();

  isKnownOrphan(fingerprint: string, target: TextTarget): boolean {
    return this.byText.get(fingerprint)?.has(target) ?? false;
  }

  remember(fingerprint: string, target: TextTarget): void {
    let targets = this.byText.get(fingerprint);
    if (targets) this.byText.delete(fingerprint); // re-inserted below as the most recent
    else targets = new WeakSet();
    targets.add(target);
    this.byText.set(fingerprint, targets);
    while (this.byText.size > MEMO_TEXTS) this.byText.delete(this.byText.keys().next().value!);
  }
}

export interface AnchorAllOptions {
  /** Shared by the targets searched in this pass (default: no limit beyond the per-target cap). */
  budget?: AnchorBudget;
  memo?: OrphanMemo;
  /** textFingerprint(text.text), if the caller has it already. */
  fingerprint?: string;
}

export interface AnchorAllResult {
  /** One per target, in order. */
  results: AnchorResult[];
  /** Targets skipped as orphans already searched in this text. */
  remembered: number;
  /** Targets left for a later pass. */
  unfinished: number;
}

/** One index per text, kept while the caller keeps the text (e.g. across the passes of one version). */
const indexes = new WeakMap<SelectorText, GramIndex>();
function indexOf(text: SelectorText): GramIndex {
  let index = indexes.get(text);
  if (!index) {
    index = new GramIndex(text.text);
    indexes.set(text, index);
  }
  return index;
}

/** Anchors `targets` in `text` within the budget (see the header). */
export function anchorAll(text: SelectorText, targets: readonly TextTarget[], options: AnchorAllOptions = {}): AnchorAllResult {
  const { memo } = options;
  const fingerprint = memo ? options.fingerprint ?? textFingerprint(text.text) : '';
  const budget = options.budget ?? UNLIMITED;
  const results: AnchorResult[] = new Array<AnchorResult>(targets.length);
  const free = new WorkBudget({ units: 0 });
  let remembered = 0;
  let unfinished = 0;
  let searched = 0;
  const left: number[] = [];
  targets.forEach((target, i) => {
    if (memo?.isKnownOrphan(fingerprint, target)) {
      results[i] = ORPHAN;
      remembered++;
      return;
    }
    // Only the position step costs nothing: everything else waits for the budget.
    const placed = anchor(text, target, { budget: free });
    if (placed.orphan && placed.unfinished) left.push(i);
    else results[i] = placed;
  });
  // Many searches on a large text share an index instead of scanning the text for each lookup.
  const finder: OccurrenceFinder | undefined = left.length * text.text.length > INDEX_WORTH ? indexOf(text) : undefined;
  for (const i of left) {
    const target = targets[i]!;
    if (searched > 0 && budget.exhausted) {
      results[i] = { orphan: true, unfinished: true };
      unfinished++;
      continue;
    }
    const result = anchor(text, target, { budget: searched === 0 ? UNLIMITED : budget, ...(finder ? { finder } : {}) });
    searched++;
    results[i] = result;
    if (result.orphan && result.unfinished) unfinished++;
    else if (result.orphan) memo?.remember(fingerprint, target);
  }
  return { results, remembered, unfinished };
}
