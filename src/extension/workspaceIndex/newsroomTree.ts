// The "Newsroom" view beside the Article view: People (with their article and quote counts) →
// articles → quotes, Places → articles, and Quotes by speaker, across every article of the
// workspace index. A click opens the article at the mention or quote. Labels go through safeText.
import * as vscode from 'vscode';
import type { EntityType } from '../../extractor/types';
import type { ArticleRecord, IndexedQuote } from '../../workspaceIndex/record';
import type { EntitySummary } from '../../workspaceIndex/workspaceIndex';
import { INTERNAL_COMMANDS } from '../contributes';
import { safeLines, safeText } from '../ui/safeText';
import type { IndexService } from './indexService';
import { basename } from './locations';

export const NEWSROOM_VIEW = 'newsmark.newsroom';
/** Children listed under one node at most. */
const MAX_CHILDREN = 500;

export type NewsroomNode =
  | { kind: 'root'; section: 'people' | 'places' | 'speakers' }
  | { kind: 'entity'; section: 'people' | 'places' | 'speakers'; summary: EntitySummary }
  | { kind: 'article'; parent: string; record: ArticleRecord; entityIndex: number; withQuotes: boolean }
  | { kind: 'quote'; parent: string; record: ArticleRecord; quote: IndexedQuote; showArticle: boolean }
  | { kind: 'more'; parent: string; hidden: number };

