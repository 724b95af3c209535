// The fact checks of every open article: loaded from its annotation file, anchored in the
// document, moved along with edits, and written back (re-read and merged first) after each change.
import * as vscode from 'vscode';
import { showError, showWarning } from './notify';
import {
  ANNOTATION_FILE_SUFFIX,
  anchorAll,
  applyEdits,
  createFactCheck,
  mergeFactChecks,
  OrphanMemo,
  sameFactCheck,
  sameTarget,
  SelectorText,
  targetFor,
  updateFactCheck,
  WorkBudget,
  type FactCheck,
  type FactCheckKind,
  type FactCheckStatus,
  type TextChange,
  type TrackedRange,
} from '../annotations/index';
import type { AnalysisService } from './analysisService';
import { symbolicLinkOnTheWay } from './containment';
import { displayPath, FactCheckStore, locateArticle, type ArticleLocation } from './factCheckStore';

export interface FactCheckEntry {
  check: FactCheck;
  /** Where it is in the open document now (UTF-16 offsets); absent when orphaned. */
  range?: { start: number; end: number };
}

interface ArticleState {
  document: vscode.TextDocument;
  location: ArticleLocation;
  /** The file's content as last read or written: the base of the next merge. */
  base: FactCheck[];
  /** Current fact checks, including changes not yet written. */
  items: FactCheck[];
  /** Live ranges by id; orphans have none. */
  ranges: Map<string, TrackedRange>;
  /** Why the fact checks cannot be changed (the file does not parse), if so. */
  readOnly?: string;
  /** A symbolic link on the way to the annotation file, which Newsmark does not write through. */
  link?: vscode.Uri;
  loaded: Promise<void>;
  writeQueued: boolean;
  closed: boolean;
  /** Which fact checks were searched in full and not found, in which texts. */
  orphans: OrphanMemo;
  /** Ids the last anchoring pass had no budget left for; placed in a later turn. */
  unfinished: Set<string>;
  /** The text last anchored against, reused (with its index) by passes on the same version. */
  anchoredText?: { version: number; text: SelectorText };
}

/** Wall time one anchoring pass may take before the rest waits for a later turn of the event loop. */
const ANCHOR_SLICE_MS = 50;

const DEFAULT_AUTHOR = 'anonymous';

/** Why a fact-check command cannot run, for the user (not an internal error). */
export class FactCheckNotice extends Error {
  constructor(
    message: string,
    readonly severity: 'info' | 'warning',
  ) {
    super(message);
  }
}

