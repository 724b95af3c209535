// The people of a text as the grouping pass finds them: person records by surname, first name and
// full name, the lookup of a single name among them, and the name forms an entity is shown by.
import type { Candidate } from './candidate';
import { isCommonWord, isFirstName, lexKey, placeKind } from '../lexicon/index';

export interface PersonRecord {
  first: string;
  surname: string;
  words: string[];
  titleForms: Set<string> | undefined;
  role?: string;
  gender?: 'female' | 'male';
  lastAt: number;
  /** Index into the entity list once the person has one. */
  entity: number;
}

export const SPEECH_PERSON = false;
export const NONE: readonly never[] = [];
export const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'lp', 'ag', 'sa', 'nv', 'gmbh', 'group', 'holdings', 'corporation', 'company', 'cos', 'bhd', 'spa', 'cie', 'industries', 'international', 'partners', 'associates', 'brothers', 'bros', 'enterprises', 'and', 'communications', 'securities', 'capital', 'financial', 'systems', 'technologies']);
export const SUFFIX_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export const placeGroup = (c: Candidate): string => (c.canonical ? lexKey(c.canonical) : c.key);

export const longer = (f: string, best: string): boolean => f.length > best.length;
/** Whether a character is one that the regular expression \s matches. */
function isRegExpSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.split(/\s+/).length`, without making the parts. */
export function splitCount(s: string): number {
  let count = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isRegExpSpace(s.charCodeAt(i))) continue;
    count++;
    while (i + 1 < s.length && isRegExpSpace(s.charCodeAt(i + 1))) i++;
  }
  return count;
}

export const moreWords = (f: string, best: string): boolean => {
  const n = splitCount(f);
  const m = splitCount(best);
  return n > m || (n === m && f.length > best.length);
};

/** Prefers a form as written in running text over an ALL-CAPS headline or dateline form. */
export function preferredForm(forms: string[], better: (a: string, b: string) => boolean): string {
  let best = forms[0] ?? '';
  let bestUpper = best === best.toUpperCase();
  for (const f of forms) {
    const upper = f === f.toUpperCase();
    if (upper !== bestUpper ? bestUpper : better(f, best)) {
      best = f;
      bestUpper = upper;
    }
  }
  return best;
}

/** The name words joined by spaces ("antony blinken"). */
export function nameOf(c: Candidate): string {
  return c.name ?? (c.name = c.words.join(' '));
}

/** The text of the span. */
export function surfaceOf(text: string, c: Candidate): string {
  return c.surface ?? (c.surface = text.slice(c.start, c.end));
}

export function surnameOf(words: string[]): string {
  for (let k = words.length - 1; k >= 0; k--) if (!SUFFIX_WORDS.has(words[k])) return words[k];
  return words[words.length - 1] ?? '';
}

/** The people of a text found so far, by surname, first name and full name. */
export interface People {
  list: PersonRecord[];
  bySurname: Map<string, PersonRecord[]>;
  byFirst: Map<string, PersonRecord[]>;
  byFull: Map<string, PersonRecord>;
}

export const personOf = (c: Candidate): PersonRecord | undefined => c.person as PersonRecord | undefined;

export function findPerson(people: People, word: string, at: number, bySurnameOnly: boolean): PersonRecord | undefined {
  let best: PersonRecord | undefined;
  let bestScore = -Infinity;
  const bySurname = people.bySurname.get(word) ?? NONE;
  const byFirst = bySurnameOnly || !isFirstName(word) ? NONE : (people.byFirst.get(word) ?? NONE);
  for (let k = 0; k < bySurname.length + byFirst.length; k++) {
    const p = k < bySurname.length ? bySurname[k] : byFirst[k - bySurname.length];
    let score: number;
    if (p.surname === word) score = 2;
    else if (p.words.length >= 2) score = 1;
    else continue;
    // Prefer the most recent one before this mention.
    score += p.lastAt <= at ? 1 + p.lastAt / (at + 1) : 0;
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/**
 * A two-word person that `word` opens, when `word` is no given name of the lexicon ("Tao Jianhong" …
 * "Tao", "Qadri Haddad" … "Qadri"): wire copy writes many Chinese, Korean, Arabic and South
 * Asian names with the family name first, or calls a person by a given name the lexicon lacks.
 */
export function findByOpeningName(people: People, word: string): PersonRecord | undefined {
  if (isFirstName(word) || isCommonWord(word) || placeKind(word)) return undefined;
  let found: PersonRecord | undefined;
  for (const p of people.byFirst.get(word) ?? NONE) {
    if (p.words.length !== 2) continue;
    if (found && found !== p) return undefined;
    found = p;
  }
  return found;
}

export function addPersonMention(text: string, p: PersonRecord, c: Candidate): void {
  c.person = p;
  if (c.title) (p.titleForms ??= new Set()).add(`${c.title} ${surfaceOf(text, c)}`);
  if (!p.role && c.role) p.role = c.role;
  if (!p.gender && c.gender) p.gender = c.gender;
  if (c.start > p.lastAt) p.lastAt = c.start;
}

export function addTo(map: Map<string, PersonRecord[]>, k: string, p: PersonRecord): void {
  const list = map.get(k);
  if (list) list.push(p);
  else map.set(k, [p]);
}

export function newPerson(people: People, c: Candidate): PersonRecord {
  const words = c.words.length ? c.words : [c.key];
  const p: PersonRecord = { first: words[0], surname: surnameOf(words), words, titleForms: undefined, lastAt: c.start, entity: -1 };
  people.list.push(p);
  addTo(people.bySurname, p.surname, p);
  if (p.first !== p.surname) addTo(people.byFirst, p.first, p);
  people.byFull.set(words.join(' '), p);
  return p;
}

export function countIn(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
