// A single-pass tokenizer for the date scanner: words (with internal hyphens), numbers (with
// internal , . / : between digits), apostrophes, single punctuation marks and line breaks.

export const Kind = {
  Word: 0,
  /** Plain digits only ("2014", "18"). */
  Num: 1,
  /** ' ’ ‘ */
  Apos: 2,
  Punct: 3,
  /** A line break: no date phrase crosses it. */
  Break: 4,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Token.n of a token that is no number of up to six digits: a small integer, so tokens hold no boxed number. */
export const NO_NUMBER = 0x3fffffff;

const CAP = 8;
const SPACE_BEFORE = 16;
const HYPHEN = 32;

/** One token; its flags share one number and a number's value shares a field with a word's index, to keep tokens small. */
export class Token {
  // Declared only: assigned by set() from the constructor, without class-field definitions before it.
  declare start: number;
  declare end: number;
  /** Lower-cased text. */
  declare w: string;
  declare kind: Kind;
  /** The flags below. */
  private declare bits: number;
  /** The value of a Num token, the word index of a Word token. */
  private declare value: number;

  constructor(start: number, end: number, w: string, kind: Kind, bits: number, value: number) {
    this.set(start, end, w, kind, bits, value);
  }

  /** Makes this token another one (tokens are reused). */
  set(start: number, end: number, w: string, kind: Kind, bits: number, value: number): void {
    this.start = start;
    this.end = end;
    this.w = w;
    this.kind = kind;
    this.bits = bits;
    this.value = value;
  }

  /** First character is an upper-case letter. */
  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }

  /** Whitespace separates this token from the previous one. */
  get spaceBefore(): boolean {
    return (this.bits & SPACE_BEFORE) !== 0;
  }

  /** A word with a hyphen inside ("mid-1990s", "third-quarter"). */
  get hyphen(): boolean {
    return (this.bits & HYPHEN) !== 0;
  }

  /** Numeric value of a plain-digit token of up to six digits, else NO_NUMBER (above any value such a token has). */
  get n(): number {
    return this.kind === Kind.Num ? this.value : NO_NUMBER;
  }

  /** Index of `w` in the tokenizer's word table, or -1 for a word it does not hold (and any other token). */
  get id(): number {
    return this.kind === Kind.Word ? this.value : -1;
  }
}

/**
 * A fixed set of lower-case words, found by the hash the tokenizer computes while it scans, so that
 * a token spelling one of them takes the table's string rather than a new one (most tokens in news
 * text are a few hundred common words).
 */
export class WordTable {
  readonly words: string[] = [];
  /** Bits per word, as add() gave them (OR-ed when a word is added again). */
  flags: Uint16Array;
  private hashes: Int32Array;
  /** Word index + 1 per slot, 0 for an empty slot. */
  private slots: Int32Array;
  private mask: number;

  /** A table with room for `capacity` words before it grows (sized up front, it is built once at load without rehashing). */
  constructor(capacity = 16) {
    let size = 64;
    while (size < capacity * 4) size *= 2;
    this.flags = new Uint16Array(size);
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Adds each word of `lists` with the bits `flag`; each word is hashed once and stored once. */
  add(flag: number, ...lists: Iterable<string>[]): this {
    for (const words of lists) for (const w of words) {
      const h = wordHash(w);
      const mask = this.mask;
      let s = mix(h) & mask;
      let k: number;
      while ((k = this.slots[s]) !== 0 && (this.hashes[s] !== h || this.words[k - 1] !== w)) s = (s + 1) & mask;
      if (k === 0) {
        k = this.words.push(w);
        this.slots[s] = k;
        this.hashes[s] = h;
        // At most a quarter of the slots in use keeps probes short.
        if (k * 4 > mask) this.grow();
      }
      this.flags[k - 1] |= flag;
    }
    return this;
  }

  private grow(): void {
    const { hashes, slots } = this;
    const mask = this.mask * 2 + 1;
    this.hashes = new Int32Array(mask + 1);
    this.slots = new Int32Array(mask + 1);
    this.mask = mask;
    for (let t = 0; t < slots.length; t++) {
      if (slots[t] === 0) continue;
      let s = mix(hashes[t]) & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = slots[t];
      this.hashes[s] = hashes[t];
    }
    const flags = new Uint16Array(this.flags.length * 2);
    flags.set(this.flags);
    this.flags = flags;
  }
  /** The index of the word that text[start, end) spells (case aside), given its wordHash(), or -1. */
  find(text: string, start: number, end: number, h: number): number {
    const mask = this.mask;
    for (let s = mix(h) & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k === 0) return -1;
      if (this.hashes[s] !== h) continue;
      const w = this.words[k - 1];
      if (w.length !== end - start) continue;
      let i = 0;
      for (; i < w.length; i++) {
        const c = text.charCodeAt(start + i);
        const d = w.charCodeAt(i);
        // The Kelvin sign's lower case is "k" too.
        if (c !== d && !(c >= 65 && c <= 90 && c + 32 === d) && !(c === 0x212a && d === 0x6b)) break;
      }
      if (i === w.length) return k - 1;
    }
  }
}

