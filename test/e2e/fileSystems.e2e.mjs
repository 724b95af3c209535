// Articles that are not plain local files: a read-only article (files.readonlyInclude), a folder on
// a read-only file system, and a folder on a virtual file system served by an extension's
// FileSystemProvider (the test fixture in fixtureFs.mjs). Newsmark highlights all of them; fact
// checks are stored where they can be, declined clearly where they cannot, and a write the file
// system refuses loses nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SAMPLE, config, hoverWord, newsmarkErrorNotifications, newsmarkLogErrors, openFromExplorer, openWorkbench,
  pickItem, runCommand, waitFor, waitForAllCategories, withScreenshot, wordBox,
} from './harness.mjs';
import { installFixture, uninstallFixture } from './fixtureFs.mjs';

const sample = () => readFileSync(join(config.seeds, SAMPLE), 'utf8');
const CHECKED = 'an extremely dangerous situation.';
const STORED_NOTE = 'Confirmed with the ministry';

/** An annotation file holding one Verified fact check on `exact`, as Newsmark writes it. */
function storedFactCheck(text, exact, note) {
  const at = text.indexOf(exact);
  const codePoints = (s) => [...s].length;
  const time = '2026-01-05T10:00:00.000Z';
  return `${JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    version: 1,
    items: [{
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:6a0c1f8e-3b2d-4c5e-9f70-1a2b3c4d5e6f',
      type: 'Annotation',
      motivation: 'assessing',
      created: time,
      modified: time,
      creator: { type: 'Person', name: 'Archive desk' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'verified' },
        { type: 'TextualBody', purpose: 'classifying', value: 'quote' },
        { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' },
      ],
      target: {
        source: SAMPLE,
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: text.slice(at - 32, at), suffix: text.slice(at + exact.length, at + exact.length + 32) },
          { type: 'TextPositionSelector', start: codePoints(text.slice(0, at)), end: codePoints(text.slice(0, at + exact.length)) },
        ],
      },
    }],
  }, null, 2)}\n`;
}

/** Shared steps of the suites below. */
function suiteHelpers(getWorkbench) {
  const page = () => getWorkbench().page;
  return {
    async clickInto(editor, word) {
      const box = await waitFor(() => wordBox(editor, word), { message: `"${word}" rendered` });
      await page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    async setStatus(status, note) {
      await runCommand(page(), 'Newsmark: Set Fact-check Status…');
      await pickItem(page(), status);
      const widget = page().locator('.quick-input-widget');
      await waitFor(async () => (await widget.innerText()).includes('note'), { message: 'the note input box' });
      const input = widget.locator('.quick-input-box input');
      await input.fill(note);
      await input.press('Enter');
    },
    toasts: () => page().locator('.notifications-toasts .notification-toast'),
  };
}

const readItems = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).items;
  } catch {
    return undefined;
  }
};
const notes = (items) => (items ?? []).map((item) => item.body.find((b) => b.purpose === 'commenting')?.value).sort();
const temporaryFiles = (folder) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.tmp')) : []);

