// Splitting person mentions into title, first name and surname, shared by the name rules.
import type { Mention } from '../extractor/types';

/** Honorifics and titles that precede a name; they are neither first names nor surnames. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'father', 'sister', 'brother',
  'president', 'vice', 'prime', 'minister', 'secretary', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'mayor', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'lt', 'capt', 'captain', 'sgt', 'adm', 'admiral',
  'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'ambassador', 'chairman', 'chairwoman', 'coach', 'officer',
  'detective', 'chief', 'deputy', 'commissioner', 'premier', 'sheikh', 'rabbi', 'imam', 'bishop', 'cardinal', 'pastor',
]);
/** Honorifics a first reference drops with the full name ("Ms. Okafor" → "Adaeze Okafor"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'messrs', 'mme', 'mlle']);
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export interface NameParts {
  /** Title words at the start of the mention ("President", "Mr."), as written. */
  title: string;
  /** Given names between title and surname, as written ("Antony J."). */
  given: string;
  surname: string;
  /** Offset of the surname in the text. */
  surnameStart: number;
}

const TOKEN = /[^\s]+/g;

/** Both name rules split the same mentions: each mention is split once. */
const cache = new WeakMap<Mention, NameParts | null>();

export function nameParts(mention: Mention): NameParts | undefined {
  let parts = cache.get(mention);
  if (parts === undefined) cache.set(mention, (parts = splitName(mention) ?? null));
  return parts ?? undefined;
}

function splitName(mention: Mention): NameParts | undefined {
  const tokens = [...mention.text.matchAll(TOKEN)].map((m) => ({ word: m[0], at: m.index }));
  // Drop a possessive and trailing punctuation from the last token; drop suffixes.
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1].word.replace(/[.,]/g, '').toLowerCase())) tokens.pop();
  let titleEnd = 0;
  while (titleEnd < tokens.length - 1 && TITLES.has(tokens[titleEnd].word.replace(/\.$/, '').toLowerCase())) titleEnd++;
  const last = tokens[tokens.length - 1];
  if (!last) return undefined;
  const surname = last.word.replace(/(?:['’]s|['’])$/, '').replace(/[.,;:]+$/, '');
  if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(surname)) return undefined;
  return {
    title: tokens.slice(0, titleEnd).map((t) => t.word).join(' '),
    given: tokens.slice(titleEnd, tokens.length - 1).map((t) => t.word).join(' '),
    surname,
    surnameStart: mention.start + last.at,
  };
}

/** Lower case without diacritics: "Peña" → "pena". */
export function fold(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
