// Files Newsmark must skip or survive without an error popup: a file above the size setting (with
// Annotate Anyway), a binary file, an untitled document (its highlight switch kept out of the
// settings, no fact checks); the sample article still works after them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SAMPLE, activeEditor, config, drawnCategories, hoverWord, openByPath, openFromExplorer, openWorkbench,
  runCommand, waitFor, waitForAllCategories, withScreenshot, wordBox,
} from './harness.mjs';

const sample = () => readFileSync(join(config.seeds, SAMPLE), 'utf8');

describe('Files Newsmark skips or survives', { timeout: 300_000 }, () => {
  let workbench;
  let page;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `robustness-${name}`, body));

  const statusItem = () => page.locator('.part.statusbar [id$="newsmark.status"]').first();
  /** Error notifications that come from Newsmark. */
  const newsmarkErrors = () => page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item')
    .evaluateAll((items) => items
      .filter((item) => item.querySelector('.codicon-error, .codicon-notifications-error'))
      .map((item) => item.innerText.replace(/\s+/g, ' ').trim())
      .filter((text) => /newsmark/i.test(text)));

  before(async () => {
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    workbench = await openWorkbench('robustness', {
      // 10 KB: the sample (5 KB) is annotated, the long article (four copies) is not.
      '.vscode/settings.json': JSON.stringify({ 'newsmark.maxFileSizeMB': 0.01 }),
      'long-article.txt': Array.from({ length: 4 }, sample).join('\n\n'),
      'scan.txt': binary,
    });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('a file above the size setting is skipped until Annotate Anyway', async () => {
    const editor = await openFromExplorer(page, 'long-article.txt');
    await waitFor(async () => /skipped/.test(await statusItem().innerText().catch(() => '')),
      { timeout: 20_000, message: 'the status bar saying the file was skipped' });
    assert.equal((await drawnCategories(editor)).size, 0, 'no highlights in the skipped file');
    await runCommand(page, 'Newsmark: Annotate Anyway');
    await waitForAllCategories(editor, 'all four categories after Annotate Anyway');
  });

  step('a binary file is not annotated and raises no error', async (t) => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'scan.txt' }).first().click();
    // VS Code may first ask whether to open a binary file as text.
    const openAnyway = page.locator('.part.editor a, .part.editor .monaco-button').filter({ hasText: /Open Anyway/i }).first();
    const shown = await waitFor(async () => {
      if (await openAnyway.isVisible().catch(() => false)) return 'placeholder';
      const uri = (await activeEditor(page).getAttribute('data-uri', { timeout: 500 }).catch(() => null)) ?? '';
      return uri.endsWith('scan.txt') ? 'editor' : null;
    }, { timeout: 20_000, message: 'scan.txt shown as text or as a binary placeholder' });
    t.diagnostic(`scan.txt first shown as: ${shown}`);
    if (shown === 'placeholder') {
      await openAnyway.click();
      const textEditor = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Text Editor' }).first();
      if (await textEditor.isVisible({ timeout: 3_000 }).catch(() => false)) await textEditor.click();
    }
    await waitFor(async () => {
      const editor = activeEditor(page);
      const uri = (await editor.getAttribute('data-uri').catch(() => null)) ?? '';
      if (!uri.endsWith('scan.txt')) return true; // shown as binary: Newsmark never sees it
      const text = await statusItem().innerText().catch(() => '');
      return /skipped/.test(text) || !(await statusItem().isVisible().catch(() => false));
    }, { timeout: 20_000, message: 'the binary file skipped' });
    t.diagnostic(`status bar: ${(await statusItem().innerText().catch(() => '(none)')).replace(/\s+/g, ' ')}`);
    assert.equal((await drawnCategories(activeEditor(page))).size, 0, 'no highlights in the binary file');
    assert.deepEqual(await newsmarkErrors(), []);
  });

  step('an untitled document raises no error', async (t) => {
    await runCommand(page, 'File: New Untitled Text File');
    const editor = activeEditor(page);
    await waitFor(async () => (await editor.getAttribute('data-uri'))?.startsWith('untitled:'), { message: 'an untitled editor' });
    await editor.locator('.view-lines').waitFor();
    // The new editor has the focus; its "Select a language" hint covers the first line.
    await page.keyboard.type('“We will keep talking,” Mr. Blinken said in Geneva on Friday.', { delay: 5 });
    await waitFor(async () => (await drawnCategories(editor)).has('person'), { timeout: 20_000, message: 'highlights in the untitled document' });
    t.diagnostic(`status bar: ${(await statusItem().innerText().catch(() => '(none)')).replace(/\s+/g, ' ')}`);
    assert.deepEqual(await newsmarkErrors(), []);
  });

  step('an untitled document’s highlight switch stays out of the settings, and it takes no fact checks', async () => {
    const userSettings = readFileSync(process.env.E2E_USER_SETTINGS, 'utf8');
    const editor = activeEditor(page);
    await runCommand(page, 'Newsmark: Toggle Highlights for This File');
    await waitFor(async () => (await drawnCategories(editor)).size === 0, { timeout: 20_000, message: 'highlights off' });
    assert.equal(readFileSync(process.env.E2E_USER_SETTINGS, 'utf8'), userSettings, 'the user settings are unchanged');
    assert.equal(readFileSync(join(workbench.folder, '.vscode', 'settings.json'), 'utf8'), JSON.stringify({ 'newsmark.maxFileSizeMB': 0.01 }),
      'the workspace settings are unchanged');
    await runCommand(page, 'Newsmark: Toggle Highlights for This File');
    await waitFor(async () => (await drawnCategories(editor)).has('person'), { timeout: 20_000, message: 'highlights back on' });
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'save the article' }).first().waitFor({ timeout: 20_000 });
    assert.equal(existsSync(join(workbench.folder, '.newsmark')), false, 'no annotation file');
    assert.deepEqual(await newsmarkErrors(), []);
  });

  step('the sample article is still annotated afterwards', async () => {
    const editor = await openFromExplorer(page, SAMPLE);
    await waitForAllCategories(editor, 'all four categories in the sample article');
    assert.deepEqual(await newsmarkErrors(), []);
  });
});

