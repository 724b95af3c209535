/**
 * The published address of an article, for reports that name it (ClaimReview's `appearance`).
 * Pure. Two sources, in this order:
 *  1. a `url: https://…` line in the YAML front matter that opens the article (`---` … `---`);
 *  2. a base URL (`newsmark.articleBaseUrl`, `--article-base-url`) joined with the article's path.
 * Anything that is not a plain http(s) address is ignored: the value is written into files that
 * are published, so it is never guessed or repaired.
 */
import { normalizeSourceUrl } from './model';

/** How far the front matter is read: its first lines only, so a huge file costs nothing. */
const MAX_FRONT_MATTER_LINES = 100;
const MAX_FRONT_MATTER_CHARS = 16 * 1024;

/** White space, controls, bidirectional marks and other invisible characters: never part of an address we accept. */
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** A plain http(s) address, without user name or password, in its normal form; else undefined. */
export function plainWebUrl(value: string): string | undefined {
  if (value.length === 0 || INVISIBLE.test(value)) return undefined;
  const href = normalizeSourceUrl(value);
  if (href === undefined) return undefined;
  const url = new URL(href);
  if (url.username !== '' || url.password !== '') return undefined;
  return href;
}

/**
 * The `url:` of the article's front matter, when the text opens with a `---` line, the block is
 * closed by `---` or `...` within its first 100 lines, and exactly one top-level `url:` line holds
 * a plain http(s) address (bare, or in single or double quotes, optionally followed by a ` #`
 * comment). Anything else — a nested key, two `url:` lines, YAML beyond this — gives undefined.
 */
export function frontMatterUrl(text: string): string | undefined {
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, MAX_FRONT_MATTER_CHARS + 1);
  const lines = head.split(/\r\n|\n|\r/, MAX_FRONT_MATTER_LINES + 2);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  let found: string | undefined;
  let count = 0;
  for (let i = 1; i < lines.length && i <= MAX_FRONT_MATTER_LINES; i++) {
    const line = lines[i];
    // The last piece may be cut at the character limit: it does not count as a whole line.
    if (i === lines.length - 1 && head.length > MAX_FRONT_MATTER_CHARS) return undefined;
    const trimmed = line.trimEnd();
    if (trimmed === '---' || trimmed === '...') return count === 1 ? found : undefined;
    const match = /^url[ \t]*:(.*)$/.exec(line);
    if (!match) continue;
    count++;
    found = scalarUrl(match[1]);
  }
  return undefined;
}

function scalarUrl(raw: string): string | undefined {
  let value = raw.trim();
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const close = value.indexOf(quote, 1);
    if (close < 0) return undefined;
    const rest = value.slice(close + 1).trim();
    if (rest !== '' && !rest.startsWith('#')) return undefined;
    value = value.slice(1, close);
    // Escapes would need YAML's rules; an address needs none.
    if (quote === '"' && value.includes('\\')) return undefined;
  } else {
    const comment = value.search(/[ \t]#/);
    if (comment >= 0) value = value.slice(0, comment).trimEnd();
  }
  return plainWebUrl(value);
}

/** Extensions dropped from an article's path when it is joined to a base URL. */
const ARTICLE_EXTENSION = /\.(?:md|markdown|txt|text)$/i;

/**
 * The article's address under a base URL: `https://news.example/stories/` and `2022/talks.md`
 * give `https://news.example/stories/2022/talks` (each path segment percent-encoded, the
 * extension dropped). Undefined when the base is not a plain http(s) address or the path is empty.
 */
export function articleUrlFromBase(base: string, articlePath: string): string | undefined {
  const root = plainWebUrl(base.trim());
  if (root === undefined) return undefined;
  const rootUrl = new URL(root);
  if (rootUrl.search !== '' || rootUrl.hash !== '') return undefined;
  const segments = articlePath.replace(ARTICLE_EXTENSION, '').split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => s === '.' || s === '..')) return undefined;
  const joined = `${root.endsWith('/') ? root : `${root}/`}${segments.map(encodeURIComponent).join('/')}`;
  return plainWebUrl(joined);
}

/** The article's address: its front matter's `url:` first, else the base URL joined with its path. */
export function articleUrl(input: { text?: string; articlePath: string; baseUrl?: string }): string | undefined {
  const own = input.text === undefined ? undefined : frontMatterUrl(input.text);
  if (own !== undefined) return own;
  return input.baseUrl ? articleUrlFromBase(input.baseUrl, input.articlePath) : undefined;
}
