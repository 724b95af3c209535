// Highlights: one decoration type per category, created once, applied to every visible editor
// of an annotated document (split views included). Overview ruler marks are separate decoration
// types with at most a few hundred marks each, and in long documents only the lines around the
// visible ones are highlighted, so the number of decorations, and the editor's work per
// keystroke, stays bounded whatever the document's length.
import * as vscode from 'vscode';
import type { Analysis, MentionType, Span } from '../../extractor/types';
import type { AnalysisService } from '../analysis/analysisService';
import { CATEGORIES } from './categories';
import { rulerMarks, spansIn, type SpanIndex } from './decorationRanges';
import { enabledCategories, readVagueDatesMode, SECTION } from '../settings';
import { drawnMentions } from './vagueDates';

/** Up to this many mentions, a document is highlighted in full; above, only near the visible lines. */
const FULL_HIGHLIGHT_LIMIT = 5000;
/** Lines highlighted above and below the visible ones in long documents. */
const WINDOW_MARGIN_LINES = 300;
/** Overview ruler marks per category at most. */
const RULER_MARKS = 600;

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

interface DrawnWindow {
  analysis: Analysis;
  /** The whole document is highlighted. */
  full: boolean;
  fromLine: number;
  toLine: number;
}

interface AnalysisCache {
  index: Map<MentionType, SpanIndex>;
  /** Vague time words drawn fainter (`newsmark.dates.vague: dim`); empty otherwise. */
  vague: SpanIndex;
  vagueRanges?: vscode.Range[];
  fullRanges?: Map<MentionType, vscode.Range[]>;
  rulerRanges?: Map<MentionType, vscode.Range[]>;
}

export class Decorations implements vscode.Disposable {
  private readonly highlightTypes = new Map<MentionType, vscode.TextEditorDecorationType>();
  private readonly rulerTypes = new Map<MentionType, vscode.TextEditorDecorationType>();
  /** Per analysis, shared by all editors of its document. */
  private cache = new WeakMap<Analysis, AnalysisCache>();
  private readonly drawn = new WeakMap<vscode.TextEditor, DrawnWindow>();
  private readonly disposables: vscode.Disposable[] = [];
  private enabled = enabledCategories();
  private vagueMode = readVagueDatesMode();
  /** Vague time words: the date border, dotted and faint, with no background. */
  private readonly vagueType = vscode.window.createTextEditorDecorationType({
    borderColor: themeColorVariable('newsmark.dateBorder'),
    borderWidth: '0 0 1px 0',
    borderStyle: 'dotted',
    opacity: '0.6',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });

