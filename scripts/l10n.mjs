// Writes l10n/bundle.l10n.json, the English bundle of every run-time message, from the sources:
// each `vscode.l10n.t('…')` in src/extension/ and each `l10n.t('…')` of the pure modules
// (src/extension/ui/l10n.ts, the fact-check card's translation option). As `@vscode/l10n-dev
// export` does, the key and the value are the English message. Keys are sorted, so the file only
// changes when a message does.
//
//   node scripts/l10n.mjs           write the bundle (npm run l10n)
//   node scripts/l10n.mjs --check   exit 1 when the bundle is not what the sources give
//   node scripts/l10n.mjs --print   print what the sources give
//
// All three forms of `vscode.l10n.t` are read: `t('… {0} …', value)`, `t('… {name} …', { name })`
// and `t({ message: '…', args, comment })`; a message with a comment is keyed `message/comment`
// and written as `{ message, comment }`, as `@vscode/l10n-dev export` does. A message must be a
// string literal (a computed one could not be translated), and its placeholders must be exactly
// the values given: {0}…{n-1} for n values, or the names of the object of values.
import ts from 'typescript';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const BUNDLE = join(root, 'l10n', 'bundle.l10n.json');

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** `l10n.t(…)` or `vscode.l10n.t(…)`: a call of `t` on something named `l10n`. */
function isTranslateCall(node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 't') return false;
  const target = node.expression.expression;
  return (ts.isIdentifier(target) && target.text === 'l10n') || (ts.isPropertyAccessExpression(target) && target.name.text === 'l10n');
}

const isLiteral = (node) => node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));
const propertyName = (property) => (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined);
const property = (object, name) => object.properties.find((p) => propertyName(p) === name);

/** The names of the values a call gives: `0`, `1`… or an object's keys; undefined when they cannot be known. */
function valueNames(args) {
  if (args.length === 1 && ts.isObjectLiteralExpression(args[0])) {
    const names = args[0].properties.map(propertyName);
    return names.includes(undefined) ? undefined : names;
  }
  if (args.some((a) => ts.isSpreadElement(a))) return undefined;
  return args.map((_, i) => String(i));
}

/** The bundle entry of one `l10n.t` call, or undefined after noting what is wrong with it. */
function readCall(node, where, problems) {
  const [first, ...rest] = node.arguments;
  let message;
  let comment;
  let names;
  if (first && ts.isObjectLiteralExpression(first)) {
    const messageProperty = property(first, 'message');
    message = messageProperty && ts.isPropertyAssignment(messageProperty) && isLiteral(messageProperty.initializer) ? messageProperty.initializer.text : undefined;
    const commentProperty = property(first, 'comment');
    if (commentProperty && ts.isPropertyAssignment(commentProperty)) {
      const value = commentProperty.initializer;
      if (isLiteral(value)) comment = [value.text];
      else if (ts.isArrayLiteralExpression(value) && value.elements.every(isLiteral)) comment = value.elements.map((e) => e.text);
      else problems.push(`${where}: the comment is not a string literal or a list of them`);
    }
    const argsProperty = property(first, 'args');
    names = !argsProperty ? [] : ts.isPropertyAssignment(argsProperty) && ts.isArrayLiteralExpression(argsProperty.initializer) ? valueNames([...argsProperty.initializer.elements]) : ts.isPropertyAssignment(argsProperty) && ts.isObjectLiteralExpression(argsProperty.initializer) ? valueNames([argsProperty.initializer]) : undefined;
  } else if (isLiteral(first)) {
    message = first.text;
    names = valueNames(rest);
  }
  if (message === undefined) {
    problems.push(`${where}: the message is not a string literal`);
    return undefined;
  }
  if (names !== undefined) {
    const used = new Set([...message.matchAll(/{([^}]+)}/g)].map((m) => m[1]));
    for (const name of used) if (!names.includes(name)) problems.push(`${where}: {${name}} has no value in "${message}"`);
    for (const name of names) if (!used.has(name)) problems.push(`${where}: the value ${name} is not used in "${message}"`);
  }
  return comment ? { key: `${message}/${comment.join('')}`, value: { message, comment } } : { key: message, value: message };
}

/** The messages of every translation call under src/, and the problems found with them. */
export function collectMessages() {
  const messages = new Map();
  const problems = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('l10n')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node) => {
      if (isTranslateCall(node)) {
        const where = `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const found = readCall(node, where, problems);
        if (found) {
          const previous = messages.get(found.key);
          if (previous && JSON.stringify(previous) !== JSON.stringify(found.value)) problems.push(`${where}: "${found.key}" is given twice with different comments`);
          messages.set(found.key, found.value);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages: new Map([...messages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), problems };
}

export function bundleText(messages) {
  return `${JSON.stringify(Object.fromEntries(messages), null, 2)}\n`;
}

const mode = process.argv[2];
if (import.meta.url === `file://${process.argv[1]}`) {
  const { messages, problems } = collectMessages();
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  const text = bundleText(messages);
  if (mode === '--print') {
    process.stdout.write(text);
  } else if (mode === '--check') {
    const current = existsSync(BUNDLE) ? readFileSync(BUNDLE, 'utf8') : '';
    if (current !== text) {
      console.error('l10n/bundle.l10n.json is not what the sources give: run npm run l10n');
      process.exit(1);
    }
  } else {
    mkdirSync(join(root, 'l10n'), { recursive: true });
    writeFileSync(BUNDLE, text);
    console.log(`l10n/bundle.l10n.json: ${messages.size} messages`);
  }
}
