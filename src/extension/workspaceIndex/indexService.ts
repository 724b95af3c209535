// Keeps the workspace index (src/workspaceIndex/) current: a background scan of every article of
// every workspace folder, a file-system watcher, renamed and removed folders, and the open
// documents, whose analysis wins over the file on disk. Files that cannot be indexed (too large,
// binary, unreadable) are counted in the index and logged, never shown as an error.
import * as vscode from 'vscode';
import type { Analysis } from '../../extractor/types';
import { WorkspaceIndex } from '../../workspaceIndex/workspaceIndex';
import { ingestBytes, ingestText } from '../../workspaceIndex/ingest';
import { recordArticle, type ArticleRecord } from '../../workspaceIndex/record';
import type { AnalysisService } from '../analysis/analysisService';
import { readArticleDate, SECTION } from '../settings';
import { admit } from './admission';
import { symbolicLinkOnTheWay } from '../factCheck/containment';
import { IndexScan } from './scan';

/** Settings whose change means reading the workspace again. */
const RESCAN_SETTINGS = ['include', 'exclude', 'languages', 'maxFileSizeMB', 'files', 'articleDate'].map((s) => `${SECTION}.${s}`);
const CHANGE_DEBOUNCE_MS = 250;

export class IndexService implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private readonly records = new WeakMap<Analysis, ArticleRecord>();
  private readonly scan: IndexScan;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Fires (debounced) after the index changed. */
  readonly onDidChange: vscode.Event<void> = this.changeEmitter.event;

  constructor(
    private readonly service: AnalysisService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.scan = new IndexScan({
      log,
      indexFile: (uri) => this.indexFile(uri),
      isArticle: (uri) => admit(uri, (u) => this.service.fileSwitch(u)).admitted,
    });
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.scan,
      watcher,
      watcher.onDidCreate((uri) => this.scan.enqueue(uri)),
      watcher.onDidChange((uri) => this.scan.enqueue(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          if (!this.index.rename(oldUri.toString(), newUri.toString(), vscode.workspace.getWorkspaceFolder(newUri)?.uri.toString())) this.forget(oldUri);
          this.scan.enqueue(newUri);
        }
        this.changed();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) this.index.deleteFolder(folder.uri.toString());
        for (const folder of event.added) this.scan.scanFolder(folder);
        this.changed();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (RESCAN_SETTINGS.some((setting) => event.affectsConfiguration(setting))) this.rescan();
      }),
      service.onDidUpdate(({ document, analysis }) => this.fromDocument(document, analysis)),
      vscode.workspace.onDidCloseTextDocument((document) => this.scan.enqueue(document.uri)),
      this.scan.onDidIndex(() => this.changed()),
    );
    this.rescan();
  }

  /** The record of an open document: from its current analysis, else from the index when the file is unchanged. */
  recordFor(document: vscode.TextDocument): ArticleRecord | undefined {
    const analysis = this.service.get(document);
    if (analysis) {
      let record = this.records.get(analysis);
      if (!record) {
        record = recordArticle({ uri: document.uri.toString(), folder: folderOf(document.uri), text: document.getText(), analysis, intern: this.index.intern });
        this.records.set(analysis, record);
      }
      return record;
    }
    return document.isDirty ? undefined : this.index.get(document.uri.toString());
  }

  /** Reads every workspace folder again, e.g. after the settings changed. */
  rescan(): void {
    this.index.clear();
    this.scan.scanAll(vscode.workspace.workspaceFolders ?? []);
    this.changed();
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private fromDocument(document: vscode.TextDocument, analysis: Analysis | undefined): void {
    const uri = document.uri.toString();
    if (analysis) {
      if (!vscode.workspace.getWorkspaceFolder(document.uri)) return;
      const record = this.recordFor(document);
      if (record) this.index.set(record);
    } else if (document.isClosed) {
      // Closed, perhaps without saving: the file on disk is the article again.
      this.scan.enqueue(document.uri);
      return;
    } else {
      const state = this.service.state(document);
      if (state?.kind === 'tooLarge') this.index.skip(uri, 'tooLarge');
      else if (state?.kind === 'binary') this.index.skip(uri, 'binary');
      else this.index.delete(uri);
    }
    this.changed();
  }

  /** Reads one file into the index, or takes it out; called by the scan, one file at a time. */
  private async indexFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
    const analysis = open && this.service.get(open);
    if (open && analysis) {
      // The editor's analysis is the article (later ones arrive through onDidUpdate).
      this.fromDocument(open, analysis);
      return;
    }
    const admission = admit(uri, (u) => this.service.fileSwitch(u));
    if (!admission.admitted || !admission.folder) {
      this.index.delete(key);
      return;
    }
    const folder = admission.folder.uri.toString();
    const articleDate = readArticleDate(uri);
    if (open?.isDirty) {
      const result = ingestText({ uri: key, folder, text: open.getText(), articleDate, intern: this.index.intern });
      if (result.kind === 'record') this.index.set(result.record);
      else this.index.skip(key, result.reason);
      return;
    }
    // A cloned repository can link an "article" to any file of the machine (or a folder to any
    // folder): what lies behind a symbolic link is not indexed, and not shown in the Newsroom.
    if (await symbolicLinkOnTheWay(admission.folder.uri, uri)) {
      this.index.skip(key, 'link');
      return;
    }
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      // Folders, and devices or pipes that would never finish reading, are no articles.
      if (!(stat.type & vscode.FileType.File)) {
        this.index.delete(key);
        return;
      }
      if (admission.maxBytes > 0 && stat.size > admission.maxBytes) {
        this.index.skip(key, 'tooLarge');
        return;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        this.index.delete(key);
      } else {
        this.log.info(`Workspace index: could not read ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
        this.index.skip(key, 'unreadable');
      }
      return;
    }
    const result = ingestBytes({ uri: key, folder, bytes, maxBytes: admission.maxBytes, articleDate, intern: this.index.intern });
    if (result.kind === 'record') this.index.set(result.record);
    else {
      this.log.info(`Workspace index: skipped ${uri.toString(true)} (${result.reason})`);
      this.index.skip(key, result.reason);
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    // A deleted folder takes its articles with it.
    const prefix = key.endsWith('/') ? key : `${key}/`;
    let changed = this.index.delete(key);
    for (const record of [...this.index.records()]) if (record.uri.startsWith(prefix)) changed = this.index.delete(record.uri) || changed;
    if (changed) this.changed();
  }

  private changed(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changeEmitter.fire(), CHANGE_DEBOUNCE_MS);
  }
}

function folderOf(uri: vscode.Uri): string {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
}
