/**
 * newsmark — the command line face of the extractor.
 *   newsmark extract FILE… [--json] [--article-date YYYY-MM-DD] [--max-file-mb N]
 *   newsmark extract --jsonl < docs.jsonl > spans.jsonl
 *   newsmark eval --gold FILE.jsonl… [--errors N] [--out FILE.md]
 *   newsmark check FILE… [--format text|json|sarif] [--config FILE] [--article-date YYYY-MM-DD]
 *   newsmark factchecks FOLDER [--format md|csv|json|claimreview] [--annotations-folder PATH] …
 *   newsmark index DIR… [--json] [--max-file-mb N] [--article-date YYYY-MM-DD]
 *   newsmark quotes ARTICLE --against FILE|FOLDER… [--json] [--max-file-mb N]
 * Errors are reported on one line, with a non-zero exit and no stack trace.
 */
import { extract } from '../extractor';
import { version } from '../../package.json';
import { parseArgs } from './args';
import { CliError, USAGE_EXIT } from './errors';
import { inert, inertJson } from './display';
import { readArticle, sourceName } from './read';
import { formatSummary } from './summary';
import { extractJsonl } from './jsonl';
import { runEval } from './eval';
import { runCheckCommand } from './check';
import { plainWebUrl } from '../annotations';
import { FACTCHECK_FORMATS, runFactchecksCommand, type FactcheckFormat } from './factchecks';
import { runIndexCommand } from './indexCommand';
import { runQuotesCommand } from './quotesCommand';

const HELP = `newsmark ${version} — people, places, dates and quotes in news text

Usage:
  newsmark extract FILE… [--json] [--article-date YYYY-MM-DD] [--max-file-mb N]
      Summarise each article: entities with mention counts and roles, quotes with
      speakers, dates with resolved values. --json prints the full analysis.
      FILE "-" reads one article from standard input.
  newsmark extract --jsonl [--article-date YYYY-MM-DD] [--max-line-mb N]
      Read JSON lines {"id","text"} from standard input; write one line per input,
      in order: {"id","spans":[{"start","end","type","text","speaker"?,
      "speakerStart"?,"speakerEnd"?}]}. Offsets are UTF-16 code units.
      Empty input (or only blank lines) writes nothing.
  newsmark eval --gold FILE.jsonl… [--errors N] [--out FILE.md] [--article-date YYYY-MM-DD]
      Score the extractor on gold JSON lines: precision, recall and F1 per type,
      strict and lenient, and speaker accuracy. --errors N lists N examples of each
      kind of error per type; --out writes the table as Markdown.
  newsmark check FILE… [--format text|json|sarif] [--config FILE] [--article-date YYYY-MM-DD]
      Editorial checks (unbalanced quotation marks, weekdays that do not match
      their dates, mixed-script names, name variants, unattributed quotes…).
      text: path:line:column: severity rule message; json: an array of findings
      with 1-based lines and UTF-16 columns; sarif: SARIF 2.1.0 for code scanning.
      Reads .newsmark.json from --config or the current folder upwards.
      Exit 0 without error-severity findings, 1 with some, 2 for bad usage or input.
  newsmark factchecks FOLDER [--format md|csv|json|claimreview] [--annotations-folder PATH]
                     [--organization NAME] [--organization-url URL] [--article-base-url URL]
      The fact-check report of a workspace folder, from its annotation files
      (FOLDER/.newsmark/, or --annotations-folder), each with its article: Markdown
      (default), CSV, JSON, or schema.org ClaimReview JSON-LD (--organization and
      --organization-url name the fact-checking organization; --article-base-url
      gives articles without a front-matter url: their address). A bad annotation
      file is named on stderr and skipped: exit 1; 2 for bad usage.
  newsmark index DIR… [--json] [--max-file-mb N] [--article-date YYYY-MM-DD]
      Index every article (.txt, .text, .md, .markdown) under the folders (or the
      files given) and print the people across them: their articles, mention
      counts and quotes with line numbers. Files over --max-file-mb (default 5),
      binary or unreadable are skipped and counted. --json prints the same as JSON.
  newsmark quotes ARTICLE --against FILE|FOLDER… [--json] [--max-file-mb N]
      Check every quote of ARTICLE against source texts (a file, or the .txt/.md
      files of a folder): verbatim, altered (with the words that differ) or not
      found, each with the best source and its line. Exit 0 when every quote is
      verbatim, 1 when any is altered or not found, 2 for bad usage or input.

Options:
  --article-date YYYY-MM-DD  date used to resolve relative dates when the text gives none
  --max-file-mb N            largest article extract FILE reads, in MB (default 16; index: 5)
  --max-line-mb N            longest line extract --jsonl reads, in MB (default 16)
  -h, --help                 show this help
  -v, --version              show the version
`;

