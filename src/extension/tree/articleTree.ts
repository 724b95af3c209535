// The "Article" view: People, Places, Dates and Quotes of the active article, each with its
// count, down to single mentions. Clicking a mention or quote selects it in the article.
import * as vscode from 'vscode';
import type { Analysis, DateMention, Entity, Mention, Quote } from '../../extractor/types';
import type { ActiveArticle } from '../analysis/activeArticle';
import { CATEGORIES, categoryName, type CategoryInfo } from '../highlights/categories';
import { REVEAL_RANGE_COMMAND } from '../hover/hoverContent';
import { firstWords, linePreview, oneLine, truncate } from '../ui/preview';
import { safeHighlightedLabel, safeLines, safeText } from '../ui/safeText';
import { isCategoryEnabled, readVagueDatesMode, SECTION } from '../settings';
import { groupDates, groupQuotesBySpeaker, type DateGroup, type SpeakerGroup } from './treeModel';
import { isVagueDate } from '../highlights/vagueDates';

/** A node contributed by another feature (e.g. fact checks) through `registerSection`. */
export interface ArticleTreeEntry {
  label: string;
  id?: string;
  description?: string;
  tooltip?: string | vscode.MarkdownString;
  iconPath?: vscode.ThemeIcon;
  contextValue?: string;
  /** Run on click; by default a click on an entry with a span selects that span. */
  command?: vscode.Command;
  span?: { start: number; end: number };
  children?: ArticleTreeEntry[];
  expanded?: boolean;
  /** Anything the contributing feature needs back in its menu commands. */
  data?: unknown;
}

export interface ArticleTreeSection {
  /** Sections are shown after the built-in groups, in ascending order. */
  readonly order: number;
  /** Fire to rebuild the tree. */
  readonly onDidChange?: vscode.Event<void>;
  build(document: vscode.TextDocument, analysis: Analysis): ArticleTreeEntry | undefined;
}

/** Tree elements; menu commands of the view receive them as their first argument. */
export type ArticleTreeNode =
  | { kind: 'group'; document: vscode.TextDocument; category: CategoryInfo; count: number; children: () => ArticleTreeNode[] }
  | { kind: 'entity'; document: vscode.TextDocument; entity: Entity; mentions: Mention[] }
  | { kind: 'dateGroup'; document: vscode.TextDocument; group: DateGroup }
  | { kind: 'speaker'; document: vscode.TextDocument; group: SpeakerGroup; expanded: boolean }
  | { kind: 'mention'; document: vscode.TextDocument; start: number; end: number; icon: string }
  | { kind: 'quote'; document: vscode.TextDocument; quote: Quote }
  | { kind: 'entry'; document: vscode.TextDocument; entry: ArticleTreeEntry; path: string }
  | { kind: 'more'; document: vscode.TextDocument; parentId: string; hidden: number };

/** Children listed under one node at most; the rest are reached with Go to Entity/Quote. */
const MAX_CHILDREN = 500;
const EXPAND_SPEAKERS_UP_TO = 60;