export class FactCheckService implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly reported = new Set<string>();
  private readonly resuming = new WeakSet<ArticleState>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private gitAuthor: Promise<string | undefined> | undefined;

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
        if (event.affectsConfiguration('newsmark.annotationsFolder')) this.relocateAll();
        if (event.affectsConfiguration('newsmark.factCheck.author')) this.gitAuthor = undefined;
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.relocateAll()),
      vscode.workspace.onDidRenameFiles((event) => void this.moveWithArticles(event.files)),
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
  async add(document: vscode.TextDocument, start: number, end: number, kind: FactCheckKind, status: FactCheckStatus, note: string): Promise<FactCheck> {
    const state = await this.writableState(document);
    const text = new SelectorText(document.getText());
    const target = targetFor(text, start, end, state.location.source);
    const check = createFactCheck({ status, note, creator: await this.author(document), kind, target });
    state.items = [...state.items, check];
    const rawStart = text.rawOffsetOf(target.start);
    const rawEnd = text.rawOffsetOf(target.end);
    state.ranges.set(check.id, { start: rawStart, end: rawEnd, exact: text.raw.slice(rawStart, rawEnd) });
    this.changed(state);
    this.scheduleWrite(state);
    return check;
  }

  async update(document: vscode.TextDocument, id: string, change: Partial<Pick<FactCheck, 'status' | 'note' | 'sources'>>): Promise<FactCheck> {
    const state = await this.writableState(document);
    const current = state.items.find((c) => c.id === id);
    if (!current) throw new Error('That fact check no longer exists.');
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
  async author(document?: vscode.TextDocument): Promise<string> {
    const setting = vscode.workspace.getConfiguration('newsmark.factCheck', document?.uri).get<unknown>('author');
    if (typeof setting === 'string' && setting.trim() !== '') return setting.trim();
    this.gitAuthor ??= gitUserName(document?.uri);
    return (await this.gitAuthor) ?? DEFAULT_AUTHOR;
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

  /**
   * Articles renamed or moved in VS Code take their annotation files (or, for a folder, the
   * mirrored folder) along. The watcher then loads them for the renamed documents.
   */
  private async moveWithArticles(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const from = locateArticle(oldUri);
      const to = locateArticle(newUri);
      if (!from || !to || from.folder.uri.toString() !== to.folder.uri.toString()) continue;
      let isFolder = false;
      try {
        isFolder = ((await vscode.workspace.fs.stat(newUri)).type & vscode.FileType.Directory) !== 0;
      } catch {
        continue;
      }
      const source = isFolder ? from.file.with({ path: from.file.path.slice(0, -ANNOTATION_FILE_SUFFIX.length) }) : from.file;
      const target = isFolder ? to.file.with({ path: to.file.path.slice(0, -ANNOTATION_FILE_SUFFIX.length) }) : to.file;
      try {
        await vscode.workspace.fs.stat(source);
      } catch {
        continue; // nothing to move
      }
      const link = (await symbolicLinkOnTheWay(from.folder.uri, source)) ?? (await symbolicLinkOnTheWay(to.folder.uri, target));
      if (link) {
        void showWarning(`Newsmark: the fact checks of ${displayPath(oldUri)} stay in ${displayPath(source)}; they were not moved, because ${linkReason(link)}.`);
        continue;
      }
      try {
        await this.store.serialize(from.file, () => this.store.serialize(to.file, async () => {
          await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
          await vscode.workspace.fs.rename(source, target, { overwrite: false });
        }));
        // Documents already reopened under their new names load what was just moved.
        for (const state of this.states.values()) {
          const file = state.location.file.toString();
          if (file === target.toString() || file.startsWith(`${target.toString()}/`)) void this.store.serialize(state.location.file, () => this.reload(state));
        }
      } catch (error) {
        void showWarning(
          `Newsmark: the fact checks of ${displayPath(oldUri)} stay in ${displayPath(source)}; they could not be moved to ${displayPath(target)} (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
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
    this.anchorNew(state, merged.filter((c) => !previous.has(c.id)));
    for (const id of previous) if (!merged.some((c) => c.id === id)) state.ranges.delete(id);
    this.changed(state);
    if (!sameList(merged, result.items)) this.scheduleWrite(state);
  }

  /** Places `checks` within a time budget; those it leaves are placed in later turns (see resumeAnchoring). */
  private anchorNew(state: ArticleState, checks: readonly FactCheck[]): void {
    if (checks.length === 0) return;
    const { version } = state.document;
    if (state.anchoredText?.version !== version) state.anchoredText = { version, text: new SelectorText(state.document.getText()) };
    const { text } = state.anchoredText;
    const budget = new WorkBudget({ milliseconds: ANCHOR_SLICE_MS });
    const { results, unfinished } = anchorAll(text, checks.map((c) => c.target), { budget, memo: state.orphans });
    checks.forEach((check, i) => {
      const result = results[i]!;
      if (result.orphan) {
        state.ranges.delete(check.id);
        if (result.unfinished) state.unfinished.add(check.id);
        else state.unfinished.delete(check.id);
        return;
      }
      state.unfinished.delete(check.id);
      // Tracking compares edits with the annotated text: as it stands when found verbatim, as stored when found approximately.
      const exact = result.method === 'fuzzy' ? check.target.exact : text.raw.slice(result.start, result.end);
      const edits = result.method === 'fuzzy' ? Math.ceil((1 - result.similarity) * Math.max(exact.length, result.end - result.start)) : 0;
      state.ranges.set(check.id, { start: result.start, end: result.end, exact, edits });
    });
    if (unfinished > 0) this.resumeAnchoring(state);
    else state.anchoredText = undefined; // nothing left to place: let the text and its index go
  }

  /** Continues an anchoring pass that ran out of time, one slice per turn, so the host stays responsive. */
  private resumeAnchoring(state: ArticleState): void {
    if (this.resuming.has(state)) return;
    this.resuming.add(state);
    setTimeout(() => {
      this.resuming.delete(state);
      if (state.closed || state.unfinished.size === 0) return;
      this.anchorNew(state, state.items.filter((c) => state.unfinished.has(c.id) && !state.ranges.has(c.id)));
      this.changed(state);
    }, 0);
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
    void showWarning(
      `Newsmark: the fact-check file ${name} ${message}. It is left as it is, and the fact checks of ${displayPath(state.document.uri)} are read-only until it is fixed.`,
      'Open File',
    ).then((choice) => {
      if (choice === 'Open File') void vscode.window.showTextDocument(state.location.file);
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
      void showWarning(`Newsmark: the fact checks of ${displayPath(state.document.uri)} are read-only, because ${linkReason(link)}.`);
    }
    return link;
  }

  private async writableState(document: vscode.TextDocument): Promise<ArticleState> {
    let state = this.stateOf(document);
    if (!state) {
      this.track(document, true);
      state = this.stateOf(document);
    }
    if (!state) throw new FactCheckNotice('Fact checks are stored beside the article in its workspace folder: open a folder and save the article in it to add one.', 'info');
    await state.loaded;
    if (state.readOnly !== undefined) {
      throw new FactCheckNotice(`The fact checks of this article are read-only: ${displayPath(state.location.file)} ${state.readOnly}. Fix or remove that file first.`, 'warning');
    }
    // Said before the user picks a status and types a note, rather than when the write fails.
    const link = await this.checkLink(state);
    if (link) throw new FactCheckNotice(`The fact checks of this article are read-only, because ${linkReason(link)}.`, 'warning');
    const readOnlyFolder = readOnlyFileSystem(state.location);
    if (readOnlyFolder !== undefined) throw new FactCheckNotice(`The fact checks of this article are read-only: ${readOnlyFolder}, so they cannot be saved.`, 'warning');
    return state;
  }

  // ---- edits ---------------------------------------------------------------------------------

  private onDidChangeText(event: vscode.TextDocumentChangeEvent): void {
    const state = this.stateOf(event.document);
    if (!state || event.contentChanges.length === 0) return;
    state.document = event.document;
    if (!event.document.isDirty && event.reason === undefined) {
      // Reloaded from disk (or reverted): place everything again from the stored selectors.
      state.ranges.clear();
      this.anchorNew(state, state.items);
    } else {
      const changes: TextChange[] = event.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newTextLength: c.text.length }));
      let text: string | undefined;
      const currentText = () => (text ??= event.document.getText());
      for (const [id, range] of [...state.ranges]) {
        const moved = applyEdits(range, changes, currentText);
        if (moved) state.ranges.set(id, moved);
        else state.ranges.delete(id);
      }
      // Undo and redo may bring back text whose fact check was orphaned (searched again only in a text not searched before).
      if (event.reason !== undefined) this.anchorNew(state, state.items.filter((c) => !state.ranges.has(c.id)));
    }
    this.changed(state);
  }

  /** Saving the article refreshes the selectors, so the file describes the text as saved. */
  private onDidSave(document: vscode.TextDocument): void {
    const state = this.stateOf(document);
    if (!state || state.readOnly !== undefined) return;
    const text = new SelectorText(document.getText());
    let changed = false;
    state.items = state.items.map((check) => {
      const range = state.ranges.get(check.id);
      if (!range) return check;
      const target = targetFor(text, range.start, range.end, state.location.source);
      state.ranges.set(check.id, { start: range.start, end: range.end, exact: text.raw.slice(range.start, range.end) });
      if (sameTarget(target, check.target)) return check;
      changed = true;
      return { ...check, target };
    });
    if (changed) this.scheduleWrite(state);
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
      void showError(`Newsmark: the latest fact-check change was not saved, because ${displayPath(file)} ${outcome.message}.`);
      return;
    }
    if (outcome.kind === 'failed') {
      void showError(
        `Newsmark: could not save fact checks to ${displayPath(file)} (${outcome.message}). The previous file is unchanged; the change is kept in this window.`,
        'Retry',
      ).then((choice) => {
        if (choice === 'Retry' && !state.closed) this.scheduleWrite(state);
      });
      return;
    }
    const { merged } = outcome;
    state.base = merged;
    // Keep changes made while writing, and take in entries that came from the file.
    const previous = new Set(state.items.map((c) => c.id));
    state.items = mergeFactChecks(ours, state.items, merged);
    if (state.closed) return;
    this.anchorNew(state, state.items.filter((c) => !previous.has(c.id)));
    this.changed(state);
    if (!sameList(state.items, state.base)) this.scheduleWrite(state);
  }

  private changed(state: ArticleState): void {
    if (!state.closed) this.changeEmitter.fire(state.document);
  }
}

function linkReason(link: vscode.Uri): string {
  return `${displayPath(link)} is a symbolic link, and Newsmark writes fact checks only to real folders and files inside the workspace folder`;
}

/** Why the annotation file's folder cannot be written, when its file system is read-only. */
function readOnlyFileSystem(location: ArticleLocation): string | undefined {
  if (vscode.workspace.fs.isWritableFileSystem(location.file.scheme) !== false) return undefined;
  return `${location.folder.name} is on a read-only file system`;
}

function sameList(a: readonly FactCheck[], b: readonly FactCheck[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(b.map((c) => [c.id, c]));
  return a.every((c) => {
    const other = byId.get(c.id);
    return other !== undefined && sameFactCheck(c, other);
  });
}

/** The subset of the built-in git extension's API used here. */
interface GitRepository {
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}
interface GitApi {
  repositories: GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
}

/** git's user.name, if the git extension is there and knows it (never in the browser). */
async function gitUserName(uri: vscode.Uri | undefined): Promise<string | undefined> {
  try {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!extension) return undefined;
    const exports = extension.isActive ? extension.exports : await withTimeout(extension.activate(), 3000);
    const api = exports?.getAPI(1);
    const repository = (uri && api?.getRepository(uri)) || api?.repositories[0];
    if (!repository) return undefined;
    const name = (await withTimeout(repository.getConfig('user.name'), 3000)) || (await withTimeout(repository.getGlobalConfig('user.name'), 3000));
    return name?.trim() || undefined;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(promise: Thenable<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}
