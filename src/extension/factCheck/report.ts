// Export Fact-check Report…: the fact checks of the article or of the whole workspace, as
// Markdown, CSV, JSON or schema.org ClaimReview (JSON-LD), written through `vscode.workspace.fs`. The
// prompts and messages are in the display language; the report itself is a document, in English like the
// command line's reports.
import * as vscode from 'vscode';
import { symbolicLinkOnTheWay, workspaceFolderHolding } from './containment';
import { confirm, errorText, showError, showInformation, showWarning } from '../ui/notify';
import { safeText } from '../ui/safeText';
import {
  anchoredRanges,
  articlePathOf,
  articleUrl,
  plainWebUrl,
  formatClaimReviewReport,
  formatCsvReport,
  formatJsonReport,
  formatMarkdownReport,
  reportQuotes,
  reportRows,
  ANNOTATION_FILE_SUFFIX,
  type ArticleForReport,
  type ReportRow,
} from '../../annotations/index';
import { extract, findArticleDate, type Analysis } from '../../extractor/index';
import { readArticleBaseUrl, readFactCheckOrganization } from '../settings';
import type { AnalysisService } from '../analysis/analysisService';
import { annotationsFolderOf, displayPath, FactCheckStore } from './store';
import type { FactCheckService } from './service';

export type ReportFormat = 'markdown' | 'csv' | 'json' | 'claimreview';
export type ReportScope = 'article' | 'workspace';

/** Optional arguments, so the command can run without prompts (scripts, tests). */
export interface ExportArgs {
  scope?: ReportScope;
  format?: ReportFormat;
  /**
   * Where to write the report (a URI string); asked for when absent. Written only inside a
   * workspace folder and after the user confirms it; anywhere else, the save dialog opens.
   */
  output?: string;
}

const EXTENSIONS: Record<ReportFormat, string> = { markdown: 'md', csv: 'csv', json: 'json', claimreview: 'jsonld' };
/** Quotes are named by speaker only for articles small enough to analyse on the spot. */
const MAX_ANALYSED_CHARS = 5 * 1024 * 1024;

export class FactCheckReportExporter {
  constructor(
    private readonly service: FactCheckService,
    private readonly analysis: AnalysisService,
    private readonly store: FactCheckStore,
  ) {}