function mix(h: number): number {
  return h ^ (h >>> 13) ^ (h >>> 21);
}

/**
 * Membership of word hashes (as wordHash() computes them) in a fixed set, each with a small
 * non-zero tag; an open-addressing table, much cheaper per lookup than a Set of numbers.
 */
export class HashTags {
  private readonly hashes: Int32Array;
  private readonly tags: Uint8Array;
  private readonly mask: number;

  /** A set for up to `capacity` words, with four slots per word. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.tags = new Uint8Array(size);
  }

  /** Tags each word of `lists` with `tag`. */
  add(tag: number, ...lists: Iterable<string>[]): this {
    for (const words of lists) for (const w of words) {
      const h = wordHash(w);
      let s = mix(h) & this.mask;
      while (this.tags[s] !== 0 && this.hashes[s] !== h) s = (s + 1) & this.mask;
      this.tags[s] |= tag;
      this.hashes[s] = h;
    }
    return this;
  }

  /** The tags of hash `h`, 0 when it is not in the set. */
  get(h: number): number {
    const mask = this.mask;
    for (let s = mix(h) & mask; ; s = (s + 1) & mask) {
      const tag = this.tags[s];
      if (tag === 0 || this.hashes[s] === h) return tag;
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12 || c === 11;
}

/**
 * Tokens of `text` between `from` and `to` (offsets stay those of the whole text). A word that
 * `table` holds takes the table's string and index. The tokens are written into `out` (which
 * then has their number as its length), and may be `pool` itself.
 */
export function tokenize(text: string, from = 0, to = text.length, pool?: Token[], table?: WordTable, out: Token[] = []): Token[] {
  const tokens = out;
  let count = 0;
  const n = to;
  // Reuses the token objects of `pool` (one per call site, never shared between live scans) to spare the collector.
  const push = (start: number, end: number, w: string, kind: Kind, cap: boolean, num: number, space: boolean, id: number, hyphen: boolean): void => {
    const k = count++;
    let tok = pool?.[k];
    const bits = (cap ? CAP : 0) | (space ? SPACE_BEFORE : 0) | (hyphen ? HYPHEN : 0);
    const value = kind === Kind.Num ? num : id;
    if (tok) tok.set(start, end, w, kind, bits, value);
    else {
      tok = new Token(start, end, w, kind, bits, value);
      if (pool !== undefined && pool !== tokens) pool.push(tok);
    }
    // In order, so the array stays packed.
    if (k < tokens.length) tokens[k] = tok;
    else tokens.push(tok);
  };
  let i = from;
  let spaceBefore = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13) {
        if (count === 0 || tokens[count - 1].kind !== Kind.Break) {
          push(i, i + 1, '\n', Kind.Break, false, NO_NUMBER, true, -1, false);
        }
      }
      spaceBefore = true;
      i++;
      continue;
    }
    if (isAlnum(c)) {
      let j = i + 1;
      let allDigits = isDigit(c);
      const capital = c >= 65 && c <= 90;
      // An upper-case letter after the first; a letter outside ASCII after the first.
      let upper = false;
      let wide = false;
      let value = allDigits ? c - 48 : 0;
      let h = c | 32;
      let hyphen = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isAlnum(d)) {
          if (d >= 48 && d <= 57) value = value * 10 + d - 48;
          else {
            allDigits = false;
            if (d <= 90) upper = true;
            else if (d >= 128) {
              wide = true;
              if (d >= 0xc0 && d <= 0xde) upper = true;
            }
          }
          h = (Math.imul(h, 31) + (d | 32)) | 0;
          j++;
        } else if (j + 1 < n && d === 45 /* - */ && isAlnum(text.charCodeAt(j + 1))) {
          allDigits = false;
          hyphen = true;
          h = (Math.imul(h, 31) + 45) | 0;
          j++;
        } else if (
          j + 1 < n &&
          (d === 44 || d === 46 || d === 47 || d === 58) /* , . / : */ &&
          isDigit(text.charCodeAt(j - 1)) &&
          isDigit(text.charCodeAt(j + 1))
        ) {
          allDigits = false;
          h = (Math.imul(h, 31) + (d | 32)) | 0;
          j++;
        } else break;
      }
      const id = table === undefined ? -1 : table.find(text, i, j, h);
      let w: string;
      if (id >= 0) w = table!.words[id];
      else {
        // "Tuesdays": only its capital to lower (lower-casing a word of a two-byte text is slow); short
        // words only, which are copied rather than sliced, so that no token keeps all of the text alive.
        if (capital && !upper && !wide && j - i < 13) w = String.fromCharCode(c | 32) + text.slice(i + 1, j);
        else w = capital || upper ? text.slice(i, j).toLowerCase() : text.slice(i, j);
      }
      push(i, j, w, allDigits ? Kind.Num : Kind.Word, capital, allDigits && j - i <= 6 ? value : NO_NUMBER, spaceBefore, id, hyphen);
      spaceBefore = false;
      i = j;
      continue;
    }
    const kind: Kind = c === 39 || c === 0x2019 || c === 0x2018 ? Kind.Apos : Kind.Punct;
    push(i, i + 1, text[i], kind, false, NO_NUMBER, spaceBefore, -1, false);
    spaceBefore = false;
    i++;
  }
  tokens.length = count;
  return tokens;
}

