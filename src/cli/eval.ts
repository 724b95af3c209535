/** `newsmark eval --gold FILE.jsonl…`: scores the extractor on gold files and prints a per-file, per-type table. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extract } from '../extractor';
import { analysisToSpans } from '../eval/spans';
import { GoldFormatError, parseGoldFile, SCORED_TYPES, type GoldDocument } from '../eval/gold';
import { scoreCorpus } from '../eval/corpus';
import { formatErrors, formatScoreTable, type ReportRow } from '../eval/report';
import { CliError, decodeUtf8, describeFsError } from './errors';
import { inert } from './display';

export interface EvalOptions {
  goldFiles: string[];
  articleDate?: string;
  /** Examples of each error kind to print per type (0: none). */
  errors: number;
  /** Also write the table to this Markdown file. */
  out?: string;
}

const NEWLINE = 0x0a;

/** Decodes a gold file; invalid UTF-8 is reported with the number of the first line that has it. */
function decodeGold(bytes: Buffer, path: string): string {
  try {
    return decodeUtf8(bytes, path);
  } catch (error) {
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      const nl = bytes.indexOf(NEWLINE, start);
      const end = nl === -1 ? bytes.length : nl;
      decodeUtf8(bytes.subarray(start, end), `${path}:${line}`);
      start = end + 1;
    }
    throw error;
  }
}

function readGold(path: string): GoldDocument[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  try {
    const docs = parseGoldFile(decodeGold(bytes, path), path);
    if (docs.length === 0) throw new CliError(`${path}: no documents`);
    return docs;
  } catch (error) {
    if (error instanceof GoldFormatError) throw new CliError(error.message);
    throw error;
  }
}

export function runEval(options: EvalOptions, print: (text: string) => void): void {
  if (options.goldFiles.length === 0) throw new CliError('eval needs --gold FILE.jsonl…', 2);
  const corpora = options.goldFiles.map((path) => ({ path, docs: readGold(path) }));
  const rows: ReportRow[] = [];
  const sections: string[] = [];
  for (const { path, docs } of corpora) {
    const started = performance.now();
    const result = scoreCorpus(docs, (doc) => analysisToSpans(extract(doc.text, { articleDate: options.articleDate }), doc.text));
    const seconds = (performance.now() - started) / 1000;
    const data = inert(basename(path)); // one table cell, even for a name with a line break
    for (const type of SCORED_TYPES) {
      const counts = result.totals[type];
      if (counts) rows.push({ system: 'newsmark', data, type, counts });
    }
    sections.push(`${data}: ${docs.length} documents in ${seconds.toFixed(2)} s`);
    if (options.errors > 0) {
      const errors = formatErrors(docs, result.documents, options.errors);
      if (errors) sections.push(errors);
    }
  }
  const table = formatScoreTable(rows);
  // File names and the gold's ids and text are data: each line is made inert before it reaches the terminal.
  print([table, '', ...sections].join('\n').split('\n').map(inert).join('\n'));
  if (options.out) {
    try {
      writeFileSync(options.out, `${table}\n`);
    } catch (error) {
      throw new CliError(`cannot write ${options.out}: ${describeFsError(error)}`);
    }
  }
}
