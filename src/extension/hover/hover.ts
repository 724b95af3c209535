// Hover cards on highlighted spans. Content comes from hoverContent.ts, which escapes article text;
// the only trusted command links are our own reveal command.
import * as vscode from 'vscode';
import type { MentionType } from '../../extractor/types';
import type { AnalysisService } from '../analysis/analysisService';
import { buildHoverCards, mentionsAt, REVEAL_RANGE_COMMAND, renderHoverCard } from './hoverContent';
import { enabledCategories, SECTION } from '../settings';

export class HoverCards implements vscode.HoverProvider, vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private enabled = enabledCategories();

  constructor(private readonly service: AnalysisService) {
    // Every document may be an article (see newsmark.include); `provideHover` returns at once for
    // those that are not annotated.
    this.disposables.push(
      vscode.languages.registerHoverProvider('*', this),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.highlight`)) this.enabled = enabledCategories();
      }),
    );
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.service.get(document);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const enabled = (type: MentionType) => this.enabled.has(type);
    const cards = buildHoverCards(analysis, offset, enabled, (o) => document.positionAt(o).line);
    if (cards.length === 0) return undefined;
    const uri = document.uri.toString();
    const contents = cards.map((card) => {
      const markdown = new vscode.MarkdownString(renderHoverCard(card, uri));
      markdown.isTrusted = { enabledCommands: [REVEAL_RANGE_COMMAND] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      return markdown;
    });
    // The hover spans the innermost mention under the pointer.
    const innermost = mentionsAt(analysis, offset, enabled)[0];
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(innermost.start), document.positionAt(innermost.end)));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
