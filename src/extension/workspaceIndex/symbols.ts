// The Outline view, breadcrumbs and Go to Symbol in Editor (DocumentSymbolProvider) and Go to
// Symbol in Workspace (WorkspaceSymbolProvider), from the workspace index. Names from articles
// go through safeText.
import * as vscode from 'vscode';
import type { EntityType } from '../../extractor/types';
import { safeText } from '../ui/safeText';
import type { IndexService } from './indexService';
import { basename, locationOf, rangeIn } from './locations';

const ENTITY_KINDS: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Package,
  organization: vscode.SymbolKind.Module,
};
/** Go to Symbol in Workspace lists at most this many entries. */
const MAX_WORKSPACE_SYMBOLS = 500;

export class SymbolProviders implements vscode.DocumentSymbolProvider, vscode.WorkspaceSymbolProvider {
  constructor(private readonly indexService: IndexService) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
    const record = this.indexService.recordFor(document);
    if (!record) return undefined;
    const groups: vscode.DocumentSymbol[] = [];
    const groupOf = (label: string, children: vscode.DocumentSymbol[]) => {
      if (children.length === 0) return;
      const range = children.map((c) => c.range).reduce((a, b) => a.union(b));
      const group = new vscode.DocumentSymbol(label, String(children.length), vscode.SymbolKind.Namespace, range, children[0].selectionRange);
      group.children = children;
      groups.push(group);
    };
    const entities = (kind: EntityType) =>
      record.entities
        .filter((e) => e.kind === kind && e.mentions.length >= 2)
        .map((entity) => {
          const first = rangeIn(record, entity.mentions[0], entity.mentions[1], document);
          const last = rangeIn(record, entity.mentions[entity.mentions.length - 2], entity.mentions[entity.mentions.length - 1], document);
          const count = entity.mentions.length / 2;
          return new vscode.DocumentSymbol(nameOf(entity.name), vscode.l10n.t('{0} mentions', count), ENTITY_KINDS[kind], first.union(last), first);
        });
    groupOf(vscode.l10n.t('People'), entities('person'));
    groupOf(vscode.l10n.t('Places'), entities('place'));
    groupOf(vscode.l10n.t('Organizations'), entities('organization'));
    groupOf(
      vscode.l10n.t('Dates'),
      record.dates.map((date) => {
        const range = rangeIn(record, date.start, date.end, document);
        return new vscode.DocumentSymbol(nameOf(date.text), date.value ?? '', vscode.SymbolKind.Event, range, range);
      }),
    );
    groupOf(
      vscode.l10n.t('Quotes'),
      record.quotes.map((quote) => {
        const range = rangeIn(record, quote.start, quote.end, document);
        const speaker = quote.speaker || vscode.l10n.t('Unattributed');
        return new vscode.DocumentSymbol(nameOf(speaker), safeText(`“${quote.firstWords}”`), vscode.SymbolKind.String, range, range);
      }),
    );
    return groups;
  }

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const { index } = this.indexService;
    const symbols: vscode.SymbolInformation[] = [];
    for (const key of index.findKeys(query, 100)) {
      for (const { record, index: i } of index.occurrences(key)) {
        const entity = record.entities[i];
        if (entity.mentions.length < 2) continue;
        symbols.push(
          new vscode.SymbolInformation(nameOf(entity.name), ENTITY_KINDS[entity.kind], safeText(basename(record.uri)), locationOf(record, entity.mentions[0], entity.mentions[1])),
        );
        if (symbols.length >= MAX_WORKSPACE_SYMBOLS) return symbols;
      }
    }
    return symbols;
  }
}

/** A symbol name: safe, one line, never empty (VS Code rejects an empty name). */
function nameOf(text: string): string {
  return safeText(text).trim() || '…';
}

