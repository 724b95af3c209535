// Checking quotes against a source transcript in a real VS Code workbench: the sample article and
// a briefing transcript (our own text) in which one Psaki quote is verbatim and another has one
// word changed. Check Quote Against Source… reports each; keeping the result writes the fact check
// with the source passage; the hover card opens the passage; Check All Quotes Against Folder…
// lists every quote in the Article view and writes nothing until a result is kept.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE, activeEditor, hoverWord, openFromExplorer, openWorkbench, pickItem, runCommand, treeRows, waitFor, withScreenshot } from './harness.mjs';

const TRANSCRIPT_PATH = 'transcripts/briefing-2022-01-18.txt';
// Straight apostrophes, a speaker label and a line per answer, as briefing transcripts are kept.
// "launch" where the article has "want"; the last answer as the article quotes it.
const TRANSCRIPT = [
  'PRESS BRIEFING BY PRESS SECRETARY JEN PSAKI',
  'January 18, 2022',
  '',
  'MS. PSAKI: Good afternoon. The Secretary will urge Russia to take immediate steps to de-escalate.',
  '',
  "Q: What is the message to Moscow?",
  '',
  "MS. PSAKI: We're now at a stage where Russia could at any point launch an attack in Ukraine, and what Secretary Blinken is going to go do is highlight very clearly there is a diplomatic path forward.",
  '',
  "Q: And if they refuse?",
  '',
  "MS. PSAKI: There's a diplomatic path forward. It is up to the Russians to determine which path they're going to take, and the consequences will be severe if they don't take the diplomatic path.",
  '',
].join('\n');