/** The most frequent words of English news text, which word tables hold besides their own words. */
export const COMMON_WORDS: readonly string[] = `
  of and to in a is that for on was with he it as at by from his be said are has have had not but an they this
  were which will their who been its more would she her or after also about than there when over up out new
  into we first two one last year years before during until since while under against through between
  president government people state states officials company percent million billion told says week month s t
  i you our us them him all some no other what can could should may might must do did does so if then now only
  just even still most many much very time day end because such where how any both each few own same those
  these here well back down off again further once why old eve night season monday tuesday wednesday thursday
  friday saturday sunday according put the mr ms mrs dr
`
  .split(/\s+/)
  .filter((w) => w !== '');

/** Case-insensitive hash of a letter sequence, as `candidateHeads` computes it while scanning. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

/** Tags of `candidateHeads`' table: a head in any case, or only when capitalised. */
export const HEAD_ANY = 1;
export const HEAD_CAPITALISED = 2;

/**
 * Start offsets of words that may head a date phrase, found in one allocation-free pass:
 * letter runs whose hash `heads` tags HEAD_ANY, or HEAD_CAPITALISED when capitalised (each part of a hyphenated word counts), 4-digit numbers,
 * numbers glued to letters ("1990s", "31st", "Q3") or slashes ("1/18/2022"), and digits after an apostrophe ("'90s").
 */
export function candidateHeads(text: string, heads: HashTags): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      const start = i;
      let h = 0;
      let d = c;
      do {
        h = (Math.imul(h, 31) + (d | 32)) | 0;
        i++;
        d = i < n ? text.charCodeAt(i) : 0;
      } while (isAsciiLetter(d));
      // no head word is longer than 12 letters
      if (i - start <= 12) {
        const tag = heads.get(h);
        if ((tag & HEAD_ANY) !== 0 || ((tag & HEAD_CAPITALISED) !== 0 && c <= 90)) out.push(start);
      }
      continue;
    }
    if (c >= 48 && c <= 57) {
      const start = i;
      let digits = 0;
      let other = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) digits++;
        else if ((d === 47 || d === 45) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) other = true;
        else break;
        i++;
      }
      const after = i < n ? text.charCodeAt(i) : 0;
      const before = start > 0 ? text.charCodeAt(start - 1) : 0;
      if ((digits === 4 && !other) || other || isAsciiLetter(after) || apostrophe(before) || (digits === 2 && apostrophe(after))) out.push(start);
      else if (digits === 1 && (before === 81 || before === 72) && start > 1 && !isAsciiLetter(text.charCodeAt(start - 2))) out.push(start - 1); // Q3, H1
      continue;
    }
    i++;
  }
  return out;
}

function apostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26;
}