describe('Newsmark in a window without a folder', { timeout: 240_000 }, () => {
  let workbench;
  let page;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `no-folder-${name}`, body));

  before(async () => {
    workbench = await openWorkbench('no-folder', {}, { noFolder: true });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('an article opened by path is highlighted and has hover cards', async () => {
    const editor = await openByPath(page, join(workbench.folder, SAMPLE));
    await waitForAllCategories(editor, 'all four categories without a workspace folder');
    const card = await hoverWord(page, editor, 'Blinken', 'Antony J. Blinken');
    assert.match(card, /Antony J\. Blinken/);
    await page.keyboard.press('Escape');
  });

  step('fact checks without a folder to store them raise no error', async (t) => {
    const editor = activeEditor(page);
    const box = await wordBox(editor, 'dangerous');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    // There is nowhere to store a fact check: the command must say so rather than fail.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const pick = page.locator('.quick-input-widget');
    const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
    t.diagnostic(`quick input: ${(await pick.isVisible()) ? (await pick.innerText()).replace(/\s+/g, ' ').slice(0, 200) : '(closed)'}`);
    t.diagnostic(`notifications: ${toasts.map((text) => text.replace(/\s+/g, ' ')).join(' | ') || '(none)'}`);
    assert.ok(toasts.some((text) => /newsmark/i.test(text) && /folder/i.test(text)),
      'the command says that fact checks need a workspace folder');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const errors = await page.locator('.notifications-toasts .notification-toast').evaluateAll((items) => items
      .filter((item) => item.querySelector('.codicon-error, .codicon-notifications-error'))
      .map((item) => item.innerText.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(errors.filter((text) => /TypeError|undefined|Cannot read|stack/i.test(text)), [],
      'no internal error shown to the user');
  });
});
