// A cloned repository that carries its own `.newsmark/`: an annotation file whose values hold a
// command link and icon syntax is reported with that text shown literally, as no link; a
// `.newsmark` that is a symbolic link to a folder outside the workspace is read, reported, and
// never written through; in Restricted Mode, the repository's settings cannot lift the size limit
// or move the annotations folder.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SAMPLE, config, hoverWord, openFromExplorer, openWorkbench, runCommand, waitFor, waitForAllCategories, withScreenshot, wordBox,
} from './harness.mjs';

const LINK = '[Repair the file](command:workbench.action.terminal.new)';
const ICON = '$(zap)';
const QUOTE = 'an extremely dangerous situation.';
/** What a reader sees: Newsmark adds zero-width spaces that break links and icons (src/extension/safeText.ts). */
const visible = (text) => text.replace(/\u200b/g, '');

/** One annotation on the sample's quote, in the file format (see src/annotations/format.ts). */
function annotationFile(status) {
  const text = readFileSync(join(config.seeds, SAMPLE), 'utf8');
  const at = text.indexOf(QUOTE);
  const start = [...text.slice(0, at)].length;
  return `${JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    version: 1,
    items: [{
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:6f1c2a7e-0000-4000-8000-000000000001',
      type: 'Annotation',
      motivation: 'assessing',
      created: '2026-01-05T10:00:00.000Z',
      modified: '2026-01-05T10:00:00.000Z',
      creator: { type: 'Person', name: 'Desk' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: status },
        { type: 'TextualBody', purpose: 'classifying', value: 'quote' },
      ],
      target: {
        source: SAMPLE,
        selector: [
          { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start, end: start + [...QUOTE].length },
        ],
      },
    }],
  }, null, 2)}\n`;
}

describe('Hostile repository: an annotation file with a command link and icon syntax', { timeout: 240_000 }, () => {
  let workbench;
  let page;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `hostile-repo-${name}`, body));

  before(async () => {
    workbench = await openWorkbench('hostile-repo-link', {
      [`.newsmark/${SAMPLE}.annotations.json`]: annotationFile(`${LINK} ${ICON}`),
    });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('opening the article shows the warning with the text literally and no link or icon', async () => {
    await openFromExplorer(page, SAMPLE);
    const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'Repair the file' }).first();
    await toast.waitFor({ timeout: 45_000 });
    const message = toast.locator('.notification-list-item-message');
    const text = visible(await message.innerText());
    assert.ok(text.includes(`unknown status "${LINK} ${ICON}"`), `the warning quotes the value literally: ${text}`);
    assert.equal(await message.locator('a, .monaco-link, [href], [data-href]').count(), 0, 'no link in the message');
    assert.equal(await toast.locator('.codicon-zap').count(), 0, 'no icon drawn from the file');
    await workbench.screenshot('hostile-repo-warning');
  });

  step('clicking the words runs nothing', async () => {
    const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'Repair the file' }).first();
    await toast.locator('.notification-list-item-message').getByText('Repair the file', { exact: false }).first().click();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(await page.locator('.integrated-terminal, .terminal-wrapper').count(), 0, 'no terminal was opened');
  });
});

describe('Hostile repository: .newsmark is a symbolic link to a folder outside the workspace', { timeout: 240_000 }, () => {
  let workbench;
  let page;
  let editor;
  let outside;
  const original = annotationFile('verified');
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `hostile-repo-link-${name}`, body));
  const filesOutside = () => readdirSync(outside, { recursive: true }).sort();

  before(async () => {
    outside = join(config.work, 'hostile-repo-outside');
    rmSync(outside, { recursive: true, force: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, `${SAMPLE}.annotations.json`), original);
    workbench = await openWorkbench('hostile-repo-symlink');
    symlinkSync(outside, join(workbench.folder, '.newsmark'), 'dir');
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('the fact checks behind the link are shown, and the link is reported once', async () => {
    editor = await openFromExplorer(page, SAMPLE);
    const toasts = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'symbolic link' });
    await toasts.first().waitFor({ timeout: 45_000 });
    assert.match(await toasts.first().innerText(), /read-only/);
    const card = await hoverWord(page, editor, 'dangerous', 'Fact check');
    assert.match(card, /Verified/);
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 500);
  });

  step('setting a fact check is refused with a warning, and nothing is written outside', async () => {
    const box = await waitFor(() => wordBox(editor, 'Blinken'), { message: '"Blinken" rendered' });
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'symbolic link' })
      .filter({ hasText: 'The fact checks of this article are read-only' }).first().waitFor({ timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    assert.deepEqual(filesOutside(), [`${SAMPLE}.annotations.json`], 'no file created outside the workspace');
    assert.equal(readFileSync(join(outside, `${SAMPLE}.annotations.json`), 'utf8'), original, 'the file outside is unchanged');
    await workbench.screenshot('hostile-repo-symlink');
  });
});

describe('Hostile repository: its .vscode/settings.json in Restricted Mode', { timeout: 240_000 }, () => {
  let workbench;
  let page;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `hostile-repo-settings-${name}`, body));

  before(async () => {
    workbench = await openWorkbench('hostile-repo-settings', {
      // A size limit of about one byte would skip the sample, were the workspace's value read.
      '.vscode/settings.json': JSON.stringify({ 'newsmark.maxFileSizeMB': 0.000001, 'newsmark.languages': [], 'newsmark.include': [] }),
    }, { restricted: true });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('the user settings apply: the sample is annotated', async () => {
    await waitFor(async () => /Restricted Mode/i.test(await page.locator('.monaco-workbench').innerText()), { message: 'Restricted Mode' });
    const editor = await openFromExplorer(page, SAMPLE);
    await waitForAllCategories(editor, 'the sample highlighted despite the workspace settings');
    assert.doesNotMatch(await page.locator('.part.statusbar').innerText(), /Newsmark: skipped/);
  });
});
