// Reading and writing annotation files through `vscode.workspace.fs` only (works in the browser
// too). Writes are atomic — a temporary file beside the target, then a rename — and every
// operation on one file runs after the previous one finished, so two quick changes never
// interleave.
import * as vscode from 'vscode';
import {
  annotationFilePath,
  DEFAULT_ANNOTATIONS_FOLDER,
  normalizeAnnotationsFolder,
  parseAnnotationFile,
  relativeArticlePath,
  type FactCheck,
} from '../annotations/index';

export interface ArticleLocation {
  folder: vscode.WorkspaceFolder;
  /** The article's path relative to its workspace folder: the annotations' `target.source`. */
  source: string;
  /** The annotation file. */
  file: vscode.Uri;
}

export type ReadResult =
  | { kind: 'ok'; items: FactCheck[]; /** File content, `undefined` when there is no file yet. */ text: string | undefined }
  | { kind: 'invalid'; message: string };

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

export class FactCheckStore {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

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
  async read(file: vscode.Uri): Promise<ReadResult> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(file);
    } catch (error) {
      if (isNotFound(error)) return { kind: 'ok', items: [], text: undefined };
      return { kind: 'invalid', message: `cannot be read (${errorMessage(error)})` };
    }
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      return { kind: 'invalid', message: 'is not valid UTF-8' };
    }
    const parsed = parseAnnotationFile(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return parsed.ok ? { kind: 'ok', items: parsed.items, text } : { kind: 'invalid', message: `is ${parsed.error.startsWith('not ') ? '' : 'invalid: '}${parsed.error}` };
  }

  /**
   * Replaces the file's content atomically: the new content is written to a temporary file in the
   * same folder and renamed over the old one, so a failure leaves the previous file intact.
   * Throws with a readable message on failure.
   */
  async write(file: vscode.Uri, content: string): Promise<void> {
    const directory = vscode.Uri.joinPath(file, '..');
    const temporary = file.with({ path: `${file.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
    try {
      await vscode.workspace.fs.createDirectory(directory);
      await vscode.workspace.fs.writeFile(temporary, this.encoder.encode(content));
      await vscode.workspace.fs.rename(temporary, file, { overwrite: true });
    } catch (error) {
      try {
        await vscode.workspace.fs.delete(temporary, { useTrash: false });
      } catch {
        // The temporary file may never have been created.
      }
      throw new Error(errorMessage(error));
    }
  }
}
