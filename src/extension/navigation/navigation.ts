// Moving around an article: next/previous quote, quick picks of quotes and entities, and the
// internal reveal command used by tree entries and hover links.
import * as vscode from 'vscode';
import { showInformation } from '../ui/notify';
import type { Entity, Quote } from '../../extractor/types';
import type { ActiveArticle } from '../analysis/activeArticle';
import { categoryName, categoryOf } from '../highlights/categories';
import { REVEAL_RANGE_COMMAND } from '../hover/hoverContent';
import { firstWords, oneLine, truncate } from '../ui/preview';
import { safeText } from '../ui/safeText';
import { findQuoteJump } from './quoteNavigation';
import { COMMANDS } from '../contributes';

export class Navigation implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly article: ActiveArticle) {
    this.disposables = [
      vscode.commands.registerCommand(REVEAL_RANGE_COMMAND, (uri: unknown, start: unknown, end: unknown) => this.revealRange(uri, start, end)),
      vscode.commands.registerCommand(COMMANDS.nextQuote, () => this.jumpQuote(1)),
      vscode.commands.registerCommand(COMMANDS.previousQuote, () => this.jumpQuote(-1)),
      vscode.commands.registerCommand(COMMANDS.goToQuote, () => this.goToQuote()),
      vscode.commands.registerCommand(COMMANDS.goToEntity, () => this.goToEntity()),
    ];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /**
   * Opens `uri` and selects [start, end). Arguments come from command links, so they are
   * checked rather than trusted.
   */
  async revealRange(uri: unknown, start: unknown, end: unknown): Promise<void> {
    if (typeof uri !== 'string' || !isOffset(start) || !isOffset(end) || end < start) return;
    let target: vscode.Uri;
    try {
      target = vscode.Uri.parse(uri, true);
    } catch {
      return;
    }
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(target));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
    select(editor, start, end);
  }

  private jumpQuote(direction: 1 | -1): void {
    const editor = this.article.editor;
    const analysis = this.article.analysis;
    if (!editor || !analysis) return;
    const offset = editor.document.offsetAt(editor.selection.start);
    const jump = findQuoteJump(analysis.quotes, offset, direction);
    if (!jump) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Newsmark: no quotes in this article'), 3000);
      return;
    }
    select(editor, jump.quote.start, jump.quote.end);
    if (jump.wrapped) {
      void vscode.window.setStatusBarMessage(direction === 1 ? vscode.l10n.t('Newsmark: back to the first quote') : vscode.l10n.t('Newsmark: on to the last quote'), 3000);
    }
  }

  private async goToQuote(): Promise<void> {
    const editor = this.article.editor;
    const analysis = this.article.analysis;
    if (!editor || !analysis) return;
    if (analysis.quotes.length === 0) {
      void showInformation(vscode.l10n.t('Newsmark found no quotes in this article.'));
      return;
    }
    const { document } = editor;
    const items = analysis.quotes.map((quote): vscode.QuickPickItem & { quote: Quote } => ({
      label: safeText(`“${firstWords(quote.text, 10, 80)}”`),
      description: quote.speaker ? safeText(oneLine(quote.speaker)) : vscode.l10n.t('unattributed'),
      detail: [
        vscode.l10n.t('line {0}', document.positionAt(quote.start).line + 1),
        ...(quote.cue ? [safeText(oneLine(quote.cue))] : []),
        ...(quote.short ? [vscode.l10n.t('phrase')] : []),
      ].join(' · '),
      quote,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Go to Quote'),
      placeHolder: vscode.l10n.t('Type words of the quote or the speaker'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked && !document.isClosed) this.revealIn(document, picked.quote.start, picked.quote.end);
  }

  private async goToEntity(): Promise<void> {
    const editor = this.article.editor;
    const analysis = this.article.analysis;
    if (!editor || !analysis) return;
    if (analysis.entities.length === 0) {
      void showInformation(vscode.l10n.t('Newsmark found no people, places or organizations in this article.'));
      return;
    }
    const { document } = editor;
    const firstMention = new Map<string, number>();
    const firstEnd = new Map<string, number>();
    for (const mention of analysis.mentions) {
      if (mention.entityId !== undefined && !firstMention.has(mention.entityId)) {
        firstMention.set(mention.entityId, mention.start);
        firstEnd.set(mention.entityId, mention.end);
      }
    }
    const entities = [...analysis.entities].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    const items = entities
      .filter((entity) => firstMention.has(entity.id))
      .map((entity): vscode.QuickPickItem & { entity: Entity } => ({
        label: `$(${categoryOf(entity.type).icon}) ${safeText(oneLine(entity.name))}`,
        description: [
          categoryName(entity.type, 'singular').toLocaleLowerCase(),
          entity.mentionCount === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', entity.mentionCount),
        ].join(' · '),
        detail: entity.role ? safeText(truncate(oneLine(entity.role), 120)) : undefined,
        entity,
      }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Go to Entity'),
      placeHolder: vscode.l10n.t('Type a name; opens its first mention'),
      matchOnDescription: true,
    });
    if (!picked || document.isClosed) return;
    this.revealIn(document, firstMention.get(picked.entity.id)!, firstEnd.get(picked.entity.id)!);
  }

  private revealIn(document: vscode.TextDocument, start: number, end: number): void {
    void vscode.window.showTextDocument(document, { preserveFocus: false, viewColumn: this.article.editor?.viewColumn }).then((editor) => select(editor, start, end));
  }
}

function select(editor: vscode.TextEditor, start: number, end: number): void {
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
