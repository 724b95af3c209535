// Per-file switches of "Toggle Highlights for This File", kept in the `newsmark.files` setting so
// they show up (and can be edited) in the settings: workspace-relative paths in the folder's
// settings, other files by URI in the user settings. Untitled documents, and any switch that
// could not be written, are remembered for the session only. Any file name is a safe key: the
// switches are read as own properties only and copied into objects without a prototype, and a
// file named `__proto__` is stored as `./__proto__`, which VS Code's settings keep (it copies
// setting objects by assignment, which drops a `__proto__` key).
import * as vscode from 'vscode';
import { showWarning } from '../ui/notify';
import { SECTION } from '../settings';

const KEY = 'files';

export class FileToggles {
  private readonly session = new Map<string, boolean | undefined>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** true: always annotate; false: never; undefined: follow the other settings. */
  get(document: vscode.TextDocument): boolean | undefined {
    return this.getForUri(document.uri);
  }

  /** The same for a file that is not open (the workspace index). */
  getForUri(uri: vscode.Uri): boolean | undefined {
    const id = uri.toString();
    if (this.session.has(id)) return this.session.get(id);
    const switches = vscode.workspace.getConfiguration(SECTION, uri).get<unknown>(KEY);
    const { key } = settingKey(uri);
    for (const candidate of [storedKey(key), key, id]) {
      const value = ownValue(switches, candidate);
      if (typeof value === 'boolean') return value;
    }
    return undefined;
  }

  async set(document: vscode.TextDocument, value: boolean | undefined): Promise<void> {
    const id = document.uri.toString();
    if (document.isUntitled) {
      this.session.set(id, value);
      return;
    }
    const { folder, key } = settingKey(document.uri);
    const config = vscode.workspace.getConfiguration(SECTION, folder?.uri ?? document.uri);
    const inspected = config.inspect<Record<string, boolean>>(KEY);
    const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
    const switches = ownCopy(folder ? inspected?.workspaceFolderValue : inspected?.globalValue);
    delete switches[key];
    if (value === undefined) delete switches[storedKey(key)];
    else switches[storedKey(key)] = value;
    try {
      await config.update(KEY, Object.keys(switches).length > 0 ? switches : undefined, target);
      // An untrusted workspace's own `newsmark.files` is ignored (a restricted setting), so the
      // switch just written there would not be read back: it holds for the session instead.
      if (vscode.workspace.isTrusted || !folder) this.session.delete(id);
      else this.session.set(id, value);
    } catch (error) {
      this.session.set(id, value);
      const reason = error instanceof Error ? error.message : String(error);
      this.log.warn(`Could not save the highlight switch for ${document.uri.toString(true)} in the settings: ${reason}`);
      void showWarning(vscode.l10n.t('Newsmark could not save this switch in the settings ({0}); it applies until the window closes.', reason));
    }
  }
}

/** Keys VS Code's settings cannot hold as they are get a `./` in front (see the header). */
function storedKey(key: string): string {
  return key === '__proto__' ? `./${key}` : key;
}

function ownValue(switches: unknown, key: string): unknown {
  if (typeof switches !== 'object' || switches === null) return undefined;
  return Object.prototype.hasOwnProperty.call(switches, key) ? (switches as Record<string, unknown>)[key] : undefined;
}

/** The boolean switches of a setting value, in an object without a prototype. */
function ownCopy(value: unknown): Record<string, boolean> {
  const copy = Object.create(null) as Record<string, boolean>;
  if (typeof value !== 'object' || value === null) return copy;
  for (const key of Object.keys(value)) {
    const switchValue = ownValue(value, key);
    if (typeof switchValue === 'boolean') copy[key] = switchValue;
  }
  return copy;
}

/** The key of a file in `newsmark.files`: its path inside its workspace folder, else its URI. */
function settingKey(uri: vscode.Uri): { folder?: vscode.WorkspaceFolder; key: string } {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder && folder.uri.scheme === uri.scheme && folder.uri.authority === uri.authority) {
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    if (uri.path.startsWith(base)) return { folder, key: uri.path.slice(base.length) };
  }
  return { key: uri.toString() };
}
