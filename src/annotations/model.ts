/**
 * The fact-check model. Pure: no editor, no file system.
 *
 * Offsets: `TextTarget.start`/`end` are Unicode code-point offsets, as the W3C TextPositionSelector
 * asks, into the article's text with CRLF line ends counted as one `\n` (so Windows and Unix
 * checkouts agree); `exact`, `prefix` and `suffix` use `\n` too. Everything that works on a live
 * document (anchoring, edit tracking) speaks UTF-16 offsets into the editor's text, like the
 * extractor; `SelectorText` in codePoints.ts converts between the two.
 */
import { snapToCharBoundary } from './codePoints';

export const FACT_CHECK_STATUSES = ['verified', 'disputed', 'false', 'misleading', 'needs-source', 'unverified'] as const;
export type FactCheckStatus = (typeof FACT_CHECK_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<FactCheckStatus, string>> = {
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading',
  'needs-source': 'Needs source',
  unverified: 'Unverified',
};

export function isFactCheckStatus(value: unknown): value is FactCheckStatus {
  return typeof value === 'string' && (FACT_CHECK_STATUSES as readonly string[]).includes(value);
}

/** A quote found by the extractor, or any other selected text (a claim). */
export type FactCheckKind = 'quote' | 'claim';

/** Where a fact check points: W3C TextQuoteSelector + TextPositionSelector on one article. */
export interface TextTarget {
  /** The article's path relative to its workspace folder, with `/` separators. */
  source: string;
  exact: string;
  /** Up to CONTEXT_LENGTH characters before `exact` (fewer at the start of the article). */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after `exact` (fewer at the end of the article). */
  suffix: string;
  /** Code-point offsets of `exact` in the article when the target was last refreshed. */
  start: number;
  end: number;
}

/**
 * A passage of a source file in the workspace (a transcript, a press release) that the fact check
 * rests on: W3C SpecificResource with TextQuoteSelector + TextPositionSelector, `source` being the
 * file's path relative to the article's workspace folder (see normalizeSourcePath).
 */
export type SourcePassage = TextTarget;

/** Passages one fact check may hold, and the length of a passage's text, at most. */
export const MAX_PASSAGES = 20;
export const MAX_PASSAGE_LENGTH = 100_000;

/**
 * A source file's path as stored: relative to the workspace folder, `/`-separated, with no empty,
 * `.` or `..` segment, no drive letter, scheme, backslash or control character; `undefined` otherwise.
 * What a file says is never a path outside the workspace folder.
 */
export function normalizeSourcePath(value: string): string | undefined {
  if (value.length === 0 || value.length > 1024) return undefined;
  if (/[\\\u0000-\u001f\u007f:*?"<>|]/.test(value)) return undefined;
  const parts = value.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return value;
}

export interface FactCheck {
  /** `urn:uuid:…` */
  id: string;
  status: FactCheckStatus;
  /** Plain text; may be empty. */
  note: string;
  /** Absolute URLs. */
  sources: string[];
  creator: string;
  /** ISO 8601 timestamps. `modified` changes only when the user changes the content (status, note, sources). */
  created: string;
  modified: string;
  kind: FactCheckKind;
  target: TextTarget;
  /** Passages of source files in the workspace (at most MAX_PASSAGES); absent or empty when none. */
  passages?: SourcePassage[];
}

/** Characters of context stored on each side of the quoted text. */
export const CONTEXT_LENGTH = 32;

/**
 * The context that is stored and used: at most CONTEXT_LENGTH characters next to the quoted text
 * (the end of the prefix, the start of the suffix), never splitting a surrogate pair. Files written
 * by hand or by other tools may carry more; the rest is ignored, so it cannot cost any work.
 */
export function boundedContext(side: 'prefix' | 'suffix', context: string): string {
  if (context.length <= CONTEXT_LENGTH) return context;
  if (side === 'prefix') return context.slice(snapToCharBoundary(context, context.length - CONTEXT_LENGTH, 1));
  return context.slice(0, snapToCharBoundary(context, CONTEXT_LENGTH, -1));
}

export function newAnnotationId(): string {
  const crypto = globalThis.crypto;
  // randomUUID only exists in secure contexts; getRandomValues everywhere.
  if (typeof crypto.randomUUID === 'function') return `urn:uuid:${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const ID_PATTERN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isAnnotationId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** Only web links are accepted as sources: they are shown as links and must never run anything. */
export function normalizeSourceUrl(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname) return undefined;
  // Percent-encoding can lengthen it: what is stored must pass this check again when read back.
  if (url.href.length > 2048) return undefined;
  return url.href;
}

export interface NewFactCheck {
  status: FactCheckStatus;
  note?: string;
  sources?: string[];
  creator: string;
  kind: FactCheckKind;
  target: TextTarget;
  passages?: SourcePassage[];
  /** Defaults to now. */
  now?: string;
  /** Defaults to a fresh random id. */
  id?: string;
}

/** The latest and earliest instants the annotation file's timestamps can hold (four-digit years). */
const LATEST_TIME = Date.parse('9999-12-31T23:59:59.999Z');
const EARLIEST_TIME = Date.parse('0000-01-01T00:00:00.000Z');

/**
 * An ISO 8601 timestamp for `ms`, clamped to four-digit years: beyond them `toISOString` writes
 * `+010000-…`, which the parser (and other tools) refuse.
 */
export function timestampOf(ms: number): string {
  return new Date(Math.min(LATEST_TIME, Math.max(EARLIEST_TIME, Number.isNaN(ms) ? 0 : ms))).toISOString();
}

export function createFactCheck(input: NewFactCheck): FactCheck {
  const now = input.now ?? timestampOf(Date.now());
  return {
    id: input.id ?? newAnnotationId(),
    status: input.status,
    note: input.note ?? '',
    sources: [...(input.sources ?? [])],
    creator: input.creator,
    created: now,
    modified: now,
    kind: input.kind,
    target: { ...input.target },
    ...(input.passages && input.passages.length > 0 ? { passages: input.passages.map((p) => ({ ...p })) } : {}),
  };
}

/** A copy with user-visible content changed and `modified` bumped. */
export function updateFactCheck(
  check: FactCheck,
  change: Partial<Pick<FactCheck, 'status' | 'note' | 'sources' | 'creator' | 'passages'>>,
  now: string = timestampOf(Date.now()),
): FactCheck {
  // `modified` must move forward even if the clock did not, so merges see the change as newer
  // (except at the very last instant a file can hold).
  const modified = Date.parse(now) > Date.parse(check.modified) ? timestampOf(Date.parse(now)) : timestampOf(Date.parse(check.modified) + 1);
  const passages = (change.passages ?? check.passages ?? []).map((p) => ({ ...p }));
  const { passages: _old, ...rest } = { ...check, ...change };
  return { ...rest, sources: [...(change.sources ?? check.sources)], target: { ...check.target }, ...(passages.length > 0 ? { passages } : {}), modified };
}

export function sameFactCheck(a: FactCheck, b: FactCheck): boolean {
  return (
    a.id === b.id &&
    a.status === b.status &&
    a.note === b.note &&
    a.creator === b.creator &&
    a.created === b.created &&
    a.modified === b.modified &&
    a.kind === b.kind &&
    a.sources.length === b.sources.length &&
    a.sources.every((s, i) => s === b.sources[i]) &&
    samePassages(a.passages ?? [], b.passages ?? []) &&
    sameTarget(a.target, b.target)
  );
}

export function sameTarget(a: TextTarget, b: TextTarget): boolean {
  return a.source === b.source && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}

function samePassages(a: readonly SourcePassage[], b: readonly SourcePassage[]): boolean {
  return a.length === b.length && a.every((p, i) => sameTarget(p, b[i]));
}
