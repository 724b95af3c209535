// Check Quote Against Source… and Check All Quotes Against Folder…, keeping their results as
// fact checks, and opening a fact check's source passage from its hover card.
import * as vscode from 'vscode';
import { anchor, betterMatch, indexSource, matchQuote, type SourceIndex } from '../../annotations/index';
import type { Quote } from '../../extractor/types';
import type { AnalysisService } from '../analysis/analysisService';
import { COMMANDS, INTERNAL_COMMANDS } from '../contributes';
import { FactCheckNotice, type FactCheckService } from '../factCheck/service';
import { guarded } from '../factCheck/guarded';
import { confirm, showInformation, showWarning } from '../ui/notify';
import { keepCheck, pickAlteredStatus, type AlteredStatus } from './keep';
import { describeCheck, PassageDocuments, type QuoteCheck } from './resultView';
import { pickSource } from './sourcePick';
import { filesBelow, readSourceText, sourcePathIn, sourceUriIn } from './sourceFile';
import type { QuoteSourceTreeSection, ResultRef } from './tree';

const REMEMBERED = 'newsmark.quoteSource.';

export class QuoteSourceCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly service: FactCheckService,
    private readonly analysis: AnalysisService,
    private readonly tree: QuoteSourceTreeSection,
    private readonly passages: PassageDocuments,
  ) {
    this.disposables = [
      vscode.commands.registerCommand(COMMANDS.checkQuoteAgainstSource, guarded(() => this.checkQuote())),
      vscode.commands.registerCommand(COMMANDS.checkAllQuotesAgainstFolder, guarded(() => this.checkAll())),
      vscode.commands.registerCommand(COMMANDS.keepQuoteSourceResult, guarded((node?: unknown) => this.keep(node))),
      vscode.commands.registerCommand(COMMANDS.keepAllQuoteSourceResults, guarded((node?: unknown) => this.keepAll(node))),
      vscode.commands.registerCommand(INTERNAL_COMMANDS.openSourcePassage, guarded((ref?: unknown, index?: unknown) => this.openPassage(ref, index))),
    ];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** The active article, its workspace folder and its quotes; undefined (the user told) when there is none. */
  private article(): { editor: vscode.TextEditor; folder: vscode.WorkspaceFolder; quotes: Quote[] } | undefined {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && this.analysis.get(editor.document);
    if (!editor || !analysis) {
      void showInformation(vscode.l10n.t('Open an article that Newsmark annotates first.'));
      return undefined;
    }
    const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri);
    if (!folder || editor.document.uri.scheme === 'untitled') {
      void showInformation(vscode.l10n.t('Sources are files of the article’s workspace folder: open a folder and save the article in it first.'));
      return undefined;
    }
    return { editor, folder, quotes: analysis.quotes.filter((q) => q.end > q.start) };
  }

  private checkOf(document: vscode.TextDocument, quote: Quote, source: { uri: vscode.Uri; path: string; text: string; index: SourceIndex }): QuoteCheck {
    const text = document.getText(new vscode.Range(document.positionAt(quote.start), document.positionAt(quote.end)));
    return { quote: text, start: quote.start, end: quote.end, source: source.uri, sourcePath: source.path, sourceText: source.text, match: matchQuote(text, source.index) };
  }

  private async checkQuote(): Promise<void> {
    const article = this.article();
    if (!article) return;
    const { editor, folder } = article;
    const { document } = editor;
    const offset = document.offsetAt(editor.selection.active);
    const quote = article.quotes.find((q) => q.outerStart <= offset && offset <= q.outerEnd);
    if (!quote) {
      void showInformation(vscode.l10n.t('Put the cursor in a quote to check it against its source.'));
      return;
    }
    const key = REMEMBERED + document.uri.toString();
    const entry = this.service.entryFor(document, quote.start, quote.end);
    const uri = await pickSource({ folder, article: document.uri, remembered: this.context.workspaceState.get<string>(key), passages: entry?.check.passages ?? [] });
    if (!uri) return;
    const path = sourcePathIn(folder, uri);
    if (path === undefined) throw new FactCheckNotice(vscode.l10n.t('The source must be a file inside the article’s workspace folder ({0}).', folder.name), 'warning');
    const read = await readSourceText(uri);
    if (read.kind === 'refused') throw new FactCheckNotice(vscode.l10n.t('{0} is not read: {1}.', path, read.reason), 'warning');
    await this.context.workspaceState.update(key, uri.toString());
    const check = this.checkOf(document, quote, { uri, path, text: read.text, index: indexSource(read.text) });
    await this.report(document, check);
  }

  /** Says what was found, with the diff and keeping it one click away. */
  private async report(document: vscode.TextDocument, check: QuoteCheck): Promise<void> {
    const showDiff = vscode.l10n.t('Show Diff');
    const keep = vscode.l10n.t('Keep as Fact Check');
    const message = vscode.l10n.t('Newsmark: {0}', describeCheck(check));
    const actions = check.match.kind === 'notFound' ? [keep] : [showDiff, keep];
    let choice = await (check.match.kind === 'verbatim' ? showInformation : showWarning)(message, ...actions);
    if (choice === showDiff) {
      await this.passages.showDiff(check);
      choice = await showInformation(message, keep);
    }
    if (choice === keep) await this.keepChecks(document, [check]);
  }

  private async keepChecks(article: vscode.TextDocument, checks: QuoteCheck[]): Promise<number> {
    // The article's editor may have been closed meanwhile (e.g. replaced by a preview).
    const document = article.isClosed ? await vscode.workspace.openTextDocument(article.uri) : article;
    const altered = checks.filter((c) => c.match.kind === 'altered').length;
    let status: AlteredStatus = 'misleading';
    if (altered > 0) {
      const picked = await pickAlteredStatus(altered);
      if (!picked) return 0;
      status = picked;
    }
    let kept = 0;
    for (const check of checks) {
      await keepCheck(this.service, document, check, status);
      kept++;
    }
    return kept;
  }

  private async checkAll(): Promise<void> {
    const article = this.article();
    if (!article) return;
    const { editor, folder, quotes } = article;
    const { document } = editor;
    if (quotes.length === 0) {
      void showInformation(vscode.l10n.t('Newsmark found no quotes in this article.'));
      return;
    }
    const [dir] = (await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: folder.uri, openLabel: vscode.l10n.t('Check Quotes Against This Folder') })) ?? [];
    if (!dir) return;
    const inside = dir.toString() === folder.uri.toString() || sourcePathIn(folder, dir) !== undefined;
    if (!inside) throw new FactCheckNotice(vscode.l10n.t('Choose a folder inside the article’s workspace folder ({0}).', folder.name), 'warning');
    const version = document.version;
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newsmark: checking quotes against {0}', vscode.workspace.asRelativePath(dir)), cancellable: true },
      async (_progress, token) => {
        const { files, truncated } = await filesBelow(dir);
        const best: (QuoteCheck | undefined)[] = quotes.map(() => undefined);
        let read = 0;
        for (const uri of files) {
          if (token.isCancellationRequested) return undefined;
          const path = sourcePathIn(folder, uri);
          if (path === undefined || uri.toString() === document.uri.toString()) continue;
          const source = await readSourceText(uri);
          if (source.kind !== 'text') continue;
          read++;
          const index = indexSource(source.text);
          quotes.forEach((quote, i) => {
            const check = this.checkOf(document, quote, { uri, path, text: source.text, index });
            if (betterMatch(check.match, best[i]?.match)) best[i] = check;
          });
        }
        return { checks: best.filter((c): c is QuoteCheck => c !== undefined), read, truncated };
      },
    );
    if (!outcome) return;
    if (outcome.read === 0) throw new FactCheckNotice(vscode.l10n.t('{0} holds no text file Newsmark can read.', vscode.workspace.asRelativePath(dir)), 'warning');
    this.tree.set(document, { folder: sourcePathIn(folder, dir) ?? folder.name, version, checks: outcome.checks });
    await vscode.commands.executeCommand(COMMANDS.showView);
    const count = (kind: string) => outcome.checks.filter((c) => c.match.kind === kind).length;
    void showInformation(
      vscode.l10n.t(
        'Newsmark checked {0} quotes against the text files of {1} (files read: {2}): {3} verbatim, {4} altered, {5} not found. Keep results from the Article view.',
        outcome.checks.length, sourcePathIn(folder, dir) ?? folder.name, outcome.read, count('verbatim'), count('altered'), count('notFound'),
      ) + (outcome.truncated ? ` ${vscode.l10n.t('Only the first 500 files were read.')}` : ''),
    );
  }

  /** The results a tree menu command is about, and the open article they belong to. */
  private resultsOf(node: unknown): { document: vscode.TextDocument; ref: ResultRef; checks: QuoteCheck[] } | undefined {
    const data = (node as { entry?: { data?: unknown } } | undefined)?.entry?.data as ResultRef | undefined;
    if (!data || typeof data.uri !== 'string') return undefined;
    const results = this.tree.get(data.uri);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === data.uri);
    if (!results || !document) return undefined;
    return { document, ref: data, checks: results.checks };
  }

  private async keep(node: unknown): Promise<void> {
    const found = this.resultsOf(node);
    const check = found && typeof found.ref.index === 'number' ? found.checks[found.ref.index] : undefined;
    if (!found || !check) return;
    if ((await this.keepChecks(found.document, [check])) > 0) this.forget(found.document, [check]);
  }

  private async keepAll(node: unknown): Promise<void> {
    const found = this.resultsOf(node);
    if (!found || found.checks.length === 0) return;
    const { document, checks } = found;
    const replaced = checks.filter((c) => this.service.entryFor(document, c.start, c.end)).length;
    if (replaced > 0) {
      const action = vscode.l10n.t('Keep All');
      const ok = await confirm({
        message: vscode.l10n.t('Keep {0} results as fact checks?', checks.length),
        detail: vscode.l10n.t('{0} of these quotes already have a fact check: their status and note will be replaced.', replaced),
        action,
      });
      if (!ok) return;
    }
    const kept = await this.keepChecks(document, checks);
    if (kept > 0) this.forget(document, checks.slice(0, kept));
  }

  private forget(document: vscode.TextDocument, kept: QuoteCheck[]): void {
    const results = this.tree.get(document.uri.toString());
    if (!results) return;
    const checks = results.checks.filter((c) => !kept.includes(c));
    this.tree.set(document, checks.length > 0 ? { ...results, checks } : undefined);
  }

  /** Opens a fact check's source passage. Arguments come from a hover link: checked, never trusted. */
  private async openPassage(ref: unknown, index: unknown): Promise<void> {
    const { uri, id } = (ref ?? {}) as { uri?: unknown; id?: unknown };
    if (typeof uri !== 'string' || typeof id !== 'string' || typeof index !== 'number' || !Number.isInteger(index) || index < 0) return;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const passage = document && this.service.entry(document, id)?.check.passages?.[index];
    const folder = document && this.service.location(document)?.folder;
    if (!passage || !folder) return;
    const source = sourceUriIn(folder, passage.source);
    if (!source) throw new FactCheckNotice(vscode.l10n.t('The source passage’s path is not inside the workspace folder.'), 'warning');
    const read = await readSourceText(source);
    if (read.kind === 'refused') throw new FactCheckNotice(vscode.l10n.t('{0} is not read: {1}.', passage.source, read.reason), 'warning');
    const editor = await vscode.window.showTextDocument(source, { preview: true });
    const found = anchor(editor.document.getText(), passage);
    if (found.orphan) {
      void showInformation(vscode.l10n.t('The passage is no longer found in {0}.', passage.source));
      return;
    }
    const range = new vscode.Range(editor.document.positionAt(found.start), editor.document.positionAt(found.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
