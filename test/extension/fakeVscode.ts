// A minimal stand-in for the `vscode` module, enough to run a hover provider in plain Node. Import
// it before any module that imports `vscode`: it makes `require('vscode')` return this object.
import Module from 'node:module';

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

export const fakeVscode = {
  MarkdownString,
  Position,
  Range,
  Hover,
  languages: { registerHoverProvider: () => noDisposable },
  workspace: {
    onDidChangeConfiguration: () => noDisposable,
    getConfiguration: () => ({ get: <T>(_key: string, fallback?: T) => fallback }),
  },
};

const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = moduleWithLoad._load;
moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : load.call(this, request, ...rest);
};

/** A read-only text document over `text` (LF line ends). */
export function fakeDocument(text: string, uri = 'file:///articles/hostile.txt') {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return {
    uri: { toString: () => uri },
    getText: () => text,
    offsetAt: (position: Position) => Math.min(text.length, lineStarts[position.line]! + position.character),
    positionAt: (offset: number) => {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
      return new Position(line, offset - lineStarts[line]!);
    },
  };
}
