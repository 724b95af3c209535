// Ranges and locations of index records, for the providers: from the open document when there
// is one (its offsets are current), else from the line starts the record keeps.
import * as vscode from 'vscode';
import { positionOf, type ArticleRecord } from '../../workspaceIndex/record';
import { readDocumentSettings, SECTION } from '../settings';

export function rangeIn(record: ArticleRecord, start: number, end: number, document?: vscode.TextDocument): vscode.Range {
  if (document) return new vscode.Range(document.positionAt(start), document.positionAt(end));
  const from = positionOf(record, start);
  const to = positionOf(record, end);
  return new vscode.Range(from.line, from.character, to.line, to.character);
}

export function locationOf(record: ArticleRecord, start: number, end: number): vscode.Location {
  const uri = vscode.Uri.parse(record.uri, true);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === record.uri && !d.isDirty);
  return new vscode.Location(uri, rangeIn(record, start, end, open));
}

export function basename(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || path;
  } catch {
    return name || path;
  }
}

/** The documents Newsmark's providers serve: `newsmark.languages` and `newsmark.include`, per the settings. */
export function articleSelector(): vscode.DocumentFilter[] {
  const { languages, include } = readDocumentSettings();
  return [...languages.map((language) => ({ language })), ...include.map((pattern) => ({ pattern }))];
}

/** Whether a configuration change moves the selector. */
export function affectsSelector(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.languages`) || event.affectsConfiguration(`${SECTION}.include`);
}
