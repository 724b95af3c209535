// A hand-written, linear tokenizer for the entity recogniser. Words keep internal apostrophes,
// hyphens and the periods of initials and known abbreviations ("U.S.", "J.", "Mr."); a possessive
// ’s / 's becomes its own token so that name spans can end before it.
import { ENTITY_ABBREVIATIONS as ABBREVIATIONS } from '../text/abbreviations';

export const enum TokenKind {
  Word = 0,
  Punct = 1,
  Possessive = 2,
}

const CAP = 1;
const UPPER = 2;
const DIGIT = 4;
const LINE_START = 8;
const SENTENCE_START = 16;
const NON_ASCII = 32;

/**
 * One token. The yes/no properties share one number, so that the many tokens of a long text take
 * less memory (they are made for every word and mark).
 */
export class Token {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public kind: TokenKind,
    /** Lower case without periods (the lexicon key of this one word). */
    public key: string,
    private flags: number,
    /** Offset of the first hyphen in `text`, -1 without one. */
    public hyphen: number,
  ) {}

  /** Lexicon answers about `key`, remembered by the entity recogniser (0: none asked yet). */
  lexicon = 0;

  /** The table that shares `key` and its lexicon answers with other tokens, and the key's number there (-1: none). */
  keyTable: KeyTable | undefined = undefined;
  keyId = -1;

  /** Sets the lexicon answers, for every token of this key when it has a table. */
  learn(bits: number): void {
    this.lexicon = bits;
    if (this.keyId >= 0) this.keyTable!.answers[this.keyId] = bits;
  }

  /** Makes this (pooled) token another one. */
  reset(start: number, end: number, text: string, kind: TokenKind, key: string, flags: number, hyphen: number): Token {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
    this.key = key;
    this.flags = flags;
    this.hyphen = hyphen;
    this.lexicon = 0;
    this.keyTable = undefined;
    this.keyId = -1;
    return this;
  }

  /** First character is an upper-case letter. */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  /** Two or more letters, none lower case. */
  get upper(): boolean {
    return (this.flags & UPPER) !== 0;
  }

  /** Contains a digit. */
  get digit(): boolean {
    return (this.flags & DIGIT) !== 0;
  }

  /** First token of its line (after a newline or at the start of the text). */
  get lineStart(): boolean {
    return (this.flags & LINE_START) !== 0;
  }

  /** Starts a sentence: at a line start or after . ! ? (possibly through opening quotes or brackets). */
  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }

  /** Has a character outside ASCII (so its key may differ from the lexicon key of its text). */
  get nonAscii(): boolean {
    return (this.flags & NON_ASCII) !== 0;
  }
}

