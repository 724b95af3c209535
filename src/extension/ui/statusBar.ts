// Status bar entry for the active article: counts per category, or why it is not annotated.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../analysis/activeArticle';
import { CATEGORIES, categoryName } from '../highlights/categories';
import { formatMB } from '../analysis/inclusion';
import { safeText } from './safeText';
import { isCategoryEnabled, SECTION } from '../settings';
import { COMMANDS } from '../contributes';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly article: ActiveArticle) {
    this.item.name = vscode.l10n.t('Newsmark');
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
          item.text = `$(sync~spin) ${vscode.l10n.t('Newsmark')}`;
          item.tooltip = vscode.l10n.t('Newsmark is analysing this article');
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
          [
            `**${vscode.l10n.t('Newsmark')}**`,
            ...shown.map((c) => vscode.l10n.t('{0}: {1}', categoryName(c.type, 'plural'), counts[c.type])),
            '',
            vscode.l10n.t('Click to show the article’s entities'),
          ].join('  \n'),
        );
        item.command = { command: COMMANDS.showView, title: vscode.l10n.t('Show Article Entities') };
        item.accessibilityInformation = {
          label: vscode.l10n.t('Newsmark: {0}', shown.map((c) => vscode.l10n.t('{0} {1}', counts[c.type], categoryName(c.type, 'plural'))).join(', ')),
        };
        item.show();
        return;
      }
      case 'tooLarge':
        item.text = `$(warning) ${vscode.l10n.t('Newsmark: skipped ({0} MB)', safeText(formatMB(verdict.sizeMB)))}`;
        item.tooltip = vscode.l10n.t(
          'This file is {0} MB, above the {1} MB limit (newsmark.maxFileSizeMB), so it was not annotated. Click to annotate it anyway.',
          safeText(formatMB(verdict.sizeMB)),
          safeText(String(verdict.limitMB)),
        );
        item.command = { command: COMMANDS.annotateAnyway, title: vscode.l10n.t('Annotate Anyway') };
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'binary':
        item.text = `$(file-binary) ${vscode.l10n.t('Newsmark: skipped')}`;
        item.tooltip = vscode.l10n.t('This file looks binary, so Newsmark did not annotate it.');
        item.command = undefined;
        break;
      case 'off':
        item.text = `$(eye-closed) ${vscode.l10n.t('Newsmark')}`;
        item.tooltip = vscode.l10n.t('Highlights are off for this file. Click to turn them on.');
        item.command = { command: COMMANDS.toggleFile, title: vscode.l10n.t('Toggle Highlights for This File') };
        break;
      default:
        item.hide();
        return;
    }
    item.accessibilityInformation = { label: typeof item.tooltip === 'string' ? item.tooltip : item.text.replace(/\$\([^)]*\)/g, '') };
    item.show();
  }
}
