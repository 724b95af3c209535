// Reads files into the workspace index in the background, one at a time, giving the extension
// host back its turn between files so that the window stays responsive. A full scan that runs
// longer than a second shows a cancellable progress notification.
import * as vscode from 'vscode';
import { searchGlobs } from './admission';

/** Work done between two yields to the extension host. */
const SLICE_MS = 12;
/** A scan shows its progress once it has run this long. */
const PROGRESS_AFTER_MS = 1000;

/** A folder walked by hand (no search provider) is listed up to this many entries. */
const MAX_WALK_ENTRIES = 50_000;

export interface IndexScanOptions {
  log: vscode.LogOutputChannel;
  /** Indexes (or takes out) one file. */
  indexFile: (uri: vscode.Uri) => Promise<void>;
  /** Whether a file found by walking a folder is an article (findFiles applies the globs itself). */
  isArticle: (uri: vscode.Uri) => boolean;
}

export class IndexScan implements vscode.Disposable {
  private readonly queue = new Map<string, vscode.Uri>();
  private readonly indexEmitter = new vscode.EventEmitter<void>();
  private running: Promise<void> | undefined;
  private disposed = false;
  /** Bumped by every full scan and by a cancel: an older scan's listing stops being queued. */
  private generation = 0;
  private progress: ScanProgress | undefined;
  private cancelled = false;

  /** Fires after a batch of files was indexed. */
  readonly onDidIndex: vscode.Event<void> = this.indexEmitter.event;

  constructor(private readonly options: IndexScanOptions) {}

  /** Lists and reads every article of `folders` (after a short pause, so activation finishes first). */
  scanAll(folders: readonly vscode.WorkspaceFolder[]): void {
    const generation = ++this.generation;
    this.queue.clear();
    this.progress?.finish?.();
    this.progress = undefined;
    this.cancelled = false;
    const started = Date.now();
    void (async () => {
      await pause(0);
      const uris: vscode.Uri[] = [];
      for (const folder of folders) uris.push(...(await this.list(folder)));
      if (generation !== this.generation || this.disposed) return;
      this.progress = { total: uris.length, done: 0 };
      for (const uri of uris) this.queue.set(uri.toString(), uri);
      this.options.log.info(`Workspace index: ${uris.length} files to read in ${folders.length} folder(s)`);
      const timer = setTimeout(() => this.showProgress(), PROGRESS_AFTER_MS);
      await this.drain();
      clearTimeout(timer);
      if (generation === this.generation) {
        this.options.log.info(`Workspace index: ${this.cancelled ? 'cancelled' : 'complete'} after ${Date.now() - started} ms`);
        this.progress?.finish?.();
        this.progress = undefined;
      }
    })();
  }

  scanFolder(folder: vscode.WorkspaceFolder): void {
    void this.list(folder).then((uris) => {
      for (const uri of uris) this.enqueue(uri);
    });
  }

  /** Reads one file again (created, changed, closed). */
  enqueue(uri: vscode.Uri): void {
    if (this.disposed) return;
    this.queue.set(uri.toString(), uri);
    void this.drain();
  }

  dispose(): void {
    this.disposed = true;
    this.queue.clear();
    this.indexEmitter.dispose();
  }

  private async list(folder: vscode.WorkspaceFolder): Promise<vscode.Uri[]> {
    const globs = searchGlobs(folder);
    if (globs.length === 0) return [];
    let found: vscode.Uri[] = [];
    try {
      // The exclude setting is applied per file (admission.ts); files.exclude applies here.
      found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, globs.length === 1 ? globs[0] : `{${globs.join(',')}}`));
    } catch (error) {
      this.options.log.info(`Workspace index: could not search ${folder.uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    // A virtual file system may have no search provider: walk it through workspace.fs instead.
    if (found.length === 0 && folder.uri.scheme !== 'file') found = await this.walk(folder.uri);
    return found;
  }

  private async walk(root: vscode.Uri): Promise<vscode.Uri[]> {
    const found: vscode.Uri[] = [];
    const pending = [root];
    let seen = 0;
    while (pending.length > 0 && seen < MAX_WALK_ENTRIES && !this.disposed) {
      const dir = pending.pop() as vscode.Uri;
      let entries: [string, vscode.FileType][] = [];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        continue;
      }
      for (const [name, type] of entries) {
        if (++seen > MAX_WALK_ENTRIES) break;
        const uri = vscode.Uri.joinPath(dir, name);
        // Symbolic links are not followed: a link may lead out of the folder or round in a circle.
        if (type & vscode.FileType.SymbolicLink) continue;
        if (type & vscode.FileType.Directory) {
          if (name !== 'node_modules' && !name.startsWith('.')) pending.push(uri);
        } else if (type & vscode.FileType.File && this.options.isArticle(uri)) {
          found.push(uri);
        }
      }
    }
    return found;
  }

  /** Reads the queued files; resolves when the queue is empty. */
  private drain(): Promise<void> {
    this.running ??= this.work().finally(() => {
      this.running = undefined;
      if (!this.disposed) this.indexEmitter.fire();
    });
    return this.running;
  }

  private async work(): Promise<void> {
    let sliceStart = Date.now();
    let sinceEvent = 0;
    while (this.queue.size > 0 && !this.disposed) {
      const [key, uri] = this.queue.entries().next().value as [string, vscode.Uri];
      this.queue.delete(key);
      try {
        await this.options.indexFile(uri);
      } catch (error) {
        this.options.log.warn(`Workspace index: ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      sinceEvent++;
      if (this.progress) {
        this.progress.done++;
        this.progress.report?.(100 / Math.max(1, this.progress.total), this.progress.done, this.progress.total);
      }
      if (Date.now() - sliceStart > SLICE_MS) {
        await pause(0);
        sliceStart = Date.now();
      }
      if (sinceEvent >= 200) {
        sinceEvent = 0;
        this.indexEmitter.fire();
      }
    }
  }

  private showProgress(): void {
    const progress = this.progress;
    if (!progress || this.queue.size === 0) return;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newsmark: indexing articles'), cancellable: true },
      (reporter, token) =>
        new Promise<void>((resolve) => {
          progress.finish = resolve;
          progress.report = (increment, done, total) => {
            reporter.report({ increment, message: vscode.l10n.t('{0} of {1}', done, total) });
            if (done >= total) resolve();
          };
          token.onCancellationRequested(() => {
            this.cancelled = true;
            this.generation++;
            this.queue.clear();
            resolve();
          });
          if (progress.done >= progress.total) resolve();
        }),
    );
  }
}

interface ScanProgress {
  total: number;
  done: number;
  report?: (increment: number, done: number, total: number) => void;
  /** Closes the notification. */
  finish?: () => void;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
