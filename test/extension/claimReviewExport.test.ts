// Export Fact-check Report… as ClaimReview, through the real exporter over an in-memory workspace:
// the organization settings, the article's front matter address and date, the speaker from the
// extractor, and a hostile organization name that stays data.
import { fakeVscode } from './fakeVscode';
import { analysisStub, disk, setSetting, shown, Uri } from './fakeWorkspace';
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFactCheck, serializeAnnotationFile } from '../../src/annotations/index';
import { FactCheckStore } from '../../src/extension/factCheck/store';
import { FactCheckReportExporter } from '../../src/extension/factCheck/report';

const root = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(root, 'seeds', '000_e8a961f6e006cecf.txt'), 'utf8');
const ARTICLE = `---\ntitle: Blinken to meet Lavrov\nurl: https://news.example/2022/01/blinken-lavrov\ndate: 2022-01-18\n---\n\n${SAMPLE}`;
const QUOTE = 'urge Russia to take immediate steps to de-escalate';

function annotationFile(): Uint8Array {
  const start = [...ARTICLE.slice(0, ARTICLE.indexOf(QUOTE))].length;
  const check = createFactCheck({
    id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    now: '2026-01-05T10:00:00.000Z',
    status: 'misleading',
    note: 'The briefing transcript has “urge Russia to take steps”.',
    sources: ['https://example.org/briefing'],
    creator: 'Desk',
    kind: 'quote',
    target: { source: 'stories/talks.md', exact: QUOTE, prefix: '', suffix: '', start, end: start + QUOTE.length },
  });
  return new TextEncoder().encode(serializeAnnotationFile([check]));
}

describe('Export Fact-check Report… as ClaimReview', () => {
  const exporter = new FactCheckReportExporter(
    { supports: () => false, whenLoaded: async () => undefined, entries: () => [], location: () => undefined, readOnlyReason: () => undefined } as never,
    analysisStub as never,
    new FactCheckStore(),
  );
  const annotations = '/desk/.newsmark/stories/talks.md.annotations.json';
  beforeEach(() => {
    disk.reset();
    shown.reset();
    disk.addFolder('/desk/stories');
    disk.addFolder('/desk/.newsmark/stories');
    disk.files.set('/desk/stories/talks.md', new TextEncoder().encode(ARTICLE));
    disk.files.set(annotations, annotationFile());
    Object.assign(fakeVscode.workspace, { findFiles: async () => [Uri.file(annotations)] });
    shown.modalAnswer = 'Export';
  });

  async function exportClaimReview(): Promise<Array<Record<string, unknown>>> {
    const written = await exporter.run({ scope: 'workspace', format: 'claimreview', output: 'file:///desk/checks.jsonld' });
    assert.equal(written?.toString(), Uri.file('/desk/checks.jsonld').toString());
    return JSON.parse(new TextDecoder().decode(disk.files.get('/desk/checks.jsonld'))) as Array<Record<string, unknown>>;
  }

  it('one ClaimReview per fact check, with the article, speaker, rating and organization', async () => {
    setSetting('newsmark.factCheck.organization', 'Desk Checks');
    setSetting('newsmark.factCheck.organizationUrl', 'https://checks.example/');
    const reviews = await exportClaimReview();
    assert.equal(reviews.length, 1);
    assert.deepEqual(reviews[0], {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: QUOTE,
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jen Psaki' },
        appearance: { '@type': 'CreativeWork', url: 'https://news.example/2022/01/blinken-lavrov' },
        datePublished: '2022-01-18',
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
      reviewBody: 'The briefing transcript has “urge Russia to take steps”.',
      author: { '@type': 'Organization', name: 'Desk Checks', url: 'https://checks.example/' },
      datePublished: '2026-01-05',
      citation: [{ '@type': 'CreativeWork', url: 'https://example.org/briefing' }],
    });
  });

  it('a hostile organization name and address: the name stays data, the address is left out', async () => {
    setSetting('newsmark.factCheck.organization', '</script><script>alert(1)</script>');
    setSetting('newsmark.factCheck.organizationUrl', 'javascript:alert(1)');
    const text = await exporter.run({ scope: 'workspace', format: 'claimreview', output: 'file:///desk/checks.jsonld' }).then(() => new TextDecoder().decode(disk.files.get('/desk/checks.jsonld')));
    assert.doesNotMatch(text, /<\/script/i);
    assert.doesNotMatch(text, /javascript:/);
    assert.deepEqual((JSON.parse(text) as Array<Record<string, unknown>>)[0].author, { '@type': 'Organization', name: '</script><script>alert(1)</script>' });
  });

  it('the base URL setting gives the address when the front matter does not', async () => {
    setSetting('newsmark.factCheck.organization', '');
    setSetting('newsmark.articleBaseUrl', 'https://news.example/');
    disk.files.set('/desk/stories/talks.md', new TextEncoder().encode(SAMPLE));
    const reviews = await exportClaimReview();
    const claim = reviews[0].itemReviewed as Record<string, unknown>;
    assert.deepEqual(claim.appearance, { '@type': 'CreativeWork', url: 'https://news.example/stories/talks' });
    assert.ok(!('datePublished' in claim), 'the sample states no date of its own');
    assert.ok(!('author' in reviews[0]), 'no organization set');
  });
});
