// "Newsmark: Find Quotes By…": pick a person, then one of their quotes from any article of the
// workspace; the article opens with the quote selected.
import * as vscode from 'vscode';
import { COMMANDS, INTERNAL_COMMANDS } from '../contributes';
import { safeText } from '../ui/safeText';
import type { IndexService } from './indexService';
import { basename } from './locations';

export class FindQuotesByCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly indexService: IndexService) {
    this.registration = vscode.commands.registerCommand(COMMANDS.findQuotesBy, () => this.run());
  }

  async run(): Promise<void> {
    const { index } = this.indexService;
    const people = index.entities('person').filter((p) => p.quoteCount > 0);
    if (people.length === 0) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Newsmark: no quoted people in the workspace yet'), 4000);
      return;
    }
    const person = await vscode.window.showQuickPick(
      people.map((summary) => ({
        label: safeText(summary.name),
        description: vscode.l10n.t('{0} quotes · {1} articles', summary.quoteCount, summary.articleCount),
        summary,
      })),
      { title: vscode.l10n.t('Find Quotes By'), placeHolder: vscode.l10n.t('Whose quotes?'), matchOnDescription: false },
    );
    if (!person) return;
    const quotes = index.quotesBy(person.summary.key);
    const picked = await vscode.window.showQuickPick(
      quotes.map(({ record, quote }) => ({
        label: safeText(`“${quote.firstWords}”`),
        description: safeText(basename(record.uri)),
        uri: record.uri,
        start: quote.start,
        end: quote.end,
      })),
      { title: vscode.l10n.t('Quotes by {0}', safeText(person.summary.name)), matchOnDescription: true },
    );
    if (!picked) return;
    await vscode.commands.executeCommand(INTERNAL_COMMANDS.revealRange, picked.uri, picked.start, picked.end);
  }

  dispose(): void {
    this.registration.dispose();
  }
}
