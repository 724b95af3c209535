// The fact-check part of the hover card over a checked quote or claim. Only our own fact-check
// commands are trusted in it; everything else in it is literal text (see annotations/card.ts).
import * as vscode from 'vscode';
import { renderFactCheckCard } from '../../annotations/index';
import type { FactCheckService } from './service';
import { COMMANDS, INTERNAL_COMMANDS } from '../contributes';
import { statusLabel } from './style';

export const FACT_CHECK_COMMANDS = {
  change: COMMANDS.setFactCheckStatus,
  addSource: COMMANDS.addFactCheckSource,
  remove: COMMANDS.removeFactCheck,
  openPassage: INTERNAL_COMMANDS.openSourcePassage,
} as const;

/** What command links and tree menus pass to fact-check commands. */
export interface FactCheckRef {
  uri: string;
  id: string;
}

export class FactCheckHover implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly service: FactCheckService) {
    this.registration = vscode.languages.registerHoverProvider('*', this);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = document.offsetAt(position);
    const readOnly = this.service.unchangeableReason(document) !== undefined;
    const entries = this.service
      .entries(document)
      .filter((e) => e.range && e.range.start <= offset && offset < e.range.end)
      .sort((a, b) => a.range!.end - a.range!.start - (b.range!.end - b.range!.start));
    if (entries.length === 0) return undefined;
    const contents = entries.map((entry) => {
      const ref: FactCheckRef = { uri: document.uri.toString(), id: entry.check.id };
      const markdown = new vscode.MarkdownString(renderFactCheckCard(entry.check, { args: [ref], commands: FACT_CHECK_COMMANDS, readOnly, l10n: vscode.l10n, statusLabel }));
      markdown.isTrusted = { enabledCommands: Object.values(FACT_CHECK_COMMANDS) };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      return markdown;
    });
    const innermost = entries[0].range!;
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(innermost.start), document.positionAt(innermost.end)));
  }

  dispose(): void {
    this.registration.dispose();
  }
}
