// Fact checks in a real VS Code workbench: set a status with a note on a quote of the sample
// article, check the annotation file, change the article on disk while it is closed, reopen it and
// find the status back on the same quote (hover and tree), then export the report.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collapseArticleView,
  SAMPLE, activeEditor, activeEditor as editorOf, config, cursorPosition, cursorToStart, hoverWord, openFromExplorer, openWorkbench, pickItem, runCommand, treeRows, waitFor, withScreenshot, wordBox,
} from './harness.mjs';

const QUOTE = 'an extremely dangerous situation.';
const NOTE = 'Checked against the briefing transcript';
const CLAIMS = 'claims.txt';
const CLAIMS_TEXT = 'The council said the bridge will reopen in March. Traffic fell by half.\n';
const BROKEN = '{"@context": "http://www.w3.org/ns/anno.jsonld", "version": 1, "items": [';
const INSERTED = 'Editor’s note: this paragraph was added after the status was set.\n\n';

describe('Fact checks', { timeout: 360_000 }, () => {
  let workbench;
  let page;
  let editor;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `factcheck-${name}`, body));
  const sidecar = () => join(workbench.folder, '.newsmark', `${SAMPLE}.annotations.json`);

  const pick = (label) => pickItem(page, label);

  async function clickInto(word) {
    const box = await waitFor(() => wordBox(editor, word), { message: `"${word}" rendered` });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  before(async () => {
    workbench = await openWorkbench('factcheck', { [CLAIMS]: CLAIMS_TEXT });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('sets a status and a note on a quote', async () => {
    editor = await openFromExplorer(page, SAMPLE);
    // Wait until the quote is analysed (its decoration is drawn) before asking for its status.
    await waitFor(async () => (await editor.locator('.view-overlays [class*="ced-"]').count()) > 0, { timeout: 45_000, message: 'highlights' });
    await clickInto('dangerous');
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await pick('Misleading');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await page.locator('.quick-input-widget').innerText()).includes('note'), { message: 'the note input box' });
    await input.fill(NOTE);
    await input.press('Enter');
    await waitFor(() => existsSync(sidecar()), { message: `the annotation file ${sidecar()}` });
  });

  step('writes a W3C Web Annotation file beside the article', async () => {
    const json = await waitFor(() => {
      try {
        const parsed = JSON.parse(readFileSync(sidecar(), 'utf8'));
        return parsed.items?.length === 1 ? parsed : null;
      } catch {
        return null;
      }
    }, { message: 'one annotation in the file' });
    assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const [item] = json.items;
    assert.equal(item.type, 'Annotation');
    assert.equal(item.motivation, 'assessing');
    assert.match(item.id, /^urn:uuid:/);
    assert.deepEqual(item.body.find((b) => b.purpose === 'tagging'), { type: 'TextualBody', purpose: 'tagging', value: 'misleading' });
    assert.equal(item.body.find((b) => b.purpose === 'commenting').value, NOTE);
    assert.equal(item.target.source, SAMPLE);
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    assert.equal(quote.exact, 'an extremely dangerous situation.');
    assert.ok(quote.prefix.endsWith('called “'));
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    const text = readFileSync(join(workbench.folder, SAMPLE), 'utf8');
    assert.equal([...text].slice(position.start, position.end).join(''), quote.exact);
    assert.ok(readFileSync(sidecar(), 'utf8').endsWith('}\n'));
  });

  step('the status is back on the same quote after the article changed on disk while closed', async () => {
    await runCommand(page, 'View: Close All Editors');
    await waitFor(async () => (await page.locator('.part.editor .monaco-editor').count()) === 0, { message: 'all editors closed' });
    const path = join(workbench.folder, SAMPLE);
    writeFileSync(path, INSERTED + readFileSync(path, 'utf8'));
    editor = await openFromExplorer(page, SAMPLE);
    await editor.locator('.view-lines', { hasText: 'Editor’s note' }).waitFor();
    const card = await hoverWord(page, editor, 'dangerous', 'Fact check');
    assert.match(card, /Misleading/);
    assert.match(card, new RegExp(NOTE));
    assert.match(card, /Change status/);
    await workbench.screenshot('factcheck-hover');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 500);
  });

  step('the quote is underlined in the status colour, with the status icon in the gutter', async () => {
    const drawn = () => editor.evaluate((root) => {
      const toRgb = (color) => {
        const probe = document.createElement('span');
        probe.style.color = color;
        document.body.appendChild(probe);
        const rgb = getComputedStyle(probe).color;
        probe.remove();
        return rgb;
      };
      const wanted = toRgb(getComputedStyle(root).getPropertyValue('--vscode-newsmark-factCheckMisleading').trim());
      const elements = [...root.querySelectorAll('[class*="ced-"]')].map((e) => getComputedStyle(e));
      return {
        wanted,
        underline: elements.some((style) => style.borderBottomStyle === 'solid' && style.borderBottomColor === wanted),
        gutter: elements.some((style) => style.backgroundImage.includes('status-misleading.svg')),
      };
    });
    const result = await waitFor(async () => {
      const current = await drawn();
      return current.underline && current.gutter ? current : null;
    }, { message: 'an underline in the Misleading colour and its gutter icon' }).catch(async (error) => {
      error.message += `\n  found: ${JSON.stringify(await drawn().catch(() => null))}`;
      throw error;
    });
    assert.notEqual(result.wanted, '', 'the theme colour is contributed');
  });

  step('Add source… in the hover card attaches a URL', async () => {
    await hoverWord(page, editor, 'dangerous', 'Add source');
    await page.locator('.monaco-hover:not(.hidden) a', { hasText: 'Add source…' }).first().click();
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('javascript:alert(1)');
    await page.locator('.quick-input-widget', { hasText: 'http:// or https://' }).waitFor({ timeout: 15_000 });
    await input.fill('https://example.org/briefing-transcript');
    await input.press('Enter');
    await waitFor(() => {
      const json = JSON.parse(readFileSync(sidecar(), 'utf8'));
      return json.items[0].body.some((b) => b.purpose === 'linking' && b.source === 'https://example.org/briefing-transcript');
    }, { message: 'the source in the annotation file' });
    await page.mouse.move(5, 500);
  });

  step('the tree lists the fact check by status', async () => {
    await runCommand(page, 'Newsmark: Show Article Entities');
    const sidebar = page.locator('.part.sidebar');
    // Collapse the long entity groups so the Fact checks group is in view, then open it.
    await collapseArticleView(page);
    const rows = await waitFor(async () => {
      const current = await treeRows(page);
      for (const label of ['Fact checks', 'Misleading']) {
        const row = current.find((r) => r.label === label);
        if (row?.expanded === 'false') {
          await sidebar.locator(`.monaco-list-row[data-index="${row.index}"]`).click();
          return null;
        }
      }
      return current.some((r) => r.label.startsWith('“an extremely dangerous')) ? current : null;
    }, { message: 'a "Fact checks" group with "Misleading" and the quote' }).catch(async (error) => {
      error.message += `\n  side bar rows: ${JSON.stringify(await treeRows(page).catch(() => []))}`;
      throw error;
    });
    assert.equal(rows.find((r) => r.label === 'Fact checks').description, '1');
    assert.equal(rows.find((r) => r.label === 'Misleading').description, '1');
    const leaf = rows.find((r) => r.label.startsWith('“an extremely dangerous situation'));
    assert.match(leaf.description, /^line 5/, 'the quote on its new line');
    assert.ok(!rows.some((r) => r.label === 'Orphaned'));
    await workbench.screenshot('factcheck-tree');
  });

  step('the quote entry under Quotes carries the status icon', async () => {
    const sidebar = page.locator('.part.sidebar');
    const rows = await waitFor(async () => {
      const current = await treeRows(page);
      const quotes = current.find((r) => r.label === 'Quotes');
      if (quotes?.expanded === 'false') {
        await sidebar.locator(`.monaco-list-row[data-index="${quotes.index}"]`).click();
        return null;
      }
      if (!quotes) return null;
      const factChecks = current.find((r) => r.label === 'Fact checks');
      const underQuotes = current.filter((r) => r.index > quotes.index && (!factChecks || r.index < factChecks.index));
      const speaker = underQuotes.find((r) => r.level === 2 && r.expanded === 'false');
      if (speaker && !underQuotes.some((r) => r.label.startsWith('“an extremely'))) {
        await sidebar.locator(`.monaco-list-row[data-index="${speaker.index}"]`).click();
        return null;
      }
      return current.filter((r) => r.label.startsWith('“an extremely dangerous')).length >= 2 ? current : null;
    }, { message: 'the checked quote under Quotes as well as under Fact checks' });
    assert.ok(rows);
    const withStatusIcon = await sidebar.locator('.monaco-list-row', { hasText: 'an extremely dangerous' }).evaluateAll((found) =>
      found.filter((row) => row.querySelector('.codicon-warning')).length);
    assert.equal(withStatusIcon, 2, 'the status icon on the quote entry and on the fact-check entry');
  });

  step('Next Unchecked Quote skips the checked quote', async () => {
    editor = activeEditor(page);
    await cursorToStart(page, editor);
    await runCommand(page, 'Newsmark: Next Unchecked Quote');
    const position = await waitFor(async () => {
      const current = await cursorPosition(page);
      return current.line > 1 ? current : null;
    }, { message: 'the cursor on the next unchecked quote' });
    assert.equal(position.line, 13, `the first quote (line 5) is checked, the next one is on line 13, got ${position.text}`);
  });

  step('exports a Markdown report with the quote, status, note and its new line', async () => {
    await runCommand(page, 'Newsmark: Export Fact-check Report…');
    await pick('This article');
    await pick('Markdown');
    // The save dialog proposes a file next to the article: accept it.
    const report = join(workbench.folder, `${SAMPLE}.fact-check-report.md`);
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await input.inputValue()).endsWith('.fact-check-report.md'), { message: 'the save dialog' });
    await input.press('Enter');
    const text = await waitFor(() => (existsSync(report) ? readFileSync(report, 'utf8') : null), { message: `the report ${report}` });
    assert.match(text, /^# Fact-check report/);
    assert.match(text, /\| 5 \| quote \| an extremely dangerous situation\. \| .* \| Misleading \| Checked against the briefing transcript \|/);
  });

  step('an open article changed on disk keeps its fact check on the quote', async () => {
    const path = join(workbench.folder, SAMPLE);
    writeFileSync(path, `A second note, written by another program.\n\n${readFileSync(path, 'utf8')}`);
    await editor.locator('.view-lines', { hasText: 'A second note' }).waitFor({ timeout: 30_000 });
    const card = await hoverWord(page, editor, 'dangerous', 'Fact check');
    assert.match(card, /Misleading/);
    const json = JSON.parse(readFileSync(sidecar(), 'utf8'));
    assert.equal(json.items.length, 1, 'the file still holds the one fact check');
  });

  step('an annotation file that does not parse is reported, left alone, and makes the article read-only', async () => {
    const broken = join(workbench.folder, '.newsmark', `${CLAIMS}.annotations.json`);
    mkdirSync(join(workbench.folder, '.newsmark'), { recursive: true });
    writeFileSync(broken, BROKEN);
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Show Explorer');
    editor = await openFromExplorer(page, CLAIMS);
    const toasts = page.locator('.notifications-toasts .notification-toast');
    await toasts.filter({ hasText: `${CLAIMS}.annotations.json` }).filter({ hasText: 'read-only' }).first().waitFor({ timeout: 30_000 });
    await clickInto('bridge');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await toasts.filter({ hasText: 'read-only' }).filter({ hasText: 'Fix or remove' }).first().waitFor({ timeout: 30_000 });
    assert.equal(readFileSync(broken, 'utf8'), BROKEN, 'the broken file is untouched');
    await workbench.screenshot('factcheck-broken-file');
  });

  step('the unreadable file is reported once, not again on every reload', async () => {
    const broken = join(workbench.folder, '.newsmark', `${CLAIMS}.annotations.json`);
    await page.keyboard.press('Escape');
    await runCommand(page, 'Notifications: Clear All Notifications');
    // The file changes on disk (still broken) and the article is closed and opened again: both re-read it.
    writeFileSync(broken, BROKEN);
    await page.locator('.part.editor .tab.active .tab-actions .action-label').first().click();
    editor = await openFromExplorer(page, CLAIMS);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await runCommand(page, 'Notifications: Show Notifications');
    const reports = await page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item')
      .filter({ hasText: 'It is left as it is' }).count();
    await runCommand(page, 'Notifications: Hide Notifications');
    assert.equal(reports, 0, 'no second report of the same file');
    assert.equal(readFileSync(broken, 'utf8'), BROKEN, 'the broken file is untouched');
  });

  step('exports a CSV report of the whole workspace from the files on disk', async () => {
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close All Editors');
    await waitFor(async () => (await page.locator('.part.editor .monaco-editor').count()) === 0, { message: 'all editors closed' });
    await runCommand(page, 'Newsmark: Export Fact-check Report…');
    await pick('CSV');
    const report = join(workbench.folder, 'fact-check-report.csv');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await input.inputValue()).endsWith('fact-check-report.csv'), { message: 'the save dialog' });
    await input.press('Enter');
    const text = await waitFor(() => (existsSync(report) ? readFileSync(report, 'utf8') : null), { message: `the report ${report}` });
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'article,line,kind,text,speaker,status,note,sources,orphaned,creator,modified');
    assert.equal(lines.length, 2, 'one fact check; the unreadable file is skipped');
    assert.match(lines[1], new RegExp(`^${SAMPLE.replace(/\./g, '\\.')},7,quote,an extremely dangerous situation\\.,.*,misleading,${NOTE},https://example\\.org/briefing-transcript,no,anonymous,`));
  });
});