describe('Checking quotes against a source transcript', { timeout: 480_000 }, () => {
  let workbench;
  let page;
  let editor;
  const step = (name, body) => it(name, { timeout: 120_000 }, withScreenshot(() => workbench, `quotesource-${name}`, body));
  const sidecar = () => join(workbench.folder, '.newsmark', `${SAMPLE}.annotations.json`);
  const toasts = () => page.locator('.notifications-toasts .notification-toast');

  const items = (count) => waitFor(() => {
    try {
      const parsed = JSON.parse(readFileSync(sidecar(), 'utf8'));
      return parsed.items?.length === count ? parsed.items : null;
    } catch {
      return null;
    }
  }, { message: `${count} annotations in ${sidecar()}` });

  /** Puts the cursor at line:column through Go to Line/Column…, which also scrolls it into view. */
  async function goTo(line, column) {
    await runCommand(page, 'Go to Line/Column...');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    await waitFor(async () => {
      const text = (await page.locator('[id="status.editor.selection"]').textContent())?.trim() ?? '';
      return text.startsWith(`Ln ${line}, Col ${column}`);
    }, { message: `the cursor at ${line}:${column}` });
  }

  async function checkQuoteAt(line, column) {
    await page.keyboard.press('Escape');
    await runCommand(page, 'Notifications: Clear All Notifications');
    await goTo(line, column);
    await runCommand(page, 'Newsmark: Check Quote Against Source…');
    await pickItem(page, TRANSCRIPT_PATH);
  }

  async function clickToastButton(text, label) {
    const toast = toasts().filter({ hasText: text }).first();
    await toast.waitFor({ timeout: 30_000 });
    await toast.locator('.monaco-button', { hasText: label }).first().click();
  }

  before(async () => {
    workbench = await openWorkbench('quotesource', { [TRANSCRIPT_PATH]: TRANSCRIPT });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('reports a quote that is verbatim in the transcript, and keeps it as Verified with the passage', async () => {
    editor = await openFromExplorer(page, SAMPLE);
    await waitFor(async () => (await editor.locator('.view-overlays [class*="ced-"]').count()) > 0, { timeout: 45_000, message: 'highlights' });
    await checkQuoteAt(43, 3);
    await clickToastButton(`Verbatim in ${TRANSCRIPT_PATH}`, 'Keep as Fact Check');
    const [item] = await items(1);
    assert.equal(item.body.find((b) => b.purpose === 'tagging').value, 'verified');
    assert.equal(item.body.find((b) => b.purpose === 'commenting').value, `Verbatim in ${TRANSCRIPT_PATH}.`);
    assert.equal(item.target.selector[0].exact, 'There’s a diplomatic path forward,');
    const passage = item.body.find((b) => b.type === 'SpecificResource' && b.selector);
    assert.equal(passage.purpose, 'linking');
    assert.equal(passage.source, TRANSCRIPT_PATH);
    const quote = passage.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = passage.selector.find((s) => s.type === 'TextPositionSelector');
    assert.equal(quote.exact, "There's a diplomatic path forward");
    assert.ok(quote.prefix.endsWith('\n\nMS. PSAKI: '), quote.prefix);
    assert.ok(quote.suffix.startsWith('. It is up to the Russians'));
    assert.equal([...TRANSCRIPT].slice(position.start, position.end).join(''), quote.exact);
  });

  step('reports a quote with one word changed, shows the diff, and keeps it as the status the user picks', async () => {
    await checkQuoteAt(13, 5);
    const altered = `Altered from ${TRANSCRIPT_PATH}: 1 word differs (“want” → “launch”).`;
    await clickToastButton(altered, 'Show Diff');
    const diff = page.locator('.monaco-diff-editor').first();
    await diff.waitFor({ timeout: 30_000 });
    await page.locator('.part.editor .tab.active', { hasText: 'Quote ↔' }).first().waitFor({ timeout: 15_000 });
    // Side by side or inline (a narrow editor): the quote's line, then the source passage's.
    const shown = await waitFor(async () => {
      const text = (await diff.locator('.view-lines').evaluateAll((all) => all.map((lines) => lines.textContent).join(' '))).replace(/[\s\u00a0]+/g, ' ');
      return text.includes('want') && text.includes('launch') ? text : null;
    }, { message: 'the quote and the passage in the diff editor' });
    assert.match(shown, /at any point want an attack[^]*at any point launch an attack/);
    await workbench.screenshot('quotesource-diff');
    await clickToastButton(altered, 'Keep as Fact Check');
    await pickItem(page, 'Disputed');
    const checks = await items(2);
    const item = checks.find((c) => c.target.selector[0].exact.includes('stage where'));
    assert.equal(item.body.find((b) => b.purpose === 'tagging').value, 'disputed');
    assert.equal(item.body.find((b) => b.purpose === 'commenting').value, altered);
    const passage = item.body.find((b) => b.selector);
    assert.match(passage.selector[0].exact, /^We're now at a stage where Russia could at any point launch an attack in Ukraine/);
  });

  step('the hover card links to the passage, which opens selected in the transcript', async () => {
    await runCommand(page, 'View: Close All Editors');
    editor = await openFromExplorer(page, SAMPLE);
    await waitFor(async () => (await editor.locator('.view-overlays [class*="ced-"]').count()) > 0, { timeout: 45_000, message: 'highlights' });
    await goTo(43, 3);
    const card = await hoverWord(page, editor, 'There’s', 'Source passages');
    assert.match(card, /Verified/);
    assert.match(card, new RegExp(`Source passages: ${TRANSCRIPT_PATH.replace(/[.]/g, '\\.')}`));
    await page.locator('.monaco-hover:not(.hidden) a', { hasText: TRANSCRIPT_PATH }).first().click();
    const opened = activeEditor(page);
    await waitFor(async () => (await opened.getAttribute('data-uri'))?.endsWith('briefing-2022-01-18.txt'), { message: 'the transcript open' });
    const selection = await waitFor(async () => {
      const text = (await page.locator('[id="status.editor.selection"]').textContent())?.trim() ?? '';
      return /^Ln 12, Col 45 \(33 selected\)/.test(text) ? text : null;
    }, { message: 'the passage selected (line 12, 33 characters)' });
    assert.ok(selection);
    await workbench.screenshot('quotesource-passage');
  });

  step('Check All Quotes Against Folder… lists every quote by result and writes nothing until one is kept', async () => {
    await runCommand(page, 'View: Close All Editors');
    editor = await openFromExplorer(page, SAMPLE);
    await waitFor(async () => (await editor.locator('.view-overlays [class*="ced-"]').count()) > 0, { timeout: 45_000, message: 'highlights' });
    const before = readFileSync(sidecar(), 'utf8');
    // The article's own groups closed first, so that the results are in view when they come.
    await runCommand(page, 'Newsmark: Show Article Entities');
    const sidebar = page.locator('.part.sidebar');
    await waitFor(async () => {
      const current = await treeRows(page);
      const open = current.find((r) => r.level === 1 && r.expanded === 'true');
      if (open) await sidebar.locator(`.monaco-list-row[data-index="${open.index}"]`).click();
      return current.length > 0 && !open;
    }, { message: 'the Article view with its groups closed' });
    await runCommand(page, 'Newsmark: Check All Quotes Against Folder…');
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`${workbench.folder}/transcripts`);
    await waitFor(async () => {
      if (!(await input.isVisible())) return true;
      await input.press('Enter');
      return false;
    }, { interval: 1_000, message: 'the folder chosen' });
    const rows = await waitFor(async () => {
      const current = await treeRows(page);
      const group = current.find((r) => r.label === 'Quote sources');
      if (!group) return null;
      const below = current.filter((r) => r.index > group.index);
      // Opened while the tree was being rebuilt, it may show stale rows: close it and open it again.
      if (group.expanded === 'true' && !below.some((r) => ['Verbatim', 'Altered', 'Not found'].includes(r.label))) {
        await sidebar.locator(`.monaco-list-row[data-index="${group.index}"]`).click();
        return null;
      }
      for (const label of ['Quote sources', 'Verbatim', 'Altered', 'Not found']) {
        const row = current.find((r) => r.label === label);
        if (row?.expanded === 'false') {
          await sidebar.locator(`.monaco-list-row[data-index="${row.index}"]`).click();
          return null;
        }
      }
      return current.some((r) => r.label === 'Not found') && current.some((r) => r.label.startsWith('“an extremely dangerous')) ? current : null;
    }, { message: 'a "Quote sources" group with Verbatim, Altered and Not found' }).catch(async (error) => {
      error.message += `\n  side bar rows: ${JSON.stringify(await treeRows(page).catch(() => []))}\n  console: ${workbench.consoleErrors.join('\n')}`;
      throw error;
    });
    assert.equal(rows.find((r) => r.label === 'Quote sources').description, 'transcripts');
    const verbatim = rows.find((r) => r.label === 'Verbatim');
    const altered = rows.find((r) => r.label === 'Altered');
    const notFound = rows.find((r) => r.label === 'Not found');
    assert.ok(Number(verbatim.description) >= 2, 'at least the two verbatim Psaki quotes');
    assert.ok(Number(altered.description) >= 1);
    assert.ok(Number(notFound.description) >= 1);
    const under = (group, next) => rows.filter((r) => r.index > group.index && (!next || r.index < next.index)).map((r) => r.label);
    assert.ok(under(verbatim, altered).some((l) => l.startsWith('“There’s a diplomatic path forward')));
    assert.ok(under(altered, notFound).some((l) => l.startsWith('“We’re now at a stage')));
    assert.ok(under(notFound).some((l) => l.startsWith('“an extremely dangerous situation')));
    await workbench.screenshot('quotesource-tree');
    assert.equal(readFileSync(sidecar(), 'utf8'), before, 'nothing written by the check');

    // Keep the quote that is not in the transcript: Needs source.
    const row = sidebar.locator('.monaco-list-row', { hasText: 'an extremely dangerous situation' }).last();
    await row.hover();
    await row.locator('.action-label.codicon-check').click();
    const checks = await items(3);
    const kept = checks.find((c) => c.target.selector[0].exact === 'an extremely dangerous situation.');
    assert.equal(kept.body.find((b) => b.purpose === 'tagging').value, 'needs-source');
    assert.equal(kept.body.find((b) => b.purpose === 'commenting').value, `Not found in ${TRANSCRIPT_PATH}.`);
    assert.ok(!kept.body.some((b) => b.selector), 'no passage for a quote not found');
    assert.ok(existsSync(join(workbench.folder, TRANSCRIPT_PATH)));
  });
});
