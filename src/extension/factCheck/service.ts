// The fact checks of every open article: loaded from its annotation file, anchored in the
// document, moved along with edits, and written back (re-read and merged first) after each change.
import * as vscode from 'vscode';
import { showError, showWarning } from '../ui/notify';
import {
  createFactCheck,
  mergeFactChecks,
  OrphanMemo,
  SelectorText,
  targetFor,
  updateFactCheck,
  type FactCheck,
  type FactCheckKind,
  type FactCheckStatus,
  type SourcePassage,
} from '../../annotations/index';
import type { AnalysisService } from '../analysis/analysisService';
import type { SettingId } from '../contributes';
import { FactCheckAnchoring } from './anchoring';
import { moveAnnotationFiles } from './articleMove';
import { FactCheckNotice, linkReason, readOnlyFileSystem, sameList, type ArticleState, type FactCheckEntry } from './articleState';
import { FactCheckAuthor } from './author';
import { symbolicLinkOnTheWay } from './containment';
import { followEdits, refreshSelectors } from './edits';
import { displayPath, FactCheckStore, locateArticle, type ArticleLocation } from './store';

export { FactCheckNotice, type FactCheckEntry } from './articleState';

export class FactCheckService implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly reported = new Set<string>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private readonly anchoring = new FactCheckAnchoring((state) => this.changed(state));
  private readonly authorName = new FactCheckAuthor();

  /** Fires when the fact checks of a document, or their places, change. */
  readonly onDidChange: vscode.Event<vscode.TextDocument> = this.changeEmitter.event;

  constructor(
    private readonly analysis: AnalysisService,
    private readonly store: FactCheckStore = new FactCheckStore(),
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    const onFileEvent = (uri: vscode.Uri) => {
      for (const state of this.states.values()) {
        if (state.location.file.toString() === uri.toString()) void this.store.serialize(state.location.file, () => this.reload(state));
      }
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(onFileEvent),
      watcher.onDidCreate(onFileEvent),
      watcher.onDidDelete(onFileEvent),
      vscode.workspace.onDidOpenTextDocument((document) => this.track(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.untrack(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onDidChangeText(event)),
      vscode.workspace.onDidSaveTextDocument((document) => this.onDidSave(document)),
      analysis.onDidChangeState((document) => this.track(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('newsmark.annotationsFolder' satisfies SettingId)) this.relocateAll();
        if (event.affectsConfiguration('newsmark.factCheck.author' satisfies SettingId)) this.authorName.forget();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.relocateAll()),
      vscode.workspace.onDidRenameFiles((event) => void moveAnnotationFiles(event.files, { store: this.store, reloadUnder: (target) => this.reloadUnder(target) })),
    );
    for (const document of vscode.workspace.textDocuments) this.track(document);
  }

  dispose(): void {
    for (const state of this.states.values()) state.closed = true;
    this.states.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }

  // ---- queries -------------------------------------------------------------------------------

  /** Whether fact checks can be attached to this document at all (saved inside a workspace folder). */
  supports(document: vscode.TextDocument): boolean {
    return this.stateOf(document) !== undefined || this.eligibleLocation(document, true) !== undefined;
  }

  whenLoaded(document: vscode.TextDocument): Promise<void> {
    return this.stateOf(document)?.loaded ?? Promise.resolve();
  }

  location(document: vscode.TextDocument): ArticleLocation | undefined {
    return this.stateOf(document)?.location;
  }

  /** The reason the document's fact checks are read-only, if they are. */
  readOnlyReason(document: vscode.TextDocument): string | undefined {
    return this.stateOf(document)?.readOnly;
  }

  /** Why the document's fact checks cannot be changed: an unreadable file, or a folder on a read-only file system. */
  unchangeableReason(document: vscode.TextDocument): string | undefined {
    const state = this.stateOf(document);
    if (!state) return undefined;
    if (state.readOnly !== undefined) return `${displayPath(state.location.file)} ${state.readOnly}`;
    return state.link ? linkReason(state.link) : readOnlyFileSystem(state.location);
  }

  /** Anchored entries in document order, then orphans. */
  entries(document: vscode.TextDocument): FactCheckEntry[] {
    const state = this.stateOf(document);
    if (!state) return [];
    const anchored: FactCheckEntry[] = [];
    const orphans: FactCheckEntry[] = [];
    for (const check of state.items) {
      const range = state.ranges.get(check.id);
      if (range) anchored.push({ check, range: { start: range.start, end: range.end } });
      else orphans.push({ check });
    }
    anchored.sort((a, b) => a.range!.start - b.range!.start || a.range!.end - b.range!.end);
    orphans.sort((a, b) => a.check.target.start - b.check.target.start);
    return [...anchored, ...orphans];
  }

  entry(document: vscode.TextDocument, id: string): FactCheckEntry | undefined {
    return this.entries(document).find((e) => e.check.id === id);
  }

  /** The innermost fact check whose text contains `offset` (its end included, for a cursor right after it). */
  entryAt(document: vscode.TextDocument, offset: number): FactCheckEntry | undefined {
    let best: FactCheckEntry | undefined;
    for (const entry of this.entries(document)) {
      const range = entry.range;
      if (!range || offset < range.start || offset > range.end) continue;
      if (!best || range.end - range.start < best.range!.end - best.range!.start) best = entry;
    }
    return best;
  }

  /** A fact check on exactly this span, or overlapping it when `overlapping`. */
  entryFor(document: vscode.TextDocument, start: number, end: number, overlapping = false): FactCheckEntry | undefined {
    const entries = this.entries(document).filter((e) => e.range);
    return (
      entries.find((e) => e.range!.start === start && e.range!.end === end) ??
      (overlapping ? entries.find((e) => e.range!.start < end && start < e.range!.end) : undefined)
    );
  }

  // ---- changes -------------------------------------------------------------------------------

  /** Throws with a user-facing message when fact checks cannot be changed in this document. */
  async ensureWritable(document: vscode.TextDocument): Promise<void> {
    await this.writableState(document);
  }

  /** Adds a fact check on `[start, end)` of the document. Throws with a user-facing message when it cannot. */
  async add(document: vscode.TextDocument, start: number, end: number, kind: FactCheckKind, status: FactCheckStatus, note: string, more: { passages?: SourcePassage[] } = {}): Promise<FactCheck> {
    const state = await this.writableState(document);
    const text = new SelectorText(document.getText());
    const target = targetFor(text, start, end, state.location.source);
    const check = createFactCheck({ status, note, creator: await this.authorName.of(document), kind, target, passages: more.passages });
    state.items = [...state.items, check];
    const rawStart = text.rawOffsetOf(target.start);
    const rawEnd = text.rawOffsetOf(target.end);
    state.ranges.set(check.id, { start: rawStart, end: rawEnd, exact: text.raw.slice(rawStart, rawEnd) });
    this.changed(state);
    this.scheduleWrite(state);
    return check;
  }

  async update(document: vscode.TextDocument, id: string, change: Partial<Pick<FactCheck, 'status' | 'note' | 'sources' | 'passages'>>): Promise<FactCheck> {
    const state = await this.writableState(document);
    const current = state.items.find((c) => c.id === id);
    if (!current) throw new Error(vscode.l10n.t('That fact check no longer exists.'));
    const updated = updateFactCheck(current, change);
    state.items = state.items.map((c) => (c.id === id ? updated : c));
    this.changed(state);
    this.scheduleWrite(state);
    return updated;
  }

  async remove(document: vscode.TextDocument, id: string): Promise<void> {
    const state = await this.writableState(document);
    state.items = state.items.filter((c) => c.id !== id);
    state.ranges.delete(id);
    this.changed(state);
    this.scheduleWrite(state);
  }

  /** The name stored as `creator`: the `newsmark.factCheck.author` setting, else git's user.name, else "anonymous". */
  author(document?: vscode.TextDocument): Promise<string> {
    return this.authorName.of(document);
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  private stateOf(document: vscode.TextDocument): ArticleState | undefined {
    return this.states.get(document.uri.toString());
  }

  /**
   * Articles (see `newsmark.languages`/`include`) get their fact checks loaded as they open; other
   * text files only when a fact-check command is run on them (`explicit`).
   */
  private eligibleLocation(document: vscode.TextDocument, explicit = false): ArticleLocation | undefined {
    if (document.isClosed) return undefined;
    const verdict = this.analysis.state(document);
    if (!verdict || verdict.kind === 'binary' || (verdict.kind === 'notIncluded' && !explicit)) return undefined;
    return locateArticle(document.uri);
  }

  private track(document: vscode.TextDocument, explicit = false): void {
    const key = document.uri.toString();
    const existing = this.states.get(key);
    if (existing) {
      existing.document = document;
      return;
    }
    const location = this.eligibleLocation(document, explicit);
    if (!location) return;
    const state: ArticleState = {
      document, location, base: [], items: [], ranges: new Map(), loaded: Promise.resolve(), writeQueued: false, closed: false, orphans: new OrphanMemo(), unfinished: new Set(),
    };
    this.states.set(key, state);
    state.loaded = this.store.serialize(location.file, () => this.reload(state));
  }

  private untrack(document: vscode.TextDocument): void {
    const state = this.stateOf(document);
    if (!state) return;
    // A pending write still runs: it holds the state it needs.
    state.closed = true;
    this.states.delete(document.uri.toString());
    this.changeEmitter.fire(document);
  }

  private relocateAll(): void {
    for (const state of [...this.states.values()]) {
      const location = locateArticle(state.document.uri);
      if (location?.file.toString() === state.location.file.toString()) continue;
      this.untrack(state.document);
      this.track(state.document);
    }
  }

  /** Reloads the open articles whose annotation file is `target` or lies below it (it was just moved there). */
  private reloadUnder(target: vscode.Uri): void {
    for (const state of this.states.values()) {
      const file = state.location.file.toString();
      if (file === target.toString() || file.startsWith(`${target.toString()}/`)) void this.store.serialize(state.location.file, () => this.reload(state));
    }
  }

  /** Reads the file and merges it into memory: on load, and when the file changes on disk. */
  private async reload(state: ArticleState): Promise<void> {
    await this.checkLink(state);
    const result = await this.store.load(state.location.file);
    if (state.closed) return;
    if (result.kind === 'invalid') {
      this.setReadOnly(state, result.message);
      return;
    }
    if (state.readOnly !== undefined) {
      // The file was fixed: start again from what it holds.
      state.readOnly = undefined;
      state.base = [];
      state.items = [];
      state.ranges.clear();
    }
    const previous = new Set(state.items.map((c) => c.id));
    const merged = mergeFactChecks(state.base, state.items, result.items);
    state.base = result.items;
    state.items = merged;
    this.anchoring.place(state, merged.filter((c) => !previous.has(c.id)));
    for (const id of previous) if (!merged.some((c) => c.id === id)) state.ranges.delete(id);
    this.changed(state);
    if (!sameList(merged, result.items)) this.scheduleWrite(state);
  }

  private setReadOnly(state: ArticleState, message: string): void {
    const changed = state.readOnly !== message;
    state.readOnly = message;
    state.items = [];
    state.base = [];
    state.ranges.clear();
    if (changed) this.changed(state);
    const key = `${state.location.file.toString()}\n${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const name = displayPath(state.location.file);
    const openFile = vscode.l10n.t('Open File');
    void showWarning(
      vscode.l10n.t('Newsmark: the fact-check file {0} {1}. It is left as it is, and the fact checks of {2} are read-only until it is fixed.', name, message, displayPath(state.document.uri)),
      openFile,
    ).then((choice) => {
      if (choice === openFile) void vscode.window.showTextDocument(state.location.file);
    });
  }

  /**
   * Notes whether a symbolic link lies on the way to the annotation file; the fact checks are then
   * read through it but never written, and the user is told once.
   */
  private async checkLink(state: ArticleState): Promise<vscode.Uri | undefined> {
    const link = await symbolicLinkOnTheWay(state.location.folder.uri, state.location.file);
    if (state.link?.toString() !== link?.toString()) {
      state.link = link;
      this.changed(state);
    }
    if (!link) return undefined;
    const key = `${state.location.file.toString()}\nlink ${link.toString()}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      void showWarning(vscode.l10n.t('Newsmark: the fact checks of {0} are read-only, because {1}.', displayPath(state.document.uri), linkReason(link)));
    }
    return link;
  }

  private async writableState(document: vscode.TextDocument): Promise<ArticleState> {
    let state = this.stateOf(document);
    if (!state) {
      this.track(document, true);
      state = this.stateOf(document);
    }
    if (!state) throw new FactCheckNotice(vscode.l10n.t('Fact checks are stored beside the article in its workspace folder: open a folder and save the article in it to add one.'), 'info');
    await state.loaded;
    if (state.readOnly !== undefined) {
      throw new FactCheckNotice(vscode.l10n.t('The fact checks of this article are read-only: {0} {1}. Fix or remove that file first.', displayPath(state.location.file), state.readOnly), 'warning');
    }
    // Said before the user picks a status and types a note, rather than when the write fails.
    const link = await this.checkLink(state);
    if (link) throw new FactCheckNotice(vscode.l10n.t('The fact checks of this article are read-only, because {0}.', linkReason(link)), 'warning');
    const readOnlyFolder = readOnlyFileSystem(state.location);
    if (readOnlyFolder !== undefined) throw new FactCheckNotice(vscode.l10n.t('The fact checks of this article are read-only: {0}, so they cannot be saved.', readOnlyFolder), 'warning');
    return state;
  }

  // ---- edits ---------------------------------------------------------------------------------

  private onDidChangeText(event: vscode.TextDocumentChangeEvent): void {
    const state = this.stateOf(event.document);
    if (!state || event.contentChanges.length === 0) return;
    followEdits(state, event, this.anchoring);
    this.changed(state);
  }

  /** Saving the article refreshes the selectors, so the file describes the text as saved. */
  private onDidSave(document: vscode.TextDocument): void {
    const state = this.stateOf(document);
    if (!state || state.readOnly !== undefined) return;
    if (refreshSelectors(state, document)) this.scheduleWrite(state);
  }

  // ---- writing -------------------------------------------------------------------------------

  private scheduleWrite(state: ArticleState): void {
    if (state.writeQueued) return;
    state.writeQueued = true;
    void this.store.serialize(state.location.file, async () => {
      state.writeQueued = false;
      await this.flush(state);
    });
  }

  private async flush(state: ArticleState): Promise<void> {
    const file = state.location.file;
    const ours = state.items;
    // Checked again right before writing: the link may have appeared since the change was made.
    if (await this.checkLink(state)) return;
    const outcome = await this.store.save(file, state.base, ours);
    if (outcome.kind === 'invalid') {
      if (!state.closed) this.setReadOnly(state, outcome.message);
      void showError(vscode.l10n.t('Newsmark: the latest fact-check change was not saved, because {0} {1}.', displayPath(file), outcome.message));
      return;
    }
    if (outcome.kind === 'failed') {
      const retry = vscode.l10n.t('Retry');
      void showError(
        vscode.l10n.t('Newsmark: could not save fact checks to {0} ({1}). The previous file is unchanged; the change is kept in this window.', displayPath(file), outcome.message),
        retry,
      ).then((choice) => {
        if (choice === retry && !state.closed) this.scheduleWrite(state);
      });
      return;
    }
    const { merged } = outcome;
    state.base = merged;
    // Keep changes made while writing, and take in entries that came from the file.
    const previous = new Set(state.items.map((c) => c.id));
    state.items = mergeFactChecks(ours, state.items, merged);
    if (state.closed) return;
    this.anchoring.place(state, state.items.filter((c) => !previous.has(c.id)));
    this.changed(state);
    if (!sameList(state.items, state.base)) this.scheduleWrite(state);
  }

  private changed(state: ArticleState): void {
    if (!state.closed) this.changeEmitter.fire(state.document);
  }
}
