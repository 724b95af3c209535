/**
 * `npm run bench`: performance of the extractor beside compromise (+ compromise-dates) and wink-nlp on
 * the same inputs, on two corpora: real news (the gold texts of ../shared/eval/, read but never copied)
 * and text made from the sample article (bench/corpus.ts). Prints the tables and writes bench/RESULTS.md.
 * `--quick` runs fewer repetitions and writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ADVERSARIAL, newsText, random, sampleArticles } from './corpus';
import { archiveJsonl, goldTexts, realNewsText } from './goldNews';
import { commitLabel, fmt, inChild, inputFile, log, MB, mbText, median, type Outcome, pass, peakRssPreload, root, table } from './lib';
import { bareRss, bundleRows, bundleSizes, cliJsonl, editCost, firstCall, input, type Input, peakRss, peerProcess, type System, warmThroughput } from './measure';

const quick = process.argv.includes('--quick');
const loadAtStart = loadavg()[0];
// Read before anything is built, so that the report names the code it measured.
const commit = commitLabel();
const sample = input('the sample article', join(root, 'seeds/000_e8a961f6e006cecf.txt'));
const preload = peakRssPreload();
const bare = bareRss();
const cell = <T>(o: Outcome<T> | undefined, show: (v: T) => string) => (o === undefined ? 'not run' : o.ok ? show(o.value) : o.reason);

// ---------------------------------------------------------------- corpora
log('building inputs…');
const gold = goldTexts(root);
if (!gold) log('real news: ../shared/eval/ is not beside the project (the gold files of OntoNotes, CoNLL-2003, PolNeAR and TimeBank); measuring the synthetic corpus only');
interface Corpus {
  name: string;
  one: Input;
  ten: Input;
}
const corpora: Corpus[] = [];
if (gold) {
  corpora.push({ name: 'real news', one: input('1 MB of real news', inputFile('real-1MB.txt', realNewsText(gold, 1 * MB, 1))), ten: input('10 MB of real news', inputFile('real-10MB.txt', realNewsText(gold, 10 * MB, 2))) });
}
const articles = sampleArticles(root);
corpora.push({ name: 'synthetic', one: input('1 MB made from the sample', inputFile('news-1MB.txt', newsText(articles, 1 * MB, 1))), ten: input('10 MB made from the sample', inputFile('news-10MB.txt', newsText(articles, 10 * MB, 2))) });

// ---------------------------------------------------------------- per corpus: throughput, first call, memory, edits
const RUNS: Record<System, [number, number]> = quick
  ? { newsmark: [5, 2], compromise: [0, 0], wink: [1, 0] }
  : { newsmark: [15, 5], compromise: [1, 0], wink: [5, 2] };
const SYSTEMS: System[] = ['newsmark', 'compromise', 'wink'];
interface CorpusResult {
  corpus: Corpus;
  warm: Map<string, Outcome<{ mbps: number; firstMs: number }>>;
  first: Map<string, Outcome<{ ms: number; importMs: number; analyseMs: number }>>;
  rss: Map<string, Outcome<number>>;
  edit: Outcome<{ median: number; p99: number; summary: string }>;
}
const results: CorpusResult[] = corpora.map((corpus) => {
  const warm = new Map<string, Outcome<{ mbps: number; firstMs: number }>>();
  const first = new Map<string, Outcome<{ ms: number; importMs: number; analyseMs: number }>>();
  const rss = new Map<string, Outcome<number>>();
  for (const system of SYSTEMS) {
    warm.set(`${system}:1`, warmThroughput(system, corpus.one, RUNS[system][0]));
    warm.set(`${system}:10`, warmThroughput(system, corpus.ten, RUNS[system][1]));
    // compromise needs ≈ 15 s and ≈ 450 MB for 1 MB of real news (≈ 2.6 GB for 10 MB): its first call is its warm figure.
    if (system !== 'compromise') first.set(system, firstCall(system, corpus.one, quick ? 1 : 5));
    if (!quick || system === 'newsmark') {
      if (system !== 'compromise') rss.set(`${system}:10`, peakRss(system, corpus.ten, bare));
      rss.set(`${system}:1`, peakRss(system, corpus.one, bare));
    }
  }
  return { corpus, warm, first, rss, edit: editCost(corpus.one, quick ? 20 : 200) };
});

// ---------------------------------------------------------------- the command line, whole process
let cliOne: Outcome<{ seconds: number; peakRss: number }> | undefined;
let compromiseOne: Outcome<number> | undefined;
let archive: Outcome<{ seconds: number; peakRss: number }> | undefined;
let archiveBytes = 0;
let archiveDocs = 0;
if (gold) {
  const real = corpora[0].one;
  log('CLI --jsonl on 1 MB of real news as one document, and compromise as a whole process');
  const oneDoc = inputFile('real-1MB.jsonl', `${JSON.stringify({ id: 'one', text: realNewsText(gold, 1 * MB, 1) })}\n`);
  cliOne = cliJsonl(oneDoc, preload);
  compromiseOne = quick ? undefined : peerProcess('compromise', real);
  log('CLI --jsonl on the archive of every gold document');
  const jsonl = archiveJsonl(gold);
  archiveBytes = Buffer.byteLength(jsonl);
  archiveDocs = gold.length;
  archive = cliJsonl(inputFile('archive.jsonl', jsonl), preload);
}
const cliRatio = cliOne?.ok && compromiseOne?.ok ? compromiseOne.value / cliOne.value.seconds : undefined;

// ---------------------------------------------------------------- cold start on the sample article
const cold = new Map<System, Outcome<{ ms: number; importMs: number; analyseMs: number }>>();
for (const system of SYSTEMS) cold.set(system, firstCall(system, sample, quick ? 3 : 9));
const coldCell = (system: System) => cell(cold.get(system), (v) => `${fmt(v.ms, 1)} ms (import ${fmt(v.importMs, 1)} + analyse ${fmt(v.analyseMs, 1)})`);

// ---------------------------------------------------------------- bundle sizes
log('bundle sizes…');
const { bundles, vsix, vsixNote } = bundleSizes();
const desktop = bundles[0].size;

// ---------------------------------------------------------------- adversarial linearity
log('adversarial linearity…');
const linearity: Array<{ name: string; t1?: number; t4?: number; reason?: string }> = [];
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  const slug = name.replace(/[^a-z]+/g, '-');
  const p1 = inputFile(`adv-${slug}-1MB.txt`, make(1 * MB));
  const p4 = inputFile(`adv-${slug}-4MB.txt`, make(4 * MB));
  log(`  ${name}`);
  const r1 = inChild<{ times: number[] }>('child.cjs', ['time', 'newsmark', p1, '3', '10000'], 120_000);
  const r4 = r1.ok ? inChild<{ times: number[] }>('child.cjs', ['time', 'newsmark', p4, '3', '10000'], 300_000) : r1;
  linearity.push({ name, t1: r1.ok ? median(r1.value.times) : undefined, t4: r4.ok ? median(r4.value.times) : undefined, reason: !r1.ok ? r1.reason : !r4.ok ? r4.reason : undefined });
}
const worstRatio = Math.max(...linearity.map((l) => (l.t1 && l.t4 ? l.t4 / l.t1 : Infinity)));

// ---------------------------------------------------------------- CLI streaming memory, synthetic documents
log('CLI --jsonl streaming memory…');
function jsonlInput(bytes: number, seed: number): { text: string; documents: number } {
  const rnd = random(seed);
  const paragraphs = newsText(articles, Math.min(bytes, 2 * MB), seed).split('\n\n');
  const lines: string[] = [];
  let size = 0;
  for (let id = 0; size < bytes; id++) {
    const start = Math.floor(rnd() * paragraphs.length);
    const line = JSON.stringify({ id, text: paragraphs.slice(start, start + 3).join('\n\n') });
    lines.push(line);
    size += line.length + 1;
  }
  return { text: `${lines.join('\n')}\n`, documents: lines.length };
}
const streaming = (quick ? [['2 MB', 2 * MB]] : [['4 MB', 4 * MB], ['32 MB', 32 * MB]]).map(([label, bytes]) => {
  const made = jsonlInput(bytes as number, 5);
  return { label: label as string, bytes: bytes as number, documents: made.documents, result: cliJsonl(inputFile(`jsonl-${String(label).replace(' ', '')}.jsonl`, made.text), preload) };
});

// ---------------------------------------------------------------- hostile text against news (bench/hostile.ts)
log('hostile text against news…');
const hostile = inChild<{ markdown: string; targets: string[][] }>('hostile.cjs', quick ? ['--quick'] : [], 1_800_000);
const hostileSection = hostile.ok ? hostile.value.markdown : `hostile-text benchmark failed: ${hostile.reason}`;

// ---------------------------------------------------------------- re-anchoring hostile annotation files (bench/anchoring.ts)
log('re-anchoring…');
const anchoring = inChild<{ targets: string[][]; markdown: string }>('anchoring.cjs', [], 900_000);

// ---------------------------------------------------------------- quotes against their sources (bench/quoteSource.ts)
log('quotes against their sources…');
const quoteSource = inChild<{ targets: string[][]; markdown: string }>('quoteSource.cjs', [], 900_000);

// ---------------------------------------------------------------- editorial checks (bench/checks.ts, which writes bench/CHECKS.md)
log('editorial checks…');
const checks = gold ? inChild<{ extractMs: number; checksMs: number; overheadPercent: number }>('checks.cjs', ['--json'], 900_000) : undefined;

// ---------------------------------------------------------------- workspace index (bench/workspaceIndex.ts, which writes bench/INDEX.md)
log('workspace index…');
const workspaceIndex = gold ? inChild<{ targets: string[][] }>('workspaceIndex.cjs', ['--json'], 900_000) : undefined;

// ---------------------------------------------------------------- tables
const primary = results[0];
const warmCell = (r: CorpusResult, key: string) => cell(r.warm.get(key), (v) => fmt(v.mbps, v.mbps < 1 ? 3 : 1));
const rssCell = (r: CorpusResult, key: string, bytes: number) => cell(r.rss.get(key), (v) => `${mbText(v)} (${fmt(v / bytes, 1)}×)`);
const firstCell = (r: CorpusResult, system: System) => cell(r.first.get(system), (v) => `${fmt(v.analyseMs, 0)} ms (${fmt(v.ms, 0)} ms with import)`);
const corpusSection = (r: CorpusResult) => `### ${r.corpus.name}

${table(
  ['input', 'newsmark MB/s', 'compromise + dates MB/s', 'wink-nlp MB/s'],
  [
    [`${r.corpus.one.label} (${r.corpus.one.bytes} B)`, warmCell(r, 'newsmark:1'), warmCell(r, 'compromise:1'), warmCell(r, 'wink:1')],
    [`${r.corpus.ten.label} (${r.corpus.ten.bytes} B)`, warmCell(r, 'newsmark:10'), 'not run (≈ 2.6 GB)', warmCell(r, 'wink:10')],
  ],
)}

${table(
  ['measure', 'newsmark', 'compromise + dates', 'wink-nlp'],
  [
    ['first call on 1 MB, fresh process (analysis alone)', firstCell(r, 'newsmark'), 'as its warm figure', firstCell(r, 'wink')],
    ['first timed run after warm-up, 1 MB', cell(r.warm.get('newsmark:1'), (v) => `${fmt(v.firstMs, 0)} ms`), '–', '–'],
    ['peak RSS above bare Node, 1 MB', rssCell(r, 'newsmark:1', r.corpus.one.bytes), rssCell(r, 'compromise:1', r.corpus.one.bytes), rssCell(r, 'wink:1', r.corpus.one.bytes)],
    ['peak RSS above bare Node, 10 MB', rssCell(r, 'newsmark:10', r.corpus.ten.bytes), 'not run', rssCell(r, 'wink:10', r.corpus.ten.bytes)],
  ],
)}

Edit cost: ${cell(r.edit, (v) => v.summary)}`;

const realRow = <T>(get: (r: CorpusResult) => Outcome<T> | undefined, show: (v: T) => string, ok: (v: T) => boolean): [string, string] => {
  if (!gold) return ['not measured (no gold texts)', 'FAIL'];
  const o = get(primary);
  return o?.ok ? [show(o.value), pass(ok(o.value))] : [o?.reason ?? 'not run', 'FAIL'];
};
const tenBytes = primary.corpus.ten.bytes;
const targetRows: string[][] = [
  ['warm extract(), 1 MB of real news', '≥ 20 MB/s', ...realRow((r) => r.warm.get('newsmark:1'), (v) => `${fmt(v.mbps)} MB/s`, (v) => v.mbps >= 20)],
  ['first extract() of 1 MB of real news, fresh process', '≤ 150 ms', ...realRow((r) => r.first.get('newsmark'), (v) => `${fmt(v.analyseMs, 0)} ms`, (v) => v.analyseMs <= 150)],
  ['archive stream through `extract --jsonl`, whole process', '≥ 10 MB/s', ...realRow(() => archive, (v) => `${fmt(archiveBytes / MB / v.seconds, 2)} MB/s (${archiveDocs} documents, ${fmt(v.seconds, 2)} s)`, (v) => archiveBytes / MB / v.seconds >= 10)],
  ['`extract --jsonl` on 1 MB vs compromise, whole process each', '≥ 100×', ...(cliRatio !== undefined ? [`${fmt(cliRatio, 0)}× (${fmt(cliOne!.ok ? cliOne!.value.seconds : 0, 2)} s vs ${fmt(compromiseOne!.ok ? compromiseOne!.value : 0, 1)} s)`, pass(cliRatio >= 100)] : [cell(cliOne, () => 'compromise not run'), 'FAIL'])],
  ['peak RSS above bare Node, 10 MB of real news', '≤ 8× input', ...realRow((r) => r.rss.get('newsmark:10'), (v) => `${mbText(v)} (${fmt(v / tenBytes, 1)}×)`, (v) => v <= 8 * tenBytes)],
  ['one-character edit, 1 MB of real news, median', '≤ 8 ms', ...realRow((r) => r.edit, (v) => `${fmt(v.median, 2)} ms`, (v) => v.median <= 8)],
  ['one-character edit, 1 MB of real news, p99', '≤ 30 ms', ...realRow((r) => r.edit, (v) => `${fmt(v.p99, 2)} ms`, (v) => v.p99 <= 30)],
  ['import + analyse the sample article', '≤ 15 ms', coldCell('newsmark'), pass(Boolean(cold.get('newsmark')?.ok && (cold.get('newsmark') as { value: { ms: number } }).value.ms <= 15))],
  ['extension bundle, minified (desktop)', '≤ 300 KB', desktop ? `${fmt(desktop.raw / 1024, 1)} KB` : 'missing', pass(Boolean(desktop && desktop.raw <= 300 * 1024))],
  ['adversarial inputs, worst 4 MB ÷ 1 MB time', '≤ 5', Number.isFinite(worstRatio) ? fmt(worstRatio, 2) : 'failed', pass(worstRatio <= 5)],
  ...(anchoring.ok ? anchoring.value.targets : [['re-anchoring', '–', anchoring.reason, 'FAIL']]),
  ...(hostile.ok ? hostile.value.targets : [['hostile text against news', '–', hostile.reason, 'FAIL']]),
  ...(quoteSource.ok ? quoteSource.value.targets : [['quotes against their sources', '–', quoteSource.reason, 'FAIL']]),
  [
    'editorial checks on 1 MB of real news, added to extract (bench/CHECKS.md)',
    '≤ 20%',
    cell(checks, (v) => `${fmt(v.overheadPercent, 1)}% (${fmt(v.checksMs, 0)} ms on ${fmt(v.extractMs, 0)} ms)`),
    checks?.ok ? pass(checks.value.overheadPercent <= 20) : 'not run',
  ],
  ...(workspaceIndex?.ok ? workspaceIndex.value.targets : [['workspace index, 1,000 and 10,000 articles (bench/INDEX.md)', '–', workspaceIndex ? workspaceIndex.reason : 'not run (no gold texts)', 'not run']]),
];
const targetTable = table(['measure', 'target', 'measured', ''], targetRows);
const linearityTable = table(
  ['input', '1 MB', '4 MB', '4 MB ÷ 1 MB', '≤ 5'],
  linearity.map((l) => {
    const ratio = l.t1 && l.t4 ? l.t4 / l.t1 : undefined;
    return [l.name, l.t1 !== undefined ? `${fmt(l.t1, 0)} ms` : l.reason ?? '–', l.t4 !== undefined ? `${fmt(l.t4, 0)} ms` : l.reason ?? '–', ratio !== undefined ? fmt(ratio, 2) : '–', ratio !== undefined && ratio <= 5 ? 'pass' : 'FAIL'];
  }),
);
const streamingTable = table(
  ['JSON Lines input', 'documents/s', 'MB/s', 'peak RSS above bare Node'],
  streaming.map((s) => (s.result.ok ? [s.label, fmt(s.documents / s.result.value.seconds, 0), fmt(s.bytes / MB / s.result.value.seconds, 2), mbText(s.result.value.peakRss - bare)] : [s.label, '–', '–', s.result.reason])),
);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average ${fmt(loadAtStart, 1)} at the start and ${fmt(loadavg()[0], 1)} at the end (other work on the machine slows every figure alike)`;

const report = `# Performance

Measured by \`npm run bench\` (bench/run.ts) at commit ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, on ${machine}.
1 MB = 1,000,000 bytes of UTF-8. Every figure comes from a fresh child process; times are medians.

## Targets, on real news

${targetTable}

## Throughput, first call, memory and edits

Real news: whole gold documents of \`../shared/eval/dev\` and \`../shared/eval/train\` (OntoNotes, CoNLL-2003, PolNeAR,
TimeBank; ${gold ? `${gold.length} documents` : 'absent in this run'}) in a seeded random order, a blank line between
documents (bench/goldNews.ts); 10 MB takes every document twice or more, in new orders. Synthetic: news made from the sample
article (paragraphs shuffled, names, cities, weekdays, months and numbers substituted; bench/corpus.ts), which repeats a few
hundred distinct words and so flatters every per-word cache. Warm figures: the median of up to ${RUNS.newsmark.join(' and ')} runs (1 MB and 10 MB)
after one second of warm-up on the sample article, the same for every system. The first call is a fresh process that loads
the library and analyses 1 MB once. Peak memory is RSS above a bare Node process (${mbText(bare)}).

${results.map(corpusSection).join('\n\n')}

## The command line, whole process

${gold ? table(
  ['input', 'newsmark `extract --jsonl`', 'compromise + dates (load, analyse)', 'ratio'],
  [
    ['1 MB of real news as one document', cell(cliOne, (v) => `${fmt(v.seconds, 2)} s, ${mbText(v.peakRss - bare)} peak`), cell(compromiseOne, (v) => `${fmt(v, 1)} s`), cliRatio !== undefined ? `${fmt(cliRatio, 0)}×` : '–'],
    [`the archive: ${archiveDocs} gold documents as JSON Lines (${mbText(archiveBytes)})`, cell(archive, (v) => `${fmt(v.seconds, 2)} s = ${fmt(archiveBytes / MB / v.seconds, 2)} MB/s, ${mbText(v.peakRss - bare)} peak`), '–', '–'],
  ],
) : 'Not measured: no gold texts beside the project.'}

## Cold start (fresh process: load the library and analyse the sample article)

${table(['newsmark (minified extractor)', 'compromise + dates', 'wink-nlp'], [[coldCell('newsmark'), coldCell('compromise'), coldCell('wink')]])}

## Bundle sizes

${table(['file', 'minified', 'gzipped'], [...bundles.map(bundleRows), ['VSIX', vsix !== undefined ? `${fmt(vsix / 1024, 1)} KB` : vsixNote || 'missing', '–']])}
${vsixNote ? `\nVSIX: ${vsixNote}.\n` : ''}
## Adversarial linearity (newsmark; median of up to 3 runs within 10 s per input)

${linearityTable}

## Hostile text against news of the same size (bench/hostile.ts)

${hostileSection}

## CLI \`extract --jsonl\` streaming, synthetic documents

${streamingTable}

Documents of about 1.5 KB (three paragraphs each). Memory should not grow with the input. The 1 GB check is a separate run,
\`node bench/build.mjs stream --mb 1024\`, which writes bench/STREAM.md.

## Re-anchoring hostile annotation files (bench/anchoring.ts)

${anchoring.ok ? anchoring.value.markdown : `failed: ${anchoring.reason}`}

## Quotes against their sources (bench/quoteSource.ts)

${quoteSource.ok ? quoteSource.value.markdown : `failed: ${quoteSource.reason}`}
`;

console.log(report);
if (!quick) {
  writeFileSync(join(root, 'bench/RESULTS.md'), report);
  log('wrote bench/RESULTS.md');
}
