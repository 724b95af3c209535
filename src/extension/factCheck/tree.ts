// The "Fact checks" group of the Article view: fact checks by status with counts, and an
// "Orphaned" group for those whose text is no longer found (shown with their stored text).
import * as vscode from 'vscode';
import { FACT_CHECK_STATUSES } from '../../annotations/index';
import type { Analysis } from '../../extractor/types';
import type { ArticleTreeEntry, ArticleTreeSection } from '../tree/articleTree';
import type { FactCheckRef } from './hover';
import type { FactCheckEntry, FactCheckService } from './service';
import { ORPHAN_ICON, statusIcon, statusLabel } from './style';
import { firstWords, oneLine, truncate } from '../ui/preview';
import { COMMANDS } from '../contributes';

export const FACT_CHECK_ENTRY_CONTEXT = 'newsmark.factCheck';
const REFRESH_DELAY_MS = 150;

export class FactCheckTreeSection implements ArticleTreeSection, vscode.Disposable {
  readonly order = 10;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly listener: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChange = this.changeEmitter.event;

  /** What the section last showed per document, so that edits elsewhere do not rebuild the tree. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly service: FactCheckService) {
    this.listener = service.onDidChange((document) => {
      const key = document.uri.toString();
      const signature = document.isClosed ? '' : this.signature(document);
      if (this.shown.get(key) === signature) return;
      if (document.isClosed) this.shown.delete(key);
      else this.shown.set(key, signature);
      if (this.timer) return;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.changeEmitter.fire();
      }, REFRESH_DELAY_MS);
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listener.dispose();
    this.changeEmitter.dispose();
  }

  private signature(document: vscode.TextDocument): string {
    const parts = [this.service.readOnlyReason(document) ?? ''];
    for (const { check, range } of this.service.entries(document)) {
      const where = range ? `${document.positionAt(range.start).line}:${range.end - range.start}` : 'orphan';
      parts.push(`${check.id} ${check.status} ${check.modified} ${where}`);
    }
    return parts.join('\n');
  }

  build(document: vscode.TextDocument, _analysis: Analysis): ArticleTreeEntry | undefined {
    if (!this.service.supports(document)) return undefined;
    const entries = this.service.entries(document);
    const readOnly = this.service.readOnlyReason(document);
    const children: ArticleTreeEntry[] = [];
    for (const status of FACT_CHECK_STATUSES) {
      const list = entries.filter((e) => e.range && e.check.status === status);
      if (list.length === 0) continue;
      children.push({
        id: `status:${status}`,
        label: statusLabel(status),
        description: String(list.length),
        iconPath: statusIcon(status),
        children: list.map((e) => this.node(document, e)),
      });
    }
    const orphans = entries.filter((e) => !e.range);
    if (orphans.length > 0) {
      children.push({
        id: 'orphaned',
        label: vscode.l10n.t('Orphaned'),
        description: String(orphans.length),
        tooltip: vscode.l10n.t('Fact checks whose text is no longer in the article. They are kept in the annotation file.'),
        iconPath: new vscode.ThemeIcon(ORPHAN_ICON),
        children: orphans.map((e) => this.node(document, e)),
      });
    }
    if (readOnly !== undefined) {
      children.unshift({
        id: 'readOnly',
        label: vscode.l10n.t('Annotation file cannot be read'),
        description: vscode.l10n.t('read-only'),
        tooltip: readOnly,
        iconPath: new vscode.ThemeIcon('lock'),
      });
    } else if (entries.length === 0) {
      children.push({
        id: 'empty',
        label: vscode.l10n.t('No fact checks yet'),
        tooltip: vscode.l10n.t('Put the cursor in a quote, or select a claim, and run “Newsmark: Set Fact-check Status…”.'),
        command: { command: COMMANDS.setFactCheckStatus, title: vscode.l10n.t('Set Fact-check Status…') },
        iconPath: new vscode.ThemeIcon('info'),
      });
    }
    return {
      id: 'factChecks',
      label: vscode.l10n.t('Fact checks'),
      description: String(entries.length),
      iconPath: new vscode.ThemeIcon('checklist'),
      contextValue: 'newsmark.factChecks',
      children,
    };
  }

  private node(document: vscode.TextDocument, entry: FactCheckEntry): ArticleTreeEntry {
    const { check, range } = entry;
    const text = range ? document.getText(new vscode.Range(document.positionAt(range.start), document.positionAt(range.end))) : check.target.exact;
    const ref: FactCheckRef = { uri: document.uri.toString(), id: check.id };
    const tooltip = [
      check.kind === 'quote' ? vscode.l10n.t('Quote: “{0}”', truncate(oneLine(text), 400)) : vscode.l10n.t('Claim: “{0}”', truncate(oneLine(text), 400)),
      vscode.l10n.t('Status: {0}', statusLabel(check.status)),
      check.note ? vscode.l10n.t('Note: {0}', truncate(oneLine(check.note), 400)) : undefined,
      check.sources.length ? vscode.l10n.t('Sources: {0}', check.sources.join(' ')) : undefined,
      vscode.l10n.t('By {0}, {1}', oneLine(check.creator) || vscode.l10n.t('anonymous'), check.modified.slice(0, 10)),
      range ? undefined : vscode.l10n.t('Orphaned: this text is no longer found in the article.'),
    ].filter((line): line is string => line !== undefined);
    const node: ArticleTreeEntry = {
      id: check.id,
      label: check.kind === 'quote' ? `“${firstWords(text, 8, 70)}”` : firstWords(text, 8, 70),
      description: range
        ? [vscode.l10n.t('line {0}', document.positionAt(range.start).line + 1), ...(check.note ? [firstWords(check.note, 6, 40)] : [])].join(' · ')
        : vscode.l10n.t('text not found'),
      tooltip: tooltip.join('\n'),
      iconPath: statusIcon(check.status),
      contextValue: FACT_CHECK_ENTRY_CONTEXT,
      data: ref,
    };
    if (range) node.span = { start: range.start, end: range.end };
    return node;
  }
}
