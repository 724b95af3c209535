// Registers the symbol, reference, highlight and rename providers for the documents Newsmark
// annotates (newsmark.languages and newsmark.include), again when those settings change.
import * as vscode from 'vscode';
import type { IndexService } from './indexService';
import { affectsSelector, articleSelector } from './locations';
import { ReferenceProviders } from './references';
import { SymbolProviders } from './symbols';

export class IndexProviders implements vscode.Disposable {
  private registrations: vscode.Disposable[] = [];
  private readonly listener: vscode.Disposable;
  private readonly symbols: SymbolProviders;
  private readonly references: ReferenceProviders;

  constructor(indexService: IndexService) {
    this.symbols = new SymbolProviders(indexService);
    this.references = new ReferenceProviders(indexService);
    this.register();
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSelector(event)) this.register();
    });
  }

  dispose(): void {
    this.listener.dispose();
    for (const registration of this.registrations) registration.dispose();
  }

  private register(): void {
    for (const registration of this.registrations) registration.dispose();
    const selector = articleSelector();
    this.registrations = [
      vscode.languages.registerDocumentSymbolProvider(selector, this.symbols, { label: vscode.l10n.t('Newsmark') }),
      vscode.languages.registerWorkspaceSymbolProvider(this.symbols),
      vscode.languages.registerReferenceProvider(selector, this.references),
      vscode.languages.registerDocumentHighlightProvider(selector, this.references),
      vscode.languages.registerRenameProvider(selector, this.references),
    ];
  }
}
