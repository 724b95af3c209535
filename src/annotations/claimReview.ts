/**
 * Fact checks as schema.org ClaimReview in JSON-LD: the markup fact-checking organizations publish
 * so that search engines and fact-check tools show the verdict. Pure.
 *
 * One ClaimReview per fact check. Every value comes from the fact check, the article or the
 * settings; a value Newsmark does not know is left out, never made up. The types come from
 * schema-dts (types only, nothing of it is bundled), so a property schema.org does not have, or
 * a value of the wrong type, fails the type-check.
 */
import type { Claim, ClaimReview, CreativeWork, Organization, Person, Rating, WithContext } from 'schema-dts';
import { plainWebUrl } from './articleUrl';
import { FACT_CHECK_STATUSES, STATUS_LABELS, type FactCheckStatus } from './model';
import type { ReportRow } from './report';

/** The rating scale: 1 (worst) to 5 (best). */
export const WORST_RATING = 1;
export const BEST_RATING = 5;

/**
 * The one status → rating table (the README shows it). `undefined`: no numeric rating, only the
 * status name as `alternateName`. A Record over every status, so a new status fails the
 * type-check until it is given a rating here.
 */
export const CLAIM_REVIEW_RATINGS: Readonly<Record<FactCheckStatus, 1 | 2 | 3 | 4 | 5 | undefined>> = {
  false: 1,
  misleading: 2,
  disputed: 3,
  'needs-source': undefined,
  unverified: undefined,
  verified: 5,
};

export interface ClaimReviewOptions {
  /** The fact-checking organization (`newsmark.factCheck.organization`); left out when empty. */
  organization?: string;
  /** Its web address (`newsmark.factCheck.organizationUrl`); left out unless a plain http(s) URL. */
  organizationUrl?: string;
}

export type ClaimReviewDocument = WithContext<ClaimReview>;

function speakerOf(row: ReportRow): Person | Organization | undefined {
  const name = row.speaker?.trim();
  if (!name || !row.speakerType) return undefined;
  return row.speakerType === 'organization' ? { '@type': 'Organization', name } : { '@type': 'Person', name };
}

function reviewerOf(options: ClaimReviewOptions): Organization | undefined {
  const name = options.organization?.trim();
  const url = options.organizationUrl === undefined ? undefined : plainWebUrl(options.organizationUrl.trim());
  if (!name && !url) return undefined;
  const organization: Organization = { '@type': 'Organization' };
  if (name) organization.name = name;
  if (url) organization.url = url;
  return organization;
}

function ratingOf(status: FactCheckStatus): Rating {
  const value = CLAIM_REVIEW_RATINGS[status];
  const rating: Rating = { '@type': 'Rating', alternateName: STATUS_LABELS[status] };
  if (value !== undefined) {
    rating.ratingValue = value;
    rating.bestRating = BEST_RATING;
    rating.worstRating = WORST_RATING;
  }
  return rating;
}

/** A calendar day (YYYY-MM-DD) from an ISO date or date-time, when it is one. */
function dayOf(value: string | undefined): string | undefined {
  const day = value?.slice(0, 10);
  return day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? day : undefined;
}

export function claimReviewOf(row: ReportRow, options: ClaimReviewOptions = {}): ClaimReviewDocument {
  const claim: Claim = { '@type': 'Claim' };
  const speaker = speakerOf(row);
  if (speaker) claim.author = speaker;
  const articleUrl = row.articleUrl === undefined ? undefined : plainWebUrl(row.articleUrl);
  if (articleUrl) claim.appearance = { '@type': 'CreativeWork', url: articleUrl };
  const articleDay = dayOf(row.articleDate);
  if (articleDay) claim.datePublished = articleDay;

  const review: ClaimReviewDocument = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: row.text,
    itemReviewed: claim,
    reviewRating: ratingOf(row.status),
  };
  if (row.note.trim() !== '') review.reviewBody = row.note;
  const reviewer = reviewerOf(options);
  if (reviewer) review.author = reviewer;
  const reviewed = dayOf(row.modified);
  if (reviewed) review.datePublished = reviewed;
  const citations = row.sources.map(plainWebUrl).filter((u): u is string => u !== undefined);
  if (citations.length > 0) review.citation = citations.map((url): CreativeWork => ({ '@type': 'CreativeWork', url }));
  return review;
}

export function claimReviews(rows: readonly ReportRow[], options: ClaimReviewOptions = {}): ClaimReviewDocument[] {
  return rows.map((row) => claimReviewOf(row, options));
}

/**
 * The export: a JSON array of ClaimReview objects, each with its own `@context`. `<`, `>` and `&`
 * (and the two line separators JavaScript once refused in strings) are written as \u escapes, so
 * the file can be pasted into an HTML `<script type="application/ld+json">` and no text of a
 * quote or note can close that element; JSON.parse reads the same values back.
 */
export function formatClaimReviewReport(rows: readonly ReportRow[], options: ClaimReviewOptions = {}): string {
  const json = JSON.stringify(claimReviews(rows, options), null, 2);
  return `${json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** Each status with its rating, in the model's order (for the README table and the tests). */
export function ratingTable(): Array<{ status: FactCheckStatus; label: string; ratingValue?: number }> {
  return FACT_CHECK_STATUSES.map((status) => {
    const value = CLAIM_REVIEW_RATINGS[status];
    return value === undefined ? { status, label: STATUS_LABELS[status] } : { status, label: STATUS_LABELS[status], ratingValue: value };
  });
}
