// Writes bench/sample-gold.jsonl: a hand annotation of the sample article (seeds/), so that the
// accuracy run also scores it. Annotations are listed in reading order; offsets are computed here.
// Conventions follow the eval data: person names without honorifics or possessive ’s, places
// without a leading "the", demonyms and organisations not annotated, quotes with their marks (as in PolNeAR).
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const file = 'seeds/000_e8a961f6e006cecf.txt';
const text = readFileSync(root + file, 'utf8');

// [type, surface] or ['quote', surface, speakerSurface]
const annotations = [
  ['person', 'Blinken'], ['place', 'Russia'], ['place', 'U.S.'],
  ['place', 'WASHINGTON'], ['person', 'Antony J. Blinken'], ['person', 'Sergey V. Lavrov'], ['place', 'Russia'], ['date', 'Friday'], ['place', 'Geneva'],
  ['person', 'Biden'], ['quote', 'an extremely dangerous situation.', 'the Biden administration'],
  ['person', 'Blinken'], ['date', 'Tuesday'], ['place', 'Kyiv'], ['person', 'Volodymyr Zelensky'], ['place', 'Ukraine'], ['place', 'U.S.'],
  ['person', 'Blinken'], ['place', 'Berlin'], ['date', 'Thursday'], ['person', 'Lavrov'], ['date', 'Tuesday'],
  ['person', 'Blinken'], ['place', 'U.S.'], ['place', 'Ukraine'], ['date', 'Tuesday'], ['place', 'Russia'], ['place', 'Ukraine'],
  ['person', 'Jen Psaki'], ['date', 'Tuesday'], ['person', 'Blinken'], ['quote', 'urge Russia to take immediate steps to de-escalate.', 'Jen Psaki'], ['place', 'Russia'],
  ['quote', 'We’re now at a stage where Russia could at any point want an attack in Ukraine,', 'she'], ['place', 'Russia'], ['place', 'Ukraine'],
  ['quote', 'and what Secretary Blinken is going to go do is highlight very clearly there is a diplomatic path forward.', 'she'], ['person', 'Blinken'],
  ['place', 'Russia'], ['date', 'last week'], ['place', 'Russia'], ['place', 'United States'], ['place', 'Western Europe'],
  ['date', 'last Thursday'], ['quote', 'dead end.', 'A senior Russian diplomat'], ['quote', 'military-technical', 'The Kremlin'], ['place', 'Russia'],
  ['person', 'Lavrov'], ['place', 'Geneva'], ['person', 'Blinken'], ['date', 'Friday'], ['place', 'Russia'], ['date', 'Tuesday'], ['person', 'Blinken'], ['place', 'Kyiv'],
  ['person', 'Lavrov'], ['place', 'Russia'], ['place', 'Ukraine'], ['place', 'Kyiv'],
  ['quote', 'The minister urged the secretary of state not to replicate speculation about allegedly impending ‘Russian aggression,’', 'the Foreign Ministry'],
  ['place', 'Ukraine'],
  ['place', 'Ukraine'], ['place', 'Russia'], ['date', '2014'], ['place', 'Crimea'], ['date', '2015'],
  ['place', 'Russia'], ['place', 'Ukraine'], ['date', 'late October'], ['place', 'Ukraine'],
  ['place', 'Russia'], ['place', 'Ukraine'], ['place', 'United States'], ['place', 'Europe'],
  ['person', 'Vladimir V. Putin'], ['place', 'Russia'], ['place', 'Moscow'], ['place', 'Ukraine'],
  ['place', 'Moscow'], ['place', 'U.S.'], ['place', 'Russia'],
  ['person', 'Blinken'], ['place', 'Russia'], ['date', 'weeks ago'], ['place', 'Eastern Europe'], ['person', 'Lavrov'], ['person', 'Blinken'], ['date', 'Tuesday'],
  ['place', 'Moscow'], ['quote', 'article-by-article', 'Mr. Lavrov'], ['place', 'United States'], ['place', 'Russia'],
  ['person', 'Blinken'], ['place', 'Moscow'],
  ['person', 'Blinken'], ['place', 'Berlin'], ['place', 'United States'], ['place', 'Europe'], ['place', 'Eastern Ukraine'], ['place', 'Moscow'],
  ['quote', 'There’s a diplomatic path forward,', 'Ms. Psaki'], ['person', 'Psaki'],
  ['quote', 'It is up to the Russians to determine which path they’re going to take, and the consequences will be severe if they don’t take the diplomatic path.', 'Ms. Psaki'],
  ['person', 'Michael Crowley'], ['place', 'Washington'], ['person', 'Anton Troianovski'], ['place', 'Moscow'],
];

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Next whole-word occurrence of `surface` at or after `from`. */
function find(surface, from) {
  for (let at = text.indexOf(surface, from); at !== -1; at = text.indexOf(surface, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + surface.length])) return at;
  }
  throw new Error(`not found after ${from}: ${surface}`);
}

/** The occurrence of `surface` nearest to the quote (speakers sit just before or after it). */
function nearest(surface, quoteStart) {
  let best = -1;
  for (let at = find(surface, 0); ; ) {
    if (best === -1 || Math.abs(at - quoteStart) < Math.abs(best - quoteStart)) best = at;
    try {
      at = find(surface, at + 1);
    } catch {
      return best;
    }
  }
}

let cursor = 0;
const spans = annotations.map(([type, surface, speaker]) => {
  const start = find(surface, cursor);
  const end = start + surface.length;
  // Entities and dates may sit inside a quote, so a quote only moves the cursor past its start.
  cursor = type === 'quote' ? start + 1 : end;
  // Quote spans take in their marks, the convention of the news gold corpora.
  const isMark = (c) => c !== undefined && '"“”‘’'.includes(c);
  if (type === 'quote' && !(isMark(text[start - 1]) && isMark(text[end]))) throw new Error(`no marks around the quote ${surface}`);
  const [spanStart, spanEnd] = type === 'quote' ? [start - 1, end + 1] : [start, end];
  const span = { start: spanStart, end: spanEnd, type, text: text.slice(spanStart, spanEnd) };
  if (speaker) {
    const s = nearest(speaker, start);
    Object.assign(span, { speaker, speaker_start: s, speaker_end: s + speaker.length });
  }
  return span;
});
spans.sort((a, b) => a.start - b.start || b.end - a.end);

const doc = { id: `sample:${file}`, source: 'newsmark-sample', split: 'dev', types: ['person', 'place', 'date', 'quote'], text, spans, other: [], meta: { annotated: 'by hand for Newsmark' } };
writeFileSync(root + 'bench/sample-gold.jsonl', JSON.stringify(doc) + '\n');
const byType = {};
for (const s of spans) byType[s.type] = (byType[s.type] ?? 0) + 1;
console.log('bench/sample-gold.jsonl:', JSON.stringify(byType));
