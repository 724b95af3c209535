// Strings ready for translation: package.json's contributed text is "%key%" placeholders with the
// English in package.nls.json; every string shown at run time goes through `vscode.l10n.t` (or,
// in the pure modules, `l10n.t` of ui/l10n.ts); l10n/bundle.l10n.json is what `npm run l10n`
// makes of the sources. The sources are read with the TypeScript compiler, not with patterns.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { formatMessage, l10n, useTranslation } from '../../src/extension/ui/l10n';
import { categoryName } from '../../src/extension/highlights/categories';
import { renderHoverCard } from '../../src/extension/hover/hoverContent';
import { createFactCheck, renderFactCheckCard } from '../../src/annotations/index';

// Bundled to out/test/extension/: the project is three folders up.
const root = join(__dirname, '..', '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const manifest = readJson('package.json');
const nls = readJson('package.nls.json') as Record<string, string>;

/** Every string in `value`, with where it is (`contributes.commands.0.title`). */
function strings(value: unknown, path: string[] = []): { path: string[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}
const PLACEHOLDER = /^%([^%\s]+)%$/;

/** The fields of a manifest that VS Code shows as text, wherever they appear. */
const TEXT_FIELDS = new Set(['title', 'description', 'markdownDescription', 'patternErrorMessage', 'deprecationMessage', 'markdownDeprecationMessage', 'name', 'contextualTitle', 'contents', 'altText', 'category', 'label']);

describe('package.json and package.nls.json', () => {
  const placeholders = strings(manifest).flatMap(({ path, text }) => {
    const match = PLACEHOLDER.exec(text);
    return match ? [{ path, key: match[1] }] : [];
  });

  it('every %key% in package.json has its English text in package.nls.json', () => {
    assert.ok(placeholders.length > 50, 'package.json uses placeholders');
    for (const { path, key } of placeholders) assert.ok(typeof nls[key] === 'string' && nls[key].trim() !== '', `${path.join('.')}: %${key}% is not in package.nls.json`);
  });

  it('every key of package.nls.json is used', () => {
    const used = new Set(placeholders.map((p) => p.key));
    for (const key of Object.keys(nls)) assert.ok(used.has(key), `package.nls.json: ${key} is used nowhere in package.json`);
  });

  it('every contributed text, the display name and the description are placeholders', () => {
    const contributed = strings(manifest.contributes, ['contributes']).filter(({ path }) => {
      const field = path[path.length - 1];
      // Walkthrough media name files, views name ids only under `id`; a `when` or `command` is no text.
      if (path.includes('media') && field !== 'altText') return false;
      return TEXT_FIELDS.has(field) || path.includes('enumDescriptions') || path.includes('markdownEnumDescriptions');
    });
    const top = strings({ displayName: manifest.displayName, description: manifest.description, trust: (manifest.capabilities as { untrustedWorkspaces: { description: string } }).untrustedWorkspaces.description });
    assert.ok(contributed.length > 50);
    for (const { path, text } of [...contributed, ...top]) assert.match(text, PLACEHOLDER, `${path.join('.')} is text, not a %key%: ${text}`);
  });

  it('translations of the manifest and of the messages name only keys that exist', () => {
    const bundle = readJson('l10n/bundle.l10n.json');
    for (const name of readdirSync(root).filter((n) => /^package\.nls\.[\w-]+\.json$/.test(n))) {
      for (const key of Object.keys(readJson(name))) assert.ok(key in nls, `${name}: ${key} is not in package.nls.json`);
    }
    for (const name of readdirSync(join(root, 'l10n')).filter((n) => /^bundle\.l10n\.[\w-]+\.json$/.test(n))) {
      for (const key of Object.keys(readJson(join('l10n', name)))) assert.ok(key in bundle, `l10n/${name}: "${key}" is not a message of the extension`);
    }
  });

  it('package.json points VS Code at the bundle, and the VSIX ships both', () => {
    assert.equal(manifest.l10n, './l10n');
    assert.ok(existsSync(join(root, 'l10n', 'bundle.l10n.json')));
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
    for (const line of ['!package.nls.json', '!package.nls.*.json', '!l10n/*.json']) assert.ok(ignore.includes(line), `.vscodeignore lets ${line.slice(1)} in`);
  });
});

// ---- run-time strings ------------------------------------------------------------------------

/** Where a string is shown: these calls show their arguments… */
const SHOWING_CALLS: Record<string, 'all' | number> = {
  showInformationMessage: 'all',
  showWarningMessage: 'all',
  showErrorMessage: 'all',
  showInformation: 'all',
  showWarning: 'all',
  showError: 'all',
  setStatusBarMessage: 0,
};
/** …these constructors one of theirs… */
const SHOWING_CONSTRUCTORS: Record<string, number> = { TreeItem: 0, CodeAction: 0, MarkdownString: 0, Diagnostic: 1, FactCheckNotice: 0 };
/** …and these properties (quick picks, input boxes, tree items, status bar items, dialogs, commands) their value. */
const SHOWING_PROPERTIES = new Set(['title', 'placeHolder', 'placeholder', 'prompt', 'label', 'description', 'detail', 'tooltip', 'text', 'message', 'saveLabel', 'openLabel', 'action', 'validateInput', 'validationMessage']);
/** Functions that build a hover card or a tooltip: what they return, push or name is shown. */
const TEXT_BUILDER = /^render|Tooltip$/;
/** Calls whose first argument is shown as it is (escaped or shortened). */
const PASSING_CALLS = new Set(['safeText', 'safeLines', 'safeHighlightedLabel', 'String', 'escapeMarkdown', 'escapeMarkdownText', 'oneLine', 'truncate', 'firstWords', 'revealLink']);
/** Text that is no language: a file extension, a URL's start. */
const NOT_LANGUAGE = [/^\.[a-z]+$/, /^https:\/\/…$/];

function isTranslateCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 't') return false;
  const target = node.expression.expression;
  return (ts.isIdentifier(target) && target.text === 'l10n') || (ts.isPropertyAccessExpression(target) && target.name.text === 'l10n');
}

