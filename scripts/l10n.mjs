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
// A message must be a string literal (a computed one could not be translated), and its
// placeholders must be {0}…{n-1} for the n values given, each used.
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

/** The messages of every translation call under src/, and the problems found with them. */
export function collectMessages() {
  const messages = new Set();
  const problems = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('l10n')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node) => {
      if (isTranslateCall(node)) {
        const where = `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const [first, ...args] = node.arguments;
        if (!first || !(ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          problems.push(`${where}: the message is not a string literal`);
        } else {
          const message = first.text;
          const used = new Set([...message.matchAll(/{([^}]+)}/g)].map((m) => m[1]));
          for (const name of used) if (!/^\d+$/.test(name) || Number(name) >= args.length) problems.push(`${where}: {${name}} has no value in "${message}"`);
          for (let i = 0; i < args.length; i++) if (!used.has(String(i))) problems.push(`${where}: value ${i} is not used in "${message}"`);
          messages.add(message);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages: [...messages].sort(), problems };
}

export function bundleText(messages) {
  return `${JSON.stringify(Object.fromEntries(messages.map((m) => [m, m])), null, 2)}\n`;
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
    console.log(`l10n/bundle.l10n.json: ${messages.length} messages`);
  }
}
