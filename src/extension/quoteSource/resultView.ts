// Showing a quote's check against its source: one sentence for notifications and notes, and a
// diff editor between the quote and the matched source passage. Both sides are read-only virtual
// documents (scheme `newsmark-source`): the source's text is shown as plain text, nothing in it
// is rendered, linked or run.
import * as vscode from 'vscode';
import { differencesOf, type Difference, type SourceMatch } from '../../annotations/index';
import { oneLine } from '../ui/preview';

export const PASSAGE_SCHEME = 'newsmark-source';
/** Documents kept for diff editors, at most (the oldest are forgotten). */
const MAX_DOCUMENTS = 64;

/** A check of one quote against one source file. */
export interface QuoteCheck {
  /** The quote's text as it is in the article, and its span there (UTF-16 offsets). */
  quote: string;
  start: number;
  end: number;
  /** The source file, its path relative to the article's workspace folder, and its text. */
  source: vscode.Uri;
  sourcePath: string;
  sourceText: string;
  match: SourceMatch;
}

export class PassageDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(PASSAGE_SCHEME, this);
  private next = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  private document(name: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: PASSAGE_SCHEME, path: `/${this.next++}/${name}` });
    this.contents.set(uri.toString(), text);
    if (this.contents.size > MAX_DOCUMENTS) this.contents.delete(this.contents.keys().next().value as string);
    return uri;
  }

  /** Opens a diff editor: the quote on the left, the source passage on the right. */
  async showDiff(check: QuoteCheck): Promise<void> {
    if (check.match.kind === 'notFound') return;
    const left = this.document('quote.txt', `${check.quote}\n`);
    const right = this.document(baseName(check.sourcePath), `${check.sourceText.slice(check.match.start, check.match.end)}\n`);
    const title = vscode.l10n.t('Quote ↔ {0}', oneLine(check.sourcePath));
    // Beside the article, so that the article's editor (and its preview tab) stays open.
    await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  dispose(): void {
    this.registration.dispose();
    this.contents.clear();
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || 'source.txt';
}

/** "“want” → “launch”; added “very”; dropped “go”". */
export function describeDifferences(differences: readonly Difference[]): string {
  return differences
    .map((d) =>
      d.kind === 'changed' ? vscode.l10n.t('“{0}” → “{1}”', d.quote, d.source) : d.kind === 'added' ? vscode.l10n.t('added “{0}”', d.quote) : vscode.l10n.t('dropped “{0}”', d.source),
    )
    .join('; ');
}

/** The kind of result as a short label: Verbatim, Altered, Not found. */
export function resultLabel(match: SourceMatch): string {
  return match.kind === 'verbatim' ? vscode.l10n.t('Verbatim') : match.kind === 'altered' ? vscode.l10n.t('Altered') : vscode.l10n.t('Not found');
}

/** One sentence on the result, also the note of a fact check kept from it. */
export function describeCheck(check: QuoteCheck): string {
  const { match, sourcePath } = check;
  if (match.kind === 'verbatim') return vscode.l10n.t('Verbatim in {0}.', sourcePath);
  if (match.kind === 'notFound') {
    if (match.reason === 'tooLong') return vscode.l10n.t('Not checked against {0}: the quote has more than 1,000 words.', sourcePath);
    return vscode.l10n.t('Not found in {0}.', sourcePath);
  }
  const differences = describeDifferences(differencesOf(check.quote, check.sourceText, match.ops, 8));
  return match.differingWords === 1
    ? vscode.l10n.t('Altered from {0}: 1 word differs ({1}).', sourcePath, differences)
    : vscode.l10n.t('Altered from {0}: {1} words differ ({2}).', sourcePath, match.differingWords, differences);
}
