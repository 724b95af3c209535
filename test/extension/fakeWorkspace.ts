// More of the stand-in `vscode` (fakeVscode.ts) for the fact-check service and the report
// exporter: URIs, an in-memory `workspace.fs` that can hold symbolic links, one workspace folder,
// and a window that records every message, dialog and quick pick. Import it right after
// fakeVscode.ts and before the modules under test, so that they see what it adds.
import { EventEmitter, fakeVscode } from './fakeVscode';

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', '', path);
  }
  static parse(value: string, _strict?: boolean): Uri {
    const match = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/]*))?(.*)$/.exec(value);
    if (!match) throw new Error(`not a URI: ${value}`);
    return new Uri(match[1], match[2] ?? '', match[3] || '/');
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    const parts = `${base.path}/${segments.join('/')}`.split('/');
    const out: string[] = [];
    for (const part of parts) {
      if (part === '' || part === '.') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    return new Uri(base.scheme, base.authority, `/${out.join('/')}`);
  }
  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, this.authority, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}`;
  }
}

export const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };

export class FileSystemError extends Error {
  constructor(
    message: string,
    readonly code = 'Unknown',
  ) {
    super(message);
  }
}

export class Disposable {
  constructor(private readonly onDispose: () => void = () => {}) {}
  dispose(): void {
    this.onDispose();
  }
}

export class ThemeIcon {
  constructor(
    readonly id: string,
    readonly color?: unknown,
  ) {}
}

/** The in-memory disk: files by path, folders, and links (path → target path). */
export const disk = {
  files: new Map<string, Uint8Array>(),
  folders: new Set<string>(['/']),
  links: new Map<string, string>(),
  /** Paths written, created or renamed to, in order (after following links). */
  writes: [] as string[],
  /** When set, every write fails with this message. */
  failWrites: undefined as string | undefined,
  reset(): void {
    this.files.clear();
    this.folders = new Set(['/']);
    this.links.clear();
    this.writes = [];
    this.failWrites = undefined;
  },
  /** The path with every link on the way followed. */
  resolve(path: string): string {
    const parts = path.split('/').filter((p) => p !== '');
    let current = '';
    for (const part of parts) {
      current = `${current}/${part}`;
      const target = this.links.get(current);
      if (target !== undefined) current = target;
    }
    return current || '/';
  },
  addFolder(path: string): void {
    let current = '';
    for (const part of path.split('/').filter((p) => p !== '')) {
      current = `${current}/${part}`;
      this.folders.add(current);
    }
  },
};

const notFound = (uri: Uri) => new FileSystemError(`${uri.path} not found`, 'FileNotFound');
const writable = (uri: Uri) => {
  if (disk.failWrites !== undefined) throw new FileSystemError(disk.failWrites);
  const path = disk.resolve(uri.path);
  disk.writes.push(path);
  return path;
};

const fs = {
  async stat(uri: Uri) {
    const isLink = disk.links.has(uri.path);
    const path = disk.resolve(uri.path);
    const type = disk.files.has(path) ? FileType.File : disk.folders.has(path) ? FileType.Directory : undefined;
    if (type === undefined) throw notFound(uri);
    return { type: type | (isLink ? FileType.SymbolicLink : 0), ctime: 0, mtime: 0, size: disk.files.get(path)?.length ?? 0 };
  },
  async readDirectory(uri: Uri): Promise<[string, number][]> {
    const base = disk.resolve(uri.path);
    if (!disk.folders.has(base)) throw notFound(uri);
    const prefix = base === '/' ? '/' : `${base}/`;
    const children = new Map<string, number>();
    const add = (path: string, type: number) => {
      if (!path.startsWith(prefix) || path.slice(prefix.length).includes('/') || path === base) return;
      children.set(path.slice(prefix.length), (children.get(path.slice(prefix.length)) ?? 0) | type);
    };
    for (const path of disk.files.keys()) add(path, FileType.File);
    for (const path of disk.folders) add(path, FileType.Directory);
    for (const [path, target] of disk.links) add(path, FileType.SymbolicLink | (disk.folders.has(target) ? FileType.Directory : FileType.File));
    return [...children];
  },
  async readFile(uri: Uri) {
    const bytes = disk.files.get(disk.resolve(uri.path));
    if (!bytes) throw notFound(uri);
    return bytes;
  },
  async writeFile(uri: Uri, bytes: Uint8Array) {
    disk.files.set(writable(uri), bytes);
  },
  async createDirectory(uri: Uri) {
    disk.addFolder(writable(uri));
  },
  async rename(from: Uri, to: Uri) {
    const source = disk.resolve(from.path);
    const bytes = disk.files.get(source);
    if (!bytes) throw notFound(from);
    disk.files.set(writable(to), bytes);
    disk.files.delete(source);
  },
  async delete(uri: Uri) {
    disk.files.delete(disk.resolve(uri.path));
  },
  isWritableFileSystem: () => true,
};

/** Everything the window was asked to show, in order. */
export const shown = {
  messages: [] as { severity: 'information' | 'warning' | 'error'; text: string; modal: boolean; detail?: string }[],
  saveDialogs: [] as unknown[],
  quickPicks: [] as unknown[][],
  /** What a modal question answers (its action, or undefined for Cancel). */
  modalAnswer: undefined as string | undefined,
  saveDialogAnswer: undefined as Uri | undefined,
  reset(): void {
    this.messages = [];
    this.saveDialogs = [];
    this.quickPicks = [];
    this.modalAnswer = undefined;
    this.saveDialogAnswer = undefined;
  },
};

const message =
  (severity: 'information' | 'warning' | 'error') =>
  async (text: string, ...rest: unknown[]): Promise<string | undefined> => {
    const options = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { modal?: boolean; detail?: string }) : undefined;
    shown.messages.push({ severity, text, modal: options?.modal === true, detail: options?.detail });
    return options?.modal ? shown.modalAnswer : undefined;
  };

export const FOLDER = { uri: Uri.file('/desk'), name: 'desk', index: 0 };
const settings = new Map<string, unknown>();
export function setSetting(key: string, value: unknown): void {
  settings.set(key, value);
}

const noDisposable = { dispose(): void {} };
const event = () => noDisposable;

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: unknown;
  iconPath?: unknown;
  command?: unknown;
  contextValue?: string;
  constructor(
    readonly label: string | { label: string; highlights?: [number, number][] },
    readonly collapsibleState?: number,
  ) {}
}

/** Commands registered by the modules under test, by id. */
export const registeredCommands = new Map<string, (...args: unknown[]) => unknown>();

/** The status bar item the modules created last. */
export const statusBarItem = { text: '', tooltip: undefined, name: '', show() {}, hide() {}, dispose() {} } as Record<string, unknown>;
Object.assign(fakeVscode, {
  Uri,
  FileType,
  FileSystemError,
  Disposable,
  ThemeIcon,
  ThemeColor: class {
    constructor(readonly id: string) {}
  },
  RelativePattern: class {
    constructor(
      readonly base: unknown,
      readonly pattern: string,
    ) {}
  },
  TreeItem,
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  commands: {
    registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
      registeredCommands.set(id, run);
      return noDisposable;
    },
    executeCommand: async () => undefined,
  },
  extensions: { getExtension: () => undefined },
  Location: class {
    constructor(
      readonly uri: unknown,
      readonly range: unknown,
    ) {}
  },
  WorkspaceEdit: class {
    readonly edits: { uri: unknown; range: unknown; newText: string }[] = [];
    replace(uri: unknown, range: unknown, newText: string): void {
      this.edits.push({ uri, range, newText });
    }
  },
  DocumentHighlight: class {
    constructor(
      readonly range: unknown,
      readonly kind?: number,
    ) {}
  },
  DocumentHighlightKind: { Text: 0, Read: 1, Write: 2 },
});
Object.assign(fakeVscode.window, {
  showInformationMessage: message('information'),
  showWarningMessage: message('warning'),
  showErrorMessage: message('error'),
  showSaveDialog: async (options: unknown) => {
    shown.saveDialogs.push(options);
    return shown.saveDialogAnswer;
  },
  createTreeView: () => ({ description: undefined, dispose() {} }),
  createStatusBarItem: () => statusBarItem,
  setStatusBarMessage: () => noDisposable,
  showQuickPick: async (items: unknown[]) => {
    shown.quickPicks.push(items);
    return undefined;
  },
  showTextDocument: async () => undefined,
  activeTextEditor: undefined,
});
Object.assign(fakeVscode.workspace, {
  fs,
  workspaceFolders: [FOLDER],
  isTrusted: true,
  getWorkspaceFolder: (uri: Uri) => (uri.scheme === 'file' && uri.path.startsWith('/desk/') ? FOLDER : undefined),
  asRelativePath: (uri: Uri | string) => {
    const path = typeof uri === 'string' ? uri : uri.path;
    return path.startsWith('/desk/') ? path.slice('/desk/'.length) : path;
  },
  getConfiguration: (section?: string) => ({
    get: <T>(key: string, fallback?: T) => (settings.has(`${section}.${key}`) ? settings.get(`${section}.${key}`) : fallback),
    inspect: () => undefined,
    update: async () => undefined,
  }),
  createFileSystemWatcher: () => ({ onDidChange: event, onDidCreate: event, onDidDelete: event, dispose() {} }),
  onDidSaveTextDocument: event,
  onDidChangeWorkspaceFolders: event,
  onDidRenameFiles: event,
  findFiles: async () => [],
});

/** A saved article at `/desk/<name>` with `text`. */
export function article(name: string, text: string) {
  const uri = Uri.file(`/desk/${name}`);
  return {
    uri,
    isClosed: false,
    isUntitled: false,
    isDirty: false,
    languageId: 'plaintext',
    version: 1,
    getText: () => text,
    positionAt: (offset: number) => ({ line: text.slice(0, offset).split('\n').length - 1, character: 0 }),
  };
}

/** Enough of AnalysisService for the fact-check service: every document is an article. */
export const analysisStub = {
  state: () => ({ kind: 'annotate' }),
  get: () => undefined,
  onDidChangeState: new EventEmitter<unknown>().event,
};
