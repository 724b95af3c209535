// A hand-written, linear tokenizer for the entity recogniser. Words keep internal apostrophes,
// hyphens and the periods of initials and known abbreviations ("U.S.", "J.", "Mr."); a possessive
// ’s / 's becomes its own token so that name spans can end before it.
import { ABBREVIATIONS } from './entities-words';

export const enum TokenKind {
  Word = 0,
  Punct = 1,
  Possessive = 2,
}

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Lower case without periods (the lexicon key of this one word). */
  key: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, none lower case. */
  upper: boolean;
  /** Contains a digit. */
  digit: boolean;
  /** Offset of the first hyphen in `text`, -1 without one. */
  hyphen: number;
  /** First token of its line (after a newline or at the start of the text). */
  lineStart: boolean;
  /** Starts a sentence: at a line start or after . ! ? (possibly through opening quotes or brackets). */
  sentenceStart: boolean;
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
  return LETTER.test(text[i]!);
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

const APOSTROPHE = (c: number): boolean => c === 39 || c === 0x2019;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', '«']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
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
      for (;;) {
        // A letter outside the BMP is a surrogate pair: step over both halves, never between them.
        while (j < n && isWordChar(text, j)) j += isSurrogatePair(text, j) ? 2 : 1;
        if (j >= n) break;
        const d = text.charCodeAt(j);
        if (APOSTROPHE(d) && j + 1 < n && isLetter(text, j + 1)) {
          const e = text.charCodeAt(j + 1);
          const possessive = (e === 115 || e === 83) && (j + 2 >= n || !isWordChar(text, j + 2));
          if (possessive) break;
          j++;
          continue;
        }
        if (d === 45 && j + 1 < n && isWordChar(text, j + 1)) {
          j++;
          segStart = j;
          continue;
        }
        if (d === 46) {
          if (j - segStart === 1 && isLetter(text, segStart)) {
            j++;
            if (j < n && isLetter(text, j) && j + 1 < n && text.charCodeAt(j + 1) === 46) {
              segStart = j;
              continue;
            }
            break;
          }
          if (segStart === start && j - segStart <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(segStart, j).toLowerCase())) j++;
        }
        break;
      }
      const word = text.slice(start, j);
      const c0 = word.charCodeAt(0);
      const capital = c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpperLetter(word[0]!);
      let upper = false;
      let digit = false;
      let letters = 0;
      let lower = 0;
      let hyphen = -1;
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
          if (!isUpperLetter(word[k]!)) lower++;
        }
      }
      upper = letters >= 2 && lower === 0;
      tokens.push({
        start,
        end: j,
        text: word,
        kind: TokenKind.Word,
        key: lowerKey(word, lower === letters && !digit),
        cap: capital,
        upper,
        digit,
        hyphen,
        lineStart,
        sentenceStart,
      });
      lineStart = false;
      sentenceStart = false;
      i = j;
      continue;
    }
    if (APOSTROPHE(c) && i + 1 < n && (text[i + 1] === 's' || text[i + 1] === 'S') && (i + 2 >= n || !isWordChar(text, i + 2))) {
      const prev = tokens[tokens.length - 1];
      if (prev && prev.end === i && prev.kind === TokenKind.Word) {
        tokens.push({ start: i, end: i + 2, text: text.slice(i, i + 2), kind: TokenKind.Possessive, key: "'s", cap: false, upper: false, digit: false, hyphen: -1, lineStart: false, sentenceStart: false });
        i += 2;
        continue;
      }
    }
    const width = isSurrogatePair(text, i) ? 2 : 1;
    const ch = text.slice(i, i + width);
    tokens.push({ start: i, end: i + width, text: ch, kind: TokenKind.Punct, key: ch, cap: false, upper: false, digit: false, hyphen: c === 45 ? 0 : -1, lineStart, sentenceStart });
    lineStart = false;
    const prev = tokens[tokens.length - 2];
    // "2. Norberto Tellez": a list number at a line start ends no sentence.
    const listNumber = ch === '.' && prev !== undefined && prev.lineStart && prev.digit && prev.kind === TokenKind.Word;
    if ((ch === '.' && !listNumber) || ch === '!' || ch === '?') sentenceStart = true;
    else if (!(sentenceStart && OPENERS.has(ch))) sentenceStart = false;
    i += width;
  }
  return tokens;
}
