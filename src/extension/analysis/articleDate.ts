// The date that resolves relative dates ("Friday", "last week") in articles that state none.
import * as vscode from 'vscode';
import { errorText, showWarning } from '../ui/notify';
import { SECTION } from '../settings';
import { COMMANDS } from '../contributes';

/** `newsmark.articleDate` values: empty, "today", or a real calendar day as YYYY-MM-DD. */
export function isArticleDateSetting(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'today') return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return false;
  const [y, m, d] = trimmed.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** `Newsmark: Set Article Date…`: asks for the date and writes it to the workspace settings. */
export class ArticleDateCommand implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(vscode.commands.registerCommand(COMMANDS.setArticleDate, () => this.run()));
  }

  private async run(): Promise<void> {
    const scope = vscode.window.activeTextEditor?.document;
    const config = vscode.workspace.getConfiguration(SECTION, scope);
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Newsmark: Article Date'),
      prompt: vscode.l10n.t('Resolves relative dates ("Friday", "last week") in articles that state no date of their own. YYYY-MM-DD, "today", or empty to clear.'),
      placeHolder: vscode.l10n.t('YYYY-MM-DD'),
      value: config.get<string>('articleDate') ?? '',
      validateInput: (input) => (isArticleDateSetting(input) ? undefined : vscode.l10n.t('A date as YYYY-MM-DD (a real day), "today", or empty.')),
    });
    if (value === undefined) return;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    try {
      await config.update('articleDate', value.trim(), target);
    } catch (error) {
      void showWarning(vscode.l10n.t('Newsmark could not save the article date: {0}', errorText(error)));
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