  constructor(private readonly service: AnalysisService) {
    for (const category of CATEGORIES) {
      const style = STYLES[category.type];
      const highlight = vscode.window.createTextEditorDecorationType({
        backgroundColor: themeColorVariable(`newsmark.${category.type}Background`),
        borderColor: themeColorVariable(`newsmark.${category.type}Border`),
        borderWidth: style.borderWidth,
        borderStyle: style.borderStyle,
        borderRadius: category.type === 'date' ? '3px' : '2px',
        // Typing at the edge of a mention must not stretch its highlight before re-analysis.
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      const ruler = vscode.window.createTextEditorDecorationType({
        overviewRulerColor: new vscode.ThemeColor(`newsmark.${category.type}OverviewRuler`),
        overviewRulerLane: style.lane,
      });
      this.highlightTypes.set(category.type, highlight);
      this.rulerTypes.set(category.type, ruler);
      this.disposables.push(highlight, ruler);
    }
    this.disposables.push(
      this.vagueType,
      service.onDidUpdate(({ document }) => this.decorateDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.decorate(editor))),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.followScroll(textEditor)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(`${SECTION}.highlight`) && !event.affectsConfiguration(`${SECTION}.dates.vague`)) return;
        this.enabled = enabledCategories();
        const vagueMode = readVagueDatesMode();
        if (vagueMode !== this.vagueMode) this.cache = new WeakMap();
        this.vagueMode = vagueMode;
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
    if (!analysis) {
      this.drawn.delete(editor);
      for (const type of [...this.highlightTypes.values(), ...this.rulerTypes.values(), this.vagueType]) editor.setDecorations(type, []);
      return;
    }
    const cache = this.cacheFor(analysis);
    cache.rulerRanges ??= this.toRanges(editor.document, cache.index, (spans) => rulerMarks(spans, textLength(editor.document), RULER_MARKS));
    for (const [type, decorationType] of this.rulerTypes) {
      editor.setDecorations(decorationType, (this.enabled.has(type) && cache.rulerRanges.get(type)) || []);
    }
    this.drawHighlights(editor, analysis);
  }

  private drawHighlights(editor: vscode.TextEditor, analysis: Analysis): void {
    const document = editor.document;
    const cache = this.cacheFor(analysis);
    let ranges: Map<MentionType, vscode.Range[]>;
    let vagueRanges: vscode.Range[];
    let window: DrawnWindow;
    if (analysis.mentions.length <= FULL_HIGHLIGHT_LIMIT) {
      cache.fullRanges ??= this.toRanges(document, cache.index, (spans) => spans);
      ranges = cache.fullRanges;
      vagueRanges = cache.vagueRanges ??= this.toRanges(document, new Map([['date', cache.vague]]), (spans) => spans).get('date') ?? [];
      window = { analysis, full: true, fromLine: 0, toLine: document.lineCount - 1 };
    } else {
      const [first, last] = visibleLines(editor);
      const fromLine = Math.max(0, first - WINDOW_MARGIN_LINES);
      const toLine = Math.min(document.lineCount - 1, last + WINDOW_MARGIN_LINES);
      const from = document.offsetAt(new vscode.Position(fromLine, 0));
      const to = document.offsetAt(document.lineAt(toLine).range.end);
      ranges = this.toRanges(document, cache.index, (_spans, index) => spansIn(index, from, to));
      vagueRanges = this.toRanges(document, new Map([['date', cache.vague]]), (_spans, index) => spansIn(index, from, to)).get('date') ?? [];
      window = { analysis, full: false, fromLine, toLine };
    }
    for (const [type, decorationType] of this.highlightTypes) {
      editor.setDecorations(decorationType, (this.enabled.has(type) && ranges.get(type)) || []);
    }
    editor.setDecorations(this.vagueType, this.enabled.has('date') ? vagueRanges : []);
    this.drawn.set(editor, window);
  }

  /** In long documents, moves the highlighted window along when the editor scrolls near its edge. */
  private followScroll(editor: vscode.TextEditor): void {
    const window = this.drawn.get(editor);
    if (!window || window.full || this.service.get(editor.document) !== window.analysis) return;
    const [first, last] = visibleLines(editor);
    const slack = WINDOW_MARGIN_LINES / 3;
    const lastLine = editor.document.lineCount - 1;
    const nearTop = window.fromLine > 0 && first < window.fromLine + slack;
    const nearBottom = window.toLine < lastLine && last > window.toLine - slack;
    if (nearTop || nearBottom) this.drawHighlights(editor, window.analysis);
  }

  private cacheFor(analysis: Analysis): AnalysisCache {
    let cache = this.cache.get(analysis);
    if (!cache) {
      const drawn = drawnMentions(analysis, this.vagueMode);
      this.cache.set(analysis, (cache = { index: drawn.byType, vague: drawn.vague }));
    }
    return cache;
  }

  private toRanges(
    document: vscode.TextDocument,
    index: Map<MentionType, SpanIndex>,
    select: (spans: Span[], index: SpanIndex) => Span[],
  ): Map<MentionType, vscode.Range[]> {
    const ranges = new Map<MentionType, vscode.Range[]>();
    for (const [type, spanIndex] of index) {
      ranges.set(
        type,
        select(spanIndex.spans, spanIndex).map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end))),
      );
    }
    return ranges;
  }
}

function visibleLines(editor: vscode.TextEditor): [number, number] {
  const visible = editor.visibleRanges;
  if (visible.length === 0) return [0, 0];
  return [Math.min(...visible.map((r) => r.start.line)), Math.max(...visible.map((r) => r.end.line))];
}

function textLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
