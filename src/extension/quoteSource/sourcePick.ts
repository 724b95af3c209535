// Choosing the source to check a quote against: the one last used for this article, the fact
// check's own source passages, the text files of the workspace folder, or any file through the
// open dialog. Paths are shown as text (safeText), never as links or icons.
import * as vscode from 'vscode';
import type { SourcePassage } from '../../annotations/index';
import { annotationsFolderOf } from '../factCheck/store';
import { safeText } from '../ui/safeText';
import { sourceUriIn } from './sourceFile';

/** Workspace text files offered in the quick pick, at most. */
const MAX_LISTED = 300;

export interface SourcePickOptions {
  folder: vscode.WorkspaceFolder;
  article: vscode.Uri;
  /** The source last used for this article (a URI string from workspace state). */
  remembered?: string;
  passages: readonly SourcePassage[];
}

type Item = vscode.QuickPickItem & { uri?: vscode.Uri };

export async function pickSource(options: SourcePickOptions): Promise<vscode.Uri | undefined> {
  const { folder, article } = options;
  const items: Item[] = [];
  const seen = new Set<string>([article.toString()]);
  const add = (uri: vscode.Uri | undefined, description?: string) => {
    if (!uri || seen.has(uri.toString())) return;
    seen.add(uri.toString());
    items.push({ label: safeText(vscode.workspace.asRelativePath(uri, false)), description, uri });
  };
  if (options.remembered) {
    try {
      add(vscode.Uri.parse(options.remembered, true), vscode.l10n.t('last used'));
    } catch {
      // A stale or odd value is simply not offered.
    }
  }
  for (const passage of options.passages) add(sourceUriIn(folder, passage.source), vscode.l10n.t('source of the fact check'));
  const annotations = annotationsFolderOf(folder);
  const files = await vscode.workspace.findFiles(
    new vscode.RelativePattern(folder, '**/*.{txt,text,md,markdown}'),
    new vscode.RelativePattern(folder, `{**/node_modules/**,${annotations}/**}`),
    MAX_LISTED,
  );
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const uri of files) add(uri);
  const browse: Item = { label: vscode.l10n.t('Choose a File…'), alwaysShow: true };
  const picked = await vscode.window.showQuickPick([...items, browse], {
    title: vscode.l10n.t('Check Quote Against Source'),
    placeHolder: vscode.l10n.t('A transcript, press release or earlier article in the workspace'),
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const [chosen] = (await vscode.window.showOpenDialog({ canSelectFiles: true, canSelectFolders: false, canSelectMany: false, defaultUri: folder.uri, openLabel: vscode.l10n.t('Check Against This File') })) ?? [];
  return chosen;
}
