/**
 * The fact-check report: one row per fact check, formatted as Markdown, CSV or JSON (and as
 * schema.org ClaimReview in claimReview.ts). Pure.
 */
import { STATUS_LABELS, FACT_CHECK_STATUSES, type FactCheck, type FactCheckKind, type FactCheckStatus } from './model';
import { SelectorText } from './codePoints';
import { anchorAll } from './reanchor';

/** What the extractor says a speaker is, when it identified the speaker as a person or an organization. */
export type SpeakerType = 'person' | 'organization';

export interface ReportRow {
  /** The fact check's id (`urn:uuid:…`). */
  id: string;
  /** The article's path relative to its workspace folder. */
  article: string;
  /** The article's published address, when known (front matter `url:` or the base URL setting). */
  articleUrl?: string;
  /** The article's own date (YYYY-MM-DD), when it states one. */
  articleDate?: string;
  kind: FactCheckKind;
  /** The text as it stands in the article now, or the stored text when the fact check is orphaned. */
  text: string;
  speaker?: string;
  /** Set only when the extractor identified the speaker as a person or an organization. */
  speakerType?: SpeakerType;
  status: FactCheckStatus;
  note: string;
  sources: string[];
  /** 1-based line where the text starts; absent when orphaned. */
  line?: number;
  orphaned: boolean;
  creator: string;
  modified: string;
}

/** 1-based line of each offset; `\r\n`, `\n` and `\r` each end a line, as in editors. */
export function lineNumbers(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((offset, i) => [offset, i] as const).sort((a, b) => a[0] - b[0]);
  const lines = new Array<number>(offsets.length);
  let line = 1;
  let position = 0;
  for (const [offset, i] of order) {
    for (; position < offset && position < text.length; position++) {
      const c = text.charCodeAt(position);
      if (c === 10) line++;
      else if (c === 13 && text.charCodeAt(position + 1) !== 10) line++;
    }
    lines[i] = line;
  }
  return lines;
}

export interface ArticleForReport {
  article: string;
  /** Current text of the article, when it could be read. */
  text?: string;
  checks: readonly FactCheck[];
  /** UTF-16 range of each anchored fact check by id; absent ids are orphaned. */
  ranges: ReadonlyMap<string, { start: number; end: number }>;
  /** Quotes with speakers, to name who said a fact-checked quote. */
  quotes?: readonly ReportQuote[];
  /** The article's published address (a validated http(s) URL), when known. */
  url?: string;
  /** The article's own date (YYYY-MM-DD), when it states one. */
  date?: string;
}

export interface ReportQuote {
  start: number;
  end: number;
  speaker?: string;
  speakerType?: SpeakerType;
}

/**
 * The quotes of an analysis as the report needs them: each speaker with its type when the speaker
 * is an entity the extractor identified (a speaker that is only a cue's words, "officials", has none).
 */
export function reportQuotes(analysis: {
  quotes: readonly { start: number; end: number; speaker?: string; speakerEntityId?: string }[];
  entities: readonly { id: string; type: string }[];
}): ReportQuote[] {
  const types = new Map(analysis.entities.map((e) => [e.id, e.type]));
  return analysis.quotes.map((q) => {
    const quote: ReportQuote = { start: q.start, end: q.end };
    if (q.speaker !== undefined) quote.speaker = q.speaker;
    const type = q.speakerEntityId === undefined ? undefined : types.get(q.speakerEntityId);
    if (type === 'person' || type === 'organization') quote.speakerType = type;
    return quote;
  });
}

/**
 * Where the stored fact checks of an article that is not open stand in its text now (UTF-16
 * ranges by id; absent ids are orphaned). All at once, so many fact checks on a long article share
 * one index (each search is capped, see anchor.ts).
 */
export function anchoredRanges(text: string, checks: readonly FactCheck[]): Map<string, { start: number; end: number }> {
  const ranges = new Map<string, { start: number; end: number }>();
  const { results } = anchorAll(new SelectorText(text), checks.map((c) => c.target));
  checks.forEach((check, i) => {
    const result = results[i];
    if (!result.orphan) ranges.set(check.id, { start: result.start, end: result.end });
  });
  return ranges;
}

