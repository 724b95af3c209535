// A multi-root workspace: each article's fact checks are stored in its own folder.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SAMPLE, config, decorationClasses, openByPath, openWorkbench, pickItem, runCommand, waitFor, withScreenshot, wordBox,
} from './harness.mjs';

const sample = () => readFileSync(join(config.seeds, SAMPLE), 'utf8');

describe('Fact checks in a multi-root workspace', { timeout: 400_000 }, () => {
  let workbench;
  let page;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `multi-root-${name}`, body));

  before(async () => {
    workbench = await openWorkbench('multi-root', {
      'desk-a/first-article.txt': sample(),
      'desk-b/second-article.txt': sample(),
      'newsroom.code-workspace': JSON.stringify({ folders: [{ path: 'desk-a' }, { path: 'desk-b' }] }),
    }, { workspaceFile: 'newsroom.code-workspace' });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('a fact check is stored in the folder of its article', async () => {
    const editor = await openByPath(page, join(workbench.folder, 'desk-b', 'second-article.txt'));
    await waitFor(async () => (await decorationClasses(editor)).length > 0, { timeout: 45_000, message: 'highlights' });
    const box = await wordBox(editor, 'dangerous');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await pickItem(page, 'Verified');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await page.locator('.quick-input-widget').innerText()).includes('note'), { message: 'the note input box' });
    await input.press('Enter');
    const inB = join(workbench.folder, 'desk-b', '.newsmark', 'second-article.txt.annotations.json');
    await waitFor(() => existsSync(inB), { message: `the annotation file ${inB}` });
    assert.equal(existsSync(join(workbench.folder, 'desk-a', '.newsmark')), false, 'nothing written to the other folder');
    assert.equal(existsSync(join(workbench.folder, '.newsmark')), false, 'nothing written beside the workspace file');
  });
});
