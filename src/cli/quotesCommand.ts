/**
 * `newsmark quotes ARTICLE --against SOURCE…`: every quote of an article checked against source
 * texts (transcripts, press releases, earlier stories), as the editor's Check All Quotes Against
 * Folder… does: verbatim, altered (with the words that differ) or not found, each with the best
 * source. SOURCE is a file (any text file) or a folder (its .txt, .text, .md and .markdown files,
 * symbolic links not followed). Exit 0 when every quote is verbatim, 1 when any is altered or not
 * found, 2 for bad usage or unreadable input.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { extract } from '../extractor';
import { upperBound } from '../extractor/text/search';
import { betterMatch, differencesOf, indexSource, matchQuote, type Difference, type SourceIndex, type SourceMatch } from '../annotations';
import { CliError, decodeUtf8, describeFsError, megabytes, USAGE_EXIT } from './errors';
import { inert, inertJson } from './display';
import { articleFiles } from './indexCommand';

export interface QuotesCommandOptions {
  article: string;
  sources: string[];
  json: boolean;
  maxBytes: number;
  articleDate?: string;
  cwd: string;
  print: (text: string) => void;
}

interface Source {
  name: string;
  text: string;
  index: SourceIndex;
  lineStarts: number[];
}

export interface QuoteVerdict {
  line: number;
  column: number;
  quote: string;
  verdict: SourceMatch['kind'];
  source?: string;
  sourceLine?: number;
  differingWords?: number;
  differences?: Difference[];
}

function readText(path: string, maxBytes: number, name: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new CliError(`cannot read ${name}: ${describeFsError(error)}`);
  }
  if (maxBytes > 0 && size > maxBytes) throw new CliError(`${name}: larger than ${megabytes(maxBytes)} (raise --max-file-mb)`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${name}: ${describeFsError(error)}`);
  }
  return decodeUtf8(bytes, name);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Checks every quote of the article; returns the verdicts and prints them. Exit code: 0 all verbatim, 1 otherwise. */
export function runQuotesCommand(options: QuotesCommandOptions): number {
  if (options.sources.length === 0) throw new CliError('quotes needs --against FILE|FOLDER (see newsmark --help)', USAGE_EXIT);
  const nameOf = (path: string) => relative(options.cwd, path) || path;
  let text: string;
  const sources: Source[] = [];
  try {
    text = readText(options.article, options.maxBytes, nameOf(options.article));
    for (const root of options.sources) {
      for (const file of articleFiles(root)) {
        if (file === options.article) continue;
        const sourceText = readText(file, options.maxBytes, nameOf(file));
        sources.push({ name: nameOf(file), text: sourceText, index: indexSource(sourceText), lineStarts: lineStartsOf(sourceText) });
      }
    }
  } catch (error) {
    // Exit 1 says "some quote is not verbatim"; input that cannot be read is 2.
    if (error instanceof CliError) throw new CliError(error.message, USAGE_EXIT);
    throw error;
  }
  if (sources.length === 0) throw new CliError('no source text found under --against', USAGE_EXIT);
  const articleLines = lineStartsOf(text);
  const verdicts: QuoteVerdict[] = [];
  for (const quote of extract(text, { articleDate: options.articleDate }).quotes) {
    if (quote.end <= quote.start) continue;
    const quoteText = text.slice(quote.start, quote.end);
    let best: { source: Source; match: SourceMatch } | undefined;
    for (const source of sources) {
      const match = matchQuote(quoteText, source.index);
      if (betterMatch(match, best?.match)) best = { source, match };
      if (best?.match.kind === 'verbatim') break;
    }
    const line = upperBound(articleLines, quote.start);
    const verdict: QuoteVerdict = { line, column: quote.start - articleLines[line - 1] + 1, quote: quoteText, verdict: best?.match.kind ?? 'notFound' };
    if (best && best.match.kind !== 'notFound') {
      verdict.source = best.source.name;
      verdict.sourceLine = upperBound(best.source.lineStarts, best.match.start);
      if (best.match.kind === 'altered') {
        verdict.differingWords = best.match.differingWords;
        verdict.differences = differencesOf(quoteText, best.source.text, best.match.ops);
      }
    }
    verdicts.push(verdict);
  }
  if (options.json) options.print(inertJson(JSON.stringify(verdicts, null, 2)));
  else options.print(formatVerdicts(nameOf(options.article), verdicts));
  return verdicts.every((v) => v.verdict === 'verbatim') ? 0 : 1;
}

const LABEL: Record<SourceMatch['kind'], string> = { verbatim: 'verbatim', altered: 'altered', notFound: 'not found' };

function firstWords(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function describe(difference: Difference): string {
  if (difference.kind === 'changed') return `"${difference.quote}" → "${difference.source}"`;
  if (difference.kind === 'added') return `added "${difference.quote}"`;
  return `dropped "${difference.source}"`;
}

function formatVerdicts(article: string, verdicts: readonly QuoteVerdict[]): string {
  const lines: string[] = [];
  for (const v of verdicts) {
    const where = v.source ? ` — ${inert(v.source)}:${v.sourceLine}` : '';
    const count = v.differingWords ? ` (${v.differingWords} word${v.differingWords === 1 ? ' differs' : 's differ'})` : '';
    lines.push(`${inert(article)}:${v.line}:${v.column}: ${LABEL[v.verdict]}${count}${where}: ${inert(firstWords(v.quote))}`);
    for (const d of v.differences ?? []) lines.push(`    ${inert(describe(d))}`);
  }
  const count = (kind: SourceMatch['kind']) => verdicts.filter((v) => v.verdict === kind).length;
  lines.push(`${verdicts.length} quote${verdicts.length === 1 ? '' : 's'}: ${count('verbatim')} verbatim, ${count('altered')} altered, ${count('notFound')} not found`);
  return lines.join('\n');
}