export function reportRows(input: ArticleForReport): ReportRow[] {
  const anchored = input.checks.filter((c) => input.text !== undefined && input.ranges.has(c.id));
  const lines = input.text === undefined ? [] : lineNumbers(input.text, anchored.map((c) => input.ranges.get(c.id)!.start));
  const lineById = new Map(anchored.map((c, i) => [c.id, lines[i]]));
  const rows = input.checks.map((check): ReportRow => {
    const range = input.text === undefined ? undefined : input.ranges.get(check.id);
    const text = range ? input.text!.slice(range.start, range.end) : check.target.exact;
    const quote = range ? input.quotes?.find((q) => q.start < range.end && range.start < q.end && q.speaker) : undefined;
    const row: ReportRow = {
      id: check.id,
      article: input.article,
      kind: check.kind,
      text,
      status: check.status,
      note: check.note,
      sources: [...check.sources],
      orphaned: range === undefined,
      creator: check.creator,
      modified: check.modified,
    };
    if (quote?.speaker) row.speaker = quote.speaker;
    if (quote?.speaker && quote.speakerType) row.speakerType = quote.speakerType;
    if (input.url !== undefined) row.articleUrl = input.url;
    if (input.date !== undefined) row.articleDate = input.date;
    const line = lineById.get(check.id);
    if (line !== undefined) row.line = line;
    return row;
  });
  return rows.sort(compareRows);
}

function compareRows(a: ReportRow, b: ReportRow): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  if (a.orphaned !== b.orphaned) return a.orphaned ? 1 : -1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/**
 * Text in a Markdown table cell: literal, on one line (line breaks and other controls become
 * spaces), with pipes, markup and HTML entities escaped.
 */
function markdownCell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
    .trim();
}

/** A list item's text: a cell's escaping, and no list marker or numbering of its own at its start. */
function markdownListItem(text: string): string {
  return markdownCell(text).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^[-=]/, (c) => `\\${c}`);
}

/**
 * A source URL as an autolink. Sources are validated http(s) URLs, but a file may hold anything:
 * white space, `<`, `>` and controls would end the link, `|` would end the table cell (tables are
 * split before links are read), and parentheses and backslashes confuse other Markdown readers.
 */
function markdownLink(url: string): string {
  return `<${url.replace(/[\u0000-\u0020\u007f-\u009f\u2028\u2029<>|()\\`"]/g, (c) => encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`))}>`;
}

export interface ReportOptions {
  title: string;
  /** ISO timestamp printed in the header. */
  generated: string;
  /** Files left out of the report, each with why (Markdown only). */
  notIncluded?: readonly string[];
}

export function formatMarkdownReport(rows: readonly ReportRow[], options: ReportOptions): string {
  const out: string[] = [`# ${markdownCell(options.title)}`, '', `Generated ${options.generated}.`, ''];
  const counts = new Map<FactCheckStatus, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const orphaned = rows.filter((r) => r.orphaned).length;
  const summary = FACT_CHECK_STATUSES.filter((s) => counts.has(s)).map((s) => `${STATUS_LABELS[s]}: ${counts.get(s)}`);
  out.push(`${rows.length} fact check${rows.length === 1 ? '' : 's'}${summary.length ? ` — ${summary.join(', ')}` : ''}${orphaned ? ` (${orphaned} orphaned: text no longer found)` : ''}.`, '');
  const articles = [...new Set(rows.map((r) => r.article))];
  for (const article of articles) {
    out.push(`## ${markdownCell(article)}`, '', '| Line | Kind | Text | Speaker | Status | Note | Sources |', '| ---: | --- | --- | --- | --- | --- | --- |');
    for (const row of rows.filter((r) => r.article === article)) {
      out.push(
        `| ${row.line ?? 'orphaned'} | ${row.kind} | ${markdownCell(row.text)} | ${markdownCell(row.speaker ?? '')} | ${STATUS_LABELS[row.status]} | ${markdownCell(row.note)} | ${row.sources.map(markdownLink).join(' ')} |`,
      );
    }
    out.push('');
  }
  if (options.notIncluded && options.notIncluded.length > 0) {
    out.push('Not included:', '', ...options.notIncluded.map((problem) => `- ${markdownListItem(problem)}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** RFC 4180 field; a leading =, +, - or @ is defused so spreadsheets never evaluate article text. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsvReport(rows: readonly ReportRow[]): string {
  const header = ['article', 'line', 'kind', 'text', 'speaker', 'status', 'note', 'sources', 'orphaned', 'creator', 'modified'];
  const lines = [header.join(',')];
  for (const row of rows) {
    lines.push(
      [row.article, row.line === undefined ? '' : String(row.line), row.kind, row.text, row.speaker ?? '', row.status, row.note, row.sources.join(' '), row.orphaned ? 'yes' : 'no', row.creator, row.modified]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function formatJsonReport(rows: readonly ReportRow[], options: ReportOptions): string {
  return `${JSON.stringify({ title: options.title, generated: options.generated, items: rows }, null, 2)}\n`;
}
