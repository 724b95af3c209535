/**
 * `newsmark index DIR… [--json]`: the workspace index of the editor's Newsroom view for folders
 * on disk. Every article (.txt, .text, .md, .markdown) under the given folders, or the files given,
 * goes through the same pure index (src/workspaceIndex/); prints the people with their articles
 * and quotes. Files over the size limit, binary or unreadable, are skipped and counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ingestBytes } from '../workspaceIndex/ingest';
import { positionOf } from '../workspaceIndex/record';
import { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { CliError, describeFsError, USAGE_EXIT } from './errors';
import { inert, inertJson } from './display';

const ARTICLE = /\.(txt|text|md|markdown)$/i;
/** Folders never searched: dependencies and hidden folders (.git, .newsmark). */
const SKIPPED_FOLDERS = /^(node_modules|\..*)$/;

export interface IndexCommandOptions {
  paths: string[];
  json: boolean;
  maxBytes: number;
  articleDate?: string;
  cwd: string;
  print: (text: string) => void;
}

export interface IndexedPerson {
  name: string;
  articleCount: number;
  quoteCount: number;
  articles: Array<{ file: string; mentions: number; quotes: Array<{ line: number; text: string }> }>;
}

export function runIndexCommand(options: IndexCommandOptions): void {
  if (options.paths.length === 0) throw new CliError('index needs DIR… (see newsmark --help)', USAGE_EXIT);
  const index = new WorkspaceIndex();
  for (const root of options.paths) {
    for (const file of articleFiles(root)) {
      const name = relative(options.cwd, file) || file;
      let bytes: Uint8Array;
      try {
        if (options.maxBytes > 0 && statSync(file).size > options.maxBytes) {
          index.skip(name, 'tooLarge');
          continue;
        }
        bytes = readFileSync(file);
      } catch {
        index.skip(name, 'unreadable');
        continue;
      }
      const result = ingestBytes({ uri: name, folder: root, bytes, maxBytes: options.maxBytes, articleDate: options.articleDate, intern: index.intern });
      if (result.kind === 'record') index.set(result.record);
      else index.skip(name, result.reason);
    }
  }
  const people = peopleOf(index);
  const stats = index.stats();
  if (options.json) {
    options.print(inertJson(JSON.stringify({ articles: stats.articles, skipped: stats.skipped, people }, null, 2)));
    return;
  }
  const lines = [`${stats.articles} articles; skipped: ${stats.skipped.tooLarge} too large, ${stats.skipped.binary} binary, ${stats.skipped.unreadable} unreadable`, ''];
  lines.push(`People (${people.length})`);
  for (const person of people) {
    lines.push(`  ${inert(person.name)} — ${plural(person.articleCount, 'article')}, ${plural(person.quoteCount, 'quote')}`);
    for (const article of person.articles) {
      lines.push(`    ${inert(article.file)}: ${plural(article.mentions, 'mention')}${article.quotes.length > 0 ? `, ${plural(article.quotes.length, 'quote')}` : ''}`);
      for (const quote of article.quotes) lines.push(`      ${quote.line}: “${inert(quote.text)}”`);
    }
  }
  options.print(lines.join('\n'));
}

/** People across the index, most articles first, each with their articles and quotes (1-based lines). */
export function peopleOf(index: WorkspaceIndex): IndexedPerson[] {
  return index.entities('person').map((summary) => ({
    name: summary.name,
    articleCount: summary.articleCount,
    quoteCount: summary.quoteCount,
    articles: index
      .occurrences(summary.key)
      .sort((a, b) => a.record.uri.localeCompare(b.record.uri))
      .map(({ record, index: i }) => ({
        file: record.uri,
        mentions: record.entities[i].mentions.length / 2,
        quotes: record.quotes.filter((q) => q.speakerIndex === i).map((q) => ({ line: positionOf(record, q.start).line + 1, text: q.firstWords })),
      })),
  }));
}

/** The article files under `path` (or `path` itself), sorted; symbolic links are not followed. */
export function articleFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  if (stat.isFile()) return [path];
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.test(entry.name)) walk(child);
      else if (entry.isFile() && ARTICLE.test(entry.name)) files.push(child);
    }
  };
  walk(path);
  return files;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
