// The one rule for text from a file, a setting or an article shown by the workbench: in
// notifications, the status bar, quick picks and tree items it stays text. Pure (no `vscode`).
//
// VS Code turns `[label](command:…)`, `[label](https://…)` and `[label](file:…)` into links in
// notifications (`parseLinkedText`, whose pattern needs `]` directly followed by `(`), and
// `$(name)` into an icon in the status bar, quick picks and tree labels (`renderLabelWithIcons`,
// which needs `$` directly followed by `(`). A zero-width space after every such `]` and `$`
// breaks both patterns while the text still reads the same. A backslash (`\$(zap)`) would only
// work where icons are drawn and show up literally everywhere else.

/** Invisible, and not white space to VS Code's patterns (JavaScript's `\s` excludes it). */
export const ZERO_WIDTH_SPACE = '\u200B';

/** `]` or `$` before `(`, or at the very end (the next piece of a message might start with `(`). */
const LINK_OR_ICON_OPENER = /[\]$](?=\(|$)/g;
/** A bare `command:` URI; nothing renders it as a link today, but nothing has to. */
const COMMAND_SCHEME = /\b(command)(?=:)/gi;
/** C0 and C1 controls (line breaks and tabs included): one space each, so nothing moves lines. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Bidirectional embeddings, overrides and isolates, which can make text read as something else. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` as it can be shown in any workbench message, label, description or tooltip: it can form
 * no link and no icon, holds no control characters, and reads as before. Safe to concatenate:
 * pieces made safe one by one stay safe when joined.
 */
export function safeText(text: string): string {
  return String(text)
    .replace(CONTROLS, ' ')
    .replace(BIDI_CONTROLS, '\uFFFD')
    .replace(COMMAND_SCHEME, `$1${ZERO_WIDTH_SPACE}`)
    .replace(LINK_OR_ICON_OPENER, (opener) => opener + ZERO_WIDTH_SPACE);
}

/** `safeText` of a label with a highlighted range: the range moves with the inserted characters. */
export function safeHighlightedLabel(text: string, highlight: readonly [number, number]): { label: string; highlights: [number, number][] } {
  const [start, end] = highlight;
  const before = safeText(text.slice(0, start));
  const inside = safeText(text.slice(start, end));
  return { label: before + inside + safeText(text.slice(end)), highlights: [[before.length, before.length + inside.length]] };
}

/** The text as a reader sees it: without the zero-width spaces `safeText` added. */
export function visibleText(text: string): string {
  return text.split(ZERO_WIDTH_SPACE).join('');
}

/** `safeText` line by line, for tooltips that keep their line breaks. */
export function safeLines(text: string): string {
  return String(text).split(/\r\n|\r|\n/).map(safeText).join('\n');
}
