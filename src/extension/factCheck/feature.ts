// Fact checks in the editor: storage, anchoring, decorations, hover, tree section and commands.
// `extension.ts` creates one; other features query `service` (e.g. the status of a quote).
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/analysisService';
import type { ArticleTreeSection } from '../tree/articleTree';
import { FactCheckCommands } from './commands';
import { FactCheckDecorations } from './decorations';
import { FactCheckHover } from './hover';
import { FactCheckReportExporter } from './report';
import { FactCheckService } from './service';
import { FactCheckStore } from './store';
import { statusIcon } from './style';
import { FactCheckTreeSection } from './tree';

export class FactChecks implements vscode.Disposable {
  readonly service: FactCheckService;
  /** The "Fact checks" group for the Article view. */
  readonly treeSection: ArticleTreeSection;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(context: vscode.ExtensionContext, analysis: AnalysisService) {
    const store = new FactCheckStore();
    this.service = new FactCheckService(analysis, store);
    const section = new FactCheckTreeSection(this.service);
    this.treeSection = section;
    this.disposables.push(
      this.service,
      section,
      new FactCheckDecorations(context.extensionUri, this.service),
      new FactCheckHover(this.service),
      new FactCheckCommands(this.service, analysis, new FactCheckReportExporter(this.service, analysis, store)),
    );
  }

  /** The status icon of a fact check on exactly (or overlapping) this span, for quote entries in the tree. */
  iconFor(document: vscode.TextDocument, start: number, end: number): vscode.ThemeIcon | undefined {
    const entry = this.service.entryFor(document, start, end, true);
    return entry ? statusIcon(entry.check.status) : undefined;
  }

  dispose(): void {
    for (const disposable of this.disposables.reverse()) disposable.dispose();
  }
}
