// Editorial checks in the editor: one DiagnosticCollection (source "Newsmark", code = rule id
// linking to its README section) fed by the shared analysis, and the code actions on its
// findings: the quick fix, "Ignore this rule in this article" and "Disable rule …". The findings'
// messages come from src/checks, shared with the command line, and are English.
import * as vscode from 'vscode';
import { errorText, showInformation, showWarning } from '../ui/notify';
import { safeText } from '../ui/safeText';
import { RULES, ruleHelpAnchor, runChecks, type RatedFinding } from '../../checks/index';
import { isRuleId, isSeverity, type RuleId, type Severity } from '../../checks/types';
import type { AnalysisService } from '../analysis/analysisService';
import { SECTION } from '../settings';
import { ProjectConfigs } from './projectConfig';
import { COMMANDS } from '../contributes';

const SOURCE = 'Newsmark';
const IGNORE_COMMAND = COMMANDS.ignoreCheckInArticle;
const DISABLE_COMMAND = COMMANDS.disableCheck;

const SEVERITY: Record<Exclude<Severity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The diagnostic of a finding remembers its fix, for the code action provider. */
class CheckDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    readonly finding: RatedFinding,
    readme: vscode.Uri,
  ) {
    super(range, finding.message, SEVERITY[finding.severity]);
    this.source = SOURCE;
    // The README that ships with the extension, at the rule's section.
    this.code = { value: finding.rule, target: readme.with({ fragment: ruleHelpAnchor(finding.rule) }) };
  }
}

/** `newsmark.checks.<rule>` as the user or workspace set it; undefined when neither did. */
function settingSeverity(rule: RuleId, scope: vscode.ConfigurationScope): Severity | undefined {
  const inspected = vscode.workspace.getConfiguration(`${SECTION}.checks`, scope).inspect<unknown>(rule);
  const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  return isSeverity(value) ? value : undefined;
}

export class Checks implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('newsmark');
  private readonly configs: ProjectConfigs;
  private readonly disposables: vscode.Disposable[] = [this.collection];
  /** The document version each analysis was made from: findings are only recomputed on the same text. */
  private readonly analysedVersions = new Map<string, number>();

  private readonly readme: vscode.Uri;

  constructor(
    private readonly service: AnalysisService,
    log: vscode.LogOutputChannel,
    extensionUri: vscode.Uri,
  ) {
    this.readme = vscode.Uri.joinPath(extensionUri, 'README.md');
    this.configs = new ProjectConfigs(log);
    this.disposables.push(
      this.configs,
      service.onDidUpdate(({ document, analysis }) => {
        if (analysis) {
          this.analysedVersions.set(document.uri.toString(), document.version);
          this.update(document);
        } else {
          this.analysedVersions.delete(document.uri.toString());
          this.collection.delete(document.uri);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.analysedVersions.delete(document.uri.toString());
        this.collection.delete(document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.checks`)) this.updateAll();
      }),
      this.configs.onDidChange(() => this.updateAll()),
      vscode.languages.registerCodeActionsProvider({ scheme: '*' }, this, { providedCodeActionKinds: Checks.providedCodeActionKinds }),
      vscode.commands.registerCommand(COMMANDS.ignoreCheckInArticle, (uri: unknown, rule: unknown) => this.ignoreInArticle(uri, rule)),
      vscode.commands.registerCommand(COMMANDS.disableCheck, (rule: unknown) => this.disable(rule)),
    );
    void this.configs.loadAll();
  }

  private updateAll(): void {
    // A document edited since its analysis gets its findings with the next analysis.
    for (const document of vscode.workspace.textDocuments) {
      if (this.service.get(document) && this.analysedVersions.get(document.uri.toString()) === document.version) this.update(document);
    }
  }

  private update(document: vscode.TextDocument): void {
    const analysis = this.service.get(document);
    if (!analysis || document.isClosed) {
      this.collection.delete(document.uri);
      return;
    }
    const { config, articlePath } = this.configs.forDocument(document.uri);
    const severities: Partial<Record<RuleId, Severity>> = {};
    for (const rule of RULES) {
      const severity = settingSeverity(rule.id, document) ?? config.severities[rule.id];
      if (severity) severities[rule.id] = severity;
    }
    const ignored = articlePath !== undefined ? config.ignore.get(articlePath) : undefined;
    const text = document.getText();
    const findings = runChecks({ text, analysis, articleDate: analysis.articleDate, severities, ignored });
    this.collection.set(
      document.uri,
      findings.map((f) => new CheckDiagnostic(new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)), f, this.readme)),
    );
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const rules = new Set<RuleId>();
    for (const diagnostic of context.diagnostics) {
      if (!(diagnostic instanceof CheckDiagnostic)) continue;
      const { finding } = diagnostic;
      if (finding.fix) {
        const action = new vscode.CodeAction(vscode.l10n.t('Replace with "{0}"', safeText(finding.fix.replacement)), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, diagnostic.range, finding.fix.replacement);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      rules.add(finding.rule);
    }
    for (const rule of rules) {
      const diagnostics = context.diagnostics.filter((d) => d instanceof CheckDiagnostic && d.finding.rule === rule);
      const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore this rule in this article ({0})', rule), vscode.CodeActionKind.QuickFix);
      ignore.command = { command: IGNORE_COMMAND, title: ignore.title, arguments: [document.uri, rule] };
      ignore.diagnostics = diagnostics;
      const disable = new vscode.CodeAction(vscode.l10n.t('Disable rule {0}', rule), vscode.CodeActionKind.QuickFix);
      disable.command = { command: DISABLE_COMMAND, title: disable.title, arguments: [rule] };
      disable.diagnostics = diagnostics;
      actions.push(ignore, disable);
    }
    return actions;
  }

  private async ignoreInArticle(uri: unknown, rule: unknown): Promise<void> {
    if (!(uri instanceof vscode.Uri) || typeof rule !== 'string' || !isRuleId(rule)) return;
    if (!(await this.configs.ignoreInArticle(uri, rule))) {
      void showInformation(vscode.l10n.t('Newsmark can only ignore a rule for an article inside a workspace folder (in its .newsmark.json). Use "{0}" instead.', vscode.l10n.t('Disable rule {0}', rule)));
    }
  }

  private async disable(rule: unknown): Promise<void> {
    if (typeof rule !== 'string' || !isRuleId(rule)) return;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    try {
      await vscode.workspace.getConfiguration(`${SECTION}.checks`).update(rule, 'off', target);
    } catch (error) {
      void showWarning(vscode.l10n.t('Newsmark could not turn {0} off: {1}', rule, errorText(error)));
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
