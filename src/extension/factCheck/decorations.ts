// Fact-check decorations: per status a gutter icon, an underline and an overview-ruler mark in the
// status's theme colour, on every visible editor of the article.
import * as vscode from 'vscode';
import { FACT_CHECK_STATUSES, type FactCheckStatus } from '../../annotations/index';
import type { FactCheckService } from './service';
import { statusColor, statusGutterIcon } from './style';

const REFRESH_DELAY_MS = 50;

export class FactCheckDecorations implements vscode.Disposable {
  private readonly types = new Map<FactCheckStatus, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Set<vscode.TextDocument>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    extensionUri: vscode.Uri,
    private readonly service: FactCheckService,
  ) {
    for (const status of FACT_CHECK_STATUSES) {
      const type = vscode.window.createTextEditorDecorationType({
        gutterIconPath: statusGutterIcon(extensionUri, status),
        gutterIconSize: '80%',
        borderColor: statusColor(status),
        borderStyle: 'solid',
        borderWidth: '0 0 2px 0',
        overviewRulerColor: statusColor(status),
        overviewRulerLane: vscode.OverviewRulerLane.Full,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(status, type);
      this.disposables.push(type);
    }
    this.disposables.push(
      service.onDidChange((document) => this.schedule(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.decorate(editor))),
      { dispose: () => clearTimeout(this.timer) },
    );
    vscode.window.visibleTextEditors.forEach((editor) => this.decorate(editor));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** Typing fires many changes; VS Code moves decorations itself meanwhile, so refresh a little later. */
  private schedule(document: vscode.TextDocument): void {
    this.pending.add(document);
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const documents = [...this.pending];
      this.pending.clear();
      for (const editor of vscode.window.visibleTextEditors) if (documents.includes(editor.document)) this.decorate(editor);
    }, REFRESH_DELAY_MS);
  }

  private decorate(editor: vscode.TextEditor): void {
    const document = editor.document;
    const byStatus = new Map<FactCheckStatus, vscode.Range[]>(FACT_CHECK_STATUSES.map((s) => [s, []]));
    for (const entry of this.service.entries(document)) {
      if (!entry.range) continue;
      byStatus.get(entry.check.status)!.push(new vscode.Range(document.positionAt(entry.range.start), document.positionAt(entry.range.end)));
    }
    for (const [status, type] of this.types) editor.setDecorations(type, byStatus.get(status)!);
  }
}