const KNOWN_FLAGS = new Set(['--json', '--jsonl', '--help', '--version']);
const VALUED = new Set([
  '--article-date',
  '--gold',
  '--errors',
  '--out',
  '--max-line-mb',
  '--max-file-mb',
  '--format',
  '--config',
  '--annotations-folder',
  '--organization',
  '--organization-url',
  '--article-base-url',
  '--against',
]);
const FACTCHECKS_ONLY = ['--annotations-folder', '--organization', '--organization-url', '--article-base-url'];
const MULTI_VALUED = new Set(['--gold', '--against']);
const DEFAULT_MAX_LINE_MB = 16;
const DEFAULT_MAX_FILE_MB = 16;
/** As the editor's `newsmark.maxFileSizeMB`. */
const DEFAULT_INDEX_MAX_FILE_MB = 5;

function single(values: Map<string, string[]>, name: string): string | undefined {
  const list = values.get(name);
  if (list && list.length > 1) throw new CliError(`option ${name} given more than once`, USAGE_EXIT);
  return list?.[0];
}

function articleDateOption(values: Map<string, string[]>): string | undefined {
  const value = single(values, '--article-date');
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
    throw new CliError(`--article-date must be a date YYYY-MM-DD, not "${value}"`, USAGE_EXIT);
  }
  return value;
}

