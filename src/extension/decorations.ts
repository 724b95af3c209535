// Highlights: one decoration type per category, created once, applied to every visible editor
// of an annotated document (split views included).
import * as vscode from 'vscode';
import type { Analysis, MentionType } from '../extractor/types';
import type { AnalysisService } from './analysisService';
import { CATEGORIES } from './categories';
import { enabledCategories, SECTION } from './settings';

interface CategoryStyle {
  borderWidth: string;
  borderStyle: string;
  lane: vscode.OverviewRulerLane;
}

// Each category has its own border shape as well as its own colour, so categories stay apart
// for colour-blind readers and in high-contrast themes (where backgrounds are transparent).
const STYLES: Record<MentionType, CategoryStyle> = {
  person: { borderWidth: '0 0 2px 0', borderStyle: 'solid', lane: vscode.OverviewRulerLane.Right },
  place: { borderWidth: '0 0 2px 0', borderStyle: 'dotted', lane: vscode.OverviewRulerLane.Center },
  organization: { borderWidth: '0 0 1px 0', borderStyle: 'dashed', lane: vscode.OverviewRulerLane.Center },
  date: { borderWidth: '1px', borderStyle: 'solid', lane: vscode.OverviewRulerLane.Center },
  quote: { borderWidth: '0 0 1px 0', borderStyle: 'dashed', lane: vscode.OverviewRulerLane.Left },
};

/**
 * A contributed theme colour as the CSS variable the workbench defines for it. Unlike a
 * `ThemeColor`, which is resolved to a fixed value when the rule is written, the variable
 * follows theme switches and `workbench.colorCustomizations` live, and names its colour id in the
 * DOM. The overview ruler is painted on a canvas and needs a `ThemeColor` instead.
 */
function themeColorVariable(id: string): string {
  return `var(--vscode-${id.replace(/\./g, '-')})`;
}

export class Decorations implements vscode.Disposable {
  private readonly types = new Map<MentionType, vscode.TextEditorDecorationType>();
  /** Ranges per category, computed once per analysis and shared by all editors of the document. */
  private readonly rangeCache = new WeakMap<Analysis, Map<MentionType, vscode.Range[]>>();
  private readonly disposables: vscode.Disposable[] = [];
  private enabled = enabledCategories();

  constructor(private readonly service: AnalysisService) {
    for (const category of CATEGORIES) {
      const style = STYLES[category.type];
      const type = vscode.window.createTextEditorDecorationType({
        backgroundColor: themeColorVariable(`newsmark.${category.type}Background`),
        borderColor: themeColorVariable(`newsmark.${category.type}Border`),
        borderWidth: style.borderWidth,
        borderStyle: style.borderStyle,
        borderRadius: category.type === 'date' ? '3px' : '2px',
        overviewRulerColor: new vscode.ThemeColor(`newsmark.${category.type}OverviewRuler`),
        overviewRulerLane: style.lane,
        // Typing at the edge of a mention must not stretch its highlight before re-analysis.
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(category.type, type);
      this.disposables.push(type);
    }
    this.disposables.push(
      service.onDidUpdate(({ document }) => this.decorateDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.decorate(editor))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(`${SECTION}.highlight`)) return;
        this.enabled = enabledCategories();
        vscode.window.visibleTextEditors.forEach((editor) => this.decorate(editor));
      }),
    );
    vscode.window.visibleTextEditors.forEach((editor) => this.decorate(editor));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private decorateDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this.decorate(editor);
    }
  }

  private decorate(editor: vscode.TextEditor): void {
    const analysis = this.service.get(editor.document);
    const ranges = analysis ? this.rangesFor(editor.document, analysis) : undefined;
    for (const [type, decorationType] of this.types) {
      editor.setDecorations(decorationType, (this.enabled.has(type) && ranges?.get(type)) || []);
    }
  }

  private rangesFor(document: vscode.TextDocument, analysis: Analysis): Map<MentionType, vscode.Range[]> {
    let ranges = this.rangeCache.get(analysis);
    if (!ranges) {
      ranges = new Map(CATEGORIES.map((c) => [c.type, [] as vscode.Range[]]));
      for (const mention of analysis.mentions) {
        ranges.get(mention.type)?.push(new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
      }
      this.rangeCache.set(analysis, ranges);
    }
    return ranges;
  }
}
