// ClaimReview export: the status → rating table, what is left out when unknown, the speaker as a
// Person or an Organization, and hostile text that stays data. The type-level lines at the end
// fail `npm run typecheck` if schema-dts stops catching a wrong property or a status goes unrated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimReview, Rating } from 'schema-dts';
import {
  CLAIM_REVIEW_RATINGS,
  FACT_CHECK_STATUSES,
  STATUS_LABELS,
  claimReviewOf,
  createFactCheck,
  formatClaimReviewReport,
  ratingTable,
  reportQuotes,
  reportRows,
  type FactCheckStatus,
  type ReportRow,
} from '../../src/annotations';
import { extract } from '../../src/extractor';

const root = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(root, 'seeds', '000_e8a961f6e006cecf.txt'), 'utf8');

function row(extra: Partial<ReportRow> = {}): ReportRow {
  return {
    id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    article: 'stories/talks.md',
    kind: 'quote',
    text: 'taxes will fall',
    status: 'false',
    note: '',
    sources: [],
    orphaned: false,
    creator: 'Dana',
    modified: '2026-01-05T10:00:00.000Z',
    ...extra,
  };
}

test('every status maps to the documented rating; Needs source and Unverified get only their name', () => {
  const expected: Record<FactCheckStatus, number | undefined> = { false: 1, misleading: 2, disputed: 3, 'needs-source': undefined, unverified: undefined, verified: 5 };
  for (const status of FACT_CHECK_STATUSES) {
    const rating = claimReviewOf(row({ status })).reviewRating as Rating;
    assert.equal(rating['@type'], 'Rating');
    assert.equal(rating.alternateName, STATUS_LABELS[status], status);
    if (expected[status] === undefined) {
      assert.deepEqual(Object.keys(rating).sort(), ['@type', 'alternateName'], status);
    } else {
      assert.equal(rating.ratingValue, expected[status], status);
      assert.equal(rating.bestRating, 5);
      assert.equal(rating.worstRating, 1);
    }
  }
  assert.deepEqual(CLAIM_REVIEW_RATINGS, expected);
});

test('a full fact check: claim, speaker, article address and date, reviewer, note, date and sources', () => {
  const review = claimReviewOf(
    row({ speaker: 'Jen Psaki', speakerType: 'person', articleUrl: 'https://news.example/stories/talks', articleDate: '2022-01-21', note: 'The transcript says otherwise.', sources: ['https://example.org/transcript'] }),
    { organization: 'Example Checks', organizationUrl: 'https://checks.example/' },
  );
  assert.deepEqual(review, {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: 'taxes will fall',
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Jen Psaki' },
      appearance: { '@type': 'CreativeWork', url: 'https://news.example/stories/talks' },
      datePublished: '2022-01-21',
    },
    reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    reviewBody: 'The transcript says otherwise.',
    author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example/' },
    datePublished: '2026-01-05',
    citation: [{ '@type': 'CreativeWork', url: 'https://example.org/transcript' }],
  });
});

test('unknown values are left out: no speaker, no address, no date, no organization, no note', () => {
  const review = claimReviewOf(row());
  assert.deepEqual(review.itemReviewed, { '@type': 'Claim' });
  for (const key of ['author', 'url', 'reviewBody', 'citation']) assert.ok(!(key in review), key);
  assert.equal(review.datePublished, '2026-01-05');
});

test('a speaker the extractor did not identify as a person or organization is left out, not guessed', () => {
  assert.deepEqual(claimReviewOf(row({ speaker: 'officials' })).itemReviewed, { '@type': 'Claim' });
  assert.deepEqual((claimReviewOf(row({ speaker: 'the State Department', speakerType: 'organization' })).itemReviewed as { author: unknown }).author, { '@type': 'Organization', name: 'the State Department' });
});

test('bad addresses are left out: organization URL, article URL and sources that are not plain http(s)', () => {
  const review = claimReviewOf(row({ articleUrl: 'javascript:alert(1)', sources: ['ftp://x.example/a', 'https://ok.example/'] }), { organization: ' ', organizationUrl: 'https://user:pw@evil.example/' });
  assert.deepEqual(review.itemReviewed, { '@type': 'Claim' });
  assert.ok(!('author' in review));
  assert.deepEqual(review.citation, [{ '@type': 'CreativeWork', url: 'https://ok.example/' }]);
  assert.deepEqual(claimReviewOf(row(), { organizationUrl: 'https://checks.example' }).author, { '@type': 'Organization', url: 'https://checks.example/' });
});

test('hostile text stays data: it cannot close a <script> element and parses back unchanged', () => {
  const hostile = '</script><script>alert(1)</script> & "quoted" \u2028 {"@context": "x"}';
  const text = formatClaimReviewReport([row({ text: hostile, note: hostile, speaker: hostile, speakerType: 'person' })], { organization: hostile });
  assert.ok(!/[<>&\u2028]/.test(text), text);
  const [review] = JSON.parse(text) as Array<Record<string, unknown>>;
  assert.equal(review.claimReviewed, hostile);
  assert.equal(review.reviewBody, hostile);
  assert.deepEqual(review.author, { '@type': 'Organization', name: hostile });
  assert.equal(review['@context'], 'https://schema.org');
});

test('the sample article: a fact-checked quote gets its speaker as a Person, from the extractor', () => {
  const analysis = extract(SAMPLE);
  const quote = analysis.quotes.find((q) => q.speakerEntityId && analysis.entities.find((e) => e.id === q.speakerEntityId)?.type === 'person');
  assert.ok(quote, 'a quote with a person as speaker');
  const check = createFactCheck({
    status: 'misleading',
    creator: 'Dana',
    kind: 'quote',
    now: '2026-02-01T09:00:00.000Z',
    target: { source: 'sample.txt', exact: quote.text, prefix: '', suffix: '', start: quote.start, end: quote.end },
  });
  const rows = reportRows({ article: 'sample.txt', text: SAMPLE, checks: [check], ranges: new Map([[check.id, { start: quote.start, end: quote.end }]]), quotes: reportQuotes(analysis), date: analysis.articleDate });
  const [review] = JSON.parse(formatClaimReviewReport(rows)) as ClaimReview[];
  const claim = review.itemReviewed as { author: { '@type': string; name: string }; datePublished?: string };
  assert.equal(claim.author['@type'], 'Person');
  assert.equal(claim.author.name, quote.speaker);
  assert.equal(review.claimReviewed, quote.text);
  assert.equal(claim.datePublished, analysis.articleDate);
});

test('the README shows the same status → rating table', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const { label, ratingValue } of ratingTable()) {
    assert.match(readme, new RegExp(`^\\| ${label} \\| ${ratingValue ?? '–'} \\|`, 'm'), label);
  }
});

// Type-level checks (`npm run typecheck`): schema-dts refuses a property schema.org does not have…
export const wrongProperty: ClaimReview = {
  '@type': 'ClaimReview',
  // @ts-expect-error -- ratingValue belongs to the Rating, not to the ClaimReview
  ratingValue: 3,
};
// …and the rating table must name every status.
// @ts-expect-error -- a table without every status does not type-check
export const incompleteTable: typeof CLAIM_REVIEW_RATINGS = { false: 1, misleading: 2, disputed: 3, verified: 5 };
