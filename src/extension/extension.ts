// Entry point for the desktop and browser extension hosts (same code, no Node-only APIs).
import * as vscode from 'vscode';
import { ActiveArticle } from './analysis/activeArticle';
import { AnalysisService } from './analysis/analysisService';
import { ArticleDateCommand } from './analysis/articleDate';
import { ArticleTree } from './tree/articleTree';
import { Checks } from './checks/diagnostics';
import { Decorations } from './highlights/decorations';
import { FactChecks } from './factCheck/feature';
import { HoverCards } from './hover/hover';
import { Navigation } from './navigation/navigation';
import { QuoteSources } from './quoteSource/feature';
import { SampleArticleCommand } from './walkthrough/sampleArticle';
import { StatusBar } from './ui/statusBar';
import { Toggles } from './highlights/toggles';
import { COMMANDS } from './contributes';
import { useTranslation } from './ui/l10n';
import { FindQuotesByCommand } from './workspaceIndex/findQuotesBy';
import { IndexProviders } from './workspaceIndex/providers';
import { IndexService } from './workspaceIndex/indexService';
import { NewsroomTree } from './workspaceIndex/newsroomTree';

export function activate(context: vscode.ExtensionContext): void {
  // The pure modules' messages (hover cards, category names) in the display language too.
  useTranslation(vscode.l10n);
  const log = vscode.window.createOutputChannel('Newsmark', { log: true });
  const service = new AnalysisService(log);
  const article = new ActiveArticle(service);
  const tree = new ArticleTree(article);
  const factChecks = new FactChecks(context, service);
  tree.quoteIcon = (document, quote) => factChecks.iconFor(document, quote.start, quote.end);
  const workspaceIndex = new IndexService(service, log);
  const quoteSources = new QuoteSources(context, factChecks.service, service);
  context.subscriptions.push(
    log,
    service,
    article,
    new Decorations(service),
    tree,
    new HoverCards(service),
    new Navigation(article),
    new Toggles(service, article),
    new StatusBar(article),
    new ArticleDateCommand(),
    new SampleArticleCommand(context.extensionUri),
    factChecks,
    new Checks(service, log, context.extensionUri),
    quoteSources,
    tree.registerSection(factChecks.treeSection),
    tree.registerSection(quoteSources.treeSection),
    workspaceIndex,
    new IndexProviders(workspaceIndex),
    new NewsroomTree(workspaceIndex),
    new FindQuotesByCommand(workspaceIndex),
    vscode.commands.registerCommand(COMMANDS.showView, () => vscode.commands.executeCommand('newsmark.article.focus')),
  );
}

export function deactivate(): void {}
