// Entry point for the desktop and browser extension hosts (same code, no Node-only APIs).
import * as vscode from 'vscode';
import { ActiveArticle } from './activeArticle';
import { AnalysisService } from './analysisService';
import { ArticleDateCommand } from './articleDate';
import { ArticleTree } from './articleTree';
import { Checks } from './checks/diagnostics';
import { Decorations } from './decorations';
import { FactChecks } from './factCheckFeature';
import { HoverCards } from './hover';
import { Navigation } from './navigation';
import { StatusBar } from './statusBar';
import { Toggles } from './toggles';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Newsmark', { log: true });
  const service = new AnalysisService(log);
  const article = new ActiveArticle(service);
  const tree = new ArticleTree(article);
  const factChecks = new FactChecks(context, service);
  tree.quoteIcon = (document, quote) => factChecks.iconFor(document, quote.start, quote.end);
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
    factChecks,
    new Checks(service, log),
    tree.registerSection(factChecks.treeSection),
    vscode.commands.registerCommand('newsmark.showView', () => vscode.commands.executeCommand('newsmark.article.focus')),
  );
}

export function deactivate(): void {}
