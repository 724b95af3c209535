/**
 * `newsmark factchecks FOLDER`: the fact-check report of a workspace folder, from its annotation
 * files (`.newsmark/<article path>.annotations.json`), each paired with its article for the
 * current text, line and speaker, written to standard output as Markdown, CSV, JSON or schema.org
 * ClaimReview — the same reports as Export Fact-check Report… in the editor.
 *
 * An annotation file that cannot be used (not JSON, wrong shape, too large, a symbolic link that
 * leads outside FOLDER, a link to a folder) is named in a one-line warning and skipped; the rest
 * are still reported, and the exit code is 1. Nothing outside FOLDER is read: a symbolic link to a
 * file is followed only when it leads inside FOLDER, and links to folders are not followed.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  anchoredRanges,
  articlePathOf,
  articleUrl,
  formatClaimReviewReport,
  formatCsvReport,
  formatJsonReport,
  formatMarkdownReport,
  normalizeAnnotationsFolder,
  readFactChecks,
  reportQuotes,
  reportRows,
  ANNOTATION_FILE_SUFFIX,
  DEFAULT_ANNOTATIONS_FOLDER,
  type ArticleForReport,
  type FactCheck,
} from '../annotations';
import { extract, findArticleDate } from '../extractor';
import { CliError, describeFsError, megabytes, USAGE_EXIT } from './errors';
import { inertJson, inertLines } from './display';

export const FACTCHECK_FORMATS = ['md', 'csv', 'json', 'claimreview'] as const;
export type FactcheckFormat = (typeof FACTCHECK_FORMATS)[number];

export interface FactchecksOptions {
  folder: string;
  format: FactcheckFormat;
  /** The annotations folder inside FOLDER (default `.newsmark`, as `newsmark.annotationsFolder`). */
  annotationsFolder?: string;
  organization?: string;
  organizationUrl?: string;
  articleBaseUrl?: string;
  /** Larger annotation files are skipped, larger articles not read. */
  maxBytes: number;
  cwd: string;
  print: (text: string) => void;
  /** One warning line (the caller makes it inert and prefixes it). */
  warn: (text: string) => void;
  /** The time the report says it was generated (tests fix it). */
  now?: () => string;
}

interface Found {
  /** Path of the annotation file relative to FOLDER, `/`-separated. */
  relative: string;
  path: string;
}

/** Whether `path` (a real path) is `folder` or inside it. */
function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** The real path of `path` when it exists and stays inside `root`; a reason otherwise. */
function contained(root: string, path: string): { real: string } | { problem: string } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return { problem: describeFsError(error) };
  }
  return inside(root, real) ? { real } : { problem: 'is a symbolic link that leads outside the folder' };
}

