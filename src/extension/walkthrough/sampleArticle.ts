// `Newsmark: Open Sample Article` (the walkthrough's first step): opens the short invented article
// shipped in the package (media/sample-article.txt) as an untitled plain-text document. It is read
// through workspace.fs from the extension's own folder, so it works from a VSIX on the desktop and
// in the browser, and it writes nothing into the user's workspace; saving it is the user's choice.
import * as vscode from 'vscode';
import { errorText, showError } from '../ui/notify';
import { COMMANDS } from '../contributes';

export const SAMPLE_ARTICLE_PATH = ['media', 'sample-article.txt'] as const;

export class SampleArticleCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.registration = vscode.commands.registerCommand(COMMANDS.openSampleArticle, () => this.open());
  }

  dispose(): void {
    this.registration.dispose();
  }

  private async open(): Promise<void> {
    let content: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...SAMPLE_ARTICLE_PATH));
      content = new TextDecoder().decode(bytes);
    } catch (error) {
      void showError(vscode.l10n.t('Newsmark could not read its sample article: {0}', errorText(error)));
      return;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(document, { preview: false });
  }
}
