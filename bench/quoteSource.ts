/**
 * Checking quotes against their sources, as Check All Quotes Against Folder… does: 200 quotes,
 * each against every file of 1 MB of transcripts (ten files of 100 KB), every file indexed once.
 * The transcripts are real news (the gold texts of ../shared/eval/, read but never copied; text
 * made from the sample articles when they are absent). Of the quotes, 80 are verbatim passages of
 * the transcripts (curly marks and case changed), 60 are altered (a word changed, a word dropped,
 * or words left out behind an ellipsis), 60 come from news that is not among the transcripts.
 * Prints a Markdown section on stderr and, as the last line on stdout, JSON {targets, markdown}.
 *   node bench/build.mjs quoteSource
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { betterMatch, indexSource, matchQuote, wordsOf, type SourceMatch } from '../src/annotations';
import { newsText, random, sampleArticles } from './corpus';
import { goldTexts } from './goldNews';
import { fmt, log, MB, median, pass, table } from './lib';

const root = join(__dirname, '../../..');
const FILES = 10;
const rnd = random(15);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

// ---- transcripts and the rest of the news
const gold = goldTexts(root);
let documents: string[];
if (gold) {
  documents = gold.map((g) => g.text);
  for (let i = documents.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [documents[i], documents[j]] = [documents[j], documents[i]];
  }
} else {
  documents = newsText(sampleArticles(root), 2 * MB, 3).split('\n\n');
}
const transcripts: string[] = [];
let used = 0;
for (let f = 0; f < FILES; f++) {
  const parts: string[] = [];
  let size = 0;
  while (size < MB / FILES && used < documents.length) {
    parts.push(documents[used]);
    size += Buffer.byteLength(documents[used++]) + 2;
  }
  transcripts.push(parts.join('\n\n'));
}
const elsewhere = documents.slice(used).join('\n\n');
const bytes = transcripts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);

// ---- quotes
function passage(text: string): string {
  const words = wordsOf(text);
  const count = 6 + Math.floor(rnd() * 30);
  const from = Math.floor(rnd() * Math.max(1, words.length - count));
  return text.slice(words[from].start, words[Math.min(words.length, from + count) - 1].end);
}
const curly = (text: string) => `“${text.replace(/'/g, '’')}”`;
function alter(text: string): string {
  const words = text.split(' ');
  const at = 1 + Math.floor(rnd() * Math.max(1, words.length - 2));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) words[at] = 'reportedly';
  else if (kind === 1) words.splice(at, 1);
  else words.splice(at, Math.min(4, words.length - at - 1), '…');
  return words.join(' ');
}
type Expected = 'verbatim' | 'altered' | 'notFound';
const quotes: { text: string; expected: Expected }[] = [];
for (let i = 0; i < 80; i++) quotes.push({ text: curly(passage(pick(transcripts))), expected: 'verbatim' });
for (let i = 0; i < 60; i++) {
  const text = alter(passage(pick(transcripts)));
  // Words behind an ellipsis are left out, not changed: the quote stays verbatim.
  quotes.push({ text: curly(text), expected: text.includes('…') ? 'verbatim' : 'altered' });
}
for (let i = 0; i < 60; i++) quotes.push({ text: curly(passage(elsewhere)), expected: 'notFound' });

// ---- the check, as the folder command runs it
function checkAll(files: readonly string[]): { ms: number; indexMs: number; results: SourceMatch[] } {
  const start = performance.now();
  const indexes = files.map((t) => indexSource(t));
  const indexMs = performance.now() - start;
  const results = quotes.map((q) => {
    let best: SourceMatch | undefined;
    for (const index of indexes) {
      const match = matchQuote(q.text, index);
      if (betterMatch(match, best)) best = match;
    }
    return best!;
  });
  return { ms: performance.now() - start, indexMs, results };
}

log('quote sources: warm-up…');
checkAll(transcripts);
const runs = Array.from({ length: 5 }, () => checkAll(transcripts));
const single = [transcripts.join('\n\n')];
const singleMs = median(Array.from({ length: 5 }, () => checkAll(single).ms));
const ms = median(runs.map((r) => r.ms));
const indexMs = median(runs.map((r) => r.indexMs));
const { results } = runs[0];
const rows = (['verbatim', 'altered', 'notFound'] as const).map((expected) => {
  const mine = quotes.map((q, i) => ({ q, r: results[i] })).filter(({ q }) => q.expected === expected);
  const right = mine.filter(({ r }) => r.kind === expected).length;
  const kinds = (['verbatim', 'altered', 'notFound'] as const).map((k) => mine.filter(({ r }) => r.kind === k).length);
  return [expected === 'notFound' ? 'not found' : expected, String(mine.length), `${right} (${fmt((100 * right) / mine.length, 0)}%)`, kinds.join(' / ')];
});
const measured = `${fmt(ms, 0)} ms (indexing ${fmt(indexMs, 0)} ms)`;
const targets = [
  ['200 quotes against 1 MB of transcripts (10 files), indexing included', '≤ 2 s', measured, pass(ms <= 2000)],
  ['200 quotes against one 1 MB transcript, indexing included', '≤ 2 s', `${fmt(singleMs, 0)} ms`, pass(singleMs <= 2000)],
];
const markdown = `${quotes.length} quotes against ${fmt(bytes / MB, 2)} MB of ${gold ? 'real news' : 'text made from the sample articles'} in ${FILES} files, every quote against every file,
as Check All Quotes Against Folder… runs them; median of ${runs.length} runs after a warm-up: **${measured}**. The same quotes
against the same text as one file: **${fmt(singleMs, 0)} ms**.

${table(['quotes made', 'count', 'reported as made', 'reported verbatim / altered / not found'], rows)}

Verbatim quotes have curly marks where the source has straight ones; altered ones have a word changed or dropped; quotes
with words left out behind "…" count as verbatim. A short passage of news can occur elsewhere in the news as well, so a
quote made "altered" may be found verbatim in another file.`;
log(`\n${table(['measure', 'target', 'measured', ''], targets)}\n\n${markdown}`);
process.stdout.write(`${JSON.stringify({ targets, markdown })}\n`);
