// Newsmark's browser build (dist/web/extension.js) in VS Code's web-worker extension host, where
// VS Code for the Web runs it: the third code-server of scripts/e2e.sh has the user setting
// "remote.extensionKind": {"newsmark.newsmark": ["ui"]}. The suite first makes sure Newsmark was
// activated by the worker host and not by the server's Node host, then runs the core workflow:
// highlights, a hover card, the tree, Next Quote and a fact check written through workspace.fs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  SAMPLE, cursorPosition, cursorToStart, hoverWord, openFromExplorer, openWorkbench, pickItem, runCommand,
  treeRows, waitFor, waitForAllCategories, withScreenshot, wordBox,
} from './harness.mjs';

const GROUPS = ['People', 'Places', 'Dates', 'Quotes'];
const ACTIVATION = 'ExtensionService#_doActivateExtension newsmark.newsmark';
const NOTE = 'Checked in the browser build';

/** Text of every remoteexthost.log (the server's Node extension host) of the worker server. */
function serverHostLogs() {
  const root = process.env.E2E_WORKER_LOGS;
  if (!root) throw new Error('E2E_WORKER_LOGS is not set: run the end-to-end tests through scripts/e2e.sh');
  const texts = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'remoteexthost.log') texts.push(readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(root)) walk(root);
  return texts;
}

describe('Newsmark in the web-worker extension host', { timeout: 420_000 }, () => {
  let workbench;
  let page;
  let editor;
  const step = (name, body) => it(name, { timeout: 120_000 }, withScreenshot(() => workbench, `web-worker-${name}`, body));
  const sidecar = () => join(workbench.folder, '.newsmark', `${SAMPLE}.annotations.json`);

  before(async () => {
    workbench = await openWorkbench('web-worker', {}, { worker: true });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('draws highlights of all four categories', async () => {
    editor = await openFromExplorer(page, SAMPLE);
    await editor.locator('.view-lines', { hasText: 'Blinken Will Meet With Russia' }).waitFor();
    await waitForAllCategories(editor, 'all four categories highlighted by the browser build', 90_000);
  });

  step('Newsmark was activated by the web-worker extension host', async () => {
    // The worker host's log is an output channel of the browser window.
    await runCommand(page, 'Output: Show Output Channels...');
    await pickItem(page, 'Extension Host (Worker)');
    const output = page.locator('.part.panel .output-view, .part.panel [id="workbench.panel.output"]').first();
    await output.waitFor({ timeout: 30_000 });
    // Find in the output editor counts the matches of the activation line, wherever it scrolled.
    await output.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+f');
    const find = output.locator('.find-widget');
    await find.locator('textarea, input').first().fill(ACTIVATION);
    const matches = await waitFor(async () => {
      const text = (await find.locator('.matchesCount').innerText().catch(() => '')).trim();
      return /^\d+ of \d+$/.test(text) ? text : null;
    }, { timeout: 30_000, message: `"${ACTIVATION}" in the Extension Host (Worker) output` });
    await workbench.screenshot('web-worker-activation');
    await page.keyboard.press('Escape');
    assert.match(matches, /of [1-9]/);
    // …and the server's Node extension host, which would run dist/extension.js, never activated it.
    const serverLogs = serverHostLogs();
    assert.ok(!serverLogs.some((text) => text.includes(ACTIVATION)),
      'the server-side extension host did not activate Newsmark');
  });

  step('shows a hover card for a person', async () => {
    const card = await hoverWord(page, editor, 'Blinken', 'Antony J. Blinken');
    assert.match(card, /person|people/i);
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 500);
  });

  step('lists People, Places, Dates and Quotes in the Newsmark view', async () => {
    await runCommand(page, 'Newsmark: Show Article Entities');
    const rows = await waitFor(async () => {
      const current = await treeRows(page);
      return GROUPS.every((group) => current.some((row) => row.label === group)) ? current : null;
    }, { timeout: 30_000, message: `the groups ${GROUPS.join(', ')} in the side bar` });
    for (const group of GROUPS) assert.match(rows.find((r) => r.label === group).description, /\d/);
  });

  step('Next Quote moves the cursor to the first quote', async () => {
    await cursorToStart(page, editor);
    await runCommand(page, 'Newsmark: Next Quote');
    const position = await waitFor(async () => {
      const current = await cursorPosition(page);
      return current.line > 1 ? current : null;
    }, { timeout: 20_000, message: 'Next Quote to move the cursor' });
    // The first quote of the article is in its first paragraph (line 3).
    assert.equal(position.line, 3, `first quote at ${position.text}`);
  });

  step('Set Fact-check Status… writes the annotation file through workspace.fs', async () => {
    const box = await waitFor(() => wordBox(editor, 'dangerous'), { message: '"dangerous" rendered' });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await pickItem(page, 'Disputed');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await page.locator('.quick-input-widget').innerText()).includes('note'), { message: 'the note input box' });
    await input.fill(NOTE);
    await input.press('Enter');
    const json = await waitFor(() => {
      try {
        const parsed = JSON.parse(readFileSync(sidecar(), 'utf8'));
        return parsed.items?.length === 1 ? parsed : null;
      } catch {
        return null;
      }
    }, { timeout: 30_000, message: `one annotation in ${sidecar()}` });
    const [item] = json.items;
    assert.equal(item.body.find((b) => b.purpose === 'tagging').value, 'disputed');
    assert.equal(item.body.find((b) => b.purpose === 'commenting').value, NOTE);
    assert.equal(item.target.selector.find((s) => s.type === 'TextQuoteSelector').exact, 'an extremely dangerous situation.');
    const card = await hoverWord(page, editor, 'dangerous', 'Fact check');
    assert.match(card, /Disputed/);
    await workbench.screenshot('web-worker-fact-check');
  });
});
