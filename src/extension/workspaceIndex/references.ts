// Find All References (every mention of the entity under the cursor, in every article of the
// workspace), the highlights of its other mentions in the article, and Rename of a person's name
// in the article through one WorkspaceEdit (one undo step, shown in the refactor preview).
import * as vscode from 'vscode';
import { entityAt, type ArticleRecord } from '../../workspaceIndex/record';
import { renamePerson } from '../../workspaceIndex/names';
import type { IndexService } from './indexService';
import { locationOf, rangeIn } from './locations';

export class ReferenceProviders implements vscode.ReferenceProvider, vscode.DocumentHighlightProvider, vscode.RenameProvider {
  constructor(private readonly indexService: IndexService) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const hit = this.entityAtPosition(document, position);
    if (!hit) return undefined;
    const { record, index } = hit;
    const key = record.entities[index].key;
    const locations: vscode.Location[] = [...mentionRanges(record, index, document)].map((range) => new vscode.Location(document.uri, range));
    const self = document.uri.toString();
    for (const occurrence of this.indexService.index.references(key)) {
      if (occurrence.record.uri === self) continue;
      const mentions = occurrence.record.entities[occurrence.index].mentions;
      for (let i = 0; i + 1 < mentions.length; i += 2) locations.push(locationOf(occurrence.record, mentions[i], mentions[i + 1]));
    }
    // Other entities of this article with the same person ("Lavrov" beside "Sergey V. Lavrov").
    for (const related of this.indexService.index.relatedKeys(key)) {
      if (related === key) continue;
      const other = record.entities.findIndex((e) => e.key === related);
      if (other >= 0) for (const range of mentionRanges(record, other, document)) locations.push(new vscode.Location(document.uri, range));
    }
    return locations;
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    const hit = this.entityAtPosition(document, position);
    if (!hit) return undefined;
    return [...mentionRanges(hit.record, hit.index, document)].map((range) => new vscode.DocumentHighlight(range, vscode.DocumentHighlightKind.Text));
  }

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const hit = this.entityAtPosition(document, position);
    if (!hit || hit.record.entities[hit.index].kind !== 'person') {
      throw new Error(vscode.l10n.t('Newsmark renames the name of a person; put the cursor on one.'));
    }
    const range = rangeIn(hit.record, hit.start, hit.end, document);
    return { range, placeholder: document.getText(range) };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const hit = this.entityAtPosition(document, position);
    if (!hit || hit.record.entities[hit.index].kind !== 'person') {
      throw new Error(vscode.l10n.t('Newsmark renames the name of a person; put the cursor on one.'));
    }
    const text = document.getText();
    const result = renamePerson({ text, mentions: hit.record.entities[hit.index].mentions, from: text.slice(hit.start, hit.end), to: newName });
    if (result.kind === 'refused') {
      throw new Error(result.reason === 'empty' ? vscode.l10n.t('The new name is empty.') : vscode.l10n.t('The name is unchanged.'));
    }
    const edit = new vscode.WorkspaceEdit();
    for (const change of result.edits) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
    }
    return edit;
  }

  private entityAtPosition(document: vscode.TextDocument, position: vscode.Position): { record: ArticleRecord; index: number; start: number; end: number } | undefined {
    const record = this.indexService.recordFor(document);
    if (!record || record.length !== document.getText().length) return undefined;
    const hit = entityAt(record, document.offsetAt(position));
    return hit && { record, ...hit };
  }
}

function* mentionRanges(record: ArticleRecord, index: number, document: vscode.TextDocument): Generator<vscode.Range> {
  const mentions = record.entities[index].mentions;
  for (let i = 0; i + 1 < mentions.length; i += 2) yield rangeIn(record, mentions[i], mentions[i + 1], document);
}
