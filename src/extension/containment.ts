// Where Newsmark may write: inside a workspace folder, and through no symbolic link on the way
// there. A cloned repository can make `.newsmark` (or any folder or file below it) a link to a
// place outside the workspace; writing through it would create folders and files there. Links
// are seen with `workspace.fs.stat` (its SymbolicLink bit), so this works on every file system
// that reports links and costs nothing on those that have none.
import * as vscode from 'vscode';

/** The workspace folder that holds `uri`: same scheme and authority, under its path, with no `.` or `..` segment. */
export function workspaceFolderHolding(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  if (uri.path.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== uri.scheme || folder.uri.authority !== uri.authority) continue;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    if (uri.path.startsWith(base) && uri.path.length > base.length) return folder;
  }
  return undefined;
}

/**
 * The first symbolic link on the way from `folder` down to `target` (the target included), if
 * any. What does not exist yet is no link: Newsmark creates it as a real folder or file.
 */
export async function symbolicLinkOnTheWay(folder: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (!target.path.startsWith(base)) return undefined;
  let current = folder;
  for (const segment of target.path.slice(base.length).split('/')) {
    if (segment === '') continue;
    current = vscode.Uri.joinPath(current, segment);
    let type: vscode.FileType;
    try {
      type = (await vscode.workspace.fs.stat(current)).type;
    } catch {
      return undefined;
    }
    if ((type & vscode.FileType.SymbolicLink) !== 0) return current;
  }
  return undefined;
}
