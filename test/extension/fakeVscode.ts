// A minimal stand-in for the `vscode` module, enough to run a hover provider in plain Node. Import
// it before any module that imports `vscode`: it makes `require('vscode')` return this object.
import Module from 'node:module';
import { formatMessage, type MessageArgument } from '../../src/extension/ui/l10n';

export class MarkdownString {
  isTrusted?: boolean | { enabledCommands: readonly string[] };
  supportHtml?: boolean;
  supportThemeIcons?: boolean;
  constructor(public value = '') {}
}
export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}
export class Hover {
  constructor(
    readonly contents: MarkdownString[],
    readonly range?: Range,
  ) {}
}
const noDisposable = { dispose(): void {} };

type Listener = (value: unknown) => void;
export class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

/** Workspace and window events a test can fire, and the editors it says are visible. */
export const fakeWorkbench = {
  open: new EventEmitter<unknown>(),
  close: new EventEmitter<unknown>(),
  change: new EventEmitter<unknown>(),
  visibleEditors: new EventEmitter<unknown>(),
  visibleTextEditors: [] as { document: unknown }[],
  textDocuments: [] as unknown[],
};
const on = (emitter: EventEmitter<unknown>) => (listener: Listener) => emitter.event(listener);

export const fakeVscode = {
  MarkdownString,
  Position,
  Range,
  Hover,
  EventEmitter,
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  // English, as VS Code gives it when no translation is loaded.
  l10n: {
    t: (message: string, ...args: MessageArgument[] | [Record<string, MessageArgument>]) =>
      formatMessage(message, args.length === 1 && typeof args[0] === 'object' ? args[0] : (args as MessageArgument[])),
  },
  languages: { registerHoverProvider: () => noDisposable, match: () => 0 },
  window: {
    get visibleTextEditors() {
      return fakeWorkbench.visibleTextEditors;
    },
    onDidChangeVisibleTextEditors: on(fakeWorkbench.visibleEditors),
  },
  workspace: {
    get textDocuments() {
      return fakeWorkbench.textDocuments;
    },
    onDidOpenTextDocument: on(fakeWorkbench.open),
    onDidCloseTextDocument: on(fakeWorkbench.close),
    onDidChangeTextDocument: on(fakeWorkbench.change),
    onDidChangeConfiguration: () => noDisposable,
    getWorkspaceFolder: () => undefined,
    getConfiguration: () => ({ get: <T>(_key: string, fallback?: T) => fallback }),
  },
};

const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = moduleWithLoad._load;
moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : load.call(this, request, ...rest);
};

/** A plain-text document over `text` (LF line ends); `isClosed` and `version` are the test's to set. */
export function fakeDocument(text: string, uri = 'file:///articles/hostile.txt') {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offsetAt = (position: Position) => Math.min(text.length, lineStarts[position.line] + position.character);
  const positionAt = (offset: number) => {
    const clamped = Math.max(0, Math.min(text.length, offset));
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= clamped) line++;
    return new Position(line, clamped - lineStarts[line]);
  };
  return {
    uri: { toString: () => uri, scheme: uri.slice(0, uri.indexOf(':')) },
    languageId: 'plaintext',
    version: 1,
    isClosed: false,
    isUntitled: false,
    get lineCount() {
      return lineStarts.length;
    },
    lineAt: (line: number) => ({ range: { end: positionAt(line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length) } }),
    getText: (range?: Range) => (range ? text.slice(offsetAt(range.start), offsetAt(range.end)) : text),
    offsetAt,
    positionAt,
  };
}
