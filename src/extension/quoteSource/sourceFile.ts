// Source files for checking quotes: read through workspace.fs only, inside a workspace folder,
// through no symbolic link, within the size limit (newsmark.maxFileSizeMB), and only when they
// are UTF-8 text. Their content is data: it is matched and shown as text, never run or followed.
import * as vscode from 'vscode';
import { normalizeSourcePath, relativeArticlePath } from '../../annotations/index';
import { symbolicLinkOnTheWay, workspaceFolderHolding } from '../factCheck/containment';
import { readDocumentSettings } from '../settings';

export type SourceText = { kind: 'text'; text: string } | { kind: 'refused'; reason: string };

/** Files listed per folder check, at most, and folders descended. */
const MAX_FOLDER_FILES = 500;
const MAX_DEPTH = 8;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The source's path as stored on a fact check: relative to the article's workspace folder. */
export function sourcePathIn(folder: vscode.WorkspaceFolder, source: vscode.Uri): string | undefined {
  if (workspaceFolderHolding(source)?.uri.toString() !== folder.uri.toString()) return undefined;
  const relative = relativeArticlePath(folder.uri.path, source.path);
  return relative === undefined ? undefined : normalizeSourcePath(relative);
}

/** A stored source path back to a file of `folder`; undefined when it would leave the folder. */
export function sourceUriIn(folder: vscode.WorkspaceFolder, path: string): vscode.Uri | undefined {
  const clean = normalizeSourcePath(path);
  if (clean === undefined) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, ...clean.split('/'));
  return workspaceFolderHolding(uri)?.uri.toString() === folder.uri.toString() ? uri : undefined;
}

/** The text of a source file, or why it is not read. */
export async function readSourceText(uri: vscode.Uri): Promise<SourceText> {
  const folder = workspaceFolderHolding(uri);
  if (!folder) return { kind: 'refused', reason: vscode.l10n.t('it is not inside a workspace folder') };
  if (await symbolicLinkOnTheWay(folder.uri, uri)) return { kind: 'refused', reason: vscode.l10n.t('it is reached through a symbolic link') };
  let size: number;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0) return { kind: 'refused', reason: vscode.l10n.t('it is not a file') };
    size = stat.size;
  } catch (error) {
    return { kind: 'refused', reason: vscode.l10n.t('it cannot be read ({0})', error instanceof Error ? error.message : String(error)) };
  }
  const { maxFileSizeMB } = readDocumentSettings(uri);
  if (maxFileSizeMB > 0 && size > maxFileSizeMB * 1024 * 1024) {
    return { kind: 'refused', reason: vscode.l10n.t('it is larger than the {0} MB limit (newsmark.maxFileSizeMB)', maxFileSizeMB) };
  }
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return { kind: 'refused', reason: vscode.l10n.t('it cannot be read ({0})', error instanceof Error ? error.message : String(error)) };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { kind: 'refused', reason: vscode.l10n.t('it is not UTF-8 text') };
  }
  if (text.includes('\u0000')) return { kind: 'refused', reason: vscode.l10n.t('it is not UTF-8 text') };
  return { kind: 'text', text };
}

/** The files below `folder` (not through links, not in dot folders), sorted, at most MAX_FOLDER_FILES. */
export async function filesBelow(folder: vscode.Uri): Promise<{ files: vscode.Uri[]; truncated: boolean }> {
  const files: vscode.Uri[] = [];
  let truncated = false;
  const visit = async (dir: vscode.Uri, depth: number): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, type] of entries) {
      if ((type & vscode.FileType.SymbolicLink) !== 0) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      if ((type & vscode.FileType.Directory) !== 0) {
        if (!name.startsWith('.') && depth < MAX_DEPTH) await visit(uri, depth + 1);
      } else if ((type & vscode.FileType.File) !== 0) {
        if (files.length >= MAX_FOLDER_FILES) {
          truncated = true;
          return;
        }
        files.push(uri);
      }
    }
  };
  await visit(folder, 0);
  return { files, truncated };
}