  async run(args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
    const document = vscode.window.activeTextEditor?.document;
    const hasArticle = document !== undefined && this.service.supports(document);
    let scope = args.scope;
    if (!scope) {
      if (!hasArticle) scope = 'workspace';
      else {
        const picked = await vscode.window.showQuickPick(
          [
            { label: vscode.l10n.t('This article'), description: safeText(vscode.workspace.asRelativePath(document.uri)), scope: 'article' as const },
            { label: vscode.l10n.t('Whole workspace'), description: vscode.l10n.t('every article with fact checks'), scope: 'workspace' as const },
          ],
          { title: vscode.l10n.t('Export Fact-check Report'), placeHolder: vscode.l10n.t('Report on…') },
        );
        if (!picked) return undefined;
        scope = picked.scope;
      }
    }
    let format = args.format;
    if (!format) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('Markdown'), description: '.md', format: 'markdown' as const },
          { label: vscode.l10n.t('CSV'), description: vscode.l10n.t('.csv, for spreadsheets'), format: 'csv' as const },
          { label: vscode.l10n.t('JSON'), description: '.json', format: 'json' as const },
          { label: vscode.l10n.t('ClaimReview (JSON-LD)'), description: vscode.l10n.t('.jsonld, schema.org markup for search engines and fact-check tools'), format: 'claimreview' as const },
        ],
        { title: vscode.l10n.t('Export Fact-check Report'), placeHolder: vscode.l10n.t('Format') },
      );
      if (!picked) return undefined;
      format = picked.format;
    }
    if (scope === 'article' && !hasArticle) {
      void showInformation(vscode.l10n.t('Open an article saved in a workspace folder to export its fact-check report.'));
      return undefined;
    }

    const problems: string[] = [];
    const articles = scope === 'article' ? [await this.openArticle(document!)] : await this.workspaceArticles(problems);
    const rows: ReportRow[] = articles.flatMap((a) => reportRows(a));
    const title = scope === 'article' ? `Fact-check report: ${articles[0]?.article ?? ''}` : 'Fact-check report';
    const options = { title, generated: new Date().toISOString(), notIncluded: problems };
    const reviewer = readFactCheckOrganization();
    const content =
      format === 'markdown'
        ? formatMarkdownReport(rows, options)
        : format === 'csv'
          ? formatCsvReport(rows)
          : format === 'claimreview'
            ? formatClaimReviewReport(rows, reviewer)
            : formatJsonReport(rows, { title, generated: options.generated });

    const output = args.output !== undefined ? await this.confirmOutput(args.output, scope, format, document) : await this.askOutput(scope, format, document);
    if (!output) return undefined;
    try {
      await vscode.workspace.fs.writeFile(output, new TextEncoder().encode(content));
    } catch (error) {
      void showError(vscode.l10n.t('Newsmark: could not write the report to {0} ({1}).', displayPath(output), errorText(error)));
      return undefined;
    }
    if (!args.output) {
      const where = displayPath(output);
      const exported = rows.length === 1 ? vscode.l10n.t('1 fact check exported to {0}', where) : vscode.l10n.t('{0} fact checks exported to {1}', rows.length, where);
      let summary =
        problems.length === 0
          ? vscode.l10n.t('{0}.', exported)
          : problems.length === 1
            ? vscode.l10n.t('{0} (1 file skipped).', exported)
            : vscode.l10n.t('{0} ({1} files skipped).', exported, problems.length);
      if (format === 'claimreview' && reviewer.organization === '') {
        summary += ` ${vscode.l10n.t('The ClaimReview has no author: set newsmark.factCheck.organization to name the fact-checking organization.')}`;
      }
      if (format === 'claimreview' && reviewer.organizationUrl !== '' && plainWebUrl(reviewer.organizationUrl) === undefined) {
        summary += ` ${vscode.l10n.t('newsmark.factCheck.organizationUrl is not an http(s) address, so it was left out.')}`;
      }
      const open = vscode.l10n.t('Open');
      void showInformation(summary, open).then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(output);
      });
    }
    return output;
  }

  /**
   * A path that came with the command (from a script, a link, another extension), not from the
   * user: written only inside a workspace folder, through no symbolic link, once the user agrees.
   * Otherwise the save dialog opens, so that the user chooses.
   */
  private async confirmOutput(given: unknown, scope: ReportScope, format: ReportFormat, document: vscode.TextDocument | undefined): Promise<vscode.Uri | undefined> {
    let uri: vscode.Uri | undefined;
    try {
      uri = typeof given === 'string' ? vscode.Uri.parse(given, true) : undefined;
    } catch {
      uri = undefined;
    }
    const folder = uri && workspaceFolderHolding(uri);
    const link = uri && folder ? await symbolicLinkOnTheWay(folder.uri, uri) : undefined;
    if (!uri || !folder || link) {
      void showWarning(
        typeof given === 'string'
          ? vscode.l10n.t('Newsmark writes a report only where you choose, or inside a workspace folder; {0} is not, so choose where to save it.', given)
          : vscode.l10n.t('Newsmark writes a report only where you choose, or inside a workspace folder; the path given is not, so choose where to save it.'),
      );
      return this.askOutput(scope, format, document);
    }
    const ok = await confirm({
      message: vscode.l10n.t('Export the fact-check report to {0}?', displayPath(uri)),
      detail: vscode.l10n.t('This path came with the command, not from you. An existing file there is replaced.'),
      action: vscode.l10n.t('Export'),
    });
    return ok ? uri : undefined;
  }

  private async askOutput(scope: ReportScope, format: ReportFormat, document: vscode.TextDocument | undefined): Promise<vscode.Uri | undefined> {
    const folder = (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
    const name = scope === 'article' && document ? `${basename(document.uri.path)}.fact-check-report.${EXTENSIONS[format]}` : `fact-check-report.${EXTENSIONS[format]}`;
    const defaultUri = folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
    const filters: Record<string, string[]> = {
      markdown: { [vscode.l10n.t('Markdown')]: ['md'] },
      csv: { [vscode.l10n.t('CSV')]: ['csv'] },
      json: { [vscode.l10n.t('JSON')]: ['json'] },
      claimreview: { [vscode.l10n.t('JSON-LD')]: ['jsonld', 'json'] },
    }[format];
    return vscode.window.showSaveDialog({ defaultUri, filters, saveLabel: vscode.l10n.t('Export'), title: vscode.l10n.t('Export Fact-check Report') });
  }

  private async openArticle(document: vscode.TextDocument): Promise<ArticleForReport> {
    await this.service.whenLoaded(document);
    const entries = this.service.entries(document);
    const ranges = new Map<string, { start: number; end: number }>();
    for (const e of entries) if (e.range) ranges.set(e.check.id, e.range);
    const text = document.getText();
    const analysis = this.analysis.get(document) ?? (text.length <= MAX_ANALYSED_CHARS ? safeExtract(text) : undefined);
    const article = this.service.location(document)?.source ?? vscode.workspace.asRelativePath(document.uri, false);
    return { article, text, checks: entries.map((e) => e.check), ranges, quotes: analysis && reportQuotes(analysis), ...articleFacts(text, article, readArticleBaseUrl(document.uri)) };
  }

  private async workspaceArticles(problems: string[]): Promise<ArticleForReport[]> {
    const articles: ArticleForReport[] = [];
    const openByUri = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const annotationsFolder = annotationsFolderOf(folder);
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `${annotationsFolder}/**/*${ANNOTATION_FILE_SUFFIX}`));
      files.sort((a, b) => (a.path < b.path ? -1 : 1));
      for (const file of files) {
        const relative = file.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
        const articlePath = articlePathOf(annotationsFolder, relative);
        if (!articlePath) continue;
        const articleUri = vscode.Uri.joinPath(folder.uri, ...articlePath.split('/'));
        const open = openByUri.get(articleUri.toString());
        if (open && this.service.location(open)) {
          if (this.service.readOnlyReason(open) !== undefined) problems.push(`${displayPath(file)} ${this.service.readOnlyReason(open)}`);
          else articles.push({ ...(await this.openArticle(open)), article: prefixed(folder, articlePath) });
          continue;
        }
        const read = await this.store.load(file);
        if (read.kind === 'invalid') {
          problems.push(`${displayPath(file)} ${read.message}`);
          continue;
        }
        if (read.items.length === 0) continue;
        const text = await readText(articleUri);
        const ranges = text !== undefined ? anchoredRanges(text, read.items) : new Map<string, { start: number; end: number }>();
        if (text === undefined) problems.push(`${displayPath(articleUri)} could not be read; its fact checks are listed as orphaned`);
        const analysis = text !== undefined && text.length <= MAX_ANALYSED_CHARS ? safeExtract(text) : undefined;
        const facts = articleFacts(text, articlePath, readArticleBaseUrl(folder.uri));
        articles.push({ article: prefixed(folder, articlePath), text, checks: read.items, ranges, quotes: analysis && reportQuotes(analysis), ...facts });
      }
    }
    return articles;
  }
}

/** In a multi-root workspace, paths are prefixed with their folder's name. */
function prefixed(folder: vscode.WorkspaceFolder, path: string): string {
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${path}` : path;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function safeExtract(text: string): Analysis | undefined {
  try {
    return extract(text);
  } catch {
    return undefined;
  }
}

/**
 * The article's address (front matter `url:`, else `newsmark.articleBaseUrl` and its path) and
 * its own date (dateline, `Date:` line, front matter `date:`; never `newsmark.articleDate`, which
 * only stands in for resolving relative dates).
 */
function articleFacts(text: string | undefined, articlePath: string, baseUrl: string): { url?: string; date?: string } {
  const facts: { url?: string; date?: string } = {};
  const url = articleUrl({ text, articlePath, baseUrl });
  if (url !== undefined) facts.url = url;
  const date = text === undefined ? undefined : findArticleDate(text);
  if (date !== undefined) facts.date = date;
  return facts;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
