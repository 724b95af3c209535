import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as data from '../../src/extractor/lexicon/data.generated';
import { PackedList, unpack } from '../../src/extractor/lexicon/packed';
import * as lexicon from '../../src/extractor/lexicon/index';

/** The packing of scripts/build-lexicons.mjs, restated from its description. */
function pack(words: Iterable<string>): string {
  const separators = '#;:!$%*+<>?@[]^_`{|}~';
  let prev = '';
  let out = '';
  for (const s of [...new Set(words)].sort()) {
    let p = 0;
    while (p < Math.min(20, prev.length, s.length) && prev[p] === s[p]) p++;
    out += (prev ? separators[p] : '') + s.slice(p);
    prev = s;
  }
  return out;
}

/** Keys near the entries: each entry, its prefixes, and small changes at its end. */
function probesAround(entries: readonly string[]): string[] {
  const probes = new Set(['', 'a', '|', 'a;', 'a#b', 'ab:', 'abc!', '\uffff', '😀']);
  for (const e of entries) {
    probes.add(e);
    for (let i = 1; i < e.length; i++) probes.add(e.slice(0, i));
    const last = e.charCodeAt(e.length - 1);
    for (const end of [String.fromCharCode(last + 1), String.fromCharCode(last - 1), '']) probes.add(e.slice(0, -1) + end);
    for (const more of ['a', 'z', ' ', '|', ';', ':', 's']) probes.add(e + more);
  }
  return [...probes];
}

/** The generated lists as packed, their pairs spelled out again (the country variants are not shortened). */
const LISTS = (Object.entries(data) as [Exclude<keyof typeof data, 'PAIRS'> | 'PAIRS', string][])
  .filter((entry): entry is [Exclude<keyof typeof data, 'PAIRS'>, string] => entry[0] !== 'PAIRS')
  .map(([name, shortened]) => [name, name === 'COUNTRY_CANON' ? shortened : lexicon.expand(shortened)] as const);

test('generated lists: spelling the pairs out again gives the front-coded lists, which have no capitals', () => {
  assert.equal(data.PAIRS.length % 2, 0);
  // Lookups find a list's groups ("#") and runs (";") in the shortened list: no pair may hold either.
  assert.doesNotMatch(data.PAIRS, /[#;]/);
  for (const [name, packed] of LISTS) if (name !== 'COUNTRY_CANON') assert.doesNotMatch(packed, /[A-Z]/, name);
  assert.ok(LISTS.reduce((n, [, packed]) => n + packed.length, 0) > Object.values(data).reduce((n, s) => n + s.length, 0));
});

test('packing: a small list unpacks in order, and each entry is found in place', () => {
  const words = ['a', 'ab', 'abc', 'abd', 'b', 'ba', 'bcd', 'bcda', 'c'];
  const packed = pack(words);
  assert.equal(packed, 'a;b:c:d#b;a;cd!a#c');
  assert.deepEqual(unpack(packed), words);
  const list = new PackedList(packed);
  for (const probe of probesAround(words)) assert.equal(list.has(probe), words.includes(probe), probe);
  assert.deepEqual(unpack(''), []);
  assert.equal(new PackedList('').has('a'), false);
});

test('packing: entries that share more than 20 characters', () => {
  const long = 'x'.repeat(30);
  const words = [long, `${long}a`, `${long}ab`, `${long}b`, 'xy'];
  const packed = pack(words);
  assert.deepEqual(unpack(packed), [...words].sort());
  const list = new PackedList(packed);
  for (const probe of probesAround(words)) assert.equal(list.has(probe), words.includes(probe), probe);
});

test('packing: random lists unpack to themselves and answer lookups like a Set', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '-', 'é', '’'), minLength: 1, maxLength: 6 });
  const probe = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', ';', ':', '#', '|'), minLength: 1, maxLength: 6 });
  fc.assert(
    fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(fc.oneof(word, probe), { maxLength: 40 }), (words, others) => {
      const packed = pack(words);
      const sorted = [...words].sort();
      assert.deepEqual(unpack(packed), sorted);
      const list = new PackedList(packed);
      const set = new Set(words);
      for (const probe of [...probesAround(words), ...others]) assert.equal(list.has(probe), set.has(probe), probe);
    }),
    { numRuns: 300 },
  );
});

