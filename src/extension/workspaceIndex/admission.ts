// Which files on disk the workspace index reads: the rules of one open article (inclusion.ts)
// applied to a file that is not open. A file's language is known only once it is open, so for
// files on disk `newsmark.languages` stands for the file name extensions of those languages;
// open documents of any listed language are indexed from the editor.
import * as vscode from 'vscode';
import { readDocumentSettings } from '../settings';

/** File name globs of the languages whose files the index finds on disk. */
const LANGUAGE_GLOBS: Readonly<Record<string, readonly string[]>> = {
  plaintext: ['**/*.txt', '**/*.text'],
  markdown: ['**/*.md', '**/*.markdown', '**/*.mdown', '**/*.mkd'],
};

export interface Admission {
  /** The file is an article of a workspace folder by the settings (size aside). */
  admitted: boolean;
  folder?: vscode.WorkspaceFolder;
  /** `newsmark.maxFileSizeMB` in bytes; 0 for no limit. */
  maxBytes: number;
}

export type FileSwitch = (uri: vscode.Uri) => boolean | undefined;

/** The globs `findFiles` looks for in a folder: `newsmark.include` and the languages' extensions. */
export function searchGlobs(folder: vscode.WorkspaceFolder): string[] {
  const { include, languages } = readDocumentSettings(folder.uri);
  return [...new Set([...include, ...languages.flatMap((language) => LANGUAGE_GLOBS[language] ?? [])])];
}

export function admit(uri: vscode.Uri, fileSwitch: FileSwitch): Admission {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const settings = readDocumentSettings(uri);
  const maxBytes = settings.maxFileSizeMB > 0 ? settings.maxFileSizeMB * 1024 * 1024 : 0;
  if (!folder) return { admitted: false, maxBytes };
  const switched = fileSwitch(uri);
  if (switched !== undefined) return { admitted: switched, folder, maxBytes };
  // VS Code's own glob engine, as for open documents; a file on disk has no language yet.
  const probe = { uri, languageId: '', fileName: uri.fsPath, isUntitled: false } as unknown as vscode.TextDocument;
  const matches = (pattern: string) => vscode.languages.match({ pattern }, probe) > 0;
  if (settings.exclude.some(matches)) return { admitted: false, folder, maxBytes };
  const globs = [...settings.include, ...settings.languages.flatMap((language) => LANGUAGE_GLOBS[language] ?? [])];
  return { admitted: globs.some(matches), folder, maxBytes };
}
