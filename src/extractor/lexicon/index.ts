// Lookups over the generated, front-coded lexicons. Nothing is unpacked when the module loads: a
// lookup searches the packed list in place, among the few entries that share the key's first two
// characters, and remembers its answer. Only a lexicon asked about many distinct keys (a long text)
// is unpacked into a Map, so starting the extractor and analysing one article builds no large tables.
import * as data from './data.generated';
import { PackedList, unpack } from './packed';

export { unpack };

/** Each capital's pair with the pairs it holds spelled out too, made on first use. */
let spelled: string[] | undefined;

/** A generated list (or part of one) with its pairs spelled out again (see scripts/build-lexicons.mjs). */
export function expand(shortened: string): string {
  if (spelled === undefined) {
    const pairs: string[] = (spelled = []);
    for (let i = 0; i < data.PAIRS.length; i += 2) pairs.push(data.PAIRS.substr(i, 2).replace(CAPITAL, (c) => pairs[c.charCodeAt(0) - 65]));
  }
  return shortened.replace(CAPITAL, (c) => spelled![c.charCodeAt(0) - 65]);
}
const CAPITAL = /[A-Z]/g;

/**
 * Packed lists looked up as one map in which a later list's value wins. Until a lexicon has answered
 * for enough distinct keys to be worth it, lookups search the packed lists and remember their answers;
 * after that it is unpacked into one Map.
 */
class PackedLexicon<V> {
  private readonly lists: PackedList[];
  private answers: Map<string, V | null> | undefined = new Map();
  private readonly maxAnswers: number;
  private unpacked: Map<string, V> | undefined;

  constructor(
    lists: readonly string[],
    private readonly values: readonly V[],
  ) {
    this.lists = lists.map((packed) => new PackedList(packed, expand));
    // Measured on the lists as spelled out, about 1.2 times as long as they are stored.
    this.maxAnswers = 256 + ((lists.reduce((length, packed) => length + packed.length, 0) * 1.2) >> 4);
  }

  get(key: string): V | undefined {
    const unpacked = this.unpacked;
    if (unpacked !== undefined) return unpacked.get(key);
    const answers = this.answers!;
    let value = answers.get(key);
    if (value === undefined) {
      if (answers.size >= this.maxAnswers) return this.unpack().get(key);
      value = null;
      for (let i = this.lists.length - 1; i >= 0; i--) {
        if (this.lists[i].has(key)) {
          value = this.values[i]!;
          break;
        }
      }
      // Remembered under a copy: a key sliced from a long text could keep all of that text alive.
      answers.set((' ' + key).slice(1), value);
    }
    return value === null ? undefined : value;
  }

  private unpack(): Map<string, V> {
    const map = new Map<string, V>();
    this.lists.forEach((list, i) => {
      for (const entry of unpack(expand(list.packed))) map.set(entry, this.values[i]);
    });
    this.answers = undefined;
    return (this.unpacked = map);
  }
}

/** What is asked of a word list: membership, and (for tests and tools) all its entries. */
export interface WordList extends Iterable<string> {
  has(key: string): boolean;
  readonly size: number;
  forEach(callback: (value: string, key: string, list: WordList) => void): void;
}

/** A read-only set over one packed list: lookups search it in place, iteration unpacks it. */
class PackedSet implements WordList {
  private readonly lexicon: PackedLexicon<true>;
  private all: Set<string> | undefined;

  constructor(private readonly packed: string) {
    this.lexicon = new PackedLexicon([packed], [true]);
  }

  has(key: string): boolean {
    return this.lexicon.get(key) === true;
  }

  private get set(): Set<string> {
    return (this.all ??= new Set(unpack(expand(this.packed))));
  }

  get size(): number {
    return this.set.size;
  }

  forEach(callback: (value: string, key: string, list: WordList) => void): void {
    for (const entry of this.set) callback(entry, entry, this);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.set[Symbol.iterator]();
  }
}

