// The article the sidebar, status bar and commands work on: the document of the active editor,
// kept while focus is in a panel or view. Also maintains the context keys used in `when` clauses.
import * as vscode from 'vscode';
import type { Analysis } from '../../extractor/types';
import { IGNORED_SCHEMES, type AnalysisService } from './analysisService';
import type { InclusionVerdict } from './inclusion';

/** Values of the `newsmark.state` context key. */
export type ArticleState = 'none' | 'annotated' | 'off' | 'notIncluded' | 'binary' | 'tooLarge';

export class ActiveArticle implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private lastState: ArticleState | undefined;

  /** Fires when the active article changes, its state changes or it is re-analysed. */
  readonly onDidChange: vscode.Event<void> = this.changeEmitter.event;

  constructor(private readonly service: AnalysisService) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) {
          if (!IGNORED_SCHEMES.has(editor.document.uri.scheme)) this.setCurrent(editor.document);
        } else {
          this.dropIfHidden();
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        if (!vscode.window.activeTextEditor) this.dropIfHidden();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.current) this.setCurrent(vscode.window.activeTextEditor?.document);
      }),
      service.onDidUpdate(({ document }) => {
        if (document === this.current) this.changed();
      }),
      service.onDidChangeState((document) => {
        if (document === this.current) this.changed();
      }),
    );
    const initial = vscode.window.activeTextEditor?.document;
    this.setCurrent(initial && !IGNORED_SCHEMES.has(initial.uri.scheme) ? initial : undefined);
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  get analysis(): Analysis | undefined {
    return this.current ? this.service.get(this.current) : undefined;
  }

  get verdict(): InclusionVerdict | undefined {
    return this.current ? this.service.state(this.current) : undefined;
  }

  get state(): ArticleState {
    const verdict = this.verdict;
    if (!verdict) return 'none';
    return verdict.kind === 'annotate' ? 'annotated' : verdict.kind;
  }

  /** The visible editor showing the article, preferring the active one. */
  get editor(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active && active.document === this.current) return active;
    return vscode.window.visibleTextEditors.find((editor) => editor.document === this.current);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /**
   * With no active text editor (all closed, or a settings or image editor in front), the article
   * stays current only while it is still on screen in another editor group.
   */
  private dropIfHidden(): void {
    const current = this.current;
    if (current && (current.isClosed || !vscode.window.visibleTextEditors.some((editor) => editor.document === current))) {
      this.setCurrent(undefined);
    }
  }

  private setCurrent(document: vscode.TextDocument | undefined): void {
    if (document === this.current) return;
    this.current = document;
    this.changed();
  }

  private changed(): void {
    const state = this.state;
    if (state !== this.lastState) {
      this.lastState = state;
      void vscode.commands.executeCommand('setContext', 'newsmark.state', state);
      void vscode.commands.executeCommand('setContext', 'newsmark.annotated', state === 'annotated');
    }
    this.changeEmitter.fire();
  }
}
