// Finding dates in a text: a cheap first pass finds the words that can head a date phrase, and the
// Scanner runs only on windows of tokens around them.
import type { DateMention } from '../types';
import { Scanner } from './scanner';
import { candidateHeads, tokenize, type Token } from './tokens';
import { HEAD_TAGS, WORDS } from './words';

// Date phrases are short: the full scanner runs only on windows around candidate heads.
const WINDOW_BEFORE = 70;
const WINDOW_AFTER = 60;
const MAX_WORD = 40;
/** Dense stretches are cut into windows of about this size, so memory stays flat on any input. */
const MAX_WINDOW = 4000;

/**
 * Date expressions in `text`, resolved against `articleDate` (ISO YYYY-MM-DD) when given.
 * `pool`: token objects to reuse, which a caller analysing many paragraphs in a row may keep
 * between calls (never shared by two calls at once).
 */
export function findDates(text: string, articleDate?: string, pool?: Token[]): DateMention[] {
  const heads = candidateHeads(text, HEAD_TAGS);
  if (heads.length === 0) return [];
  const out: DateMention[] = [];
  // The tokens of one window after another; without a pool, also the objects they reuse.
  const tokens: Token[] = [];
  let done = 0;
  for (let k = 0; k < heads.length; ) {
    const first = heads[k];
    let last = first;
    k++;
    while (k < heads.length && heads[k] - last < WINDOW_BEFORE + WINDOW_AFTER && heads[k] - first < MAX_WINDOW) last = heads[k++];
    // Windows end on whitespace, looking at most a word's length for it (a line without spaces stays linear).
    let from = Math.max(done, first - WINDOW_BEFORE);
    const fromLimit = Math.max(done, from - MAX_WORD);
    while (from > fromLimit && !isBoundary(text.charCodeAt(from - 1))) from--;
    let to = Math.min(text.length, last + WINDOW_AFTER);
    const toLimit = Math.min(text.length, to + MAX_WORD);
    while (to < toLimit && !isBoundary(text.charCodeAt(to))) to++;
    const found = new Scanner(text, tokenize(text, from, to, pool ?? tokens, WORDS, tokens)).scan(articleDate);
    // A window cut short by MAX_WINDOW stops before the phrases of the next head are whole: they
    // are left to the next window, which sees them with their words on both sides.
    const cut = k < heads.length && heads[k] - last < WINDOW_BEFORE + WINDOW_AFTER;
    const leftToNext = cut ? heads[k] - WINDOW_BEFORE : text.length;
    for (const m of found) {
      if (m.start < done || m.start >= leftToNext) continue;
      out.push(m);
      done = m.end;
    }
    done = Math.max(done, from);
  }
  return out;
}

function isBoundary(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
