// `.newsmark.json` at the root of each workspace folder, read and written through `workspace.fs`.
// Problems in the file are reported once per content (naming the file and the key, made inert by
// notify.ts); a file that is too large, a symbolic link, or not JSON is reported and ignored.
import * as vscode from 'vscode';
import { showWarning } from '../ui/notify';
import { CONFIG_FILE_NAME, emptyConfig, parseChecksConfig, withIgnoredRule, type ChecksConfig } from '../../checks/config';
import type { RuleId } from '../../checks/types';
import { symbolicLinkOnTheWay, workspaceFolderHolding } from '../factCheck/containment';

/** A team's check settings are a few lines; anything larger is not one and is not read. */
export const MAX_CONFIG_BYTES = 256 * 1024;

export class ProjectConfigs implements vscode.Disposable {
  private readonly configs = new Map<string, ChecksConfig>();
  private readonly reported = new Set<string>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  /** Fires when a `.newsmark.json` changed and was read again. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = () => void this.loadAll();
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload), vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  /** The config of the folder holding `uri`, with the article's path relative to that folder. */
  forDocument(uri: vscode.Uri): { config: ChecksConfig; articlePath?: string } {
    const folder = workspaceFolderHolding(uri);
    if (!folder) return { config: emptyConfig() };
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return { config: this.configs.get(folder.uri.toString()) ?? emptyConfig(), articlePath: uri.path.slice(base.length) };
  }

  async loadAll(): Promise<void> {
    this.configs.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = await this.read(folder);
      if (config) this.configs.set(folder.uri.toString(), config);
    }
    this.changeEmitter.fire();
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<ChecksConfig | undefined> {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    const name = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 1 ? `${folder.name}/${CONFIG_FILE_NAME}` : CONFIG_FILE_NAME;
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return undefined; // no file: the defaults
    }
    if ((stat.type & vscode.FileType.SymbolicLink) !== 0 || (await symbolicLinkOnTheWay(folder.uri, uri))) {
      this.report(vscode.l10n.t('{0} is a symbolic link; Newsmark does not follow it for check settings.', name));
      return undefined;
    }
    if (stat.size > MAX_CONFIG_BYTES) {
      this.report(vscode.l10n.t('{0} is larger than {1} KB; the check settings in it are ignored.', name, MAX_CONFIG_BYTES / 1024));
      return undefined;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      this.log.warn(`Could not read ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    const parsed = parseChecksConfig(text, name);
    if (parsed.kind === 'invalid') {
      this.report(vscode.l10n.t('{0}; the check settings in it are ignored.', parsed.problem));
      return undefined;
    }
    for (const problem of parsed.problems) this.report(problem);
    return parsed.config;
  }

  /** One notification per distinct problem for the session, so that saving the file again does not repeat it. */
  private report(problem: string): void {
    this.log.warn(problem);
    if (this.reported.has(problem)) return;
    this.reported.add(problem);
    void showWarning(vscode.l10n.t('Newsmark: {0}', problem));
  }

  /** Adds `rule` to the article's `ignore` list in its folder's `.newsmark.json`. Returns false when it could not. */
  async ignoreInArticle(uri: vscode.Uri, rule: RuleId): Promise<boolean> {
    const folder = workspaceFolderHolding(uri);
    if (!folder) return false;
    const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    if (await symbolicLinkOnTheWay(folder.uri, file)) {
      void showWarning(vscode.l10n.t('Newsmark: {0} is a symbolic link; not writing through it.', CONFIG_FILE_NAME));
      return false;
    }
    let source: string | undefined;
    try {
      const stat = await vscode.workspace.fs.stat(file);
      if (stat.size > MAX_CONFIG_BYTES) return false;
      source = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    } catch {
      source = undefined;
    }
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    const updated = withIgnoredRule(source, uri.path.slice(base.length), rule);
    if (updated.kind === 'invalid') {
      void showWarning(vscode.l10n.t('Newsmark could not add the rule to {0}: {1}.', CONFIG_FILE_NAME, updated.problem));
      return false;
    }
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(updated.text));
    await this.loadAll();
    return true;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
