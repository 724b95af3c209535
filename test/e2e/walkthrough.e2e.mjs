// The "Get started with Newsmark" walkthrough in a real workbench: it opens from Welcome: Open
// Walkthrough…, lists its steps, and its first step's button opens the sample article shipped in
// the package (media/sample-article.txt) as an untitled document that Newsmark highlights. The
// later steps run on a saved copy of the sample. With E2E_UPDATE_WALKTHROUGH_MEDIA=1 the suite
// also writes the walkthrough's pictures (media/walkthrough/*.png) from what it sees.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collapseArticleView,
  activeEditor, config, cursorToStart, hoverWord, openFromExplorer, openWorkbench, pickItem, runCommand,
  treeRows, waitFor, waitForAllCategories, withScreenshot, wordBox,
} from './harness.mjs';

const MEDIA = join(config.seeds, '..', 'media');
const SAMPLE_TEXT = () => readFileSync(join(MEDIA, 'sample-article.txt'), 'utf8');
const SAVED = 'harbor-bridge.txt';
const STEPS = ['Open a sample article', 'Hover a name', 'Jump between quotes', 'Set a fact check', 'Export a report', 'Quiet the vague time words'];

describe('The Get started walkthrough', { timeout: 420_000 }, () => {
  let workbench;
  let page;
  let editor;
  const step = (name, body) => it(name, { timeout: 120_000 }, withScreenshot(() => workbench, `walkthrough-${name}`, body));

  /** Saves a picture of the `box` part of the page (padded) as a walkthrough image when asked to. */
  async function picture(name, box, pad = 12) {
    const clip = {
      x: Math.max(0, box.x - pad), y: Math.max(0, box.y - pad), width: box.width + 2 * pad, height: box.height + 2 * pad,
    };
    const path = join(config.results, `walkthrough-${name}.png`);
    await page.screenshot({ path, clip });
    if (process.env.E2E_UPDATE_WALKTHROUGH_MEDIA) {
      mkdirSync(join(MEDIA, 'walkthrough'), { recursive: true });
      copyFileSync(path, join(MEDIA, 'walkthrough', `${name}.png`));
    }
  }
  const union = (a, b) => {
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
  };
  const editorTop = async (height) => {
    const box = await activeEditor(page).boundingBox();
    return { x: box.x, y: box.y, width: Math.min(box.width, 820), height };
  };

  before(async () => {
    workbench = await openWorkbench('walkthrough', { [SAVED]: SAMPLE_TEXT() });
    page = workbench.page;
    await page.setViewportSize({ width: 1200, height: 800 });
  });
  after(async () => { await workbench?.close(); });

  step('opens from Welcome: Open Walkthrough… with all its steps', async () => {
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await pickItem(page, 'Get started with Newsmark');
    const container = page.locator('.gettingStartedContainer');
    await container.getByText('Get started with Newsmark').first().waitFor({ timeout: 30_000 });
    for (const title of STEPS) await container.locator('.getting-started-step', { hasText: title }).first().waitFor({ timeout: 15_000 });
    await workbench.screenshot('walkthrough-page');
  });

  step("the first step's button opens the sample article, highlighted", async () => {
    const container = page.locator('.gettingStartedContainer');
    await container.locator('.getting-started-step', { hasText: STEPS[0] }).first().click();
    await container.getByRole('button', { name: 'Open Sample Article' }).first().click({ timeout: 15_000 });
    editor = activeEditor(page);
    await editor.locator('.view-lines', { hasText: 'Harbor Bridge to Reopen in March' }).waitFor({ timeout: 30_000 });
    assert.match(await editor.getAttribute('data-uri'), /^untitled:/, 'an untitled document: nothing written to the workspace');
    await waitForAllCategories(editor, 'all four categories highlighted in the sample article', 60_000);
    await page.mouse.move(5, 700);
    await picture('open-sample', await editorTop(300));
  });

  step('vague time words are drawn faint and listed in a group of their own', async () => {
    // newsmark.dates.vague is "dim" by default: "years" and "Now" keep a date highlight, faint.
    await waitFor(() => editor.evaluate((root) => [...root.querySelectorAll('.view-lines [class*="ced-"]')]
      .some((element) => element.textContent === 'years' && Number(getComputedStyle(element).opacity) < 1)),
    { timeout: 30_000, message: '"years" drawn faint' });
    await runCommand(page, 'Newsmark: Show Article Entities');
    const sidebar = page.locator('.part.sidebar');
    await collapseArticleView(page);
    const rows = await waitFor(async () => {
      const current = await treeRows(page);
      for (const label of ['Dates', 'Vague time words']) {
        const row = current.find((r) => r.label === label);
        if (row?.expanded === 'false') {
          await sidebar.locator(`.monaco-list-row[data-index="${row.index}"]`).click();
          return null;
        }
      }
      return current.some((r) => r.label === 'Vague time words' && r.expanded === 'true') ? current : null;
    }, { timeout: 30_000, message: 'Dates → Vague time words expanded in the Article view' });
    const group = rows.find((r) => r.label === 'Vague time words');
    assert.equal(group.description, '3', '"nearly two years", "years" and "Now"');
    assert.ok(!rows.some((r) => r.level === 2 && /^(years|now)$/i.test(r.label)), 'not listed among the other dates');
    const view = await sidebar.boundingBox();
    await page.mouse.move(5, 700);
    await picture('vague-dates', { x: view.x, y: view.y, width: view.width, height: Math.min(view.height, 420) }, 0);
  });

  step('hovering a name shows its card', async () => {
    await hoverWord(page, editor, 'Marsh', 'Elena Marsh');
    const card = await page.locator('.monaco-hover:not(.hidden)').first().boundingBox();
    await picture('hover-name', union(card, await wordBox(editor, 'Marsh')));
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 700);
  });

  step('Next Quote selects the first quote', async () => {
    await cursorToStart(page, editor);
    await runCommand(page, 'Newsmark: Next Quote');
    await waitFor(async () => /\(\d+ selected\)/.test(await page.locator('[id="status.editor.selection"]').innerText()),
      { timeout: 20_000, message: 'a quote selected' });
    await page.mouse.move(5, 700);
    await picture('jump-quotes', await editorTop(300));
  });

  step('a fact check on the saved sample', async () => {
    await runCommand(page, 'View: Show Explorer');
    editor = await openFromExplorer(page, SAVED);
    await waitForAllCategories(editor, 'highlights in the saved sample', 60_000);
    const box = await waitFor(() => wordBox(editor, 'steel'), { message: '"steel" rendered' });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await pickItem(page, 'Disputed');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await page.locator('.quick-input-widget').innerText()).includes('note'), { message: 'the note input box' });
    await input.fill('The inspection report lists one plate checked once');
    await input.press('Enter');
    const sidecar = join(workbench.folder, '.newsmark', `${SAVED}.annotations.json`);
    await waitFor(() => existsSync(sidecar), { message: sidecar });
    await hoverWord(page, editor, 'steel', 'Fact check');
    const card = await page.locator('.monaco-hover:not(.hidden)').first().boundingBox();
    await picture('set-fact-check', union(card, await wordBox(editor, 'steel')));
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 700);
  });

  step('exports the report', async () => {
    await runCommand(page, 'Newsmark: Export Fact-check Report…');
    await pickItem(page, 'This article');
    await pickItem(page, 'Markdown');
    const report = join(workbench.folder, `${SAVED}.fact-check-report.md`);
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await input.inputValue()).endsWith('.fact-check-report.md'), { message: 'the save dialog' });
    await input.press('Enter');
    const text = await waitFor(() => (existsSync(report) ? readFileSync(report, 'utf8') : null), { message: `the report ${report}` });
    assert.match(text, /Disputed/);
    await page.keyboard.press('Escape');
    editor = await openFromExplorer(page, `${SAVED}.fact-check-report.md`);
    await editor.locator('.view-lines', { hasText: 'Fact-check report' }).waitFor();
    await page.mouse.move(5, 700);
    await picture('export-report', await editorTop(260));
  });
});
