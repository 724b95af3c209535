// Owns the analysis of every open article: which documents are annotated, when they are
// (re-)analysed, and the latest result. Every feature reads from here so that decorations, the
// tree, hovers and the status bar always show the same analysis.
import * as vscode from 'vscode';
import { IncrementalExtractor } from '../../extractor/index';
import type { Analysis } from '../../extractor/types';
import { FileToggles } from './fileToggles';
import { BINARY_SAMPLE_CHARS, decideInclusion, looksBinary, type InclusionVerdict } from './inclusion';
import { readArticleDate, readDocumentSettings, SECTION } from '../settings';

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: Analysis | undefined;
}

/** Schemes whose documents are editor furniture, not articles. */
export const IGNORED_SCHEMES: ReadonlySet<string> = new Set(['output', 'debug', 'vscode-scm', 'comment', 'vscode-terminal']);
/** Upper bound of the adaptive debounce for documents that take long to analyse. */
const MAX_DEBOUNCE_MS = 2000;

interface Entry {
  document: vscode.TextDocument;
  verdict: InclusionVerdict;
  analysis?: Analysis;
  analyzedVersion?: number;
  timer?: ReturnType<typeof setTimeout>;
  lastDurationMs: number;
  /** Keeps per-paragraph results between analyses, so an edit re-analyses only what it touched. */
  extractor?: IncrementalExtractor;
  /** The `newsmark.articleDate` the extractor was made with. */
  extractorArticleDate?: string;
}

