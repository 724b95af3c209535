/**
 * `newsmark check FILE…`: the editorial checks for a newsroom's CI. Reads `.newsmark.json` (from
 * --config, else the current folder upwards), prints findings as text, JSON or SARIF 2.1.0, and
 * returns the exit code: 0 without error-severity findings, 1 with some.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import { CONFIG_FILE_NAME, emptyConfig, normalisePath, parseChecksConfig, type ChecksConfig } from '../checks/config';
import { RULES, ruleHelpAnchor, runChecks, type RatedFinding } from '../checks/index';
import { CliError, decodeUtf8, describeFsError, USAGE_EXIT } from './errors';
import { inert, inertJson } from './display';
import { readArticle, sourceName } from './read';
import { extract } from '../extractor';
import { upperBound } from '../extractor/text/search';

export type CheckFormat = 'text' | 'json' | 'sarif';

export interface CheckCommandOptions {
  files: string[];
  format: CheckFormat;
  configPath?: string;
  articleDate?: string;
  maxBytes: number;
  cwd: string;
  /** Writes one block of output. */
  print: (text: string) => void;
  /** Writes a warning line (problems in the config file). */
  warn: (text: string) => void;
}

interface Located extends RatedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface LoadedConfig {
  config: ChecksConfig;
  /** Folder that the `ignore` paths are relative to. */
  folder: string;
}

/** `.newsmark.json` from `--config`, else the nearest one from `cwd` upwards; none is fine. */
export function loadConfig(options: Pick<CheckCommandOptions, 'configPath' | 'cwd' | 'warn'>): LoadedConfig {
  let path = options.configPath !== undefined ? resolve(options.cwd, options.configPath) : undefined;
  if (path === undefined) {
    for (let dir = resolve(options.cwd); ; dir = dirname(dir)) {
      if (existsSync(join(dir, CONFIG_FILE_NAME))) {
        path = join(dir, CONFIG_FILE_NAME);
        break;
      }
      if (dirname(dir) === dir) return { config: emptyConfig(), folder: options.cwd };
    }
  }
  const name = options.configPath ?? relative(options.cwd, path) ?? CONFIG_FILE_NAME;
  let text: string;
  try {
    text = decodeUtf8(readFileSync(path), name);
  } catch (error) {
    if (error instanceof CliError) throw new CliError(error.message, USAGE_EXIT);
    throw new CliError(`cannot read ${name}: ${describeFsError(error)}`, USAGE_EXIT);
  }
  const parsed = parseChecksConfig(text, name);
  if (parsed.kind === 'invalid') throw new CliError(parsed.problem, USAGE_EXIT);
  for (const problem of parsed.problems) options.warn(problem);
  return { config: parsed.config, folder: dirname(path) };
}

/** Start offset of every line (after \n, \r\n or \r, as VS Code counts lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  const line = upperBound(starts, offset) - 1;
  return { line: line + 1, column: offset - starts[line] + 1 };
}

async function readForCheck(path: string, maxBytes: number): Promise<string> {
  try {
    return await readArticle({ path, maxBytes });
  } catch (error) {
    if (error instanceof CliError && error.message.endsWith(': empty input')) return '';
    if (error instanceof CliError) throw new CliError(error.message, USAGE_EXIT);
    throw error;
  }
}

export async function runCheckCommand(options: CheckCommandOptions): Promise<number> {
  if (options.files.length === 0) throw new CliError('check needs FILE… (see newsmark --help)', USAGE_EXIT);
  const { config, folder } = loadConfig(options);
  // Read every file first so that an unreadable one fails before any output.
  const articles: Array<{ path: string; text: string }> = [];
  for (const path of options.files) articles.push({ path, text: await readForCheck(path, options.maxBytes) });
  const located: Located[] = [];
  for (const { path, text } of articles) {
    const analysis = extract(text, { articleDate: options.articleDate });
    const ignored = path === '-' ? undefined : config.ignore.get(normalisePath(relative(folder, resolve(options.cwd, path)).split(sep).join('/')));
    const findings = runChecks({ text, analysis, articleDate: analysis.articleDate, severities: config.severities, ignored });
    const starts = lineStarts(text);
    for (const finding of findings) {
      const start = position(starts, finding.start);
      const end = position(starts, finding.end);
      located.push({ ...finding, file: sourceName(path), line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
    }
  }
  if (options.format === 'json') options.print(inertJson(JSON.stringify(located.map(toJson), null, 2)));
  else if (options.format === 'sarif') options.print(inertJson(JSON.stringify(toSarif(located, options.cwd), null, 2)));
  else options.print(toText(located, articles.length));
  return located.some((f) => f.severity === 'error') ? 1 : 0;
}

function toJson(f: Located): Record<string, unknown> {
  const out: Record<string, unknown> = { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, severity: f.severity, rule: f.rule, message: f.message };
  if (f.fix) out.fix = { replacement: f.fix.replacement };
  return out;
}

function toText(findings: readonly Located[], fileCount: number): string {
  const lines = findings.map((f) => inert(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${f.message}`));
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const parts = [`${count('error')} error${count('error') === 1 ? '' : 's'}`, `${count('warning')} warning${count('warning') === 1 ? '' : 's'}`];
  if (count('information') > 0) parts.push(`${count('information')} information`);
  if (count('hint') > 0) parts.push(`${count('hint')} hint${count('hint') === 1 ? '' : 's'}`);
  lines.push(`${findings.length === 0 ? 'No problems' : `${findings.length} problem${findings.length === 1 ? '' : 's'}`} (${parts.join(', ')}) in ${fileCount} file${fileCount === 1 ? '' : 's'}`);
  return lines.join('\n');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** A path as a SARIF artifact URI: relative to the working folder when inside it, else a file: URL. */
function artifactUri(file: string, cwd: string): string {
  if (file === 'stdin') return 'stdin';
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(absolute).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

function toSarif(findings: readonly Located[], cwd: string): Record<string, unknown> {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newsmark',
            version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.summary },
              help: { text: `${rule.summary} See the section ${ruleHelpAnchor(rule.id)} of Newsmark's README.` },
              defaultConfiguration: { level: rule.defaultSeverity === 'off' ? 'none' : SARIF_LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'off' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => {
          const uri = artifactUri(f.file, cwd);
          const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
          return {
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
            ...(f.fix
              ? { fixes: [{ description: { text: `Replace with "${f.fix.replacement}"` }, artifactChanges: [{ artifactLocation: { uri }, replacements: [{ deletedRegion: region, insertedContent: { text: f.fix.replacement } }] }] }] }
              : {}),
          };
        }),
      },
    ],
  };
}