/** Whether fixed text holds words (codicons like `$(warning)` are not words). */
function hasWords(text: string): boolean {
  if (NOT_LANGUAGE.some((pattern) => pattern.test(text))) return false;
  return /\p{L}/u.test(text.replace(/\$\([\w~-]+\)/g, ''));
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

/** The untranslated fixed text in an expression that is shown. */
function untranslated(expression: ts.Node): ts.Node[] {
  if (isTranslateCall(expression)) return [];
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return hasWords(expression.text) ? [expression] : [];
  if (ts.isTemplateExpression(expression)) {
    const fixed = [expression.head.text, ...expression.templateSpans.map((s) => s.literal.text)].join(' ');
    return [...(hasWords(fixed) ? [expression] : []), ...expression.templateSpans.flatMap((s) => untranslated(s.expression))];
  }
  if (ts.isConditionalExpression(expression)) return [...untranslated(expression.whenTrue), ...untranslated(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (operator === ts.SyntaxKind.PlusToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
      return [...untranslated(expression.left), ...untranslated(expression.right)];
    }
    return [];
  }
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isNonNullExpression(expression) || ts.isSpreadElement(expression)) return untranslated(expression.expression);
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap(untranslated);
  if (ts.isArrowFunction(expression)) return ts.isBlock(expression.body) ? [] : untranslated(expression.body);
  if (ts.isCallExpression(expression)) {
    const name = calleeName(expression.expression);
    if (name === 'join' && ts.isPropertyAccessExpression(expression.expression)) return untranslated(expression.expression.expression);
    if (name === 'map' && expression.arguments[0]) return untranslated(expression.arguments[0]);
    if (name && PASSING_CALLS.has(name) && expression.arguments[0]) return untranslated(expression.arguments[0]);
  }
  return [];
}

interface Offence {
  where: string;
  text: string;
}

/** Fixed text shown without translation in one source file. */
export function untranslatedText(fileName: string, text: string): Offence[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: ts.Node[] = [];
  const inBuilder: boolean[] = [false];
  const visit = (node: ts.Node): void => {
    if (isTranslateCall(node)) return;
    const builds = (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) && node.name !== undefined && TEXT_BUILDER.test(node.name.getText(source));
    if (builds) inBuilder.push(true);
    const building = inBuilder[inBuilder.length - 1];
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const shown = name !== undefined ? SHOWING_CALLS[name] : undefined;
      if (shown === 'all') found.push(...node.arguments.flatMap(untranslated));
      else if (shown !== undefined && node.arguments[shown]) found.push(...untranslated(node.arguments[shown]));
      if (building && name === 'push') found.push(...node.arguments.flatMap(untranslated));
    } else if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      const index = name !== undefined ? SHOWING_CONSTRUCTORS[name] : undefined;
      if (index !== undefined && node.arguments?.[index]) found.push(...untranslated(node.arguments[index]));
    } else if (ts.isPropertyAssignment(node) && SHOWING_PROPERTIES.has(node.name.getText(source))) {
      found.push(...untranslated(node.initializer));
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SHOWING_PROPERTIES.has(node.left.name.text)) {
      found.push(...untranslated(node.right));
    } else if (building && ts.isReturnStatement(node) && node.expression) {
      found.push(...untranslated(node.expression));
    } else if (building && ts.isVariableDeclaration(node) && node.initializer) {
      found.push(...untranslated(node.initializer));
    }
    ts.forEachChild(node, visit);
    if (builds) inBuilder.pop();
  };
  visit(source);
  return found.map((node) => ({ where: `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`, text: node.getText(source) }));
}

