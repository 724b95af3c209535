// Speaker tokens: words, punctuation, and each quotation as one opaque token, with sentence and
// paragraph numbers, kept as parallel typed arrays. Attribution rules work on these, never on raw
// characters. Also the character classes the tokenizer reads.
import { WORDS } from './words';

export const enum Kind { Word, Punct, Quote }

/** Slots of TokenList's memo of lowercase forms (a power of two). */
const MEMO_SLOTS = 4096;
const MEMO_MASK = MEMO_SLOTS - 1;

/** Tokens as parallel arrays (no object per token); lowercase forms are made on first use. */
export class TokenList {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  sentence: Int32Array;
  paragraph: Int32Array;
  /**
   * Index in WORDS of a word the table holds, -2 - the quotation's index for Kind.Quote (see
   * quoteOf()), else -1: one column for both, as no token is both.
   */
  word: Int32Array;
  length = 0;
  /**
   * Lowercase forms made recently of words WORDS does not hold, by token index: a few thousand
   * slots, each for the last token whose index falls on it. Attribution reads the tokens around one
   * quotation at a time, so a bounded memo serves it as well as one entry per token, which in a
   * text of many quotations and unknown words held a string and an entry for most tokens.
   */
  private readonly memoToken: Int32Array;
  private readonly memoNorm: string[];
  /**
   * With `dense`, the lowercase form of every word ("" until made) instead: a list kept from one
   * analysis to the next moves its tokens often, which an array copies faster than a map.
   */
  private norms: string[] | undefined;

