// Documents closed while Newsmark analyses them: a large article is opened and closed again before
// its analysis can have finished, and the editor switches quickly between articles. Nothing may
// show an error or log an exception, and an article opened again is analysed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SAMPLE, activeEditor, config, newsmarkErrorNotifications, newsmarkLogEntries, newsmarkLogErrors,
  openFromExplorer, openWorkbench, waitFor, waitForAllCategories, withScreenshot,
} from './harness.mjs';

const sample = () => readFileSync(join(config.seeds, SAMPLE), 'utf8');
const LARGE = 'large-article.txt';
const SHORT = 'short-article.txt';
const SHORT_TEXT = '“We will keep talking,” Ms. Rivera said in Lisbon on Tuesday.\n';

describe('Documents closed mid-analysis', { timeout: 300_000 }, () => {
  let workbench;
  let page;
  let started;
  const step = (name, body) => it(name, { timeout: 120_000 }, withScreenshot(() => workbench, `closed-mid-analysis-${name}`, body));

  /** Clicks a file in the explorer without waiting for its editor. */
  const click = (name) => page.locator('.explorer-folders-view .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) }).first().click();
  /** Closes the active editor with its tab's close button (quicker than a command). */
  const closeActive = () => page.locator('.part.editor .tab.active .tab-actions .action-label').first().click();
  const editorCount = () => page.locator('.part.editor .tab').count();

  before(async () => {
    started = new Date();
    // About 3 MB: under the default size limit, and long enough to take a while to analyse.
    workbench = await openWorkbench('closed-mid-analysis', {
      [LARGE]: Array.from({ length: 600 }, sample).join('\n\n'),
      [SHORT]: SHORT_TEXT,
    });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('a large article closed right after opening raises no error', async () => {
    for (let round = 0; round < 3; round++) {
      await openFromExplorer(page, LARGE);
      await closeActive();
      await waitFor(async () => (await editorCount()) === 0, { message: 'the editor closed' });
    }
  });

  step('switching quickly between articles, closing the large one on the way, raises no error', async () => {
    for (let round = 0; round < 3; round++) {
      for (const name of [LARGE, SAMPLE, SHORT, LARGE]) await click(name);
      await closeActive();
    }
    // Let every analysis that was queued or running finish.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    assert.deepEqual(await newsmarkErrorNotifications(page), []);
  });

  step('the articles are analysed when shown again', async () => {
    const sampleEditor = await openFromExplorer(page, SAMPLE);
    await waitForAllCategories(sampleEditor, 'all four categories in the sample article');
    const editor = await openFromExplorer(page, LARGE);
    await waitForAllCategories(editor, 'all four categories in the large article', 60_000);
    assert.equal(await activeEditor(page).getAttribute('data-uri').then((uri) => uri.endsWith(LARGE)), true);
  });

  step('no error notification and no exception in the logs', async (t) => {
    // How long the large article took to analyse: the closes above came sooner than that.
    const times = newsmarkLogEntries(started).filter((entry) => entry.includes(LARGE) && /Analysed/.test(entry))
      .map((entry) => /in (\d+) ms/.exec(entry)?.[1]).filter(Boolean);
    t.diagnostic(`analyses of ${LARGE}: ${times.join(', ') || '(none logged)'} ms`);
    assert.deepEqual(await newsmarkErrorNotifications(page), []);
    assert.deepEqual(newsmarkLogErrors(started), []);
  });
});
