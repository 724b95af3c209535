// The "Quote sources" group of the Article view: the last Check All Quotes Against Folder… of the
// article, by result (Verbatim / Altered / Not found), each quote a child that reveals it. Nothing
// is written until the user keeps a result (menu of a quote) or all of them (menu of the group).
import * as vscode from 'vscode';
import type { Analysis } from '../../extractor/types';
import type { ArticleTreeEntry, ArticleTreeSection } from '../tree/articleTree';
import { firstWords } from '../ui/preview';
import { describeCheck, resultLabel, type QuoteCheck } from './resultView';

export const RESULT_CONTEXT = 'newsmark.quoteSourceResult';
export const RESULTS_CONTEXT = 'newsmark.quoteSourceResults';

/** Results of one folder check of one article version. */
export interface FolderResults {
  folder: string;
  version: number;
  checks: QuoteCheck[];
}

/** What a tree menu command gets back in `entry.data`. */
export interface ResultRef {
  uri: string;
  /** Index into `checks`; absent for the whole group. */
  index?: number;
}

export class QuoteSourceTreeSection implements ArticleTreeSection, vscode.Disposable {
  readonly order = 20;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly results = new Map<string, FolderResults>();

  set(document: vscode.TextDocument, results: FolderResults | undefined): void {
    if (results) this.results.set(document.uri.toString(), results);
    else this.results.delete(document.uri.toString());
    this.changeEmitter.fire();
  }

  get(uri: string): FolderResults | undefined {
    return this.results.get(uri);
  }

  build(document: vscode.TextDocument, _analysis: Analysis): ArticleTreeEntry | undefined {
    const results = this.results.get(document.uri.toString());
    if (!results) return undefined;
    const uri = document.uri.toString();
    const groups: ArticleTreeEntry[] = [];
    for (const kind of ['verbatim', 'altered', 'notFound'] as const) {
      const indexes = results.checks.map((c, i) => (c.match.kind === kind ? i : -1)).filter((i) => i >= 0);
      if (indexes.length === 0) continue;
      groups.push({
        id: kind,
        label: resultLabel(results.checks[indexes[0]].match),
        description: String(indexes.length),
        iconPath: new vscode.ThemeIcon(kind === 'verbatim' ? 'pass' : kind === 'altered' ? 'diff' : 'question'),
        children: indexes.map((index) => this.node(uri, results.checks[index], index)),
      });
    }
    // After an edit the spans may no longer hold the quotes checked; keeping such a result is refused.
    const stale = document.version !== results.version;
    return {
      id: 'quoteSources',
      label: vscode.l10n.t('Quote sources'),
      description: stale ? vscode.l10n.t('{0} · the article changed since', results.folder) : results.folder,
      tooltip: vscode.l10n.t('Quotes checked against the text files of {0}. Nothing is written until you keep a result.', results.folder),
      iconPath: new vscode.ThemeIcon('references'),
      contextValue: RESULTS_CONTEXT,
      data: { uri } satisfies ResultRef,
      children: groups,
    };
  }

  private node(uri: string, check: QuoteCheck, index: number): ArticleTreeEntry {
    return {
      id: `check:${index}`,
      label: `“${firstWords(check.quote, 8, 70)}”`,
      description: check.match.kind === 'notFound' ? undefined : check.sourcePath,
      tooltip: describeCheck(check),
      iconPath: new vscode.ThemeIcon('quote'),
      contextValue: RESULT_CONTEXT,
      span: { start: check.start, end: check.end },
      data: { uri, index } satisfies ResultRef,
    };
  }

  dispose(): void {
    this.changeEmitter.dispose();
    this.results.clear();
  }
}
