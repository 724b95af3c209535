/**
 * Saving an article's fact checks safely, independent of any file-system API (the extension plugs
 * in `vscode.workspace.fs`; tests plug in an in-memory one that can fail on demand).
 *
 *  - Atomic: the content goes to a temporary file beside the target, which is then renamed over
 *    it; if anything fails, the previous file is left as it was and the temporary file is removed.
 *  - Merged: the file is re-read just before writing and merged by id with what this window
 *    changed since it last read it (see merge.ts), so other windows' entries are never lost.
 *  - Careful: a file that does not parse is never overwritten.
 */
import { parseAnnotationFile, serializeAnnotationFile } from './format';
import { mergeFactChecks } from './merge';
import type { FactCheck } from './model';

export type FileContent = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'error'; message: string };

export interface AnnotationFs<F> {
  read(file: F): Promise<FileContent>;
  /** Creates the folder that holds `file`, with any missing parents. */
  createParent(file: F): Promise<void>;
  writeFile(file: F, content: string): Promise<void>;
  /** Replaces `to` with `from`. */
  rename(from: F, to: F): Promise<void>;
  delete(file: F): Promise<void>;
  /** A fresh temporary name in the same folder as `file`. */
  temporaryFor(file: F): F;
}

export type ReadOutcome = { kind: 'ok'; items: FactCheck[]; text: string | undefined } | { kind: 'invalid'; message: string };

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function readFactChecks<F>(fs: AnnotationFs<F>, file: F): Promise<ReadOutcome> {
  let content: FileContent;
  try {
    content = await fs.read(file);
  } catch (error) {
    content = { kind: 'error', message: describeError(error) };
  }
  if (content.kind === 'missing') return { kind: 'ok', items: [], text: undefined };
  if (content.kind === 'error') return { kind: 'invalid', message: `cannot be read (${content.message})` };
  const text = content.text.charCodeAt(0) === 0xfeff ? content.text.slice(1) : content.text;
  const parsed = parseAnnotationFile(text);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.error.startsWith('not ') ? `is ${parsed.error}` : `is invalid: ${parsed.error}` };
  return { kind: 'ok', items: parsed.items, text: content.text };
}

/** Writes `content` atomically; throws (after cleaning up) if it could not. */
export async function writeAtomically<F>(fs: AnnotationFs<F>, file: F, content: string): Promise<void> {
  const temporary = fs.temporaryFor(file);
  try {
    await fs.createParent(file);
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, file);
  } catch (error) {
    try {
      await fs.delete(temporary);
    } catch {
      // It may never have been created.
    }
    throw error;
  }
}

export type SaveOutcome =
  /** `merged` is now what the file holds (written, or already there). */
  | { kind: 'saved'; merged: FactCheck[]; written: boolean }
  /** The file does not parse: nothing was written. */
  | { kind: 'invalid'; message: string }
  /** Writing failed: the previous file is intact. */
  | { kind: 'failed'; message: string };

/**
 * Re-reads the file, merges `ours` (derived from `base`, what was last read) with what it holds
 * now, and writes the result if it differs. Never throws.
 */
export async function saveFactChecks<F>(fs: AnnotationFs<F>, file: F, base: readonly FactCheck[], ours: readonly FactCheck[]): Promise<SaveOutcome> {
  const current = await readFactChecks(fs, file);
  if (current.kind === 'invalid') return current;
  const merged = mergeFactChecks(base, ours, current.items);
  const content = serializeAnnotationFile(merged);
  // No file and nothing to say: do not create an empty one.
  if (content === current.text || (merged.length === 0 && current.text === undefined)) return { kind: 'saved', merged, written: false };
  try {
    await writeAtomically(fs, file, content);
  } catch (error) {
    return { kind: 'failed', message: describeError(error) };
  }
  return { kind: 'saved', merged, written: true };
}
