// The extension in a real VS Code workbench (code-server) on the sample article: highlights of all
// four categories, a hover card, the Newsmark tree, jumping from the tree and with Next Quote.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collapseArticleView,
  CATEGORIES, SAMPLE, activeEditor, categoryOfVariable, config, cursorPosition, cursorToStart,
  decorationClasses, drawnCategories, hoverWord, openFromExplorer, openWorkbench, runCommand, treeRows,
  waitFor, withScreenshot,
} from './harness.mjs';

const GROUPS = ['People', 'Places', 'Dates', 'Quotes'];

describe('Newsmark on the sample article', { timeout: 300_000 }, () => {
  let workbench;
  let page;
  let editor;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, name, body));

  before(async () => {
    workbench = await openWorkbench('sample');
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('opens the article from the explorer', async () => {
    editor = await openFromExplorer(page, SAMPLE);
    await editor.locator('.view-lines', { hasText: 'Blinken Will Meet With Russia' }).waitFor();
  });

  step('draws highlights of all four categories in theme colours', async (t) => {
    const found = await waitFor(async () => {
      const classes = await decorationClasses(editor);
      const categories = new Set(classes.flatMap((c) => c.variables.map(categoryOfVariable)).filter(Boolean));
      return CATEGORIES.every((category) => categories.has(category)) ? classes : null;
    }, { timeout: 45_000, message: `decorations of all four categories (${CATEGORIES.join(', ')}) with newsmark theme colours` })
      .catch(async (error) => {
        error.message += `\n  decorations drawn: ${JSON.stringify(await decorationClasses(editor).catch(() => []))}`;
        throw error;
      });
    // Each category is its own decoration type, so each is drawn with its own class.
    for (const category of CATEGORIES) {
      const owners = found.filter((c) => c.variables.some((v) => categoryOfVariable(v) === category));
      assert.ok(owners.length >= 1, `a decoration class for ${category}`);
      assert.ok(owners.every((c) => c.count >= 1));
    }
    t.diagnostic(`decorations: ${found.map((c) => `${c.name}×${c.count} ${c.variables.join(' ')}`).join('; ')}`);
    const distinct = new Set(found.map((c) => c.name));
    assert.ok(distinct.size >= 4, `at least four distinct decoration classes, got ${[...distinct].join(' ')}`);
  });

  step('shows a hover card for a person with the canonical name', async () => {
    const card = await hoverWord(page, editor, 'Blinken', 'Antony J. Blinken');
    assert.match(card, /Antony J\. Blinken/);
    assert.match(card, /person|people/i, 'the card names the category');
    await workbench.screenshot('hover-person');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 500);
  });

  step('Set Article Date… resolves the dates of an article that states none', async () => {
    await hoverWord(page, editor, 'Friday', 'Value: not resolved');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 500);
    const setArticleDate = async (value) => {
      await runCommand(page, 'Newsmark: Set Article Date…');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(value);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    };
    await setArticleDate('2022-01-18');
    try {
      // "will meet … on Friday" in an article of Tuesday 18 January 2022: the coming Friday.
      const card = await hoverWord(page, editor, 'Friday', 'Value: 2022-01-21');
      assert.match(card, /Date/);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 500);
    } finally {
      await setArticleDate('');
    }
    await hoverWord(page, editor, 'Friday', 'Value: not resolved');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 500);
  });

  step('lists People, Places, Dates and Quotes in the Newsmark view', async () => {
    const activityEntry = page.locator('.part.activitybar .action-item .action-label[aria-label^="Newsmark"]');
    await activityEntry.first().waitFor({ timeout: 15_000 });
    await runCommand(page, 'Newsmark: Show Article Entities');
    const rows = await waitFor(async () => {
      const current = await treeRows(page);
      return GROUPS.every((group) => current.some((row) => row.label === group)) ? current : null;
    }, { timeout: 30_000, message: `the groups ${GROUPS.join(', ')} in the side bar` }).catch(async (error) => {
      error.message += `\n  side bar rows: ${JSON.stringify(await treeRows(page).catch(() => []))}`;
      throw error;
    });
    for (const group of GROUPS) {
      const row = rows.find((r) => r.label === group);
      assert.match(row.description + row.ariaLabel, /\d/, `${group} shows its count`);
    }
  });

  step('clicking a quote in the tree moves the cursor to it', async () => {
    await cursorToStart(page, editor);
    const start = await cursorPosition(page);
    const sidebar = page.locator('.part.sidebar');
    // Expand Quotes (and a speaker under it) until a quote leaf is visible.
    const leaf = await waitFor(async () => {
      const rows = await treeRows(page);
      const quotes = rows.find((row) => row.label === 'Quotes');
      if (!quotes) return null;
      if (quotes.expanded === 'false') {
        await sidebar.locator(`.monaco-list-row[data-index="${quotes.index}"]`).click();
        return null;
      }
      const below = [];
      for (const row of rows.filter((r) => r.index > quotes.index)) {
        if (row.level <= quotes.level) break;
        below.push(row);
      }
      const found = below.find((row) => row.expanded === null);
      if (found) return found;
      const collapsed = below.find((row) => row.expanded === 'false');
      if (collapsed) await sidebar.locator(`.monaco-list-row[data-index="${collapsed.index}"]`).click();
      return null;
    }, { timeout: 30_000, message: 'a quote entry under Quotes' });
    await sidebar.locator(`.monaco-list-row[data-index="${leaf.index}"]`).click();
    const moved = await waitFor(async () => {
      const position = await cursorPosition(page);
      return position.line !== start.line ? position : null;
    }, { message: `the cursor to leave ${start.text} after clicking "${leaf.label}"` });
    assert.ok(moved.line > 1, `cursor moved to ${moved.text}`);
    await workbench.screenshot('tree-quote');
  });

  step('Next Quote moves the cursor forward from quote to quote', async () => {
    const editorNow = activeEditor(page);
    await cursorToStart(page, editorNow);
    const visited = [];
    let previous = await cursorPosition(page);
    for (let i = 0; i < 3; i++) {
      await runCommand(page, 'Newsmark: Next Quote');
      const next = await waitFor(async () => {
        const position = await cursorPosition(page);
        return position.line !== previous.line || position.column !== previous.column ? position : null;
      }, { timeout: 15_000, message: `Next Quote to move the cursor from ${previous.text}` });
      assert.ok(next.line > previous.line || (next.line === previous.line && next.column > previous.column),
        `Next Quote moves forward: ${previous.text} → ${next.text}`);
      visited.push(next.text);
      previous = next;
    }
    // The first quote of the article is in its first paragraph (line 3).
    assert.match(visited[0], /^Ln 3,/, `first quote at ${visited[0]}`);
    await runCommand(page, 'Newsmark: Previous Quote');
    await waitFor(async () => (await cursorPosition(page)).text === visited[1],
      { timeout: 15_000, message: `Previous Quote to go back from ${visited[2]} to ${visited[1]}` });
  });

  step('Ctrl+Alt+] and Ctrl+Alt+[ jump between quotes in the editor', async () => {
    await cursorToStart(page, activeEditor(page));
    await page.keyboard.press('Control+Alt+BracketRight');
    const first = await waitFor(async () => {
      const position = await cursorPosition(page);
      return position.line > 1 ? position : null;
    }, { timeout: 15_000, message: 'Ctrl+Alt+] to move to the first quote' });
    assert.equal(first.line, 3, `first quote at ${first.text}`);
    await page.keyboard.press('Control+Alt+BracketRight');
    const second = await waitFor(async () => {
      const position = await cursorPosition(page);
      return position.text !== first.text ? position : null;
    }, { timeout: 15_000, message: 'Ctrl+Alt+] to move to the second quote' });
    assert.ok(second.line > first.line, `${first.text} → ${second.text}`);
    await page.keyboard.press('Control+Alt+BracketLeft');
    await waitFor(async () => (await cursorPosition(page)).text === first.text,
      { timeout: 15_000, message: `Ctrl+Alt+[ to go back to ${first.text}` });
  });

  step('Go to Entity… opens the first mention of a person', async () => {
    await cursorToStart(page, activeEditor(page));
    await runCommand(page, 'Newsmark: Go to Entity…');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('Lavrov');
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', { hasText: 'Sergey V. Lavrov' })
      .waitFor({ timeout: 15_000 });
    await input.press('Enter');
    // "Sergey V. Lavrov" is first named in the first paragraph, line 3.
    await waitFor(async () => (await cursorPosition(page)).line === 3, { timeout: 15_000, message: 'the cursor on line 3' });
  });

  step('saves a screenshot of the annotated article', async () => {
    await cursorToStart(page, activeEditor(page));
    await runCommand(page, 'Newsmark: Show Article Entities');
    // Collapse the tree, then open People so the picture shows the groups and a few entities.
    const sidebar = page.locator('.part.sidebar');
    await collapseArticleView(page);
    const people = sidebar.locator('.monaco-list-row[aria-level="1"]').filter({
      has: page.locator('.label-name', { hasText: /^People$/ }),
    }).first();
    await people.click();
    await waitFor(async () => (await people.getAttribute('aria-expanded')) === 'true', { message: 'People expanded' });
    await hoverWord(page, activeEditor(page), 'Blinken', 'Antony J. Blinken', 1);
    const path = await workbench.screenshot('screenshot');
    if (process.env.E2E_UPDATE_README_SCREENSHOT) copyFileSync(path, join(config.seeds, '..', 'media', 'screenshot.png'));
  });

  const groupCount = async (group) => {
    const row = (await treeRows(page)).find((r) => r.label === group && r.level === 1);
    return row ? Number(/\d+/.exec(row.description)?.[0]) : undefined;
  };

  step('the status bar shows the counts and its item reveals the tree', async () => {
    const item = page.locator('.part.statusbar [id$="newsmark.status"]').first();
    await item.waitFor({ timeout: 15_000 });
    assert.match(await item.innerText(), /\d/, 'counts in the status bar');
    await runCommand(page, 'View: Show Explorer');
    await waitFor(async () => (await groupCount('People')) === undefined, { message: 'the Newsmark tree hidden behind the explorer' });
    await item.click();
    await waitFor(async () => (await groupCount('People')) > 0, { message: 'the tree revealed by the status bar item' });
  });

  step('typing a new quote updates the highlights and the tree', async () => {
    const before = await waitFor(() => groupCount('Quotes'), { message: 'the Quotes count' });
    const editorNow = activeEditor(page);
    await editorNow.locator('.view-lines').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('“Talks will continue next week,” Mr. Blinken told reporters.', { delay: 5 });
    await waitFor(async () => (await groupCount('Quotes')) === before + 1,
      { timeout: 20_000, message: `Quotes to go from ${before} to ${before + 1} after typing` });
  });

  const drawnInActiveEditor = () => drawnCategories(activeEditor(page));
  const userSetting = (key) => {
    const path = process.env.E2E_USER_SETTINGS;
    return path ? JSON.parse(readFileSync(path, 'utf8'))[key] : undefined;
  };

  step('Toggle People hides and restores person highlights through the user settings', async () => {
    await runCommand(page, 'Newsmark: Toggle People');
    try {
      await waitFor(async () => {
        const drawn = await drawnInActiveEditor();
        return !drawn.has('person') && drawn.has('place') && drawn.has('quote');
      }, { timeout: 15_000, message: 'person highlights gone, the others kept' });
      if (process.env.E2E_USER_SETTINGS) {
        await waitFor(() => userSetting('newsmark.highlight.people') === false, { message: 'newsmark.highlight.people: false in the user settings' });
      }
    } finally {
      await runCommand(page, 'Newsmark: Toggle People');
    }
    await waitFor(async () => (await drawnInActiveEditor()).has('person'), { timeout: 15_000, message: 'person highlights back' });
  });

  step('Toggle Highlights for This File turns the article off and on', async () => {
    await runCommand(page, 'Newsmark: Toggle Highlights for This File');
    try {
      await waitFor(async () => (await drawnInActiveEditor()).size === 0, { timeout: 15_000, message: 'no highlights in the article' });
    } finally {
      await runCommand(page, 'Newsmark: Toggle Highlights for This File');
    }
    await waitFor(async () => {
      const drawn = await drawnInActiveEditor();
      return CATEGORIES.every((category) => drawn.has(category));
    }, { timeout: 15_000, message: 'all four categories back' });
  });

  step('a split view of the article is highlighted too', async () => {
    await runCommand(page, 'View: Split Editor');
    const editors = page.locator('.part.editor .editor-group-container .editor-instance .monaco-editor');
    await waitFor(async () => (await editors.count()) >= 2, { message: 'two editors side by side' });
    await waitFor(async () => {
      const counts = await editors.evaluateAll((all) => all.map((e) => e.querySelectorAll('.view-overlays [class*="ced-"]').length));
      return counts.length >= 2 && counts.every((n) => n > 0);
    }, { timeout: 20_000, message: 'highlights in both editors of the split view' });
  });
});
