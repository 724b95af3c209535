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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaceBefore = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13) {
        const last = tokens[tokens.length - 1];
        if (!last || last.kind !== Kind.Break) {
          tokens.push({ start: i, end: i + 1, w: '\n', kind: Kind.Break, cap: false, n: NaN, spaceBefore: true });
        }
      }
      spaceBefore = true;
      i++;
      continue;
    }
    if (isAlnum(c)) {
      let j = i + 1;
      let allDigits = isDigit(c);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isAlnum(d)) {
          if (!isDigit(d)) allDigits = false;
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
      tokens.push({
        start: i,
        end: j,
        w: raw.toLowerCase(),
        kind: allDigits ? Kind.Num : Kind.Word,
        cap: c >= 65 && c <= 90,
        n: allDigits && j - i <= 6 ? Number(raw) : NaN,
        spaceBefore,
      });
      spaceBefore = false;
      i = j;
      continue;
    }
    const kind: Kind = c === 39 || c === 0x2019 || c === 0x2018 ? Kind.Apos : Kind.Punct;
    tokens.push({ start: i, end: i + 1, w: text[i], kind, cap: false, n: NaN, spaceBefore });
    spaceBefore = false;
    i++;
  }
  return tokens;
}
