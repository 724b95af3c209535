// Decides whether a document gets annotated. Pure: the caller supplies the glob and language
// matches (computed with VS Code's own glob engine) so the rules themselves are testable.

export type InclusionVerdict =
  | { kind: 'annotate' }
  | { kind: 'off' }
  | { kind: 'notIncluded' }
  | { kind: 'binary' }
  | { kind: 'tooLarge'; sizeMB: number; limitMB: number };

export interface InclusionInput {
  /** The document's language is one of `newsmark.languages`. */
  languageMatches: boolean;
  /** The document's path matches one of `newsmark.include`. */
  includeMatches: boolean;
  /** The document's path matches one of `newsmark.exclude`. */
  excludeMatches: boolean;
  /** Per-file toggle: true forces highlights on, false turns them off, undefined follows the settings. */
  fileOverride: boolean | undefined;
  /** Document length in UTF-16 code units. */
  sizeChars: number;
  /** `newsmark.maxFileSizeMB`; 0 or less means no limit. */
  limitMB: number;
  /** The user chose "Annotate Anyway" for this document. */
  sizeOverride: boolean;
  binary: boolean;
}

const CHARS_PER_MB = 1024 * 1024;

export function decideInclusion(input: InclusionInput): InclusionVerdict {
  if (input.fileOverride === false) return { kind: 'off' };
  const matched = (input.languageMatches || input.includeMatches) && !input.excludeMatches;
  if (!matched && input.fileOverride !== true) return { kind: 'notIncluded' };
  if (input.binary) return { kind: 'binary' };
  const sizeMB = input.sizeChars / CHARS_PER_MB;
  if (input.limitMB > 0 && sizeMB > input.limitMB && !input.sizeOverride) {
    return { kind: 'tooLarge', sizeMB, limitMB: input.limitMB };
  }
  return { kind: 'annotate' };
}

/** How much of the start of a document `looksBinary` inspects. */
export const BINARY_SAMPLE_CHARS = 8192;

/**
 * True for text that is probably a binary file opened as text: any NUL, or more than one in ten
 * characters being control characters or U+FFFD (what undecodable bytes become).
 */
export function looksBinary(sample: string): boolean {
  const length = Math.min(sample.length, BINARY_SAMPLE_CHARS);
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f || code === 0xfffd) {
      suspicious++;
    }
  }
  return length > 0 && suspicious * 10 > length;
}

export function formatMB(sizeMB: number): string {
  return sizeMB >= 10 ? sizeMB.toFixed(0) : sizeMB.toFixed(1);
}
