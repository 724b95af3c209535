// Unpacks the generated, front-coded lexicons into Sets once, when the module loads.
import * as data from './data.generated';

/** Inverse of the packing in scripts/build-lexicons.mjs. */
export function unpack(packed: string): string[] {
  const out: string[] = [];
  if (!packed) return out;
  let prev = '';
  for (const entry of packed.split('|')) {
    const shared = parseInt(entry[0]!, 36);
    prev = prev.slice(0, shared) + entry.slice(1);
    out.push(prev);
  }
  return out;
}

const set = (packed: string): ReadonlySet<string> => new Set(unpack(packed));

export const COUNTRIES = set(data.COUNTRIES);
export const REGIONS = set(data.REGIONS);
export const CITIES = set(data.CITIES);
export const FEMALE_NAMES = set(data.FEMALE_NAMES);
export const MALE_NAMES = set(data.MALE_NAMES);
export const UNISEX_NAMES = set(data.UNISEX_NAMES);
export const AMBIGUOUS_FIRST_NAMES = set(data.AMBIGUOUS_FIRST_NAMES);
export const LAST_NAMES = set(data.LAST_NAMES);
export const ORGANIZATIONS = set(data.ORGANIZATIONS);
export const DEMONYMS = set(data.DEMONYMS);
const COMMON_WORDS = set(data.COMMON_WORDS);

/** An everyday English word, or a regular inflection of one ("materials", "scoring"). */
export function isCommonWord(key: string): boolean {
  if (COMMON_WORDS.has(key)) return true;
  const n = key.length;
  if (n < 5) return false;
  if (key.endsWith('ies') && COMMON_WORDS.has(key.slice(0, -3) + 'y')) return true;
  if (key.endsWith('s') && (COMMON_WORDS.has(key.slice(0, -1)) || (key.endsWith('es') && COMMON_WORDS.has(key.slice(0, -2))))) return true;
  if (key.endsWith('ed') && (COMMON_WORDS.has(key.slice(0, -2)) || COMMON_WORDS.has(key.slice(0, -1)))) return true;
  if (key.endsWith('ing') && (COMMON_WORDS.has(key.slice(0, -3)) || COMMON_WORDS.has(key.slice(0, -3) + 'e'))) return true;
  if (key.endsWith('ly') && COMMON_WORDS.has(key.slice(0, -2))) return true;
  return false;
}

/** Country variant key → canonical English name ("us" → "United States"). */
export const COUNTRY_CANON: ReadonlyMap<string, string> = new Map(
  unpack(data.COUNTRY_CANON).map((entry) => {
    const eq = entry.indexOf('=');
    return [entry.slice(0, eq), entry.slice(eq + 1)] as [string, string];
  }),
);

/** Lookup key used by every lexicon: lower case, accents and periods removed, single spaces. */
export function lexKey(s: string): string {
  let k = s.toLowerCase();
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return k.replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

export type PlaceKind = 'country' | 'region' | 'city';

/** One map for every place, so that a lookup costs one hash probe (countries win over cities). */
const PLACE_KINDS: ReadonlyMap<string, PlaceKind> = new Map<string, PlaceKind>([
  ...[...CITIES].map((k) => [k, 'city'] as [string, PlaceKind]),
  ...[...REGIONS].map((k) => [k, 'region'] as [string, PlaceKind]),
  ...[...COUNTRIES].map((k) => [k, 'country'] as [string, PlaceKind]),
]);

export function placeKind(key: string): PlaceKind | undefined {
  return PLACE_KINDS.get(key);
}

/** First name → 'female', 'male' or '' (either). */
const FIRST_NAMES: ReadonlyMap<string, 'female' | 'male' | ''> = new Map<string, 'female' | 'male' | ''>([
  ...[...UNISEX_NAMES].map((k) => [k, ''] as [string, '']),
  ...[...MALE_NAMES].map((k) => [k, 'male'] as [string, 'male']),
  ...[...FEMALE_NAMES].map((k) => [k, 'female'] as [string, 'female']),
]);

export function isFirstName(key: string): boolean {
  return FIRST_NAMES.has(key);
}

export function genderOfFirstName(key: string): 'female' | 'male' | undefined {
  return FIRST_NAMES.get(key) || undefined;
}
