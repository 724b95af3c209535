// Turning highlights on and off: per file (remembered per workspace), per category (settings),
// and "Annotate Anyway" for files skipped for their size.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../analysis/activeArticle';
import type { AnalysisService } from '../analysis/analysisService';
import { CATEGORIES, categoryName, type CategoryInfo } from './categories';
import { isCategoryEnabled, setCategoryEnabled } from '../settings';
import { COMMANDS } from '../contributes';

export class Toggles implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly service: AnalysisService,
    private readonly article: ActiveArticle,
  ) {
    this.disposables = [
      vscode.commands.registerCommand(COMMANDS.toggleFile, () => this.toggleFile()),
      vscode.commands.registerCommand(COMMANDS.toggleCategory, () => this.pickCategories()),
      vscode.commands.registerCommand(COMMANDS.annotateAnyway, () => this.annotateAnyway()),
      ...CATEGORIES.map((category) => vscode.commands.registerCommand(category.toggleCommand, () => this.toggleCategory(category))),
    ];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async toggleFile(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document ?? this.article.document;
    if (!document) return;
    const on = await this.service.toggleFile(document);
    void vscode.window.setStatusBarMessage(on ? vscode.l10n.t('Newsmark: highlights on for this file') : vscode.l10n.t('Newsmark: highlights off for this file'), 3000);
  }

  private annotateAnyway(): void {
    const document = this.article.document;
    if (document) this.service.annotateAnyway(document);
  }

  private async toggleCategory(category: CategoryInfo): Promise<void> {
    await setCategoryEnabled(category, !isCategoryEnabled(category.type));
  }

  private async pickCategories(): Promise<void> {
    const items = CATEGORIES.map((category): vscode.QuickPickItem & { category: CategoryInfo } => ({
      label: `$(${category.icon}) ${categoryName(category.type, 'plural')}`,
      picked: isCategoryEnabled(category.type),
      category,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Newsmark: Highlight Categories'),
      placeHolder: vscode.l10n.t('Checked categories are highlighted'),
      canPickMany: true,
    });
    if (!picked) return;
    const chosen = new Set(picked.map((item) => item.category.type));
    for (const category of CATEGORIES) {
      const enabled = chosen.has(category.type);
      if (enabled !== isCategoryEnabled(category.type)) await setCategoryEnabled(category, enabled);
    }
  }
}
