// Hostile article text is shown as text: Markdown, HTML, `command:` and `javascript:` links and
// backticks and icon syntax inside a quote appear literally in the hover card, the quick pick, and the
// tree's labels and tooltips, and clicking them runs nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeEditor, hoverWord, openFromExplorer, openWorkbench, runCommand, treeRows, waitFor, withScreenshot,
} from './harness.mjs';

const MEMO_LINK = '[the memo](command:workbench.action.files.newUntitledFile)';
const JS_LINK = "[the file](javascript:document.title='pwned')";
// No straight double quote inside: it would close the quotation.
const HTML = '<img src=x onerror=alert(1)>';
const CODE = '`rm -rf /`';
// Icon syntax: quick picks would draw it as an icon unless escaped.
const ICON = '$(zap)';
// Newsmark puts a zero-width space after `]` and `$` before `(` (see src/extension/safeText.ts):
// the text reads the same, and forms no link or icon. Compare what a reader sees.
const visible = (text) => text.replace(/\u200b/g, '');
const QUOTE = `Read ${ICON} ${MEMO_LINK} and ${JS_LINK} now, ${HTML} then ${CODE} **today**`;
const ARTICLE = [
  'Agency Spokesman Speaks to Reporters',
  '',
  'WASHINGTON — John Carter, a spokesman for the agency, spoke to reporters on Monday.',
  '',
  `“${QUOTE},” Mr. Carter said.`,
  '',
  'The agency did not say when the memo would be published.',
  '',
].join('\n');