describe('Articles on other file systems', { timeout: 900_000 }, () => {
  let started;
  before(() => {
    started = new Date();
    // Both schemes serve the test folders, so `newsroom:/NAME` is the folder openWorkbench('NAME') writes.
    installFixture({ newsroom: config.work, archive: config.work });
  });
  after(() => uninstallFixture());

  describe('A read-only article (files.readonlyInclude)', { timeout: 240_000 }, () => {
    let workbench;
    let editor;
    const helpers = suiteHelpers(() => workbench);
    const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `read-only-article-${name}`, body));
    const sidecar = () => join(workbench.folder, '.newsmark', `${SAMPLE}.annotations.json`);

    before(async () => {
      workbench = await openWorkbench('read-only-article', {
        '.vscode/settings.json': JSON.stringify({ 'files.readonlyInclude': { '**/*.txt': true } }),
      });
    });
    after(async () => { await workbench?.close(); });

    step('is highlighted, and the editor cannot change it', async () => {
      const { page } = workbench;
      editor = await openFromExplorer(page, SAMPLE);
      await waitForAllCategories(editor);
      await helpers.clickInto(editor, 'Geneva');
      await page.keyboard.type('xyz');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(readFileSync(join(workbench.folder, SAMPLE), 'utf8'), sample());
      assert.equal(await page.locator('.part.editor .tab.dirty').count(), 0, 'the article is not modified');
      await page.keyboard.press('Escape');
    });

    step('its fact checks are saved in their own file', async () => {
      await helpers.clickInto(editor, 'dangerous');
      await helpers.setStatus('Verified', 'read-only article');
      const items = await waitFor(() => readItems(sidecar())?.length === 1 && readItems(sidecar()), { message: `one fact check in ${sidecar()}` });
      assert.deepEqual(notes(items), ['read-only article']);
      assert.deepEqual(await newsmarkErrorNotifications(workbench.page), []);
    });
  });

  describe('A folder on a read-only file system', { timeout: 240_000 }, () => {
    const NAME = 'fs-archive';
    let workbench;
    let editor;
    const helpers = suiteHelpers(() => workbench);
    const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `read-only-fs-${name}`, body));
    const annotationFile = () => join(workbench.folder, '.newsmark', `${SAMPLE}.annotations.json`);
    const stored = storedFactCheck(sample(), CHECKED, STORED_NOTE);

    before(async () => {
      workbench = await openWorkbench(NAME, { [`.newsmark/${SAMPLE}.annotations.json`]: stored }, { folderUri: `archive:/${NAME}` });
    });
    after(async () => { await workbench?.close(); });

    step('the article is highlighted and shows the fact checks stored there', async () => {
      const { page } = workbench;
      editor = await openFromExplorer(page, SAMPLE);
      assert.match(await editor.getAttribute('data-uri'), /^archive:/);
      await waitForAllCategories(editor);
      const card = await hoverWord(page, editor, 'dangerous', 'Fact check');
      assert.match(card, /Verified/);
      assert.match(card, new RegExp(STORED_NOTE));
      assert.doesNotMatch(card, /Change status/, 'no link to change what cannot be saved');
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 500);
    });

    step('Set Fact-check Status… says at once that fact checks cannot be saved there', async () => {
      const { page } = workbench;
      await helpers.clickInto(editor, 'de-escalate');
      await runCommand(page, 'Newsmark: Set Fact-check Status…');
      await helpers.toasts().filter({ hasText: 'read-only' }).filter({ hasText: 'Newsmark' }).first().waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Verified' }).count() > 0
        && await page.locator('.quick-input-widget').isVisible(), false, 'no status to pick, nothing typed in vain');
      assert.equal(readFileSync(annotationFile(), 'utf8'), stored, 'the stored file is unchanged');
      assert.deepEqual(temporaryFiles(join(workbench.folder, '.newsmark')), []);
      assert.deepEqual(await newsmarkErrorNotifications(page), []);
    });
  });

  describe('A folder on a virtual file system', { timeout: 300_000 }, () => {
    const NAME = 'fs-newsroom';
    let workbench;
    let editor;
    const helpers = suiteHelpers(() => workbench);
    const step = (name, body) => it(name, { timeout: 120_000 }, withScreenshot(() => workbench, `virtual-fs-${name}`, body));
    const annotationFolder = () => join(workbench.folder, '.newsmark');
    const annotationFile = () => join(annotationFolder(), `${SAMPLE}.annotations.json`);

    before(async () => {
      workbench = await openWorkbench(NAME, {}, { folderUri: `newsroom:/${NAME}` });
    });
    after(async () => {
      for (const marker of ['.locked', '.full']) rmSync(join(annotationFolder(), marker), { force: true });
      await workbench?.close();
    });

    step('the article is highlighted and has hover cards', async () => {
      const { page } = workbench;
      editor = await openFromExplorer(page, SAMPLE);
      assert.match(await editor.getAttribute('data-uri'), /^newsroom:/);
      await waitForAllCategories(editor);
      const card = await hoverWord(page, editor, 'Blinken', 'Antony J. Blinken');
      assert.match(card, /Antony J\. Blinken/);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 500);
    });

    step('a fact check is stored through the file system, beside the article', async () => {
      await helpers.clickInto(editor, 'dangerous');
      await helpers.setStatus('Misleading', 'first check');
      const items = await waitFor(() => readItems(annotationFile())?.length === 1 && readItems(annotationFile()),
        { message: `one fact check in ${annotationFile()}` });
      assert.deepEqual(notes(items), ['first check']);
      assert.equal(items[0].target.source, SAMPLE);
      assert.deepEqual(temporaryFiles(annotationFolder()), []);
      assert.deepEqual(await newsmarkErrorNotifications(workbench.page), []);
    });

    // The fixture refuses writes in a folder holding `.locked` (permission denied) or `.full` (disk full).
    const refusals = [
      { marker: '.locked', what: 'permission denied', word: 'de-escalate', status: 'False', note: 'second check' },
      { marker: '.full', what: 'disk full', word: 'diplomatic', status: 'Disputed', note: 'third check' },
    ];
    refusals.forEach(({ marker, what, word, status, note }, i) => step(`a write refused (${what}) is reported, keeps the previous file, and Retry saves everything`, async () => {
      const { page } = workbench;
      const before = readFileSync(annotationFile(), 'utf8');
      writeFileSync(join(annotationFolder(), marker), '');
      await helpers.clickInto(editor, word);
      await helpers.setStatus(status, note);
      const failure = page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item')
        .filter({ hasText: 'could not save fact checks' });
      await failure.first().waitFor({ timeout: 30_000 });
      const message = (await failure.first().innerText()).replace(/\s+/g, ' ');
      assert.match(message, /previous file is unchanged/);
      assert.match(message, /kept in this window/);
      assert.equal(readFileSync(annotationFile(), 'utf8'), before, 'the previous file is intact');
      assert.deepEqual(temporaryFiles(annotationFolder()), [], 'no temporary file left behind');
      // The change is still shown in this window.
      await page.mouse.move(5, 500);
      const card = await hoverWord(page, editor, word, 'Fact check');
      assert.match(card, new RegExp(status));
      assert.match(card, new RegExp(note));
      await page.mouse.move(5, 500);

      rmSync(join(annotationFolder(), marker));
      // The message may have gone from the toasts into the notification centre by now.
      if (!(await failure.first().isVisible())) await runCommand(page, 'Notifications: Show Notifications');
      await failure.locator('.monaco-button', { hasText: 'Retry' }).first().click();
      const items = await waitFor(() => readItems(annotationFile())?.length === i + 2 && readItems(annotationFile()),
        { message: `${i + 2} fact checks in the file after Retry` });
      assert.deepEqual(notes(items), ['first check', 'second check', 'third check'].slice(0, i + 2));
      // Clear the notifications so the next failure is the only one.
      await runCommand(page, 'Notifications: Clear All Notifications');
    }));

    step('nothing went wrong behind the scenes', async () => {
      assert.deepEqual(newsmarkLogErrors(started), []);
    });
  });
});
