// What the fact-check service keeps per open article, and the small rules about it shared by the
// service's parts: why it cannot be written, and whether two lists of fact checks are the same.
import * as vscode from 'vscode';
import { OrphanMemo, sameFactCheck, SelectorText, type FactCheck, type TrackedRange } from '../../annotations/index';
import { displayPath, type ArticleLocation } from './store';

export interface FactCheckEntry {
  check: FactCheck;
  /** Where it is in the open document now (UTF-16 offsets); absent when orphaned. */
  range?: { start: number; end: number };
}

export interface ArticleState {
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

/** Why a fact-check command cannot run, for the user (not an internal error). */
export class FactCheckNotice extends Error {
  constructor(
    message: string,
    readonly severity: 'info' | 'warning',
  ) {
    super(message);
  }
}

export function linkReason(link: vscode.Uri): string {
  return vscode.l10n.t('{0} is a symbolic link, and Newsmark writes fact checks only to real folders and files inside the workspace folder', displayPath(link));
}

/** Why the annotation file's folder cannot be written, when its file system is read-only. */
export function readOnlyFileSystem(location: ArticleLocation): string | undefined {
  if (vscode.workspace.fs.isWritableFileSystem(location.file.scheme) !== false) return undefined;
  return vscode.l10n.t('{0} is on a read-only file system', location.folder.name);
}

export function sameList(a: readonly FactCheck[], b: readonly FactCheck[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(b.map((c) => [c.id, c]));
  return a.every((c) => {
    const other = byId.get(c.id);
    return other !== undefined && sameFactCheck(c, other);
  });
}
