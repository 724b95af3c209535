// Status bar entry for the active article: counts per category, or why it is not annotated.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { CATEGORIES } from './categories';
import { formatMB } from './inclusion';
import { safeText } from './safeText';
import { isCategoryEnabled, SECTION } from './settings';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly article: ActiveArticle) {
    this.item.name = 'Newsmark';
    this.disposables.push(
      article.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.highlight.organizations`)) this.update();
      }),
    );
    this.update();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private update(): void {
    const verdict = this.article.verdict;
    const item = this.item;
    item.backgroundColor = undefined;
    switch (verdict?.kind) {
      case 'annotate': {
        const analysis = this.article.analysis;
        if (!analysis) {
          item.text = '$(sync~spin) Newsmark';
          item.tooltip = 'Newsmark is analysing this article';
          item.command = undefined;
          break;
        }
        const counts = {
          person: analysis.entities.filter((e) => e.type === 'person').length,
          place: analysis.entities.filter((e) => e.type === 'place').length,
          organization: analysis.entities.filter((e) => e.type === 'organization').length,
          date: analysis.dates.length,
          quote: analysis.quotes.length,
        };
        // Organizations are counted only when their highlights are on, as in the tree.
        const shown = CATEGORIES.filter((c) => c.type !== 'organization' || isCategoryEnabled('organization', this.article.document));
        item.text = shown.map((c) => `$(${c.icon}) ${counts[c.type]}`).join('  ');
        item.tooltip = new vscode.MarkdownString(
          ['**Newsmark**', ...shown.map((c) => `${c.plural}: ${counts[c.type]}`), '', 'Click to show the article’s entities'].join('  \n'),
        );
        item.command = { command: 'newsmark.showView', title: 'Show Article Entities' };
        item.accessibilityInformation = { label: `Newsmark: ${shown.map((c) => `${counts[c.type]} ${c.plural}`).join(', ')}` };
        item.show();
        return;
      }
      case 'tooLarge':
        item.text = `$(warning) Newsmark: skipped (${safeText(formatMB(verdict.sizeMB))} MB)`;
        item.tooltip = safeText(`This file is ${formatMB(verdict.sizeMB)} MB, above the ${verdict.limitMB} MB limit (newsmark.maxFileSizeMB), so it was not annotated. Click to annotate it anyway.`);
        item.command = { command: 'newsmark.annotateAnyway', title: 'Annotate Anyway' };
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'binary':
        item.text = '$(file-binary) Newsmark: skipped';
        item.tooltip = 'This file looks binary, so Newsmark did not annotate it.';
        item.command = undefined;
        break;
      case 'off':
        item.text = '$(eye-closed) Newsmark';
        item.tooltip = 'Highlights are off for this file. Click to turn them on.';
        item.command = { command: 'newsmark.toggleFile', title: 'Toggle Highlights for This File' };
        break;
      default:
        item.hide();
        return;
    }
    item.accessibilityInformation = { label: typeof item.tooltip === 'string' ? item.tooltip : item.text.replace(/\$\([^)]*\)/g, '') };
    item.show();
  }
}
