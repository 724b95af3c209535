// Tree items, quick picks and the status bar show article text through safeText: a hostile
// article (the one of the end-to-end injection test, plus a hostile speaker and date) gives no
// label, description, detail or tooltip that VS Code would draw as a link or an icon.
import { EventEmitter, fakeDocument } from './fakeVscode';
import { registeredCommands, shown, statusBarItem } from './fakeWorkspace';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extractor/index';
import { ArticleTree, type ArticleTreeNode } from '../../src/extension/articleTree';
import { Navigation } from '../../src/extension/navigation';
import { StatusBar } from '../../src/extension/statusBar';
import { visibleText } from '../../src/extension/safeText';

const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const VSCODE_ICON = /(?<!\\)\$\([A-Za-z0-9-]+(?:~[A-Za-z0-9-]+)?\)/;
const MEMO_LINK = '[the memo](command:workbench.action.files.newUntitledFile)';
const ARTICLE = [
  'Agency Spokesman Speaks to Reporters',
  '',
  'WASHINGTON — John Carter, a spokesman for the agency, spoke to reporters on Monday.',
  '',
  `“Read $(zap) ${MEMO_LINK} now,” Mr. Carter said.`,
  '',
  `“We will see $(alert~spin) [more](https://evil.example/),” said [Jane](command:evil) Doe.`,
  '',
].join('\n');

function assertInert(where: string, text: unknown): void {
  if (typeof text !== 'string') return;
  assert.doesNotMatch(text, VSCODE_LINK, `${where}: a link in ${text}`);
  assert.doesNotMatch(text, VSCODE_ICON, `${where}: an icon in ${text}`);
}
function labelOf(label: unknown): string {
  return typeof label === 'string' ? label : (label as { label: string }).label;
}

const document = Object.assign(fakeDocument(ARTICLE, 'file:///desk/[x](command:y) $(zap).txt'), {
  lineAt: (line: number) => ({ text: ARTICLE.split('\n')[line] ?? '' }),
});
(document.uri as unknown as { path: string }).path = '/desk/[x](command:y) $(zap).txt';
const analysis = extract(ARTICLE);
const article = {
  document,
  analysis,
  editor: { document, selection: { start: { line: 0, character: 0 } }, viewColumn: 1 },
  verdict: { kind: 'annotate' },
  onDidChange: new EventEmitter<void>().event,
};

describe('labels from a hostile article', () => {
  it('the article extracts its hostile quotes (the test is about them)', () => {
    assert.ok(analysis.quotes.some((q) => q.text.includes(MEMO_LINK)), JSON.stringify(analysis.quotes.map((q) => q.text)));
  });

  it('every tree item: label, description and tooltip', () => {
    const tree = new ArticleTree(article as never);
    tree.registerSection({ order: 1, build: () => ({ id: 'x', label: `Section ${MEMO_LINK}`, description: '$(zap)', tooltip: `one ${MEMO_LINK}\ntwo $(zap)` }) });
    const seen: string[] = [];
    const walk = (nodes: ArticleTreeNode[]) => {
      for (const node of nodes) {
        const item = tree.getTreeItem(node) as unknown as { label: unknown; description?: unknown; tooltip?: unknown };
        const label = labelOf(item.label);
        seen.push(visibleText(label));
        assertInert(`${node.kind} label`, label);
        assertInert(`${node.kind} description`, item.description);
        assertInert(`${node.kind} tooltip`, item.tooltip);
        walk(tree.getChildren(node));
      }
    };
    walk(tree.getChildren());
    assert.ok(seen.some((label) => label.includes('Read $(zap) [the memo]')), `the quote is listed literally: ${seen.join(' | ')}`);
    assert.ok(seen.includes(`Section ${MEMO_LINK}`));
  });

  it('Go to Quote… and Go to Entity…: label, description and detail', async () => {
    new Navigation(article as never);
    shown.reset();
    await registeredCommands.get('newsmark.goToQuote')!();
    await registeredCommands.get('newsmark.goToEntity')!();
    assert.equal(shown.quickPicks.length, 2);
    const items = shown.quickPicks.flat() as { label: string; description?: string; detail?: string }[];
    for (const item of items) {
      assertInert('quick pick label', item.label.replace(/^\$\([a-z-]+\) /, ''));
      assertInert('quick pick description', item.description);
      assertInert('quick pick detail', item.detail);
    }
    assert.ok(items.some((item) => visibleText(item.label).includes(`Read $(zap) ${MEMO_LINK}`)));
  });

  it('the status bar', () => {
    new StatusBar(article as never);
    assertInert('status bar text', (statusBarItem.text as string).replace(/\$\([a-z-]+\) /g, ''));
    assert.match(statusBarItem.text as string, /^\$\(person\) \d/);
  });
});
