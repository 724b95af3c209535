// Checking quotes against their sources in the editor: the two commands, the results group of
// the Article view, and the read-only documents of the diff editor. `extension.ts` creates one.
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis/analysisService';
import type { FactCheckService } from '../factCheck/service';
import type { ArticleTreeSection } from '../tree/articleTree';
import { QuoteSourceCommands } from './commands';
import { PassageDocuments } from './resultView';
import { QuoteSourceTreeSection } from './tree';

export class QuoteSources implements vscode.Disposable {
  readonly treeSection: ArticleTreeSection;
  private readonly disposables: vscode.Disposable[];

  constructor(context: vscode.ExtensionContext, service: FactCheckService, analysis: AnalysisService) {
    const section = new QuoteSourceTreeSection();
    const passages = new PassageDocuments();
    this.treeSection = section;
    this.disposables = [section, passages, new QuoteSourceCommands(context, service, analysis, section, passages)];
  }

  dispose(): void {
    for (const disposable of this.disposables.reverse()) disposable.dispose();
  }
}
