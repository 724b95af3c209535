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

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text. */
  w: string;
  kind: Kind;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Numeric value of a plain-digit token, else NaN. */
  n: number;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
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

/** Tokens of `text` between `from` and `to` (offsets stay those of the whole text). */
export function tokenize(text: string, from = 0, to = text.length, pool?: Token[]): Token[] {
  const tokens: Token[] = [];
  const n = to;
  // Reuses the token objects of `pool` (one per call site, never shared between live scans) to spare the collector.
  const push = (start: number, end: number, w: string, kind: Kind, cap: boolean, num: number, space: boolean): void => {
    const k = tokens.length;
    let tok = pool?.[k];
    if (tok) {
      tok.start = start;
      tok.end = end;
      tok.w = w;
      tok.kind = kind;
      tok.cap = cap;
      tok.n = num;
      tok.spaceBefore = space;
    } else {
      tok = { start, end, w, kind, cap, n: num, spaceBefore: space };
      if (pool) pool.push(tok);
    }
    tokens.push(tok);
  };
  let i = from;
  let spaceBefore = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13) {
        const last = tokens[tokens.length - 1];
        if (!last || last.kind !== Kind.Break) {
          push(i, i + 1, '\n', Kind.Break, false, NaN, true);
        }
      }
      spaceBefore = true;
      i++;
      continue;
    }
    if (isAlnum(c)) {
      let j = i + 1;
      let allDigits = isDigit(c);
      let upper = c >= 65 && c <= 90;
      let value = allDigits ? c - 48 : 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isAlnum(d)) {
          if (d >= 48 && d <= 57) value = value * 10 + d - 48;
          else {
            allDigits = false;
            if (d <= 90 || (d >= 0xc0 && d <= 0xde)) upper = true;
          }
          j++;
        } else if (j + 1 < n && d === 45 /* - */ && isAlnum(text.charCodeAt(j + 1))) {
          allDigits = false;
          j++;
        } else if (
          j + 1 < n &&
          (d === 44 || d === 46 || d === 47 || d === 58) /* , . / : */ &&
          isDigit(text.charCodeAt(j - 1)) &&
          isDigit(text.charCodeAt(j + 1))
        ) {
          allDigits = false;
          j++;
        } else break;
      }
      const raw = text.slice(i, j);
      push(i, j, upper ? raw.toLowerCase() : raw, allDigits ? Kind.Num : Kind.Word, c >= 65 && c <= 90, allDigits && j - i <= 6 ? value : NaN, spaceBefore);
      spaceBefore = false;
      i = j;
      continue;
    }
    const kind: Kind = c === 39 || c === 0x2019 || c === 0x2018 ? Kind.Apos : Kind.Punct;
    push(i, i + 1, text[i], kind, false, NaN, spaceBefore);
    spaceBefore = false;
    i++;
  }
  return tokens;
}

/** Case-insensitive hash of a letter sequence, as `candidateHeads` computes it while scanning. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

/**
 * Start offsets of words that may head a date phrase, found in one allocation-free pass:
 * letter runs whose hash is in `heads`, or in `capitalHeads` when capitalised (each part of a hyphenated word counts), 4-digit numbers,
 * numbers glued to letters ("1990s", "31st", "Q3") or slashes ("1/18/2022"), and digits after an apostrophe ("'90s").
 */
export function candidateHeads(text: string, heads: ReadonlySet<number>, capitalHeads: ReadonlySet<number>): number[] {
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
      if (i - start <= 12 && (heads.has(h) || (c <= 90 && capitalHeads.has(h)))) out.push(start);
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