export class NewsroomTree implements vscode.TreeDataProvider<NewsroomNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<NewsroomNode | undefined>();
  private readonly view: vscode.TreeView<NewsroomNode>;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private cache: { version: number; kind: EntityType; list: EntitySummary[] }[] = [];

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly indexService: IndexService) {
    this.view = vscode.window.createTreeView(NEWSROOM_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, indexService.onDidChange(() => this.refresh()));
    this.refresh();
  }

  refresh(): void {
    const { articles, skipped } = this.indexService.index.stats();
    const skippedCount = skipped.tooLarge + skipped.binary + skipped.unreadable + skipped.link;
    this.view.description = vscode.l10n.t('{0} articles', articles);
    this.view.message =
      skippedCount > 0
        ? vscode.l10n.t('{0} files not indexed: {1} too large, {2} binary, {3} unreadable, {4} behind a symbolic link.', skippedCount, skipped.tooLarge, skipped.binary, skipped.unreadable, skipped.link)
        : undefined;
    this.changeEmitter.fire(undefined);
  }

  /** People, places or organizations across articles (cached until their names or counts change). */
  summaries(kind: EntityType): EntitySummary[] {
    const version = this.indexService.index.summaryVersion;
    let entry = this.cache.find((c) => c.kind === kind);
    if (!entry || entry.version !== version) {
      this.cache = this.cache.filter((c) => c.kind !== kind);
      this.cache.push((entry = { version, kind, list: this.indexService.index.entities(kind) }));
    }
    return entry.list;
  }

  getChildren(node?: NewsroomNode): NewsroomNode[] {
    const { index } = this.indexService;
    if (!node) {
      if (index.stats().articles === 0) return [];
      return [{ kind: 'root', section: 'people' }, { kind: 'root', section: 'places' }, { kind: 'root', section: 'speakers' }];
    }
    switch (node.kind) {
      case 'root': {
        const list = node.section === 'places' ? this.summaries('place') : this.summaries('person');
        const shown = node.section === 'speakers' ? list.filter((s) => s.quoteCount > 0) : list;
        return capped(node.section, shown, (summary) => ({ kind: 'entity', section: node.section, summary }));
      }
      case 'entity': {
        const parent = `${node.section}:${node.summary.key}`;
        if (node.section === 'speakers') {
          return capped(parent, index.quotesBy(node.summary.key), ({ record, quote }) => ({ kind: 'quote', parent, record, quote, showArticle: true }));
        }
        const occurrences = index.references(node.summary.key);
        return capped(parent, occurrences, ({ record, index: entityIndex }) => ({ kind: 'article', parent, record, entityIndex, withQuotes: node.section === 'people' }));
      }
      case 'article': {
        if (!node.withQuotes) return [];
        const parent = `${node.parent}/${node.record.uri}`;
        const quotes = node.record.quotes.filter((q) => q.speakerIndex === node.entityIndex);
        return capped(parent, quotes, (quote) => ({ kind: 'quote', parent, record: node.record, quote, showArticle: false }));
      }
      default:
        return [];
    }
  }

  getTreeItem(node: NewsroomNode): vscode.TreeItem {
    switch (node.kind) {
      case 'root': {
        const labels = { people: vscode.l10n.t('People'), places: vscode.l10n.t('Places'), speakers: vscode.l10n.t('Quotes by Speaker') };
        const item = new vscode.TreeItem(labels[node.section], vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `newsroom:${node.section}`;
        const count = node.section === 'places' ? this.summaries('place').length : this.summaries('person').filter((s) => node.section === 'people' || s.quoteCount > 0).length;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon(node.section === 'places' ? 'location' : node.section === 'people' ? 'person' : 'quote');
        return item;
      }
      case 'entity': {
        const { summary } = node;
        const item = new vscode.TreeItem(safeText(summary.name), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `newsroom:${node.section}:${summary.key}`;
        item.description =
          node.section === 'places'
            ? vscode.l10n.t('{0} articles', summary.articleCount)
            : node.section === 'speakers'
              ? vscode.l10n.t('{0} quotes', summary.quoteCount)
              : vscode.l10n.t('{0} articles · {1} quotes', summary.articleCount, summary.quoteCount);
        item.tooltip = safeLines(`${summary.name}\n${vscode.l10n.t('{0} articles · {1} quotes · {2} mentions', summary.articleCount, summary.quoteCount, summary.mentionCount)}`);
        item.iconPath = new vscode.ThemeIcon(summary.kind === 'place' ? 'location' : 'person');
        item.contextValue = `newsmark.newsroom.${summary.kind}`;
        return item;
      }
      case 'article': {
        const entity = node.record.entities[node.entityIndex];
        const quotes = node.record.quotes.filter((q) => q.speakerIndex === node.entityIndex).length;
        const hasQuotes = node.withQuotes && quotes > 0;
        const item = new vscode.TreeItem(safeText(basename(node.record.uri)), hasQuotes ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.id = `newsroom:${node.parent}/${node.record.uri}`;
        item.description = node.withQuotes ? vscode.l10n.t('{0} mentions · {1} quotes', entity.mentions.length / 2, quotes) : vscode.l10n.t('{0} mentions', entity.mentions.length / 2);
        item.tooltip = safeText(vscode.Uri.parse(node.record.uri).toString(true));
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = vscode.Uri.parse(node.record.uri);
        if (entity.mentions.length >= 2) item.command = reveal(node.record.uri, entity.mentions[0], entity.mentions[1]);
        return item;
      }
      case 'quote': {
        const { quote, record } = node;
        const item = new vscode.TreeItem(safeText(`“${quote.firstWords}”`), vscode.TreeItemCollapsibleState.None);
        item.id = `newsroom:${node.parent}/quote:${record.uri}:${quote.start}`;
        item.description = node.showArticle ? safeText(basename(record.uri)) : undefined;
        item.tooltip = safeLines(`${quote.speaker}\n“${quote.firstWords}”\n${basename(record.uri)}`);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = reveal(record.uri, quote.start, quote.end);
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('{0} more…', node.hidden), vscode.TreeItemCollapsibleState.None);
        item.id = `newsroom:${node.parent}#more`;
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        return item;
      }
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function capped<T>(parent: string, items: readonly T[], toNode: (item: T) => NewsroomNode): NewsroomNode[] {
  const nodes = items.slice(0, MAX_CHILDREN).map(toNode);
  if (items.length > MAX_CHILDREN) nodes.push({ kind: 'more', parent, hidden: items.length - MAX_CHILDREN });
  return nodes;
}

export function reveal(uri: string, start: number, end: number): vscode.Command {
  return { command: INTERNAL_COMMANDS.revealRange, title: vscode.l10n.t('Open in Article'), arguments: [uri, start, end] };
}
