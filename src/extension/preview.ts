// Short one-line renderings of article text for tree labels, quick picks and hover links.
// Pure; article text is shown as text, so these only shape it, never interpret it.

const ELLIPSIS = '…';

/** Replaces line breaks, tabs and other control characters by spaces and collapses runs of spaces. */
export function oneLine(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code <= 32 || code === 0x7f || code === 0x85 || code === 0xa0 || code === 0x2028 || code === 0x2029;
    if (isSpace) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += text[i];
  }
  return out;
}

/** Cuts `text` to at most `max` UTF-16 units (ellipsis included) without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/** The first `words` words of `text` on one line, at most `maxChars` long. */
export function firstWords(text: string, words = 8, maxChars = 60): string {
  const flat = oneLine(text);
  let count = 0;
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] === ' ' && ++count === words) {
      const head = flat.slice(0, i);
      return head.length < maxChars ? head + ELLIPSIS : truncate(head, maxChars);
    }
  }
  return truncate(flat, maxChars);
}

export interface LinePreview {
  text: string;
  /** [start, end) of the mention inside `text`. */
  highlight: [number, number];
}

/**
 * A window of one line around a mention at columns [startCol, endCol), at most about `width`
 * characters, with the mention's position inside the window.
 */
export function linePreview(lineText: string, startCol: number, endCol: number, width = 80): LinePreview {
  // Control characters become spaces one for one so columns stay valid.
  let line = '';
  for (let i = 0; i < lineText.length; i++) {
    const code = lineText.charCodeAt(i);
    line += code < 32 || code === 0x7f ? ' ' : lineText[i];
  }
  const start = clamp(startCol, 0, line.length);
  const end = clamp(endCol, start, line.length);
  let from = 0;
  while (from < start && line[from] === ' ') from++;
  let to = line.length;
  while (to > end && line[to - 1] === ' ') to--;
  let prefix = '';
  let suffix = '';
  if (to - from > width) {
    const context = 24;
    if (start - from > context) {
      from = start - context;
      if (isLowSurrogate(line.charCodeAt(from))) from--;
      prefix = ELLIPSIS;
    }
    const limit = Math.max(end, from + width);
    if (to > limit) {
      to = limit;
      if (to < line.length && isLowSurrogate(line.charCodeAt(to))) to++;
      suffix = ELLIPSIS;
    }
  }
  const text = prefix + line.slice(from, to) + suffix;
  const shift = prefix.length - from;
  return { text, highlight: [start + shift, end + shift] };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