test('generated lists: sorted, and every entry and nearby key is answered in place as by a Set', () => {
  for (const [name, packed] of LISTS) {
    const entries = unpack(packed);
    assert.ok(entries.length > 50, name);
    assert.deepEqual(entries, [...new Set(entries)].sort(), `${name} is sorted and without duplicates`);
    assert.equal(pack(entries), packed, `${name} packs back to itself`);
    const set = new Set(entries);
    const list = new PackedList(packed);
    // As the lexicons search it: stored with its pairs, each group spelled out when first reached.
    const stored = name === 'COUNTRY_CANON' ? list : new PackedList(data[name], lexicon.expand);
    for (const probe of probesAround(entries)) {
      if (list.has(probe) !== set.has(probe)) assert.fail(`${name}: ${JSON.stringify(probe)}`);
      if (stored.has(probe) !== set.has(probe)) assert.fail(`${name} as stored: ${JSON.stringify(probe)}`);
    }
  }
});

test('lexicon lookups agree with maps built from the lists, before and after a lexicon is unpacked', () => {
  const entries = Object.fromEntries(LISTS.map(([name, packed]) => [name, unpack(packed)])) as Record<Exclude<keyof typeof data, 'PAIRS'>, string[]>;
  const places = new Map<string, lexicon.PlaceKind>();
  for (const [name, kind] of [['CITIES', 'city'], ['REGIONS', 'region'], ['COUNTRIES', 'country']] as const) for (const e of entries[name]) places.set(e, kind);
  const firstNames = new Map<string, string>();
  for (const [name, gender] of [['UNISEX_NAMES', ''], ['MALE_NAMES', 'male'], ['FEMALE_NAMES', 'female']] as const) for (const e of entries[name]) firstNames.set(e, gender);
  const canon = new Map(entries.COUNTRY_CANON.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const sets = ['COUNTRIES', 'REGIONS', 'CITIES', 'FEMALE_NAMES', 'MALE_NAMES', 'UNISEX_NAMES', 'AMBIGUOUS_FIRST_NAMES', 'LAST_NAMES', 'ORGANIZATIONS', 'DEMONYMS'] as const;
  const expected = Object.fromEntries(sets.map((name) => [name, new Set(entries[name])]));
  const common = new Set(entries.COMMON_WORDS);
  const isCommon = (key: string): boolean =>
    common.has(key) ||
    (key.length >= 5 &&
      ((key.endsWith('ies') && common.has(`${key.slice(0, -3)}y`)) ||
        (key.endsWith('s') && (common.has(key.slice(0, -1)) || (key.endsWith('es') && common.has(key.slice(0, -2))))) ||
        (key.endsWith('ed') && (common.has(key.slice(0, -2)) || common.has(key.slice(0, -1)))) ||
        (key.endsWith('ing') && (common.has(key.slice(0, -3)) || common.has(`${key.slice(0, -3)}e`))) ||
        (key.endsWith('ly') && common.has(key.slice(0, -2)))));
  // Every entry of every list and the keys around them: far more distinct keys than a lexicon answers
  // by searching, so the later ones are answered by the unpacked maps; asked twice, from memory too.
  const probes = probesAround(LISTS.flatMap(([name]) => (name === 'COUNTRY_CANON' ? [...canon.keys()] : entries[name])));
  for (const probe of [...probes, ...probes.slice(0, 5000)]) {
    assert.equal(lexicon.placeKind(probe), places.get(probe), probe);
    assert.equal(lexicon.isFirstName(probe), firstNames.has(probe), probe);
    assert.equal(lexicon.genderOfFirstName(probe), firstNames.get(probe) || undefined, probe);
    assert.equal(lexicon.COUNTRY_CANON.get(probe), canon.get(probe), probe);
    assert.equal(lexicon.isCommonWord(probe), isCommon(probe), probe);
    for (const name of sets) assert.equal(lexicon[name].has(probe), expected[name].has(probe), `${name} ${probe}`);
  }
  for (const name of sets) {
    assert.equal(lexicon[name].size, expected[name].size, name);
    assert.deepEqual([...lexicon[name]], entries[name], name);
    const seen: string[] = [];
    lexicon[name].forEach((value, key, set) => {
      assert.equal(value, key);
      assert.equal(set, lexicon[name]);
      seen.push(value);
    });
    assert.deepEqual(seen, entries[name], name);
  }
  assert.deepEqual([...lexicon.COUNTRY_CANON], [...canon]);
  assert.equal(lexicon.COUNTRY_CANON.size, canon.size);
});
