/**
 * `newsmark extract --jsonl`: reads {"id","text"} lines from a stream and writes one
 * {"id","spans"} line per document, in order, as it goes. Memory stays bounded by the longest line.
 * Empty input writes nothing, as a filter does; any bad line ends the run with one line naming it.
 */
import { once } from 'node:events';
import { extract } from '../extractor';
import { analysisToSpans } from '../eval/spans';
import { CliError, decodeUtf8, megabytes } from './errors';

export interface JsonlOptions {
  articleDate?: string;
  /** A line longer than this is rejected rather than buffered. */
  maxLineBytes: number;
  /** Name used in messages ("stdin"). */
  sourceName: string;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Deeper JSON is refused: echoing a deeply nested "id" back would overflow the stack of JSON.stringify. */
export const MAX_JSON_NESTING = 256;

/** The deepest nesting of arrays and objects in a JSON text (brackets inside strings do not count). */
function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/** Processes one line; returns the output line, or undefined for a blank line. Any failure becomes a CliError naming the line. */
function processLine(bytes: Uint8Array, lineNumber: number, options: JsonlOptions): string | undefined {
  const where = `${options.sourceName} line ${lineNumber}`;
  try {
    return processRecord(bytes, where, lineNumber, options);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${where}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

function processRecord(bytes: Uint8Array, where: string, lineNumber: number, options: JsonlOptions): string | undefined {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end--;
  const line = decodeUtf8(bytes.subarray(0, end), where);
  if (line.trim() === '') return undefined;
  if (nestingDepth(line) > MAX_JSON_NESTING) throw new CliError(`${where}: JSON nested deeper than ${MAX_JSON_NESTING} levels`);
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    throw new CliError(`${where}: not valid JSON`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new CliError(`${where}: expected a JSON object {"id", "text"}`);
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (text === undefined) throw new CliError(`${where}: missing "text"`);
  if (typeof text !== 'string') throw new CliError(`${where}: "text" must be a string`);
  let spans;
  try {
    spans = analysisToSpans(extract(text, { articleDate: options.articleDate }), text);
  } catch (error) {
    throw new CliError(`${where}: extraction failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return JSON.stringify({ id: id ?? lineNumber, spans });
}

async function write(output: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!output.write(chunk)) await once(output, 'drain');
}

/** Returns the number of documents written. Throws CliError on the first bad line, after writing the good ones before it. */
export async function extractJsonl(input: AsyncIterable<Uint8Array | string>, output: NodeJS.WritableStream, options: JsonlOptions): Promise<number> {
  let parts: Uint8Array[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  let documents = 0;

  const finishLine = async (tail: Uint8Array) => {
    lineNumber++;
    const bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    parts = [];
    pendingBytes = 0;
    const out = processLine(bytes, lineNumber, options);
    if (out !== undefined) {
      documents++;
      await write(output, `${out}\n`);
    }
  };
  const tooLong = () => new CliError(`${options.sourceName} line ${lineNumber + 1}: line longer than ${megabytes(options.maxLineBytes)} (raise --max-line-mb)`);

  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, from);
      if (nl === -1) {
        const rest = chunk.subarray(from);
        pendingBytes += rest.length;
        if (pendingBytes > options.maxLineBytes) throw tooLong();
        parts.push(Buffer.from(rest)); // copy: the stream may reuse its buffer
        break;
      }
      if (pendingBytes + (nl - from) > options.maxLineBytes) throw tooLong();
      await finishLine(chunk.subarray(from, nl));
      from = nl + 1;
    }
  }
  if (pendingBytes > 0) await finishLine(new Uint8Array(0));
  return documents;
}