/** The user interface's sources: the extension, and the fact-check card it shows in hovers. */
function uiSources(): { name: string; text: string }[] {
  const folder = join(root, 'src', 'extension');
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).map((name) => join('src', 'extension', name));
  return [...names, join('src', 'annotations', 'card.ts')].map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') }));
}

describe('run-time strings', () => {
  it('no fixed text reaches a notification, quick pick, input box, tree item, status bar, hover or code action untranslated', () => {
    const offences = uiSources().flatMap(({ name, text }) => untranslatedText(name, text));
    assert.deepEqual(offences, []);
  });

  it('the scan finds untranslated text in each kind of place it guards', () => {
    const samples = [
      "void showWarning(`Newsmark could not save ${name}`);",
      "void vscode.window.showInformationMessage('Done', 'Open');",
      "void vscode.window.setStatusBarMessage(on ? 'Highlights on' : vscode.l10n.t('Highlights off'), 3000);",
      "const item = new vscode.TreeItem('Fact checks');",
      "const pick = vscode.window.showQuickPick(items, { title: 'Go to Quote', placeHolder: vscode.l10n.t('Type') });",
      "item.tooltip = safeText(`This file is ${size} MB`);",
      "item.text = `$(warning) Newsmark: skipped`;",
      "const box = { validateInput: (v: string) => (ok(v) ? undefined : 'A date as YYYY-MM-DD') };",
      "function renderCard(card: Card): string { const lines: string[] = []; lines.push(`Role: ${card.role}`); return lines.join('\\n'); }",
      "function quoteTooltip(quote: Quote): string { return [`Speaker: ${quote.speaker}`].join('\\n'); }",
      "const action = new vscode.CodeAction(`Disable rule ${rule}`, kind);",
    ];
    for (const sample of samples) assert.ok(untranslatedText('sample.ts', sample).length > 0, sample);
    const fine = [
      "void showWarning(vscode.l10n.t('Newsmark could not save {0}', name));",
      "item.text = `$(warning) ${vscode.l10n.t('Newsmark: skipped')}`;",
      "item.description = String(count);",
      "const pick = { label: safeText(name), description: '.md' };",
      "function renderCard(card: Card): string { switch (card.kind) { case 'entity': return l10n.t('Role: {0}', card.role); } return ''; }",
      "if (status === 'verified') log.info('Analysed the article');",
    ];
    for (const sample of fine) assert.deepEqual(untranslatedText('sample.ts', sample), [], sample);
  });
});

