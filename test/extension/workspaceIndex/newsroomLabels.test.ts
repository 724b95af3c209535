// The Newsroom view and Find Quotes By… show names, quotes and file names from articles through
// safeText: a hostile article and file name give no label, description or tooltip that VS Code
// would draw as a link or an icon.
import { fakeVscode } from '../fakeVscode';
import { registeredCommands } from '../fakeWorkspace';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../../src/workspaceIndex/workspaceIndex';
import { ingestBytes } from '../../../src/workspaceIndex/ingest';
import { NewsroomTree, type NewsroomNode } from '../../../src/extension/workspaceIndex/newsroomTree';
import { FindQuotesByCommand } from '../../../src/extension/workspaceIndex/findQuotesBy';
import type { IndexService } from '../../../src/extension/workspaceIndex/indexService';
import { COMMANDS } from '../../../src/extension/contributes';
import { visibleText } from '../../../src/extension/ui/safeText';

const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const VSCODE_ICON = /(?<!\\)\$\([A-Za-z0-9-]+(?:~[A-Za-z0-9-]+)?\)/;
const ARTICLE = [
  'WASHINGTON — John $(zap) Carter, a spokesman for the agency, spoke to reporters on Monday.',
  '',
  '“Read $(zap) [the memo](command:workbench.action.files.newUntitledFile) now,” Mr. Carter said.',
  '',
  '“We will see $(alert~spin) [more](https://evil.example/),” said [Jane](command:evil) Doe in [Paris](command:evil).',
  '',
].join('\n');

function assertInert(where: string, text: unknown): void {
  if (text === undefined) return;
  const value = typeof text === 'string' ? text : (text as { label?: string }).label;
  if (typeof value !== 'string') return;
  assert.doesNotMatch(value, VSCODE_LINK, `${where}: a link in ${value}`);
  assert.doesNotMatch(value, VSCODE_ICON, `${where}: an icon in ${value}`);
}

function hostileIndex(): IndexService {
  const index = new WorkspaceIndex();
  for (const uri of ['file:///desk/%24(zap)%20%5Bx%5D(command%3Ay).txt', 'file:///desk/second.txt']) {
    const result = ingestBytes({ uri, folder: 'file:///desk', bytes: new TextEncoder().encode(ARTICLE), maxBytes: 0, intern: index.intern });
    assert.equal(result.kind, 'record');
    if (result.kind === 'record') index.set(result.record);
  }
  return { index, onDidChange: () => ({ dispose() {} }) } as unknown as IndexService;
}

describe('Newsroom labels from hostile articles', () => {
  it('every tree item is inert and still reads as the article', () => {
    const tree = new NewsroomTree(hostileIndex());
    const seen: string[] = [];
    const walk = (node?: NewsroomNode) => {
      for (const child of tree.getChildren(node)) {
        const item = tree.getTreeItem(child);
        for (const [field, value] of Object.entries({ label: item.label, description: item.description, tooltip: item.tooltip })) assertInert(`${child.kind} ${field}`, value);
        seen.push(visibleText(typeof item.label === 'string' ? item.label : (item.label?.label ?? '')));
        walk(child);
      }
    };
    walk();
    assert.ok(seen.some((label) => label.includes('Read $(zap) [the memo](command:')), seen.join(' | '));
    assert.ok(seen.some((label) => label.includes('$(zap) [x](command:y).txt')), 'the file name, made safe');
    assert.ok(seen.some((label) => label.includes('Carter')), 'the speaker');
  });

  it('Find Quotes By… shows people and their quotes inert in its quick picks', async () => {
    const picks: { label: string; description?: string }[][] = [];
    const window = fakeVscode.window as unknown as { showQuickPick: unknown };
    const original = window.showQuickPick;
    // Picks the first entry each time, so that the second list (the quotes) shows too.
    window.showQuickPick = async (items: { label: string; description?: string }[]) => {
      picks.push(items);
      return items[0];
    };
    try {
      const command = new FindQuotesByCommand(hostileIndex());
      await registeredCommands.get(COMMANDS.findQuotesBy)?.();
      command.dispose();
    } finally {
      window.showQuickPick = original;
    }
    assert.equal(picks.length, 2, 'people, then quotes');
    for (const item of picks.flat()) {
      assertInert('quick pick label', item.label);
      assertInert('quick pick description', item.description);
    }
    assert.ok(picks[1].some((item) => visibleText(item.label).includes('$(zap) [the memo](command:')), 'the quote, made safe');
  });
});
