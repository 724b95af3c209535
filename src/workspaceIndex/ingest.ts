// From a file's bytes to its record in the workspace index, or the reason it is skipped: too
// large, binary (including text that is not valid UTF-8) or unreadable. Shared by the extension's
// background indexing and `newsmark index`. Pure: no `vscode`, no I/O; tagged results, no throws.
import { extract } from '../extractor/index';
import type { Analysis } from '../extractor/types';
import { looksBinary } from '../extension/analysis/inclusion';
import { recordArticle, type ArticleRecord } from './record';
import type { SkipReason } from './workspaceIndex';

export type IngestResult = { kind: 'record'; record: ArticleRecord } | { kind: 'skipped'; reason: SkipReason };

export interface IngestOptions {
  uri: string;
  folder: string;
  bytes: Uint8Array;
  /** Larger files are skipped; 0 or less means no limit. */
  maxBytes: number;
  articleDate?: string;
  intern?: (text: string) => string;
}

export function ingestBytes(options: IngestOptions): IngestResult {
  if (options.maxBytes > 0 && options.bytes.length > options.maxBytes) return { kind: 'skipped', reason: 'tooLarge' };
  const text = decode(options.bytes);
  if (text === undefined || looksBinary(text)) return { kind: 'skipped', reason: 'binary' };
  return ingestText({ ...options, text });
}

export function ingestText(options: Omit<IngestOptions, 'bytes' | 'maxBytes'> & { text: string; analysis?: Analysis }): IngestResult {
  let analysis = options.analysis;
  if (!analysis) {
    try {
      analysis = extract(options.text, { articleDate: options.articleDate });
    } catch {
      return { kind: 'skipped', reason: 'unreadable' };
    }
  }
  return { kind: 'record', record: recordArticle({ uri: options.uri, folder: options.folder, text: options.text, analysis, intern: options.intern }) };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string | undefined {
  try {
    // A byte order mark is dropped, as VS Code drops it from the document.
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
