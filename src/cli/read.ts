/**
 * Reads the article of `newsmark extract FILE` (or "-" for standard input) as a stream and stops
 * as soon as it passes the size limit, so that a huge file or an endless device (/dev/zero) ends
 * with a one-line error instead of filling memory.
 */
import { createReadStream } from 'node:fs';
import { CliError, decodeUtf8, describeFsError, megabytes } from './errors';

export interface ReadArticleOptions {
  /** "-" reads standard input. */
  path: string;
  /** A file longer than this is rejected while it is read. */
  maxBytes: number;
  /** Standard input, replaceable for tests. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** The name messages use for a path. */
export function sourceName(path: string): string {
  return path === '-' ? 'stdin' : path;
}

export async function readArticle(options: ReadArticleOptions): Promise<string> {
  const name = sourceName(options.path);
  const stream = options.path === '-' ? (options.stdin ?? process.stdin) : createReadStream(options.path);
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const raw of stream as AsyncIterable<string | Buffer>) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
      total += chunk.length;
      // Leaving the loop destroys the stream: nothing past the limit is read.
      if (total > options.maxBytes) {
        throw new CliError(`${name}: larger than ${megabytes(options.maxBytes)} (raise --max-file-mb)`);
      }
      parts.push(chunk);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${name}: ${describeFsError(error)}`);
  }
  if (total === 0) throw new CliError(`${name}: empty input`);
  return decodeUtf8(Buffer.concat(parts, total), name);
}