function flagsOf(cap: boolean, upper: boolean, digit: boolean, lineStart: boolean, sentenceStart: boolean): number {
  return (cap ? CAP : 0) | (upper ? UPPER : 0) | (digit ? DIGIT : 0) | (lineStart ? LINE_START : 0) | (sentenceStart ? SENTENCE_START : 0);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
// Anchored, so a lone high surrogate is never taken for the letter after it.
const LETTER = /^\p{L}/u;
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  // General punctuation (curly quotes, dashes, ellipsis) holds no letters.
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]);
}
function isSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  return isLetter(text, i);
}
function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Lower case without periods; a word already in lower case is kept as is (no new string). */
function lowerKey(word: string, allLower: boolean): string {
  const k = allLower ? word : word.toLowerCase();
  return k.indexOf('.') >= 0 ? k.replace(/\./g, '') : k;
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
/** The abbreviations with a capital first letter ("Mr", "Jan"), so that most words need no toLowerCase. */
const CAPITALISED_ABBREVIATIONS: ReadonlySet<string> = new Set([...ABBREVIATIONS].map((a) => a[0].toUpperCase() + a.slice(1)));

/** `text[start, end)` lower-cased is an abbreviation; `lower` of `letters` letters are lower case, none outside ASCII. */
function isAbbreviation(text: string, start: number, end: number, letters: number, lower: number, nonAscii: boolean): boolean {
  if (!nonAscii) {
    if (lower === letters) return ABBREVIATIONS.has(text.slice(start, end));
    const c = text.charCodeAt(start);
    if (letters - lower === 1 && c >= 65 && c <= 90) return CAPITALISED_ABBREVIATIONS.has(text.slice(start, end));
  }
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/** Most keys a KeyTable holds (a long text's distinct capitalised words); later ones are lower-cased each time. */
const MAX_KEYS = 1 << 15;

/**
 * Keys of capitalised ASCII words met before, so that a name repeated through a long text shares one
 * key string and the lexicon answers about it: lower-casing a word sliced from a two-byte text is
 * slow, and so is asking the lexicons again. Kept with a token pool, for one text at a time.
 */
export class KeyTable {
  /** Key by number, in the order met. */
  readonly keys: string[] = [];
  /** Lexicon answers about each key (see Token.lexicon). */
  readonly answers: number[] = [];
  /** Word as written → key number. */
  private readonly ids = new Map<string, number>();

  /** The number of `word`'s key (`word` in lower case), or -1 if the table is full. */
  find(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.keys.length;
      if (id >= MAX_KEYS) return -1;
      // Kept as a copy: a word sliced from a long text could keep all of that text alive.
      this.ids.set((' ' + word).slice(1), id);
      this.keys.push(word.toLowerCase());
      this.answers.push(0);
    }
    return id;
  }
}

/** A token pool and the key table of the text its tokens come from. */
type TokenPool = Token[] & { keyTable?: KeyTable };

const APOSTROPHE = (c: number): boolean => c === 39 || c === 0x2019;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', '«']);

/**
 * The tokens of `text`. With a pool (owned by one caller, for one text at a time), the token
 * objects of the previous call are reused: they are valid until the next call with that pool.
 */
export function tokenize(text: string, pool?: Token[]): Token[] {
  // The tokens are made in the pool (grown as needed), then copied out into an array of their
  // number: cheaper than growing a new array token by token.
  const tokens: Token[] = pool ?? [];
  const keyTable = pool === undefined ? undefined : ((pool as TokenPool).keyTable ??= new KeyTable());
  let count = 0;
  const add = (start: number, end: number, word: string, kind: TokenKind, key: string, flags: number, hyphen: number): void => {
    if (count < tokens.length) tokens[count].reset(start, end, word, kind, key, flags, hyphen);
    else tokens.push(new Token(start, end, word, kind, key, flags, hyphen));
    count++;
  };
  const n = text.length;
  let lineStart = true;
  let sentenceStart = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      sentenceStart = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (isWordChar(text, i)) {
      const start = i;
      let segStart = i;
      let j = i;
      // What the word is made of, counted while scanning it (ASCII; other letters are counted after).
      let digit = false;
      let letters = 0;
      let lower = 0;
      let hyphen = -1;
      let periods = false;
      let periodCount = 0;
      let nonAscii = 0;
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 128) {
            if (d >= 97 && d <= 122) {
              letters++;
              lower++;
            } else if (d >= 65 && d <= 90) letters++;
            else if (d >= 48 && d <= 57) digit = true;
            else break;
            j++;
            continue;
          }
          if (!isLetter(text, j)) break;
          nonAscii = NON_ASCII;
          // A letter outside the BMP is a surrogate pair: step over both halves, never between them.
          j += isSurrogatePair(text, j) ? 2 : 1;
        }
        if (j >= n) break;
        const d = text.charCodeAt(j);
        if (APOSTROPHE(d) && j + 1 < n && isLetter(text, j + 1)) {
          const e = text.charCodeAt(j + 1);
          const possessive = (e === 115 || e === 83) && (j + 2 >= n || !isWordChar(text, j + 2));
          if (possessive) break;
          if (d !== 39) nonAscii = NON_ASCII;
          j++;
          continue;
        }
        if (d === 45 && j + 1 < n && isWordChar(text, j + 1)) {
          if (hyphen < 0) hyphen = j - start;
          j++;
          segStart = j;
          continue;
        }
        if (d === 46) {
          if (j - segStart === 1 && isLetter(text, segStart)) {
            periods = true;
            periodCount++;
            j++;
            if (j < n && isLetter(text, j) && j + 1 < n && text.charCodeAt(j + 1) === 46) {
              segStart = j;
              continue;
            }
            break;
          }
          if (segStart === start && j - segStart <= LONGEST_ABBREVIATION && isAbbreviation(text, start, j, letters, lower, nonAscii !== 0)) {
            periods = true;
            periodCount++;
            j++;
          }
        }
        break;
      }
      const word = text.slice(start, j);
      const c0 = text.charCodeAt(start);
      const capital = c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpperLetter(word[0]);
      if (nonAscii !== 0) {
        // Letters outside ASCII: count them on the word itself (a surrogate pair is one letter).
        digit = false;
        letters = 0;
        lower = 0;
        hyphen = -1;
        for (let k = 0; k < word.length; k++) {
          const ch = word.charCodeAt(k);
          if (ch === 45 && hyphen < 0) hyphen = k;
          if (isDigit(ch)) digit = true;
          else if (ch >= 97 && ch <= 122) {
            letters++;
            lower++;
          } else if (ch >= 65 && ch <= 90) letters++;
          else if (ch >= 128 && isLetter(word, k)) {
            letters++;
            if (!isUpperLetter(word[k])) lower++;
          }
        }
        periods = true;
      }
      const upper = letters >= 2 && lower === 0;
      const allLower = lower === letters && !digit;
      let key: string;
      let keyId = -1;
      if (!periods) {
        if (allLower) key = word;
        else if (keyTable !== undefined && letters > lower && (keyId = keyTable.find(word)) >= 0) key = keyTable.keys[keyId]!;
        else key = word.toLowerCase();
      } else if (nonAscii === 0 && periodCount === 1 && text.charCodeAt(j - 1) === 46) {
        // "Mr.", "J.": the word without its final period.
        if (allLower) key = text.slice(start, j - 1);
        else if (keyTable !== undefined && letters > lower && (keyId = keyTable.find(text.slice(start, j - 1))) >= 0) key = keyTable.keys[keyId]!;
        else key = text.slice(start, j - 1).toLowerCase();
      } else key = lowerKey(word, allLower);
      add(start, j, word, TokenKind.Word, key, flagsOf(capital, upper, digit, lineStart, sentenceStart) | nonAscii, hyphen);
      if (keyId >= 0) {
        const t = tokens[count - 1];
        t.keyTable = keyTable;
        t.keyId = keyId;
        t.lexicon = keyTable!.answers[keyId]!;
      }
      lineStart = false;
      sentenceStart = false;
      i = j;
      continue;
    }
    if (APOSTROPHE(c) && i + 1 < n && (text[i + 1] === 's' || text[i + 1] === 'S') && (i + 2 >= n || !isWordChar(text, i + 2))) {
      const prev = count > 0 ? tokens[count - 1] : undefined;
      if (prev && prev.end === i && prev.kind === TokenKind.Word) {
        add(i, i + 2, text.slice(i, i + 2), TokenKind.Possessive, "'s", 0, -1);
        i += 2;
        continue;
      }
    }
    const width = isSurrogatePair(text, i) ? 2 : 1;
    const ch = text.slice(i, i + width);
    add(i, i + width, ch, TokenKind.Punct, ch, flagsOf(false, false, false, lineStart, sentenceStart), c === 45 ? 0 : -1);
    lineStart = false;
    const prev = count > 1 ? tokens[count - 2] : undefined;
    // "2. Aurelio Benavente": a list number at a line start ends no sentence.
    const listNumber = ch === '.' && prev !== undefined && prev.lineStart && prev.digit && prev.kind === TokenKind.Word;
    if ((ch === '.' && !listNumber) || ch === '!' || ch === '?') sentenceStart = true;
    else if (!(sentenceStart && OPENERS.has(ch))) sentenceStart = false;
    i += width;
  }
  return pool === undefined ? tokens : tokens.slice(0, count);
}