export async function runFactchecksCommand(options: FactchecksOptions): Promise<number> {
  const folder = resolve(options.cwd, options.folder);
  let root: string;
  try {
    if (!statSync(folder).isDirectory()) throw new CliError(`${options.folder}: not a folder`, USAGE_EXIT);
    root = realpathSync(folder);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${options.folder}: ${describeFsError(error)}`, USAGE_EXIT);
  }
  const annotationsFolder = normalizeAnnotationsFolder(options.annotationsFolder ?? DEFAULT_ANNOTATIONS_FOLDER);
  if (annotationsFolder === undefined) throw new CliError(`--annotations-folder must be a folder inside FOLDER, not "${options.annotationsFolder ?? ''}"`, USAGE_EXIT);

  const shown = (rel: string) => join(options.folder, ...rel.split('/'));
  const problems: string[] = [];
  let skipped = 0;
  const skip = (rel: string, why: string) => {
    skipped++;
    problems.push(`${shown(rel)} ${why}; skipped`);
    options.warn(`${shown(rel)}: ${why}; skipped`);
  };

  const files = findAnnotationFiles({ root, folder, annotationsFolder, skip, warn: options.warn, shown });
  const articles: ArticleForReport[] = [];
  for (const file of files) {
    const items = await readAnnotationFile(file, options.maxBytes, skip);
    if (items === undefined || items.length === 0) continue;
    const articlePath = articlePathOf(annotationsFolder, file.relative);
    if (articlePath === undefined) continue;
    const text = readArticle(root, join(folder, ...articlePath.split('/')), options.maxBytes, (why) => {
      problems.push(`${shown(articlePath)} ${why}; its fact checks are listed as orphaned`);
      options.warn(`${shown(articlePath)}: ${why}; its fact checks are listed as orphaned`);
    });
    articles.push(articleForReport(articlePath, text, items, options.articleBaseUrl));
  }

  const rows = articles.flatMap((a) => reportRows(a));
  const generated = options.now?.() ?? new Date().toISOString();
  const title = 'Fact-check report';
  if (options.format === 'md') options.print(inertLines(formatMarkdownReport(rows, { title, generated, notIncluded: problems })));
  else if (options.format === 'csv') options.print(inertLines(formatCsvReport(rows)));
  else if (options.format === 'json') options.print(inertJson(formatJsonReport(rows, { title, generated })));
  else options.print(inertJson(formatClaimReviewReport(rows, { organization: options.organization, organizationUrl: options.organizationUrl })));
  return skipped > 0 ? 1 : 0;
}

function articleForReport(articlePath: string, text: string | undefined, checks: FactCheck[], baseUrl: string | undefined): ArticleForReport {
  const article: ArticleForReport = { article: articlePath, text, checks, ranges: new Map() };
  const url = articleUrl({ text, articlePath, baseUrl });
  if (url !== undefined) article.url = url;
  if (text === undefined) return article;
  article.ranges = anchoredRanges(text, checks);
  const analysis = extract(text);
  article.quotes = reportQuotes(analysis);
  const date = findArticleDate(text);
  if (date !== undefined) article.date = date;
  return article;
}

interface Walk {
  root: string;
  folder: string;
  annotationsFolder: string;
  skip: (relative: string, why: string) => void;
  warn: (text: string) => void;
  shown: (relative: string) => string;
}

/** Every `*.annotations.json` under the annotations folder, sorted by path; links leading outside FOLDER are skipped. */
function findAnnotationFiles(walk: Walk): Found[] {
  const found: Found[] = [];
  const start = join(walk.folder, ...walk.annotationsFolder.split('/'));
  try {
    lstatSync(start);
  } catch {
    walk.warn(`${walk.shown(walk.annotationsFolder)}: no such folder; no fact checks to report`);
    return found;
  }
  const top = contained(walk.root, start);
  if ('problem' in top) {
    walk.skip(walk.annotationsFolder, top.problem);
    return found;
  }
  const pending: Array<{ path: string; relative: string }> = [{ path: start, relative: walk.annotationsFolder }];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(dir.path, { withFileTypes: true });
    } catch (error) {
      walk.skip(dir.relative, `cannot be read (${describeFsError(error)})`);
      continue;
    }
    for (const entry of entries) {
      const path = join(dir.path, entry.name);
      const rel = `${dir.relative}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const target = contained(walk.root, path);
        if ('problem' in target) {
          walk.skip(rel, target.problem);
          continue;
        }
        // A folder reached twice would report its fact checks under two article paths.
        if (statSync(target.real).isDirectory()) {
          walk.skip(rel, 'is a symbolic link to a folder, which is not followed');
          continue;
        }
        isDirectory = false;
      }
      if (isDirectory) pending.push({ path, relative: rel });
      else if (entry.name.endsWith(ANNOTATION_FILE_SUFFIX)) found.push({ path, relative: rel });
    }
  }
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** The fact checks of one annotation file, or undefined (and a warning) when it cannot be used. */
async function readAnnotationFile(file: Found, maxBytes: number, skip: (relative: string, why: string) => void): Promise<FactCheck[] | undefined> {
  let bytes: Buffer;
  try {
    const size = statSync(file.path).size;
    if (size > maxBytes) {
      skip(file.relative, `is larger than ${megabytes(maxBytes)} (raise --max-file-mb)`);
      return undefined;
    }
    bytes = readFileSync(file.path);
  } catch (error) {
    skip(file.relative, `cannot be read (${describeFsError(error)})`);
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    skip(file.relative, 'is not UTF-8 text');
    return undefined;
  }
  // The same reading, and the same messages, as the editor's.
  const outcome = await readFactChecks<null>(
    {
      read: () => Promise.resolve({ kind: 'text', text }),
      createParent: () => Promise.reject(new Error('read only')),
      writeFile: () => Promise.reject(new Error('read only')),
      rename: () => Promise.reject(new Error('read only')),
      delete: () => Promise.reject(new Error('read only')),
      temporaryFor: () => null,
    },
    null,
  );
  if (outcome.kind === 'ok') return outcome.items;
  skip(file.relative, outcome.message);
  return undefined;
}

/** The article's text, when it can be read inside FOLDER; else undefined, and `problem` says why. */
function readArticle(root: string, path: string, maxBytes: number, problem: (why: string) => void): string | undefined {
  const real = contained(root, path);
  if ('problem' in real) {
    problem(real.problem === 'no such file' ? 'was not found' : real.problem);
    return undefined;
  }
  try {
    if (statSync(real.real).size > maxBytes) {
      problem(`is larger than ${megabytes(maxBytes)} (raise --max-file-mb)`);
      return undefined;
    }
    const text = new TextDecoder('utf-8').decode(readFileSync(real.real));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    problem(`cannot be read (${describeFsError(error)})`);
    return undefined;
  }
}
