// ClaimReview in a real VS Code workbench: in a copy of the sample article whose front matter gives
// its address and date, set a fact check on one of Jen Psaki's quotes, export the article's report
// as ClaimReview (JSON-LD) through the save dialog, then read the written file and check the
// schema.org fields: the claim and its speaker, the article, the rating and the organization
// that the workspace settings name.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE, config, openFromExplorer, openWorkbench, pickItem, runCommand, waitFor, withScreenshot, wordBox } from './harness.mjs';

const ARTICLE = 'talks.md';
const URL = 'https://news.example/2022/01/blinken-lavrov';
const QUOTE = 'urge Russia to take immediate steps to de-escalate.';
const NOTE = 'The briefing transcript has other words';

describe('ClaimReview export', { timeout: 300_000 }, () => {
  let workbench;
  let page;
  let editor;
  const step = (name, body) => it(name, { timeout: 90_000 }, withScreenshot(() => workbench, `claimreview-${name}`, body));
  const sidecar = () => join(workbench.folder, '.newsmark', `${ARTICLE}.annotations.json`);

  before(async () => {
    const sample = readFileSync(join(config.seeds, SAMPLE), 'utf8');
    workbench = await openWorkbench('claimreview', {
      [ARTICLE]: `---\ntitle: Blinken to meet Lavrov\nurl: ${URL}\ndate: 2022-01-18\n---\n\n${sample}`,
      '.vscode/settings.json': JSON.stringify({ 'newsmark.factCheck.organization': 'Desk Checks', 'newsmark.factCheck.organizationUrl': 'https://checks.example/' }, null, 2),
    });
    page = workbench.page;
  });
  after(async () => { await workbench?.close(); });

  step('sets a fact check on a quote of Jen Psaki', async () => {
    editor = await openFromExplorer(page, ARTICLE);
    await waitFor(async () => (await editor.locator('.view-overlays [class*="ced-"]').count()) > 0, { timeout: 45_000, message: 'highlights' });
    const box = await waitFor(() => wordBox(editor, 'de-escalate'), { message: '"de-escalate" rendered' });
    await page.mouse.click(box.x + 4, box.y + box.height / 2);
    await runCommand(page, 'Newsmark: Set Fact-check Status…');
    await pickItem(page, 'Misleading');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await page.locator('.quick-input-widget').innerText()).includes('note'), { message: 'the note input box' });
    await input.fill(NOTE);
    await input.press('Enter');
    const json = await waitFor(() => {
      try {
        const parsed = JSON.parse(readFileSync(sidecar(), 'utf8'));
        return parsed.items?.length === 1 ? parsed : null;
      } catch {
        return null;
      }
    }, { message: `the annotation file ${sidecar()}` });
    assert.equal(json.items[0].target.selector[0].exact, QUOTE);
  });

  step('exports the article as ClaimReview JSON-LD with the schema.org fields', async () => {
    await runCommand(page, 'Newsmark: Export Fact-check Report…');
    await pickItem(page, 'This article');
    await pickItem(page, 'ClaimReview (JSON-LD)');
    const report = join(workbench.folder, `${ARTICLE}.fact-check-report.jsonld`);
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await input.inputValue()).endsWith('.fact-check-report.jsonld'), { message: 'the save dialog' });
    await input.press('Enter');
    const text = await waitFor(() => (existsSync(report) ? readFileSync(report, 'utf8') : null), { message: `the report ${report}` });
    const reviews = JSON.parse(text);
    assert.ok(Array.isArray(reviews) && reviews.length === 1, text);
    const [review] = reviews;
    assert.equal(review['@context'], 'https://schema.org');
    assert.equal(review['@type'], 'ClaimReview');
    assert.equal(review.claimReviewed, QUOTE);
    assert.deepEqual(review.itemReviewed, {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Jen Psaki' },
      appearance: { '@type': 'CreativeWork', url: URL },
      datePublished: '2022-01-18',
    });
    assert.deepEqual(review.reviewRating, { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 });
    assert.equal(review.reviewBody, NOTE);
    assert.deepEqual(review.author, { '@type': 'Organization', name: 'Desk Checks', url: 'https://checks.example/' });
    assert.match(review.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  });
});