export class ArticleTree implements vscode.TreeDataProvider<ArticleTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ArticleTreeNode | undefined>();
  private readonly sections = new Set<ArticleTreeSection>();
  /** Lets another feature (fact checks) mark quote entries with its own icon, e.g. a status. */
  quoteIcon?: (document: vscode.TextDocument, quote: Quote) => vscode.ThemeIcon | undefined;
  private readonly view: vscode.TreeView<ArticleTreeNode>;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly article: ActiveArticle) {
    this.view = vscode.window.createTreeView('newsmark.article', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      article.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.highlight.organizations`) || event.affectsConfiguration(`${SECTION}.dates.vague`)) this.refresh();
      }),
    );
    this.refresh();
  }

  /** Adds a top-level section after the built-in groups. */
  registerSection(section: ArticleTreeSection): vscode.Disposable {
    this.sections.add(section);
    const listener = section.onDidChange?.(() => this.refresh());
    this.refresh();
    return new vscode.Disposable(() => {
      listener?.dispose();
      this.sections.delete(section);
      this.refresh();
    });
  }

  refresh(): void {
    const document = this.article.document;
    this.view.description = document && this.article.analysis ? safeText(basename(document.uri)) : undefined;
    this.changeEmitter.fire(undefined);
  }

  getChildren(node?: ArticleTreeNode): ArticleTreeNode[] {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'group':
        return node.children();
      case 'entity':
        return capped(node, node.mentions, (m) => ({ kind: 'mention', document: node.document, start: m.start, end: m.end, icon: 'symbol-text' }));
      case 'dateGroup':
        return capped(node, node.group.dates, (d) => ({ kind: 'mention', document: node.document, start: d.start, end: d.end, icon: 'calendar' }));
      case 'speaker':
        return capped(node, node.group.quotes, (quote) => ({ kind: 'quote', document: node.document, quote }));
      case 'entry':
        return (node.entry.children ?? []).map((entry, i) => ({ kind: 'entry', document: node.document, entry, path: `${node.path}/${entry.id ?? i}` }));
      default:
        return [];
    }
  }

  getTreeItem(node: ArticleTreeNode): vscode.TreeItem {
    const uri = node.document.uri.toString();
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(categoryName(node.category.type, 'plural'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${uri}#${node.category.type}`;
        item.description = String(node.count);
        item.iconPath = categoryIcon(node.category);
        item.contextValue = `newsmark.group.${node.category.type}`;
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const item = new vscode.TreeItem(safeText(entity.name), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${uri}#entity:${entity.id}`;
        item.description = String(entity.mentionCount);
        item.tooltip = entityTooltip(entity);
        item.contextValue = `newsmark.entity.${entity.type}`;
        return item;
      }
      case 'dateGroup': {
        const { group } = node;
        const item = new vscode.TreeItem(safeText(group.label), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${uri}#date:${group.key}`;
        item.description = safeText(group.value ? `${group.dates.length} · ${group.value}` : String(group.dates.length));
        item.tooltip = group.value
          ? vscode.l10n.t('{0} → {1}', safeText(group.label), safeText(group.value))
          : group.key === 'vague'
            ? vscode.l10n.t('Time words with no calendar date (newsmark.dates.vague)')
            : vscode.l10n.t('{0} (value not resolved)', safeText(group.label));
        item.contextValue = 'newsmark.date';
        return item;
      }
      case 'speaker': {
        const { group } = node;
        const item = new vscode.TreeItem(safeText(group.name), node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${uri}#speaker:${group.key}`;
        item.description = String(group.quotes.length);
        item.iconPath = new vscode.ThemeIcon(group.entityId ? 'person' : group.key === 'unattributed' ? 'question' : 'organization');
        item.contextValue = 'newsmark.speaker';
        return item;
      }
      case 'mention': {
        const start = node.document.positionAt(node.start);
        const end = node.document.positionAt(node.end);
        const line = node.document.lineAt(start.line).text;
        const preview = linePreview(line, start.character, end.line === start.line ? end.character : line.length);
        const item = new vscode.TreeItem(safeHighlightedLabel(preview.text, preview.highlight), vscode.TreeItemCollapsibleState.None);
        item.id = `${uri}#mention:${node.icon}:${node.start}-${node.end}`;
        item.description = vscode.l10n.t('line {0}', start.line + 1);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.command = revealCommand(node.document, node.start, node.end);
        item.contextValue = 'newsmark.mention';
        return item;
      }
      case 'quote': {
        const { quote } = node;
        const line = node.document.positionAt(quote.start).line + 1;
        const item = new vscode.TreeItem(safeText(`“${firstWords(quote.text, 8, 70)}”`), vscode.TreeItemCollapsibleState.None);
        item.id = `${uri}#quote:${quote.id}:${quote.start}`;
        item.description = quote.short ? vscode.l10n.t('line {0} · phrase', line) : vscode.l10n.t('line {0}', line);
        item.tooltip = quoteTooltip(quote);
        item.iconPath = this.quoteIcon?.(node.document, quote) ?? new vscode.ThemeIcon('quote');
        item.command = revealCommand(node.document, quote.start, quote.end);
        item.contextValue = 'newsmark.quote';
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('{0} more…', node.hidden), vscode.TreeItemCollapsibleState.None);
        item.id = `${node.parentId}#more`;
        item.tooltip = vscode.l10n.t('Use Go to Entity… or Go to Quote… to reach the rest.');
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        return item;
      }
      case 'entry': {
        const { entry } = node;
        const hasChildren = (entry.children?.length ?? 0) > 0;
        const state = !hasChildren
          ? vscode.TreeItemCollapsibleState.None
          : entry.expanded === false
            ? vscode.TreeItemCollapsibleState.Collapsed
            : vscode.TreeItemCollapsibleState.Expanded;
        const item = new vscode.TreeItem(safeText(entry.label), state);
        item.id = `${uri}#${node.path}`;
        item.description = entry.description === undefined ? undefined : safeText(entry.description);
        item.tooltip = typeof entry.tooltip === 'string' ? safeLines(entry.tooltip) : entry.tooltip;
        item.iconPath = entry.iconPath;
        item.contextValue = entry.contextValue;
        item.command = entry.command ?? (entry.span ? revealCommand(node.document, entry.span.start, entry.span.end) : undefined);
        return item;
      }
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private roots(): ArticleTreeNode[] {
    const document = this.article.document;
    const analysis = this.article.analysis;
    // An empty tree shows the view's welcome content (see `viewsWelcome`).
    if (!document || !analysis) return [];
    const roots: ArticleTreeNode[] = [];
    for (const category of CATEGORIES) {
      if (category.type === 'organization' && !isCategoryEnabled('organization', document)) continue;
      roots.push(groupNode(document, analysis, category));
    }
    const sections = [...this.sections].sort((a, b) => a.order - b.order);
    for (const [i, section] of sections.entries()) {
      const entry = section.build(document, analysis);
      if (entry) roots.push({ kind: 'entry', document, entry, path: `section:${entry.id ?? i}` });
    }
    return roots;
  }
}

function capped<T>(parent: ArticleTreeNode & { document: vscode.TextDocument }, items: readonly T[], toNode: (item: T) => ArticleTreeNode): ArticleTreeNode[] {
  const nodes = items.slice(0, MAX_CHILDREN).map(toNode);
  if (items.length > MAX_CHILDREN) {
    nodes.push({ kind: 'more', document: parent.document, parentId: `${parent.document.uri.toString()}#${nodeKey(parent)}`, hidden: items.length - MAX_CHILDREN });
  }
  return nodes;
}

function nodeKey(node: ArticleTreeNode): string {
  switch (node.kind) {
    case 'entity':
      return `entity:${node.entity.id}`;
    case 'dateGroup':
      return `date:${node.group.key}`;
    case 'speaker':
      return `speaker:${node.group.key}`;
    default:
      return node.kind;
  }
}

function groupNode(document: vscode.TextDocument, analysis: Analysis, category: CategoryInfo): ArticleTreeNode {
  switch (category.type) {
    case 'person':
    case 'place':
    case 'organization': {
      const entities = analysis.entities
        .filter((e) => e.type === category.type)
        .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
      return {
        kind: 'group',
        document,
        category,
        count: entities.length,
        children: () => {
          const mentionsByEntity = new Map<string, Mention[]>();
          for (const mention of analysis.mentions) {
            if (mention.entityId === undefined) continue;
            let list = mentionsByEntity.get(mention.entityId);
            if (!list) mentionsByEntity.set(mention.entityId, (list = []));
            list.push(mention);
          }
          return entities.map((entity) => ({ kind: 'entity', document, entity, mentions: mentionsByEntity.get(entity.id) ?? [] }));
        },
      };
    }
    case 'date':
      return { kind: 'group', document, category, count: analysis.dates.length, children: () => dateGroups(document, analysis) };
    case 'quote':
      return { kind: 'group', document, category, count: analysis.quotes.length, children: () => speakerGroups(document, analysis) };
  }
}

function dateGroups(document: vscode.TextDocument, analysis: Analysis): ArticleTreeNode[] {
  // Unless they are shown like other dates, vague time words are listed apart (newsmark.dates.vague).
  const isVague = readVagueDatesMode() === 'show' ? undefined : (date: DateMention) => isVagueDate(date, analysis.articleDate);
  return groupDates(analysis.dates, isVague).map((group) => ({ kind: 'dateGroup', document, group }));
}

function speakerGroups(document: vscode.TextDocument, analysis: Analysis): ArticleTreeNode[] {
  // Speakers start expanded in an article of ordinary length, so every quote is one click away.
  const expanded = analysis.quotes.length <= EXPAND_SPEAKERS_UP_TO;
  return groupQuotesBySpeaker(analysis).map((group) => ({ kind: 'speaker', document, group, expanded }));
}

function revealCommand(document: vscode.TextDocument, start: number, end: number): vscode.Command {
  return { command: REVEAL_RANGE_COMMAND, title: vscode.l10n.t('Select in Article'), arguments: [document.uri.toString(), start, end] };
}

function categoryIcon(category: CategoryInfo): vscode.ThemeIcon {
  return new vscode.ThemeIcon(category.icon, new vscode.ThemeColor(`newsmark.${category.type}OverviewRuler`));
}

// Tooltips are plain strings: article text is never interpreted as Markdown here.
function entityTooltip(entity: Entity): string {
  const lines = [oneLine(entity.name)];
  if (entity.role) lines.push(oneLine(entity.role));
  if (entity.aliases.length > 0) lines.push(vscode.l10n.t('Also: {0}', entity.aliases.map(oneLine).join(', ')));
  lines.push(entity.mentionCount === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', entity.mentionCount));
  return safeLines(lines.join('\n'));
}

function quoteTooltip(quote: Quote): string {
  const lines = [`“${truncate(oneLine(quote.text), 500)}”`];
  lines.push(quote.speaker ? vscode.l10n.t('Speaker: {0}', oneLine(quote.speaker)) : vscode.l10n.t('Speaker: unattributed'));
  if (quote.cue) lines.push(vscode.l10n.t('Cue: {0}', oneLine(quote.cue)));
  return safeLines(lines.join('\n'));
}

function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}
