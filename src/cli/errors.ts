/** An error the CLI reports as one line (no stack trace) before exiting with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit code for a wrong command line (unknown option, missing argument). */
export const USAGE_EXIT = 2;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8, rejecting invalid byte sequences; a leading byte-order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch (error) {
    // The decoder rejects bad bytes with a TypeError; anything else is a text too long for one string.
    if (error instanceof TypeError) throw new CliError(`${where}: invalid UTF-8`);
    throw new CliError(`${where}: too large to analyse as one text (${Math.round(bytes.length / 1e6)} MB)`);
  }
}

/** A size for messages: "16 MB", "0.5 MB". */
export function megabytes(bytes: number): string {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return mb > 0 || bytes === 0 ? `${mb} MB` : `${Math.floor(bytes)} bytes`;
}

/** A one-line description of a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}