// The same hostile article as plain text and as Markdown (where VS Code itself knows links).
for (const FILE of ['hostile-copy.txt', 'hostile-copy.md']) describe(`Hostile article text (${FILE})`, { timeout: 240_000 }, () => {
  let workbench;
  let page;
  let editor;
  const dialogs = [];
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `injection-${FILE}-${name}`, body));

  before(async () => {
    workbench = await openWorkbench(`hostile-${FILE.replace('.', '-')}`, { [FILE]: ARTICLE });
    page = workbench.page;
    page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  });
  after(async () => { await workbench?.close(); });

  const editorTabs = () => page.locator('.part.editor .tabs-container .tab').evaluateAll(
    (tabs) => tabs.map((tab) => tab.getAttribute('aria-label') ?? tab.textContent.trim()));

  step('opens the article', async () => {
    editor = await openFromExplorer(page, FILE);
    await editor.locator('.view-lines', { hasText: 'Agency Spokesman' }).waitFor();
  });

  step('the quote card shows the raw text and holds no foreign link, image or code', async () => {
    const card = await hoverWord(page, editor, 'memo', 'the memo');
    for (const literal of [ICON, MEMO_LINK, JS_LINK, HTML, CODE, '**today**']) {
      assert.ok(card.includes(literal), `the card shows ${literal} literally; card:\n${card}`);
    }
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    const links = await hover.locator('a').evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
    for (const href of links) {
      assert.ok(href === '' || /^command:newsmark\./.test(href), `only Newsmark command links in the card, found ${href}`);
    }
    assert.equal(await hover.locator('img').count(), 0, 'no image from article text');
    // The card's own headings may be bold; nothing from the article may be.
    const formatted = await hover.locator('code, strong, b, em, i').allInnerTexts();
    for (const text of formatted) {
      assert.ok(!/today|rm -rf|memo|onerror/.test(text), `article text rendered as formatting: ${text}`);
    }
    await workbench.screenshot(`injection-hover-${FILE}`);
  });

  step('clicking the text in the card runs nothing', async () => {
    const tabsBefore = await editorTabs();
    const titleBefore = await page.title();
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    for (const text of ['the memo', 'the file', 'onerror', 'rm -rf']) {
      // Re-open the card if the previous click closed it.
      if (!(await hover.isVisible())) await hoverWord(page, editor, 'memo', 'the memo');
      const target = page.locator('.monaco-hover:not(.hidden)').first().getByText(text, { exact: false }).first();
      await target.click({ timeout: 10_000 });
    }
    // Give a command, if one had been triggered, time to open its editor.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(await editorTabs(), tabsBefore, 'no editor was opened');
    assert.equal(await page.title(), titleBefore, 'no script changed the page');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    await page.keyboard.press('Escape');
  });

  step('the person card lists the quote as text behind a Newsmark link only', async () => {
    await page.mouse.move(5, 500);
    const card = await hoverWord(page, activeEditor(page), 'Carter', 'John Carter', 0);
    assert.match(card, /John Carter/);
    const links = await page.locator('.monaco-hover:not(.hidden) a').evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
    for (const href of links) {
      assert.ok(href === '' || /^command:newsmark\./.test(href), `only Newsmark command links in the card, found ${href}`);
    }
    await page.keyboard.press('Escape');
  });

  step('Go to Quote… lists the quote literally and jumps to it', async () => {
    await page.mouse.move(5, 500);
    await runCommand(page, 'Newsmark: Go to Quote…');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('memo');
    const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused');
    await row.filter({ hasText: 'the memo' }).waitFor({ timeout: 15_000 });
    assert.match(visible(await row.innerText()), /Read \$\(zap\) \[the memo\]\(command:/, 'icon and link syntax shown as text in the quick pick');
    assert.equal(await row.locator('.codicon-zap').count(), 0, 'no icon drawn from article text');
    const titleBefore = await page.title();
    await input.press('Enter');
    await waitFor(async () => /Ln 5,/.test(await page.locator('[id="status.editor.selection"]').innerText()),
      { timeout: 15_000, message: 'the cursor on the quote, line 5' });
    assert.equal(await page.title(), titleBefore);
    assert.deepEqual(dialogs, []);
  });

  step('the tree shows the quote literally', async () => {
    await runCommand(page, 'Newsmark: Show Article Entities');
    const sidebar = page.locator('.part.sidebar');
    const quoteRow = await waitFor(async () => {
      const rows = await treeRows(page);
      const hit = rows.find((row) => row.label.includes('[the memo]'));
      if (hit) return hit;
      const quotes = rows.find((row) => row.label === 'Quotes');
      if (!quotes) return null;
      const under = [];
      for (const row of rows.filter((r) => r.index > quotes.index)) {
        if (row.level <= quotes.level) break;
        under.push(row);
      }
      const collapsed = [quotes, ...under].find((row) => row.expanded === 'false');
      if (collapsed) await sidebar.locator(`.monaco-list-row[data-index="${collapsed.index}"]`).click();
      return null;
    }, { timeout: 30_000, message: 'the hostile quote in the tree' });
    assert.ok(visible(quoteRow.label).startsWith('“Read $(zap) [the memo]'), `tree label is literal: ${quoteRow.label}`);
    const row = sidebar.locator(`.monaco-list-row[data-index="${quoteRow.index}"]`);
    const titleBefore = await page.title();
    await row.click();
    assert.equal(await page.title(), titleBefore);
    assert.deepEqual(dialogs, []);
    // Its tooltip is plain text too: no link, image or formatting made from the article.
    const tooltip = page.locator('.monaco-hover:not(.hidden), .workbench-hover').filter({ hasText: 'the memo' }).first();
    await waitFor(async () => {
      await page.mouse.move(5, 500);
      await row.hover();
      return tooltip.waitFor({ timeout: 3_000 }).then(() => true, () => false);
    }, { timeout: 30_000, message: 'the tooltip of the quote in the tree' });
    const text = visible(await tooltip.innerText());
    for (const literal of [ICON, MEMO_LINK, JS_LINK, HTML, CODE, '**today**']) {
      assert.ok(text.includes(literal), `the tooltip shows ${literal} literally; tooltip:\n${text}`);
    }
    assert.equal(await tooltip.locator('a, img, code, strong').count(), 0, 'nothing in the tooltip is rendered from article text');
  });
});
