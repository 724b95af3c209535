// Paragraphs and candidates across them: where paragraphs start, a paragraph's candidates moved
// to offsets in the whole text (copied for caching, or in place), and names shared across
// paragraphs so that a name mentioned thousands of times is kept once.
import { findCandidates, type Candidate } from './candidates';

/** Start offsets of the paragraphs of `text` (split at blank lines). */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    let j = nl + 1;
    while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (j < n && text[j] === '\n') {
      while (j < n && (text[j] === '\n' || text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < n) starts.push(j);
    }
    i = j;
  }
  return starts;
}

/**
 * A copy of a candidate moved by `offset` (the paragraph's own result stays untouched for caching,
 * except for its memoised name and surface text, which depend on nothing but the paragraph).
 */
export function shifted(c: Candidate, offset: number, paragraph: string): Candidate {
  if (c.name === undefined) c.name = c.words.join(' ');
  if (c.surface === undefined) c.surface = paragraph.slice(c.start, c.end);
  return c.movedCopy(c.start + offset, c.end + offset);
}

/**
 * The candidate itself moved by `offset`, for a paragraph result that is used once and not kept.
 * Its text is left to be sliced when a mention needs it: most candidates of a long or hostile
 * text never become one.
 */
export function movedInPlace(c: Candidate, offset: number): Candidate {
  if (c.name === undefined) c.name = c.words.join(' ');
  c.start += offset;
  c.end += offset;
  return c;
}

/** Strings and word lists already seen in a text, so that a name mentioned thousands of times is kept once. */
export interface KnownNames {
  strings: Map<string, string>;
  wordLists: Map<string, string[]>;
}

function known(names: KnownNames, s: string): string {
  const seen = names.strings.get(s);
  if (seen !== undefined) return seen;
  names.strings.set(s, s);
  return s;
}

/** Points a paragraph's candidates at the instances of their names seen before (and fills in their name memos). */
export function shareNames(candidates: readonly Candidate[], names: KnownNames): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const name = known(names, c.name ?? c.words.join(' '));
    c.name = name;
    // Most keys are the name itself ("paris"): one entry serves both.
    c.key = c.key === name ? name : known(names, c.key);
    const words = names.wordLists.get(name);
    if (words === undefined) names.wordLists.set(name, c.words);
    else if (words.length === c.words.length && words.every((w, i) => w === c.words[i])) c.words = words;
    if (c.title !== undefined) c.title = known(names, c.title);
    if (c.role !== undefined) c.role = known(names, c.role);
  }
}

/** Sets a copy made by shifted() back to its candidate, moved by `offset` (undoes what grouping changed). */
export function resetCopy(copy: Candidate, c: Candidate, offset: number): Candidate {
  copy.start = c.start + offset;
  copy.end = c.end + offset;
  copy.resetFrom(c);
  copy.words = c.words;
  copy.key = c.key;
  copy.name = c.name;
  copy.surface = c.surface;
  copy.person = undefined;
  return copy;
}

/** Candidates of every paragraph, with offsets into the whole text. */
export function collectCandidates(text: string, candidatesOf: (paragraph: string) => Candidate[] = findCandidates): Candidate[] {
  const starts = paragraphStarts(text);
  const all: Candidate[] = [];
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p];
    const end = p + 1 < starts.length ? starts[p + 1] : text.length;
    const paragraph = text.slice(start, end);
    for (const c of candidatesOf(paragraph)) all.push(shifted(c, start, paragraph));
  }
  return all;
}
