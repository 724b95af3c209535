/**
 * Words of a quote and of its source, as a fact-checker compares them: case, curly and straight
 * quotation marks and apostrophes, dashes and white space do not count; punctuation separates
 * words. In a quote, an ellipsis ("…", "...", ". . .") or a bracketed insertion ("[...]",
 * "[the president]") stands for words of the source left out or replaced by the writer: a gap.
 * Pure and linear in the text's length. Offsets are UTF-16 offsets into the text given.
 */

export interface Word {
  /** The word as compared: lower case, NFC, apostrophes as `'`. */
  norm: string;
  start: number;
  end: number;
}

/** A word of the quote, or a gap where the writer left words out. */
export type QuoteToken = ({ kind: 'word' } & Word) | { kind: 'gap'; start: number; end: number };

/** Letters, digits and marks, with apostrophes (any kind) inside a word: "don’t", "rock'n'roll". */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼ`´][\p{L}\p{N}\p{M}]+)*/gu;
/** An ellipsis, or an insertion in square brackets (at most 200 characters, on one line). */
const GAP = /\[[^\]\n]{0,200}\]|…|\.\s?\.\s?\./g;
const APOSTROPHES = /['’‘ʼ`´]/g;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replace(APOSTROPHES, "'");
  // NFC only when needed: almost every word is already composed ASCII.
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFC') : lower;
}

/** Every word of `text`, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) words.push({ norm: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length });
  return words;
}

/** The quote's words and gaps, in order; adjacent gaps count as one, and so do words inside brackets. */
export function quoteTokens(text: string): QuoteToken[] {
  const gaps: { start: number; end: number }[] = [];
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); m !== null; m = GAP.exec(text)) gaps.push({ start: m.index, end: m.index + m[0].length });
  const tokens: QuoteToken[] = [];
  let g = 0;
  const pushGap = (gap: { start: number; end: number }) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'gap') last.end = gap.end;
    else tokens.push({ kind: 'gap', start: gap.start, end: gap.end });
  };
  for (const word of wordsOf(text)) {
    while (g < gaps.length && gaps[g].end <= word.start) pushGap(gaps[g++]);
    // A word inside a bracketed insertion is the writer's, not the speaker's.
    if (g < gaps.length && gaps[g].start <= word.start && word.end <= gaps[g].end) continue;
    tokens.push({ kind: 'word', ...word });
  }
  while (g < gaps.length) pushGap(gaps[g++]);
  return tokens;
}
