// Fact-check commands: Set Fact-check Status…, Remove Fact-check, Add Source…, Export Fact-check
// Report… and Next Unchecked Quote.
import * as vscode from 'vscode';
import { showInformation } from '../ui/notify';
import { safeText } from '../ui/safeText';
import { FACT_CHECK_STATUSES, normalizeSourceUrl, type FactCheckKind, type FactCheckStatus } from '../../annotations/index';
import type { Quote } from '../../extractor/types';
import type { AnalysisService } from '../analysis/analysisService';
import type { FactCheckRef } from './hover';
import type { FactCheckReportExporter, ExportArgs } from './report';
import type { FactCheckEntry, FactCheckService } from './service';
import { guarded } from './guarded';
import { statusIcon, statusLabel } from './style';
import { firstWords } from '../ui/preview';
import { COMMANDS } from '../contributes';

/** Optional arguments of Set Fact-check Status…, so it can run without prompts. */
interface SetStatusArgs extends Partial<FactCheckRef> {
  status?: FactCheckStatus;
  note?: string;
}

interface Subject {
  document: vscode.TextDocument;
  entry?: FactCheckEntry;
  /** For a new fact check: what to attach it to. */
  span?: { start: number; end: number; kind: FactCheckKind };
}

export class FactCheckCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly service: FactCheckService,
    private readonly analysis: AnalysisService,
    private readonly exporter: FactCheckReportExporter,
  ) {
    this.disposables = [
      vscode.commands.registerCommand(COMMANDS.setFactCheckStatus, guarded((arg?: unknown) => this.setStatus(arg))),
      vscode.commands.registerCommand(COMMANDS.removeFactCheck, guarded((arg?: unknown) => this.remove(arg))),
      vscode.commands.registerCommand(COMMANDS.addFactCheckSource, guarded((arg?: unknown, url?: unknown) => this.addSource(arg, url))),
      vscode.commands.registerCommand(COMMANDS.exportFactCheckReport, guarded((arg?: ExportArgs) => this.exporter.run(arg ?? {}))),
      vscode.commands.registerCommand(COMMANDS.nextUncheckedQuote, guarded(() => this.nextUncheckedQuote())),
    ];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** The fact check a command is about: from a hover link or tree item, else at the cursor. */
  private async subject(arg: unknown, allowNew: boolean): Promise<Subject | undefined> {
    const ref = refOf(arg);
    if (ref) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ref.uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(ref.uri, true)));
      await this.service.ensureWritable(document);
      const entry = this.service.entry(document, ref.id);
      if (!entry) throw new Error(vscode.l10n.t('That fact check no longer exists.'));
      return { document, entry };
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void showInformation(vscode.l10n.t('Open an article and put the cursor in a quote, or select a claim, first.'));
      return undefined;
    }
    const { document, selection } = editor;
    await this.service.ensureWritable(document);
    const start = document.offsetAt(selection.start);
    const end = document.offsetAt(selection.end);
    if (!selection.isEmpty) {
      const entry = this.service.entryFor(document, start, end) ?? (allowNew ? undefined : this.service.entryFor(document, start, end, true));
      if (entry || !allowNew) return { document, entry };
      const trimmed = trimSpan(document.getText(), start, end);
      if (!trimmed) {
        void showInformation(vscode.l10n.t('Select some text (a claim) first.'));
        return undefined;
      }
      // Selecting exactly a quote's words is the same as putting the cursor in it.
      const quote = this.quoteAt(document, trimmed.start);
      const kind: FactCheckKind = quote && quote.start === trimmed.start && quote.end === trimmed.end ? 'quote' : 'claim';
      return { document, span: { ...trimmed, kind } };
    }
    const entry = this.service.entryAt(document, start);
    if (entry || !allowNew) return { document, entry };
    const quote = this.quoteAt(document, start);
    if (quote) {
      return { document, entry: this.service.entryFor(document, quote.start, quote.end), span: { start: quote.start, end: quote.end, kind: 'quote' } };
    }
    void showInformation(vscode.l10n.t('Put the cursor in a quote, or select a claim, to set its fact-check status.'));
    return undefined;
  }

  private quoteAt(document: vscode.TextDocument, offset: number): Quote | undefined {
    const quotes = this.analysis.get(document)?.quotes ?? [];
    return quotes.find((q) => q.outerStart <= offset && offset <= q.outerEnd && q.end > q.start);
  }

  private async setStatus(arg: unknown): Promise<void> {
    const subject = await this.subject(arg, true);
    if (!subject) return;
    const given = isObject(arg) ? (arg as SetStatusArgs) : {};
    const current = subject.entry?.check;
    let status = given.status && FACT_CHECK_STATUSES.includes(given.status) ? given.status : undefined;
    if (!status) {
      const picked = await vscode.window.showQuickPick(
        FACT_CHECK_STATUSES.map((s) => ({ label: statusLabel(s), description: s === current?.status ? vscode.l10n.t('current') : undefined, iconPath: statusIcon(s), status: s })),
        { title: current ? vscode.l10n.t('Change Fact-check Status') : vscode.l10n.t('Set Fact-check Status'), placeHolder: this.describe(subject) },
      );
      if (!picked) return;
      status = picked.status;
    }
    let note = typeof given.note === 'string' ? given.note : undefined;
    if (note === undefined && given.status === undefined) {
      note = await vscode.window.showInputBox({
        title: vscode.l10n.t('{0}: note', statusLabel(status)),
        prompt: vscode.l10n.t('A note for the next editor (optional). Enter leaves it empty; Escape keeps the current note.'),
        value: current?.note ?? '',
      });
    }
    if (subject.entry) {
      await this.service.update(subject.document, subject.entry.check.id, note === undefined ? { status } : { status, note });
    } else if (subject.span) {
      await this.service.add(subject.document, subject.span.start, subject.span.end, subject.span.kind, status, note ?? '');
    }
  }

  private describe(subject: Subject): string {
    const { document, entry, span } = subject;
    const range = entry?.range ?? span;
    const text = range ? document.getText(new vscode.Range(document.positionAt(range.start), document.positionAt(range.end))) : (entry?.check.target.exact ?? '');
    const words = safeText(firstWords(text, 12, 90));
    return (entry?.check.kind ?? span?.kind) === 'quote' ? vscode.l10n.t('Quote: “{0}”', words) : vscode.l10n.t('Claim: “{0}”', words);
  }

  private async remove(arg: unknown): Promise<void> {
    const subject = await this.subject(arg, false);
    if (!subject) return;
    if (!subject.entry) {
      void showInformation(vscode.l10n.t('There is no fact check here.'));
      return;
    }
    await this.service.remove(subject.document, subject.entry.check.id);
  }

  private async addSource(arg: unknown, url: unknown): Promise<void> {
    const subject = await this.subject(arg, false);
    if (!subject) return;
    if (!subject.entry) {
      void showInformation(vscode.l10n.t('Set a fact-check status first: sources belong to a fact check.'));
      return;
    }
    let source = typeof url === 'string' ? normalizeSourceUrl(url) : undefined;
    if (typeof url === 'string' && !source) throw new Error(vscode.l10n.t('Not an http(s) URL: {0}', url));
    if (!source) {
      const input = await vscode.window.showInputBox({
        title: vscode.l10n.t('Add Source'),
        prompt: vscode.l10n.t('URL of a source for this fact check'),
        placeHolder: 'https://…',
        validateInput: (value) => (value.trim() === '' || normalizeSourceUrl(value) ? undefined : vscode.l10n.t('Enter a web address starting with http:// or https://')),
      });
      if (!input) return;
      source = normalizeSourceUrl(input);
      if (!source) return;
    }
    const { check } = subject.entry;
    if (check.sources.includes(source)) return;
    await this.service.update(subject.document, check.id, { sources: [...check.sources, source] });
  }

  private async nextUncheckedQuote(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const { document } = editor;
    const analysis = this.analysis.get(document);
    if (!analysis) {
      void showInformation(vscode.l10n.t('Newsmark is not annotating this file.'));
      return;
    }
    await this.service.whenLoaded(document);
    const checked = this.service.entries(document).filter((e) => e.range);
    const unchecked = analysis.quotes.filter((q) => !q.short && q.end > q.start && !checked.some((e) => e.range!.start < q.end && q.start < e.range!.end));
    if (unchecked.length === 0) {
      void showInformation(analysis.quotes.length === 0 ? vscode.l10n.t('This article has no quotes.') : vscode.l10n.t('Every quote in this article has a fact-check status.'));
      return;
    }
    const cursor = document.offsetAt(editor.selection.active);
    const next = unchecked.find((q) => q.outerStart > cursor) ?? unchecked[0];
    const range = new vscode.Range(document.positionAt(next.start), document.positionAt(next.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A fact-check reference from a hover link (`{uri, id}`) or a tree item (its entry's data). */
function refOf(arg: unknown): FactCheckRef | undefined {
  if (!isObject(arg)) return undefined;
  const candidate = isObject(arg['entry']) && isObject(arg['entry']['data']) ? arg['entry']['data'] : arg;
  return typeof candidate['uri'] === 'string' && typeof candidate['id'] === 'string' ? { uri: candidate['uri'], id: candidate['id'] } : undefined;
}

/** The selection without surrounding white space; `undefined` if nothing is left. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}
