// Articles renamed or moved in VS Code take their annotation files along, never through a
// symbolic link and never over an existing file.
import * as vscode from 'vscode';
import { ANNOTATION_FILE_SUFFIX } from '../../annotations/index';
import { errorText, showWarning } from '../ui/notify';
import { linkReason } from './articleState';
import { symbolicLinkOnTheWay } from './containment';
import { displayPath, locateArticle, type FactCheckStore } from './store';

export interface MoveOptions {
  store: FactCheckStore;
  /** Reloads the open articles whose annotation file is `target` or lies below it. */
  reloadUnder(target: vscode.Uri): void;
}

/**
 * Articles renamed or moved in VS Code take their annotation files (or, for a folder, the
 * mirrored folder) along. The watcher then loads them for the renamed documents.
 */
export async function moveAnnotationFiles(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[], options: MoveOptions): Promise<void> {
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
      void showWarning(vscode.l10n.t('Newsmark: the fact checks of {0} stay in {1}; they were not moved, because {2}.', displayPath(oldUri), displayPath(source), linkReason(link)));
      continue;
    }
    try {
      await options.store.serialize(from.file, () => options.store.serialize(to.file, async () => {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
        await vscode.workspace.fs.rename(source, target, { overwrite: false });
      }));
      // Documents already reopened under their new names load what was just moved.
      options.reloadUnder(target);
    } catch (error) {
      void showWarning(
        vscode.l10n.t('Newsmark: the fact checks of {0} stay in {1}; they could not be moved to {2} ({3}).', displayPath(oldUri), displayPath(source), displayPath(target), errorText(error)),
      );
    }
  }
}
