// Editorial checks in a real VS Code workbench: a crafted article shows its findings in the
// Problems panel (source Newsmark, rule id as code) with squiggles in the text; the light bulb's
// quick fix corrects the weekday, and the finding goes away while the other stays. A bad key in
// .newsmark.json is reported once, naming the file and the key, and the rest of the file applies.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFromExplorer, openWorkbench, waitFor, withScreenshot, wordBox } from './harness.mjs';

const ARTICLE = 'desk.txt';
// Jan. 19, 2022 was a Wednesday; "Kоwalski" has a Cyrillic о; the first reference to Ruiz is surname-only.
const TEXT = [
  'Council Delays Vote on Harbor Plan',
  '',
  'The hearing on the harbor plan is set for Tuesday, Jan. 19, 2022, the council said.',
  '',
  'Mayor Anna Kоwalski said the plan would protect jobs. Ruiz disagreed.',
  '',
  'Daniel Ruiz, who leads the dockworkers, said he would speak at the hearing.',
  '',
].join('\n');
const PROJECT = JSON.stringify({ checks: { 'first-reference': 'information', 'no-such-rule': 'error' } });

describe('Checks', { timeout: 300_000 }, () => {
  let workbench;
  let page;
  let editor;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `checks-${name}`, body));
  const problemRows = async () => page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
  /** Opens the light bulb menu (Ctrl+.) and waits for `label`; retried, as the first key press can come before the actions are ready. */
  const openActions = async (label) => {
    const row = page.locator('.action-widget .monaco-list-row', { hasText: label }).first();
    await waitFor(async () => {
      await page.keyboard.press('Control+.');
      if (await row.waitFor({ timeout: 3_000 }).then(() => true, () => false)) return true;
      await page.keyboard.press('Escape');
      return false;
    }, { timeout: 30_000, interval: 500, message: `"${label}" in the light bulb menu` });
    return row;
  };
  const squiggles = async (kind) => editor.locator(`.view-overlays .squiggly-${kind}`).count();

  before(async () => {
    workbench = await openWorkbench('checks', { [ARTICLE]: TEXT, '.newsmark.json': PROJECT });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('reports a bad key in .newsmark.json once, naming the file and the key', async () => {
    // Newsmark starts with the first article opened.
    editor = await openFromExplorer(page, ARTICLE);
    await waitFor(async () => (await page.locator('.notifications-toasts').innerText().catch(() => '')).includes('.newsmark.json: unknown rule "checks.no-such-rule"'),
      { timeout: 45_000, message: 'the notification about .newsmark.json' });
  });

  step('shows the findings with squiggles and in the Problems panel', async () => {
    await waitFor(async () => (await squiggles('error')) > 0 && (await squiggles('warning')) > 0, { timeout: 45_000, message: 'error and warning squiggles' });
    await page.keyboard.press('Control+Shift+M');
    const rows = await waitFor(async () => {
      const all = await problemRows();
      // first-reference (off by default) is turned on in .newsmark.json: the rest of the file applied.
      return all.some((r) => r.includes('weekday-mismatch')) && all.some((r) => r.includes('mixed-script')) && all.some((r) => r.includes('first-reference')) ? all : null;
    }, { message: 'the findings in the Problems panel, first-reference on' });
    const weekday = rows.find((r) => r.includes('weekday-mismatch'));
    assert.match(weekday, /2022-01-19 is a Wednesday, not a Tuesday\./);
    assert.match(weekday, /Newsmark/);
  });

  step('applies the quick fix: the text and the findings change', async () => {
    const box = await waitFor(() => wordBox(editor, 'Tuesday'), { message: '"Tuesday" rendered' });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const fix = await openActions('Replace with "Wednesday"');
    assert.ok(await page.locator('.action-widget .monaco-list-row', { hasText: 'Ignore this rule in this article' }).count() > 0);
    assert.ok(await page.locator('.action-widget .monaco-list-row', { hasText: 'Disable rule weekday-mismatch' }).count() > 0);
    await fix.click();
    await waitFor(async () => (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ').includes('set for Wednesday, Jan. 19, 2022'), { message: 'the fixed weekday in the text' });
    await waitFor(async () => {
      const rows = await problemRows();
      return !rows.some((r) => r.includes('weekday-mismatch')) && rows.some((r) => r.includes('mixed-script'));
    }, { timeout: 30_000, message: 'the weekday finding gone, the mixed-script one still there' });
    await waitFor(async () => (await squiggles('error')) === 0, { message: 'no error squiggle left' });
  });

  step('ignores a rule in this article through .newsmark.json', async () => {
    const box = await waitFor(() => wordBox(editor, 'Anna'), { message: '"Anna" rendered' });
    await page.mouse.click(box.x + box.width + 30, box.y + box.height / 2);
    const ignore = await openActions('Ignore this rule in this article (mixed-script)');
    await ignore.click();
    const project = await waitFor(() => {
      const parsed = JSON.parse(readFileSync(join(workbench.folder, '.newsmark.json'), 'utf8'));
      return parsed.ignore ? parsed : null;
    }, { message: 'the ignore list in .newsmark.json' });
    assert.deepEqual(project.ignore, { [ARTICLE]: ['mixed-script'] });
    assert.equal(project.checks['first-reference'], 'information', 'the rest of the file is kept');
    await waitFor(async () => !(await problemRows()).some((r) => r.includes('mixed-script')), { timeout: 30_000, message: 'the mixed-script finding gone' });
  });
});