  constructor(
    private text: string,
    capacity: number,
    dense = false,
  ) {
    capacity = Math.max(16, capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.sentence = new Int32Array(capacity);
    this.paragraph = new Int32Array(capacity);
    this.word = new Int32Array(capacity);
    if (dense) this.norms = new Array<string>(capacity).fill('');
    // Only a list without `norms` uses the memo.
    const slots = dense ? 1 : MEMO_SLOTS;
    this.memoToken = new Int32Array(slots).fill(-1);
    this.memoNorm = new Array<string>(slots).fill('');
  }

  /** `word`: the index in WORDS of a word the table holds, else -1; `quote`: the quotation's index for Kind.Quote, else -1. */
  push(start: number, end: number, kind: Kind, quote: number, sentence: number, paragraph: number, word: number): void {
    if (this.length === this.start.length) this.grow();
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.kind[k] = kind;
    this.sentence[k] = sentence;
    this.paragraph[k] = paragraph;
    this.word[k] = quote >= 0 ? -2 - quote : word;
    if (this.norms !== undefined) this.norms[k] = word >= 0 ? WORDS.words[word] : '';
    else if (this.memoToken[k & MEMO_MASK] === k) this.memoToken[k & MEMO_MASK] = -1;
  }

  /** Empties the list for tokens of another text, keeping its buffers. */
  /** Tokens of the previous use still in the buffers (see reuse()). */
  previous = 0;

  /**
   * Starts over for tokens of another text, keeping its buffers and, until overwritten, its old
   * tokens (a caller may keep a prefix that it knows to be unchanged by moving `length`).
   */
  reuse(text: string): void {
    this.text = text;
    this.previous = this.length;
    this.length = 0;
  }

  /** Clears what is left of the previous use past the new end. */
  finish(): void {
    const from = this.length;
    const to = this.previous;
    if (to <= from) return;
    this.start.fill(0, from, to);
    this.end.fill(0, from, to);
    this.kind.fill(0, from, to);
    this.sentence.fill(0, from, to);
    this.paragraph.fill(0, from, to);
    this.word.fill(0, from, to);
    this.norms?.fill('', from, to);
    // Lowercase forms past the end may stay in the memo: whatever writes a token there clears its slot.
  }

  /**
   * Keeps the next `count` tokens of the previous use (see reuse()) where they are, their offsets
   * moved by `by`: a region's tokens at the same place in the list with the same numbering, only
   * past an edit that changed the length of the text before them.
   */
  keepMoved(count: number, by: number): void {
    const to = this.length + count;
    for (let k = this.length; k < to; k++) {
      this.start[k] += by;
      this.end[k] += by;
    }
    this.length = to;
  }

  /** Appends a region's tokens, moving offsets, quotation, sentence and paragraph numbers. */
  append(other: TokenList, offset: number, quoteBase: number, sentenceBase: number, paragraphBase: number): void {
    while (this.length + other.length > this.start.length) this.grow();
    const at = this.length;
    for (let k = 0; k < other.length; k++) {
      this.start[at + k] = other.start[k] + offset;
      this.end[at + k] = other.end[k] + offset;
      this.sentence[at + k] = other.sentence[k] + sentenceBase;
      this.paragraph[at + k] = other.paragraph[k] + paragraphBase;
      const word = other.word[k];
      this.word[at + k] = word <= -2 ? word - quoteBase : word;
      if (this.norms !== undefined) this.norms[at + k] = other.word[k] >= 0 ? WORDS.words[other.word[k]] : other.madeNorm(k);
      else if (this.memoToken[(at + k) & MEMO_MASK] === at + k) this.memoToken[(at + k) & MEMO_MASK] = -1;
    }
    this.kind.set(other.kind.subarray(0, other.length), at);
    this.length += other.length;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = widen(this.start, (n) => new Int32Array(n));
    this.end = widen(this.end, (n) => new Int32Array(n));
    this.kind = widen(this.kind, (n) => new Uint8Array(n));
    this.sentence = widen(this.sentence, (n) => new Int32Array(n));
    this.paragraph = widen(this.paragraph, (n) => new Int32Array(n));
    this.word = widen(this.word, (n) => new Int32Array(n));
    if (this.norms !== undefined) {
      const norms = new Array<string>(size).fill('');
      for (let k = 0; k < this.length; k++) norms[k] = this.norms[k];
      this.norms = norms;
    }
  }

  /** The index of the quotation that token k (of Kind.Quote) stands for. */
  quoteOf(k: number): number {
    return -2 - this.word[k];
  }

  /** The lowercase form of a word that WORDS does not hold, if made already, else "". */
  private madeNorm(k: number): string {
    if (this.norms !== undefined) return this.norms[k] ?? '';
    return this.memoToken[k & MEMO_MASK] === k ? this.memoNorm[k & MEMO_MASK] : '';
  }

  /** Lowercase word, the punctuation character, or "" for a quotation. */
  norm(k: number): string {
    if (this.kind[k] !== Kind.Word) return this.kind[k] === Kind.Quote ? '' : this.text[this.start[k]];
    const id = this.word[k];
    if (id >= 0) return WORDS.words[id];
    if (this.norms !== undefined) {
      let n = this.norms[k];
      if (n === '') {
        n = this.text.slice(this.start[k], this.end[k]).toLowerCase();
        this.norms[k] = n;
      }
      return n;
    }
    const slot = k & MEMO_MASK;
    if (this.memoToken[slot] === k) return this.memoNorm[slot];
    const n = this.text.slice(this.start[k], this.end[k]).toLowerCase();
    this.memoToken[slot] = k;
    this.memoNorm[slot] = n;
    return n;
  }

}

export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000;
}

/** Characters that may join two word parts: U.S., O’Neill, counter-punching, AT&T. */
export function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26;
}

export function isUpperCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

export function isPossessive(w: string): boolean {
  return w.endsWith("'s") || w.endsWith('’s') || w.endsWith("s'") || w.endsWith('s’');
}

/**
 * A character as WordTable's hash folds it: ASCII letters to lower case, and the Kelvin sign to
 * "k" (the one character outside ASCII whose lower case is ASCII), so a word's table index is
 * exactly "its lowercase form is in the table".
 */
export function foldCode(c: number): number {
  return c === 0x212a ? 0x6b : c | 32;
}

export function isSentenceEndCode(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026;
}

/** Character classes of ASCII for the tokenizer, as isSpaceCode() and isWordCode() say. */
export const SPACE = 1;
export const WORD = 2;
export const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => (isSpaceCode(c) ? SPACE : isWordCode(c) ? WORD : 0));

export function isDashCode(c: number): boolean {
  return c === 0x2014 || c === 0x2015 || c === 0x2013;
}