function positiveNumber(values: Map<string, string[]>, name: string, fallback: number): number {
  const raw = single(values, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new CliError(`${name} must be a non-negative number, not "${raw}"`, USAGE_EXIT);
  return n;
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, VALUED, MULTI_VALUED, KNOWN_FLAGS);
  if (args.flags.has('--version')) return print(version);
  if (args.flags.has('--help') || args.command === 'help') return print(HELP);
  if (args.command === undefined) throw new CliError('missing command (see newsmark --help)', USAGE_EXIT);
  const articleDate = articleDateOption(args.values);
  if (args.command !== 'factchecks') {
    const misplaced = FACTCHECKS_ONLY.find((name) => args.values.has(name));
    if (misplaced) throw new CliError(`${misplaced} is for factchecks`, USAGE_EXIT);
  }

  if (args.command === 'extract') {
    if (args.flags.has('--jsonl')) {
      if (args.positional.length > 0) throw new CliError('extract --jsonl reads standard input; it takes no files', USAGE_EXIT);
      if (args.flags.has('--json')) throw new CliError('use either --json or --jsonl', USAGE_EXIT);
      if (args.values.has('--max-file-mb')) throw new CliError('--max-file-mb is for extract FILE; --jsonl takes --max-line-mb', USAGE_EXIT);
      const maxLineBytes = positiveNumber(args.values, '--max-line-mb', DEFAULT_MAX_LINE_MB) * 1024 * 1024;
      await extractJsonl(process.stdin, process.stdout, { articleDate, maxLineBytes, sourceName: 'stdin' });
      return;
    }
    if (args.positional.length === 0) throw new CliError('extract needs FILE… or --jsonl (see newsmark --help)', USAGE_EXIT);
    if (args.values.has('--max-line-mb')) throw new CliError('--max-line-mb is for extract --jsonl; files take --max-file-mb', USAGE_EXIT);
    const maxBytes = positiveNumber(args.values, '--max-file-mb', DEFAULT_MAX_FILE_MB) * 1024 * 1024;
    // Read every file first so that a missing file fails before any output.
    const articles: Array<{ path: string; text: string }> = [];
    for (const path of args.positional) articles.push({ path, text: await readArticle({ path, maxBytes }) });
    if (args.flags.has('--json')) {
      const analyses = articles.map(({ path, text }) => ({ file: path, analysis: extract(text, { articleDate }) }));
      print(inertJson(JSON.stringify(analyses.length === 1 ? analyses[0].analysis : analyses, null, 2)));
      return;
    }
    print(articles.map(({ path, text }) => formatSummary(sourceName(path), text, extract(text, { articleDate }))).join('\n\n'));
    return;
  }

  if (args.command === 'eval') {
    if (args.positional.length > 0) throw new CliError(`unexpected argument ${args.positional[0]}; gold files go after --gold`, USAGE_EXIT);
    runEval(
      {
        goldFiles: args.values.get('--gold') ?? [],
        articleDate,
        errors: Math.floor(positiveNumber(args.values, '--errors', 0)),
        out: single(args.values, '--out'),
      },
      print,
    );
    return;
  }
  if (args.command === 'check') {
    if (args.flags.has('--json') || args.flags.has('--jsonl')) throw new CliError('check takes --format json, not --json', USAGE_EXIT);
    const format = single(args.values, '--format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new CliError(`--format must be text, json or sarif, not "${format}"`, USAGE_EXIT);
    process.exitCode = await runCheckCommand({
      files: args.positional,
      format: format,
      configPath: single(args.values, '--config'),
      articleDate,
      maxBytes: positiveNumber(args.values, '--max-file-mb', DEFAULT_MAX_FILE_MB) * 1024 * 1024,
      cwd: process.cwd(),
      print,
      warn: (text) => process.stderr.write(`newsmark: ${inert(text)}\n`),
    });
    return;
  }
  if (args.command === 'factchecks') {
    if (args.flags.has('--json') || args.flags.has('--jsonl')) throw new CliError('factchecks takes --format json, not --json', USAGE_EXIT);
    if (args.positional.length !== 1) throw new CliError('factchecks needs one FOLDER (see newsmark --help)', USAGE_EXIT);
    const format = single(args.values, '--format') ?? 'md';
    if (!(FACTCHECK_FORMATS as readonly string[]).includes(format)) throw new CliError(`--format must be md, csv, json or claimreview, not "${format}"`, USAGE_EXIT);
    for (const name of ['--organization-url', '--article-base-url']) {
      const value = single(args.values, name);
      if (value !== undefined && plainWebUrl(value) === undefined) throw new CliError(`${name} must be an http(s) address, not "${value}"`, USAGE_EXIT);
    }
    process.exitCode = await runFactchecksCommand({
      folder: args.positional[0],
      format: format as FactcheckFormat,
      annotationsFolder: single(args.values, '--annotations-folder'),
      organization: single(args.values, '--organization'),
      organizationUrl: single(args.values, '--organization-url'),
      articleBaseUrl: single(args.values, '--article-base-url'),
      maxBytes: positiveNumber(args.values, '--max-file-mb', DEFAULT_MAX_FILE_MB) * 1024 * 1024,
      cwd: process.cwd(),
      print,
      warn: (text) => process.stderr.write(`newsmark: ${inert(text)}\n`),
    });
    return;
  }
  if (args.command === 'index') {
    if (args.flags.has('--jsonl')) throw new CliError('index takes --json, not --jsonl', USAGE_EXIT);
    runIndexCommand({
      paths: args.positional,
      json: args.flags.has('--json'),
      maxBytes: positiveNumber(args.values, '--max-file-mb', DEFAULT_INDEX_MAX_FILE_MB) * 1024 * 1024,
      articleDate,
      cwd: process.cwd(),
      print,
    });
    return;
  }
  if (args.command === 'quotes') {
    if (args.positional.length !== 1) throw new CliError('quotes needs one ARTICLE (see newsmark --help)', USAGE_EXIT);
    process.exitCode = runQuotesCommand({
      article: args.positional[0],
      sources: args.values.get('--against') ?? [],
      json: args.flags.has('--json'),
      maxBytes: positiveNumber(args.values, '--max-file-mb', DEFAULT_INDEX_MAX_FILE_MB) * 1024 * 1024,
      articleDate,
      cwd: process.cwd(),
      print,
    });
    return;
  }
  throw new CliError(`unknown command "${args.command}" (see newsmark --help)`, USAGE_EXIT);
}

// A reader that closes the pipe early (| head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`newsmark: cannot write output: ${inert(error.message)}\n`);
  process.exit(1);
});

// Messages quote file names and input values: inert() keeps them to one harmless line.
main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`newsmark: ${inert(error.message)}\n`);
    process.exitCode = error.exitCode;
  } else {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`newsmark: internal error: ${inert(message)}\n`);
    process.exitCode = 70;
  }
});
