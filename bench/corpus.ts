/**
 * Benchmark inputs. News text of any size built from the sample articles in seeds/: paragraphs
 * shuffled and names, places, weekdays and numbers substituted, so that a large input is not one
 * paragraph repeated. Adversarial inputs for the linearity check. Deterministic (seeded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleArticles(root: string): string[] {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

// Invented substitutes, so that names vary across the text.
const SURNAMES = ['Harlow', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Castellano', 'Brennan', 'Novak', 'Adeyemi', 'Kowalczyk', 'Ferreira', 'Haddad', 'Sorensen', 'Whitfield', 'Demir', 'Rinaldi'];
const GIVEN = ['Maria', 'Daniel', 'Aisha', 'Tomas', 'Grace', 'Viktor', 'Elena', 'Samuel', 'Ingrid', 'Rafael', 'Leila', 'Martin'];
const CITIES = ['Vienna', 'Oslo', 'Lisbon', 'Warsaw', 'Nairobi', 'Ottawa', 'Madrid', 'Prague', 'Dublin', 'Helsinki', 'Brussels', 'Athens'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

/** Replaces capitalised surnames after honorifics, weekdays, months, capitals of the seeds and numbers. */
function vary(paragraph: string, rnd: () => number, names: Map<string, string>): string {
  return paragraph
    .replace(/\b(Mr\.|Ms\.|Mrs\.|Dr\.) ([A-Z][a-z]+)/g, (_m, title: string, name: string) => {
      if (!names.has(name)) names.set(name, pick(rnd, SURNAMES));
      return `${title} ${names.get(name)}`;
    })
    .replace(/\b([A-Z][a-z]+) ([A-Z]\. )?([A-Z][a-z]+)\b/g, (m, _first: string, middle: string | undefined, last: string) =>
      names.has(last) ? `${pick(rnd, GIVEN)} ${middle ?? ''}${names.get(last)}` : m,
    )
    .replace(/\b(Geneva|Berlin|Kyiv|Moscow|Washington)\b/g, () => pick(rnd, CITIES))
    .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => pick(rnd, WEEKDAYS))
    .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, () => pick(rnd, MONTHS))
    .replace(/\b\d[\d,]*\b/g, (m) => String(Math.floor(rnd() * (m.length > 3 ? 200000 : 3000))));
}

/** About `bytes` of UTF-8 news text: many varied articles separated by blank lines. */
export function newsText(articles: readonly string[], bytes: number, seed = 1): string {
  const rnd = random(seed);
  const paragraphs = articles.flatMap((a) => a.split(/\n\s*\n/)).filter((p) => p.trim() !== '');
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const names = new Map<string, string>();
    const count = 8 + Math.floor(rnd() * 10);
    const article: string[] = [`${pick(rnd, CITIES).toUpperCase()} — ${pick(rnd, MONTHS)} ${1 + Math.floor(rnd() * 28)}, ${2015 + Math.floor(rnd() * 10)}`];
    for (let i = 0; i < count; i++) article.push(vary(pick(rnd, paragraphs), rnd, names));
    const text = article.join('\n\n');
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return cutToBytes(parts.join('\n\n'), bytes);
}

/** The longest prefix of `text` within `bytes` of UTF-8, not splitting a surrogate pair. */
export function cutToBytes(text: string, bytes: number): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (Buffer.byteLength(text.slice(0, mid)) <= bytes) lo = mid;
    else hi = mid - 1;
  }
  let end = lo;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

function repeatTo(bytes: number, make: (rnd: () => number) => string, seed = 7): string {
  const rnd = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const piece = make(rnd);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return cutToBytes(parts.join(''), bytes);
}

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»'];
const EMOJI = ['😀', '🎉', '👩‍👩‍👧', '🇺🇦', '👍🏽', '🧑‍🚀', '❤️', '🌍'];
const COMBINING = ['\u0301', '\u0300', '\u0308', '\u0327', '\u0303', '\u030a'];

/** Hostile inputs of about `bytes` each, by name. */
export const ADVERSARIAL: Record<string, (bytes: number) => string> = {
  'only quotation marks': (bytes) => repeatTo(bytes, (rnd) => pick(rnd, QUOTE_MARKS)),
  'unbalanced quotes': (bytes) => repeatTo(bytes, (rnd) => `${pick(rnd, ['“', '"', '‘'])}Officials said ${pick(rnd, CITIES)} ${rnd() < 0.1 ? '\n\n' : ''}`),
  'capitalised words': (bytes) => repeatTo(bytes, (rnd) => `${pick(rnd, [...SURNAMES, ...GIVEN, ...CITIES, ...WEEKDAYS, 'Mr.', 'The', 'Ministry', 'Of', 'State'])} `),
  'one line, no spaces': (bytes) => repeatTo(bytes, (rnd) => pick(rnd, ['Abc', 'def', 'G.', '-', ',', 'Xy', '’s', '12', '“', '”'])),
  'nested single quotes': (bytes) => repeatTo(bytes, () => `“${'‘a '.repeat(5000)}x${' b’'.repeat(5000)}” `),
  'emoji and combining marks': (bytes) => repeatTo(bytes, (rnd) => (rnd() < 0.5 ? pick(rnd, EMOJI) : `${pick(rnd, ['A', 'e', 'Zo', 'n'])}${pick(rnd, COMBINING)}${rnd() < 0.2 ? ' ' : ''}`)),
};
