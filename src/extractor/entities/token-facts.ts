// What the candidate pass asks about single tokens: lexicon answers remembered per token key
// (first name, everyday word, demonym, place, organization, surname), name words and initials.
import type { Candidate } from './candidate';
import { ARTICLE_PREFIXES } from './cues';
import { Token, TokenKind } from './tokens';
import { EXTRA_DEMONYMS, NEVER_NAME } from './words';
import { AMBIGUOUS_FIRST_NAMES, DEMONYMS, isCommonWord, isFirstName, LAST_NAMES, ORGANIZATIONS, placeKind, type PlaceKind } from '../lexicon/index';

/** "new jersey" → "New Jersey", "district of columbia" → "District of Columbia". */
export function titleCased(name: string): string {
  return name.replace(/\b[a-z]/g, (ch, at: number) => (at > 0 && name.startsWith('of', at) ? ch : ch.toUpperCase()));
}

/** A nationality or group word ("Russian", "Russians", "Cypriot"). */
export function isDemonym(key: string): boolean {
  if (DEMONYMS.has(key) || EXTRA_DEMONYMS.has(key)) return true;
  return key.endsWith('s') && (DEMONYMS.has(key.slice(0, -1)) || EXTRA_DEMONYMS.has(key.slice(0, -1)));
}

// Lexicon answers about a token's key are asked again and again: each is kept in the token's
// `lexicon` bits (shared by the tokens of one key, see Token.learn), one bit saying it was asked and
// the next one (two for places) holding the answer.
const ASKED_FIRST_NAME = 1;
const ASKED_COMMON = 4;
const ASKED_DEMONYM = 16;
const ASKED_PLACE = 64;
const PLACE_SHIFT = 7;
const ASKED_ORGANIZATION = 512;
const ASKED_LAST_NAME = 2048;
const ASKED_AMBIGUOUS = 8192;
const PLACE_KINDS: readonly (PlaceKind | undefined)[] = [undefined, 'country', 'region', 'city'];

/** `ask`'s answer about the token's key, asked once per key. */
function remembered(t: Token, asked: number, ask: (key: string) => boolean): boolean {
  let bits = t.lexicon;
  if ((bits & asked) === 0) t.learn((bits |= asked | (ask(t.key) ? asked << 1 : 0)));
  return (bits & (asked << 1)) !== 0;
}

export const firstNameOf = (t: Token): boolean => remembered(t, ASKED_FIRST_NAME, isFirstName);
export const commonWordOf = (t: Token): boolean => remembered(t, ASKED_COMMON, isCommonWord);
export const demonymOf = (t: Token): boolean => remembered(t, ASKED_DEMONYM, isDemonym);
export const organizationOf = (t: Token): boolean => remembered(t, ASKED_ORGANIZATION, (key) => ORGANIZATIONS.has(key));
export const lastNameOf = (t: Token): boolean => remembered(t, ASKED_LAST_NAME, (key) => LAST_NAMES.has(key));
/** A first name that is also an everyday word or a place ("Will", "Georgia"). */
export const ambiguousFirstNameOf = (t: Token): boolean => remembered(t, ASKED_AMBIGUOUS, (key) => AMBIGUOUS_FIRST_NAMES.has(key));

export function placeKindOf(t: Token): PlaceKind | undefined {
  const bits = t.lexicon;
  if ((bits & ASKED_PLACE) !== 0) return PLACE_KINDS[(bits >>> PLACE_SHIFT) & 3];
  const answer = placeKind(t.key);
  t.learn(bits | ASKED_PLACE | (PLACE_KINDS.indexOf(answer) << PLACE_SHIFT));
  return answer;
}

/** Whether a word token can be part of a capitalised name. */
export function isNameWord(t: Token): boolean {
  if (t.kind !== TokenKind.Word || t.digit) return false;
  const hyphen = t.hyphen;
  if (!t.cap) {
    // "al-Saadani": an article prefix before a capitalised name.
    return hyphen > 0 && hyphen + 1 < t.text.length && ARTICLE_PREFIXES.has(t.key.slice(0, hyphen)) && isUpperChar(t.text[hyphen + 1]);
  }
  // "Russian-backed", "U.S.-led": a capitalised word with a lower-case tail is an adjective, but
  // a short syllable that is no English word is part of a name ("Dae-sik", "Hyun-bin").
  if (hyphen > 0 && hyphen + 1 < t.text.length) {
    const next = t.text[hyphen + 1];
    if (next === next.toLowerCase() && next !== next.toUpperCase()) {
      const tail = t.key.slice(hyphen + 1);
      return tail.length <= 4 && tail.indexOf('-') < 0 && !isCommonWord(tail) && !TAIL_WORDS.has(tail);
    }
  }
  return true;
}

const TAIL_WORDS = new Set(['led', 'run', 'born', 'era', 'like', 'wide', 'made', 'owned', 'held', 'bred', 'style', 'type', 'area', 'size', 'only', 'less', 'free', 'bound', 'day', 'year', 'based', 'linked', 'backed']);
function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** "J." or a run of initials ("C.J.B."). */
export function isInitial(t: Token): boolean {
  if (!t.cap || t.text.length < 2 || t.text[1] !== '.') return false;
  if (t.text.length === 2) return true;
  return /^(?:[A-Z]\.){2,4}$/.test(t.text);
}

export function withPlace(c: Candidate, kind: PlaceKind, canonical: string | undefined): Candidate {
  c.placeKind = kind;
  c.canonical = canonical;
  return c;
}

/** A name word follows token i on its line. */
export function nameAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && isNameWord(next) && !NEVER_NAME.has(next.key) && !next.lineStart;
}
