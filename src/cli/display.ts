/**
 * Text the CLI shows on a terminal but did not write itself (file names, values from input files)
 * is made inert here: control characters and bidirectional overrides are shown as \uXXXX escapes,
 * so a file name cannot move the cursor, ring the bell, change colours or reorder what follows it.
 */

// C0 controls, DEL, C1 controls, the Arabic letter mark, LRM/RLM, line/paragraph separators,
// and the bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
// The same, except the C0 controls that JSON.stringify already escapes (and the line breaks of indented JSON).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line of text safe for a terminal: every control or bidi character escaped, line breaks included. */
export function inert(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** JSON text safe for a terminal; the escapes are JSON's own, so it parses to the same value. */
export function inertJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escapeChar);
}

/** Text of several lines safe for a terminal: like inert(), but line ends (\n, \r\n) are kept. */
export function inertLines(text: string): string {
  return text.replace(UNSAFE, (char, offset: number) => (char === '\n' || (char === '\r' && text.charCodeAt(offset + 1) === 10) ? char : escapeChar(char)));
}
