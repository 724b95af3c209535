// Reading and writing annotation files through `vscode.workspace.fs` only (works in the browser
// too). Writes are atomic — a temporary file beside the target, then a rename — and every
// operation on one file runs after the previous one finished, so two quick changes never
// interleave.
import * as vscode from 'vscode';
import {
  annotationFilePath,
  DEFAULT_ANNOTATIONS_FOLDER,
  normalizeAnnotationsFolder,
  readFactChecks,
  relativeArticlePath,
  saveFactChecks,
  type AnnotationFs,
  type FactCheck,
  type FileContent,
  type ReadOutcome,
  type SaveOutcome,
} from '../../annotations/index';

export interface ArticleLocation {
  folder: vscode.WorkspaceFolder;
  /** The article's path relative to its workspace folder: the annotations' `target.source`. */
  source: string;
  /** The annotation file. */
  file: vscode.Uri;
}

/** The annotations folder of a workspace folder (setting `newsmark.annotationsFolder`). */
export function annotationsFolderOf(folder: vscode.WorkspaceFolder): string {
  const setting = vscode.workspace.getConfiguration('newsmark', folder.uri).get<unknown>('annotationsFolder');
  return normalizeAnnotationsFolder(setting) ?? DEFAULT_ANNOTATIONS_FOLDER;
}

/** Where the fact checks of `article` are stored; `undefined` outside workspace folders and for annotation files themselves. */
export function locateArticle(article: vscode.Uri): ArticleLocation | undefined {
  if (article.scheme === 'untitled') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(article);
  if (!folder) return undefined;
  const source = relativeArticlePath(folder.uri.path, article.path);
  if (!source) return undefined;
  const filePath = annotationFilePath(annotationsFolderOf(folder), source);
  if (!filePath) return undefined;
  return { folder, source, file: vscode.Uri.joinPath(folder.uri, ...filePath.split('/')) };
}

/** A user-facing path: relative to the workspace folder when there is one. */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
}

function errorMessage(error: unknown): string {
  if (error instanceof vscode.FileSystemError) return error.code && error.code !== 'Unknown' ? `${error.code}: ${error.message}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/** `vscode.workspace.fs` for the file-format-independent saving logic in annotations/persist.ts. */
export class FactCheckStore implements AnnotationFs<vscode.Uri> {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /** Runs `task` after every earlier task on the same file has finished. */
  serialize<T>(file: vscode.Uri, task: () => Promise<T>): Promise<T> {
    const key = file.toString();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }

  /** Reads and validates an annotation file. A missing file is an empty, valid one. Never throws. */
  load(file: vscode.Uri): Promise<ReadOutcome> {
    return readFactChecks(this, file);
  }

  async read(file: vscode.Uri): Promise<FileContent> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(file);
    } catch (error) {
      if (isNotFound(error)) return { kind: 'missing' };
      return { kind: 'error', message: errorMessage(error) };
    }
    try {
      return { kind: 'text', text: this.decoder.decode(bytes) };
    } catch {
      return { kind: 'error', message: vscode.l10n.t('not valid UTF-8') };
    }
  }

  /** Re-reads, merges and writes atomically (see annotations/persist.ts). Never throws. */
  save(file: vscode.Uri, base: readonly FactCheck[], ours: readonly FactCheck[]): Promise<SaveOutcome> {
    return saveFactChecks(this, file, base, ours);
  }

  async createParent(file: vscode.Uri): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
  }

  async writeFile(file: vscode.Uri, content: string): Promise<void> {
    try {
      await vscode.workspace.fs.writeFile(file, this.encoder.encode(content));
    } catch (error) {
      throw new Error(errorMessage(error));
    }
  }

  async rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    try {
      await vscode.workspace.fs.rename(from, to, { overwrite: true });
    } catch (error) {
      throw new Error(errorMessage(error));
    }
  }

  async delete(file: vscode.Uri): Promise<void> {
    await vscode.workspace.fs.delete(file, { useTrash: false });
  }

  temporaryFor(file: vscode.Uri): vscode.Uri {
    return file.with({ path: `${file.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  }
}