describe('Fact checks from two windows on the same article', { timeout: 300_000 }, () => {
  let workbench;
  let second;
  const step = (name, body) => it(name, { timeout: 120_000 }, withScreenshot(() => workbench, `factcheck-two-${name}`, body));

  /** A second workbench window (its own extension host) on the same folder. */
  async function openSecondWindow(folder) {
    const context = await workbench.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${config.url}/?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    return page;
  }

  async function setStatus(page, word, status, note) {
    const editor = await openFromExplorer(page, SAMPLE);
    await waitFor(async () => (await editor.locator('.view-overlays [class*="ced-"]').count()) > 0, { timeout: 45_000, message: 'highlights' });
    const box = await waitFor(() => wordBox(editor, word), { message: `"${word}" rendered` });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: status }).first().waitFor({ timeout: 15_000 });
    await input.fill(status);
    await widget.locator('.quick-input-list .monaco-list-row.focused', { hasText: status }).first().waitFor({ timeout: 15_000 });
    await input.press('Enter');
    await waitFor(async () => (await widget.innerText()).includes('note'), { message: 'the note input box' });
    await input.fill(note);
    await input.press('Enter');
  }

  before(async () => {
    workbench = await openWorkbench('factcheck-two');
    second = await openSecondWindow(workbench.folder);
  });
  after(async () => { await workbench?.close(); });

  step('both windows’ fact checks end up in the file, and each window shows the other’s', async () => {
    const file = join(workbench.folder, '.newsmark', `${SAMPLE}.annotations.json`);
    // Both windows have the article open before either writes, so each starts from an empty file.
    await openFromExplorer(second, SAMPLE);
    await setStatus(workbench.page, 'dangerous', 'Verified', 'first window');
    await setStatus(second, 'de-escalate', 'False', 'second window');
    const json = await waitFor(() => {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8'));
        return parsed.items?.length === 2 ? parsed : null;
      } catch {
        return null;
      }
    }, { message: 'two annotations in the file' });
    const notes = json.items.map((item) => item.body.find((b) => b.purpose === 'commenting')?.value).sort();
    assert.deepEqual(notes, ['first window', 'second window']);
    // The first window picks up the second window's entry through the file watcher.
    const card = await hoverWord(workbench.page, editorOf(workbench.page), 'de-escalate', 'Fact check');
    assert.match(card, /False/);
    assert.match(card, /second window/);
    await workbench.page.mouse.move(5, 500);
  });

  step('an entry another program writes just before a save is kept', async () => {
    const { page } = workbench;
    const file = join(workbench.folder, '.newsmark', `${SAMPLE}.annotations.json`);
    const editor = editorOf(page);
    const box = await waitFor(() => wordBox(editor, 'diplomatic'), { message: '"diplomatic" rendered' });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await pickItem(page, 'Verified');
    const widget = page.locator('.quick-input-widget');
    await waitFor(async () => (await widget.innerText()).includes('note'), { message: 'the note input box' });
    const input = widget.locator('.quick-input-box input');
    await input.fill('third check');
    // Another program adds an entry; the save that follows at once, before the file watcher can
    // have told the window, re-reads the file and keeps it.
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const elsewhere = structuredClone(json.items[0]);
    elsewhere.id = 'urn:uuid:0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a';
    elsewhere.body.find((b) => b.purpose === 'commenting').value = 'written elsewhere';
    json.items.push(elsewhere);
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    await input.press('Enter');
    const items = await waitFor(() => {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8'));
        return parsed.items?.length === 4 ? parsed.items : null;
      } catch {
        return null;
      }
    }, { message: 'four annotations in the file' }).catch(async (error) => {
      error.message += `\n  file: ${readFileSync(file, 'utf8').slice(0, 2000)}`;
      throw error;
    });
    const notes = items.map((item) => item.body.find((b) => b.purpose === 'commenting')?.value).sort();
    assert.deepEqual(notes, ['first window', 'second window', 'third check', 'written elsewhere']);
  });
});
