// Newsmark declares that it supports untrusted workspaces: in Restricted Mode it still highlights,
// explains and lists the article, because it only reads the open document's text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CATEGORIES, SAMPLE, categoryOfVariable, decorationClasses, hoverWord, openFromExplorer, openWorkbench,
  runCommand, treeRows, waitFor, withScreenshot,
} from './harness.mjs';

describe('Newsmark in Restricted Mode', { timeout: 240_000 }, () => {
  let workbench;
  let page;
  let editor;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `restricted-${name}`, body));

  before(async () => {
    workbench = await openWorkbench('restricted', {}, { restricted: true });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('the workspace is untrusted', async () => {
    await waitFor(async () => /Restricted Mode/i.test(await page.locator('.monaco-workbench').innerText()),
      { message: 'the Restricted Mode indicator' });
  });

  step('highlights the sample article in all four categories', async () => {
    editor = await openFromExplorer(page, SAMPLE);
    await waitFor(async () => {
      const classes = await decorationClasses(editor);
      const categories = new Set(classes.flatMap((c) => c.variables.map(categoryOfVariable)).filter(Boolean));
      return CATEGORIES.every((category) => categories.has(category));
    }, { timeout: 45_000, message: 'decorations of all four categories in Restricted Mode' });
  });

  step('shows hover cards and the tree', async () => {
    const card = await hoverWord(page, editor, 'Blinken', 'Antony J. Blinken');
    assert.match(card, /Antony J\. Blinken/);
    await page.keyboard.press('Escape');
    await runCommand(page, 'Newsmark: Show Article Entities');
    await waitFor(async () => {
      const rows = await treeRows(page);
      return ['People', 'Places', 'Dates', 'Quotes'].every((group) => rows.some((row) => row.label === group));
    }, { message: 'the four groups in the tree' });
    await workbench.screenshot('restricted-mode');
  });
});