export const COUNTRIES: WordList = /* @__PURE__ */ new PackedSet(data.COUNTRIES);
export const REGIONS: WordList = /* @__PURE__ */ new PackedSet(data.REGIONS);
export const CITIES: WordList = /* @__PURE__ */ new PackedSet(data.CITIES);
export const FEMALE_NAMES: WordList = /* @__PURE__ */ new PackedSet(data.FEMALE_NAMES);
export const MALE_NAMES: WordList = /* @__PURE__ */ new PackedSet(data.MALE_NAMES);
export const UNISEX_NAMES: WordList = /* @__PURE__ */ new PackedSet(data.UNISEX_NAMES);
export const AMBIGUOUS_FIRST_NAMES: WordList = /* @__PURE__ */ new PackedSet(data.AMBIGUOUS_FIRST_NAMES);
export const LAST_NAMES: WordList = /* @__PURE__ */ new PackedSet(data.LAST_NAMES);
export const ORGANIZATIONS: WordList = /* @__PURE__ */ new PackedSet(data.ORGANIZATIONS);
export const DEMONYMS: WordList = /* @__PURE__ */ new PackedSet(data.DEMONYMS);
const COMMON_WORDS = /* @__PURE__ */ new PackedLexicon([data.COMMON_WORDS], [true]);
const isCommon = (key: string): boolean => COMMON_WORDS.get(key) === true;

/** An everyday English word, or a regular inflection of one ("materials", "scoring"). */
export function isCommonWord(key: string): boolean {
  if (isCommon(key)) return true;
  const n = key.length;
  if (n < 5) return false;
  if (key.endsWith('ies') && isCommon(key.slice(0, -3) + 'y')) return true;
  if (key.endsWith('s') && (isCommon(key.slice(0, -1)) || (key.endsWith('es') && isCommon(key.slice(0, -2))))) return true;
  if (key.endsWith('ed') && (isCommon(key.slice(0, -2)) || isCommon(key.slice(0, -1)))) return true;
  if (key.endsWith('ing') && (isCommon(key.slice(0, -3)) || isCommon(key.slice(0, -3) + 'e'))) return true;
  if (key.endsWith('ly') && isCommon(key.slice(0, -2))) return true;
  return false;
}

/** A read-only map over the packed "key=value" list of country variants, unpacked on first use. */
class PackedCanonMap implements Iterable<[string, string]> {
  private unpacked: Map<string, string> | undefined;

  constructor(private readonly packed: string) {}

  private get map(): Map<string, string> {
    if (this.unpacked) return this.unpacked;
    const map = new Map<string, string>();
    for (const entry of unpack(this.packed)) {
      const eq = entry.indexOf('=');
      map.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
    return (this.unpacked = map);
  }

  get(key: string): string | undefined {
    return this.map.get(key);
  }

  get size(): number {
    return this.map.size;
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.map[Symbol.iterator]();
  }
}

/** Country variant key → canonical English name ("us" → "United States"). */
export const COUNTRY_CANON: PackedCanonMap = /* @__PURE__ */ new PackedCanonMap(data.COUNTRY_CANON);

/** Lookup key used by every lexicon: lower case, accents and periods removed, single spaces. */
export function lexKey(s: string): string {
  let k = s.toLowerCase();
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return k.replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

export type PlaceKind = 'country' | 'region' | 'city';

/** One lexicon for every place, so that a lookup costs one probe (countries win over cities). */
const PLACE_KINDS = /* @__PURE__ */ new PackedLexicon<PlaceKind>([data.CITIES, data.REGIONS, data.COUNTRIES], ['city', 'region', 'country']);

export function placeKind(key: string): PlaceKind | undefined {
  return PLACE_KINDS.get(key);
}

/** First name → 'female', 'male' or '' (either). */
const FIRST_NAMES = /* @__PURE__ */ new PackedLexicon<'female' | 'male' | ''>([data.UNISEX_NAMES, data.MALE_NAMES, data.FEMALE_NAMES], ['', 'male', 'female']);

export function isFirstName(key: string): boolean {
  return FIRST_NAMES.get(key) !== undefined;
}

export function genderOfFirstName(key: string): 'female' | 'male' | undefined {
  return FIRST_NAMES.get(key) || undefined;
}