export class AnalysisService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly sizeOverrides = new Set<string>();
  private readonly updateEmitter = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly stateEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.updateEmitter, this.stateEmitter];

  /** Fires after each (re-)analysis, and with `undefined` when a document stops being annotated. */
  readonly onDidUpdate: vscode.Event<AnalysisUpdate> = this.updateEmitter.event;
  /** Fires when a document's inclusion verdict changes (annotated, off, skipped…). */
  readonly onDidChangeState: vscode.Event<vscode.TextDocument> = this.stateEmitter.event;

  private readonly fileToggles: FileToggles;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.fileToggles = new FileToggles(log);
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.evaluate(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onDidChangeText(event)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) this.evaluate(editor.document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(SECTION)) return;
        // A new article date changes the analysis of unchanged text: analyse again.
        if (event.affectsConfiguration(`${SECTION}.articleDate`)) {
          this.log.info('newsmark.articleDate changed: analysing the open articles again');
          for (const entry of this.entries.values()) entry.analyzedVersion = undefined;
        }
        for (const document of vscode.workspace.textDocuments) this.evaluate(document);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.evaluate(document);
  }

  get(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(key(document));
    return entry?.verdict.kind === 'annotate' ? entry.analysis : undefined;
  }

  isAnnotated(document: vscode.TextDocument): boolean {
    return this.entries.get(key(document))?.verdict.kind === 'annotate';
  }

  /** Why a document is or is not annotated; `undefined` for documents that are not articles at all (e.g. output). */
  state(document: vscode.TextDocument): InclusionVerdict | undefined {
    return this.entries.get(key(document))?.verdict;
  }

  /** Per-file toggle, saved in the `newsmark.files` setting. Returns whether the file is now annotated. */
  async toggleFile(document: vscode.TextDocument): Promise<boolean> {
    const kind = this.state(document)?.kind;
    const wasOn = kind === 'annotate' || kind === 'tooLarge' || kind === 'binary';
    // Turning on a file the settings already include just removes its switch.
    const next = wasOn ? false : this.decide(document, undefined).kind === 'notIncluded' ? true : undefined;
    await this.fileToggles.set(document, next);
    this.evaluate(document);
    return this.isAnnotated(document);
  }

  /** The per-file switch of a file, open or not: true always annotated, false never, undefined per the settings. */
  fileSwitch(uri: vscode.Uri): boolean | undefined {
    return this.fileToggles.getForUri(uri);
  }

  /** Annotates a document skipped for its size, for the rest of the session. */
  annotateAnyway(document: vscode.TextDocument): void {
    this.sizeOverrides.add(key(document));
    this.evaluate(document);
  }

  dispose(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private decide(document: vscode.TextDocument, fileOverride: boolean | undefined): InclusionVerdict {
    const { languages, include, exclude, maxFileSizeMB } = readDocumentSettings(document);
    const sizeChars = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const sample = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(BINARY_SAMPLE_CHARS)));
    return decideInclusion({
      languageMatches: languages.includes(document.languageId),
      includeMatches: include.some((pattern) => vscode.languages.match({ pattern }, document) > 0),
      excludeMatches: exclude.some((pattern) => vscode.languages.match({ pattern }, document) > 0),
      fileOverride,
      sizeChars,
      limitMB: maxFileSizeMB,
      sizeOverride: this.sizeOverrides.has(key(document)),
      binary: looksBinary(sample),
    });
  }

  /** Recomputes a document's verdict and schedules its analysis if it is annotated and in view. */
  private evaluate(document: vscode.TextDocument): void {
    if (document.isClosed || IGNORED_SCHEMES.has(document.uri.scheme)) return;
    const id = key(document);
    const verdict = this.decide(document, this.fileToggles.get(document));
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { document, verdict, lastDurationMs: 0 };
      this.entries.set(id, entry);
      this.stateEmitter.fire(document);
    } else {
      entry.document = document;
      const previous = entry.verdict;
      entry.verdict = verdict;
      if (!sameVerdict(previous, verdict)) {
        if (previous.kind === 'annotate') this.drop(entry);
        this.stateEmitter.fire(document);
      }
    }
    if (verdict.kind === 'annotate' && entry.analyzedVersion !== document.version && isVisible(document)) {
      this.schedule(entry, entry.analysis ? this.delay(entry) : 0);
    }
  }

  private onDidChangeText(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const entry = this.entries.get(key(event.document));
    if (!entry) return;
    entry.document = event.document;
    if (isVisible(event.document)) {
      this.schedule(entry, this.delay(entry));
    } else {
      // Not in view: analyse when it shows up again (onDidChangeVisibleTextEditors).
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
  }

  private delay(entry: Entry): number {
    return Math.max(readDocumentSettings(entry.document).debounceMs, Math.min(MAX_DEBOUNCE_MS, entry.lastDurationMs * 2));
  }

  /** A newer edit supersedes a pending analysis: only the last scheduled run happens. */
  private schedule(entry: Entry, delayMs: number): void {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      this.run(entry);
    }, delayMs);
  }

  private run(entry: Entry): void {
    const { document } = entry;
    if (document.isClosed || this.entries.get(key(document)) !== entry) return;
    // Edits may have pushed the file over the size limit since the last verdict.
    this.evaluateVerdictOnly(entry);
    if (entry.verdict.kind !== 'annotate' || entry.analyzedVersion === document.version) return;

    const version = document.version;
    const started = Date.now();
    let analysis: Analysis;
    try {
      const articleDate = readArticleDate(document);
      if (!entry.extractor || entry.extractorArticleDate !== articleDate) {
        entry.extractor = new IncrementalExtractor({ articleDate });
        entry.extractorArticleDate = articleDate;
      }
      analysis = entry.extractor.update(document.getText());
    } catch (error) {
      entry.extractor = undefined;
      this.log.error(`Could not analyse ${document.uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
      analysis = { mentions: [], entities: [], quotes: [], dates: [] };
    }
    entry.lastDurationMs = Date.now() - started;
    if (entry.lastDurationMs > 100) {
      this.log.info(`Analysed ${document.uri.toString(true)} in ${entry.lastDurationMs} ms`);
    }
    // Closed or edited while the analysis ran: this result is stale, a newer run is queued.
    if (document.isClosed || document.version !== version || this.entries.get(key(document)) !== entry) return;
    entry.analysis = analysis;
    entry.analyzedVersion = version;
    this.updateEmitter.fire({ document, analysis });
  }

  private evaluateVerdictOnly(entry: Entry): void {
    const verdict = this.decide(entry.document, this.fileToggles.get(entry.document));
    if (sameVerdict(entry.verdict, verdict)) return;
    const previous = entry.verdict;
    entry.verdict = verdict;
    if (previous.kind === 'annotate') this.drop(entry);
    this.stateEmitter.fire(entry.document);
  }

  /** Forgets the analysis of a document that stopped being annotated. */
  private drop(entry: Entry): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.analysis = undefined;
    entry.analyzedVersion = undefined;
    entry.extractor = undefined;
    this.updateEmitter.fire({ document: entry.document, analysis: undefined });
  }

  private forget(document: vscode.TextDocument): void {
    const entry = this.entries.get(key(document));
    if (!entry) return;
    if (entry.verdict.kind === 'annotate') this.drop(entry);
    else clearTimeout(entry.timer);
    this.entries.delete(key(document));
    this.sizeOverrides.delete(key(document));
    this.stateEmitter.fire(document);
  }
}

function key(document: vscode.TextDocument): string {
  return document.uri.toString();
}

function isVisible(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some((editor) => editor.document === document);
}

function sameVerdict(a: InclusionVerdict, b: InclusionVerdict): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'tooLarge' && b.kind === 'tooLarge') return a.limitMB === b.limitMB && Math.abs(a.sizeMB - b.sizeMB) < 0.05;
  return true;
}