describe('l10n/bundle.l10n.json', () => {
  it('is what npm run l10n makes of the current sources (every message a literal, every placeholder given)', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'l10n.mjs'), '--print'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8'), result.stdout, 'l10n/bundle.l10n.json is stale: run npm run l10n');
  });

  it('holds the messages of the extension, English for English', () => {
    const bundle = readJson('l10n/bundle.l10n.json') as Record<string, string>;
    assert.ok(Object.keys(bundle).length > 100);
    // A message given a comment is keyed `message/comment` and written as `{ message, comment }`.
    for (const [key, value] of Object.entries(bundle)) {
      if (typeof value === 'string') assert.equal(value, key);
      else assert.ok(key.startsWith(`${(value as { message: string }).message}/`), key);
    }
    assert.equal(bundle['Newsmark found no quotes in this article.'], 'Newsmark found no quotes in this article.');
  });
});

describe('translation of the pure modules', () => {
  const english = { t: (message: string, ...args: (string | number | boolean)[]) => formatMessage(message, args) };
  const marked = { t: (message: string, ...args: (string | number | boolean)[]) => `«${formatMessage(message, args)}»` };

  it('fills {0}, {1}… in one pass, as VS Code does: a value holding {1} stays as it is', () => {
    assert.equal(formatMessage('{0} → {1}', ['{1}', 'x']), '{1} → x');
    assert.equal(formatMessage('{0} and {2}', ['a']), 'a and {2}');
    assert.equal(formatMessage('{count} reviews in {path}', { count: 2, path: '{count}' }), '2 reviews in {count}');
    assert.equal(l10n.t('line {0}', 3), 'line 3');
  });

  it('hover cards and category names use the translation activation installs, and still escape the values', () => {
    useTranslation(marked);
    try {
      assert.equal(categoryName('person', 'plural'), '«People»');
      const card = renderHoverCard({ kind: 'date', text: '[Friday](command:x)', articleDate: '2024-05-03' }, 'file:///a.txt');
      assert.match(card, /«Value: not resolved»/);
      assert.match(card, /«Article date: 2024\\-05\\-03»/);
      assert.ok(card.includes('\\[Friday\\]\\(command\\:x\\)'), card);
    } finally {
      useTranslation(english);
    }
    assert.equal(categoryName('person', 'plural'), 'People');
  });

  it('the fact-check card takes the translation the extension passes, and escapes the note it puts in', () => {
    const check = createFactCheck({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      now: '2026-01-05T10:00:00.000Z',
      status: 'disputed',
      note: '[run](command:workbench.action.terminal.new)',
      creator: 'Desk',
      kind: 'claim',
      target: { source: 'a.txt', exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
    });
    const commands = { change: 'newsmark.setFactCheckStatus', addSource: 'newsmark.addFactCheckSource', remove: 'newsmark.removeFactCheck' };
    const card = renderFactCheckCard(check, { args: [], commands, l10n: marked, statusLabel: () => 'Umstritten' });
    assert.match(card, /^«\*\*Fact check\*\* · Umstritten»/);
    assert.match(card, /«Note: \\\[run\\\]\\\(command\\:workbench/);
    assert.match(card, /«Claim checked by Desk · 2026\\-01\\-05»/);
    assert.match(card, /\[«Remove»\]\(command:newsmark\.removeFactCheck/);
  });
});
