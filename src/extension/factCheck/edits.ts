// Fact checks follow the article as it is edited, and their stored selectors are refreshed when
// it is saved, so the annotation file describes the text as saved.
import type * as vscode from 'vscode';
import { applyEdits, sameTarget, SelectorText, targetFor, type TextChange } from '../../annotations/index';
import type { FactCheckAnchoring } from './anchoring';
import type { ArticleState } from './articleState';

/** Moves the article's fact-check ranges along with an edit (or places them again after a reload). */
export function followEdits(state: ArticleState, event: vscode.TextDocumentChangeEvent, anchoring: FactCheckAnchoring): void {
  state.document = event.document;
  if (!event.document.isDirty && event.reason === undefined) {
    // Reloaded from disk (or reverted): place everything again from the stored selectors.
    state.ranges.clear();
    anchoring.place(state, state.items);
  } else {
    const changes: TextChange[] = event.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newTextLength: c.text.length }));
    let text: string | undefined;
    const currentText = () => (text ??= event.document.getText());
    for (const [id, range] of [...state.ranges]) {
      const moved = applyEdits(range, changes, currentText);
      if (moved) state.ranges.set(id, moved);
      else state.ranges.delete(id);
    }
    // Undo and redo may bring back text whose fact check was orphaned (searched again only in a text not searched before).
    if (event.reason !== undefined) anchoring.place(state, state.items.filter((c) => !state.ranges.has(c.id)));
  }
}

/** Recomputes each placed fact check's selectors from the saved text; whether any changed (and needs writing). */
export function refreshSelectors(state: ArticleState, document: vscode.TextDocument): boolean {
  const text = new SelectorText(document.getText());
  let changed = false;
  state.items = state.items.map((check) => {
    const range = state.ranges.get(check.id);
    if (!range) return check;
    const target = targetFor(text, range.start, range.end, state.location.source);
    state.ranges.set(check.id, { start: range.start, end: range.end, exact: text.raw.slice(range.start, range.end) });
    if (sameTarget(target, check.target)) return check;
    changed = true;
    return { ...check, target };
  });
  return changed;
}
