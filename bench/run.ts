/**
 * `npm run bench`: performance of the extractor beside compromise (+ compromise-dates) and wink-nlp on
 * the same inputs; prints the tables and writes bench/RESULTS.md. Each measurement runs in a fresh child
 * process (bench/child.ts) with a time limit, so one slow or hungry run cannot stall or skew the others.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ADVERSARIAL, newsText, random, sampleArticles } from './corpus';

const root = join(__dirname, '../../..');
const cache = __dirname;
const MB = 1_000_000;
const samplePath = join(root, 'seeds/000_e8a961f6e006cecf.txt');
const quick = process.argv.includes('--quick');
const loadAtStart = loadavg()[0];

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Runs `script` (a bundled program in the cache) in a fresh Node process and parses its JSON output. */
function inChild<T>(script: string, args: string[], timeoutMs: number, nodeArgs: string[] = []): Outcome<T> {
  const result = spawnSync(process.execPath, [...nodeArgs, join(cache, script), ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * MB, cwd: root });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { ok: false, reason: `over ${timeoutMs / 1000} s` };
  if (result.status !== 0) {
    const last = (result.stderr || '').trim().split('\n').filter(Boolean).pop() ?? `exit ${result.status ?? result.signal}`;
    return { ok: false, reason: last.slice(0, 120) };
  }
  return { ok: true, value: JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null') as T };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const mbText = (bytes: number) => `${fmt(bytes / MB, 1)} MB`;

function table(header: string[], rows: string[][]): string {
  const rule = header.map((_, i) => (i === 0 ? ':--' : '--:'));
  return [header, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

// ---------------------------------------------------------------- inputs
log('building inputs…');
const articles = sampleArticles(root);
const inputFile = (name: string, text: string) => {
  const path = join(cache, `input-${name}.txt`);
  writeFileSync(path, text);
  return path;
};
const sizes = [
  { label: '5 KB (sample article)', path: samplePath },
  { label: '1 MB', path: inputFile('news-1MB', newsText(articles, 1 * MB, 1)) },
  { label: '10 MB', path: inputFile('news-10MB', newsText(articles, 10 * MB, 2)) },
].map((s) => ({ ...s, bytes: statSync(s.path).size }));

// ---------------------------------------------------------------- throughput
interface Plan {
  system: string;
  runs: [number, number, number]; // runs for 5 KB, 1 MB, 10 MB; 0 = not run
}
const plans: Plan[] = [
  { system: 'newsmark', runs: quick ? [20, 5, 2] : [50, 15, 5] },
  // compromise needs ≈ 7 s and ≈ 450 MB for 1 MB (≈ 2.6 GB, over a minute, for 10 MB): 10 MB is not run.
  { system: 'compromise', runs: quick ? [3, 0, 0] : [5, 1, 0] },
  { system: 'wink', runs: quick ? [5, 1, 0] : [20, 5, 2] },
];
const throughput = new Map<string, Outcome<number>[]>();
// The first timed run of each input: code paths the warm-up did not reach are still being compiled.
const firstRuns: string[] = [];
for (const plan of plans) {
  const outcomes: Outcome<number>[] = [];
  sizes.forEach((size, i) => {
    const runs = plan.runs[i];
    if (runs === 0) {
      outcomes.push({ ok: false, reason: 'not run' });
      return;
    }
    log(`throughput ${plan.system} ${size.label} × ${runs}`);
    // At most 30 s of runs per cell (at least one), so a slow system cannot stretch the whole benchmark.
    const r = inChild<{ times: number[] }>('child.cjs', ['time', plan.system, size.path, String(runs), '30000'], 300_000);
    outcomes.push(r.ok ? { ok: true, value: mbps(size.bytes, median(r.value.times)) } : r);
    if (r.ok && plan.system === 'newsmark') firstRuns.push(`${size.label} ${fmt(r.value.times[0], r.value.times[0] < 10 ? 1 : 0)} ms`);
  });
  throughput.set(plan.system, outcomes);
}
const speed = (system: string, i: number) => {
  const o = throughput.get(system)![i];
  return o.ok ? fmt(o.value, o.value < 1 ? 3 : 1) : o.reason;
};
const ours1 = throughput.get('newsmark')![1];
const ours10 = throughput.get('newsmark')![2];
const comp1 = throughput.get('compromise')![1];
const speedup = ours1.ok && comp1.ok ? ours1.value / comp1.value : undefined;
const throughputTable = table(
  ['input', 'newsmark MB/s', 'compromise + dates MB/s', 'wink-nlp MB/s', 'newsmark ÷ compromise'],
  sizes.map((size, i) => {
    const a = throughput.get('newsmark')![i];
    const c = throughput.get('compromise')![i];
    return [`${size.label} (${size.bytes} B)`, speed('newsmark', i), speed('compromise', i), speed('wink', i), a.ok && c.ok ? `${fmt(a.value / c.value, 0)}×` : '–'];
  }),
);

// ---------------------------------------------------------------- peak memory
log('peak memory…');
const bare = inChild<{ peakRss: number }>('child.cjs', ['bare'], 30_000);
const bareRss = bare.ok ? bare.value.peakRss : 0;
const rssPlan: Array<[string, number]> = [
  ['newsmark', 1],
  ['newsmark', 2],
  ['compromise', 1],
  ['wink', 1],
  ['wink', 2],
];
const rss = new Map<string, Outcome<number>>();
for (const [system, i] of quick ? rssPlan.filter(([s]) => s === 'newsmark') : rssPlan) {
  log(`peak RSS ${system} ${sizes[i].label}`);
  const r = inChild<{ peakRss: number }>('child.cjs', ['rss', system, sizes[i].path], 300_000);
  rss.set(`${system}:${i}`, r.ok ? { ok: true, value: r.value.peakRss - bareRss } : r);
}
const rssCell = (system: string, i: number) => {
  const o = rss.get(`${system}:${i}`);
  if (!o) return 'not run';
  return o.ok ? `${mbText(o.value)} (${fmt(o.value / sizes[i].bytes, 1)}×)` : o.reason;
};
const memoryTable = table(
  ['input', 'newsmark', 'compromise + dates', 'wink-nlp'],
  [1, 2].map((i) => [sizes[i].label, rssCell('newsmark', i), i === 2 ? 'not run (≈ 2.6 GB)' : rssCell('compromise', i), rssCell('wink', i)]),
);
const ours10Rss = rss.get('newsmark:2');

// ---------------------------------------------------------------- edit cost
log('edit cost…');
const edits = inChild<{ incremental: boolean; warmUp: number[]; times: number[] }>('edit.cjs', [sizes[1].path, quick ? '20' : '200', '40000'], 600_000);
let editSummary: string;
let editMedian = Infinity;
let editP99 = Infinity;
if (edits.ok) {
  editMedian = median(edits.value.times);
  editP99 = percentile(edits.value.times, 99);
  const warmUp = edits.value.warmUp;
  editSummary = `${edits.value.times.length} random one-character edits (up to 200, within a 40 s budget) — insert, delete or replace — in the 1 MB document, ${
    edits.value.incremental ? 'IncrementalExtractor.update()' : 'full extract() per edit (src/extractor/incremental.ts does not exist yet)'
  }: median ${fmt(editMedian, 2)} ms, p99 ${fmt(editP99, 2)} ms. They follow ${warmUp.length} warm-up edits, timed apart because they include the JIT compiling code the first analysis did not reach (paid once per session): median ${fmt(median(warmUp), 2)} ms, slowest ${fmt(Math.max(...warmUp), 2)} ms.`;
} else {
  editSummary = `edit benchmark failed: ${edits.reason}`;
}

// ---------------------------------------------------------------- cold start
log('cold start…');
const coldRuns = quick ? 3 : 9;
const cold = new Map<string, Outcome<number>>();
const coldParts = new Map<string, { importMs: number; analyseMs: number }>();
for (const system of ['newsmark', 'compromise', 'wink']) {
  const runs: Array<{ ms: number; importMs: number; analyseMs: number }> = [];
  let failure: string | undefined;
  for (let i = 0; i < coldRuns && !failure; i++) {
    const r = inChild<{ ms: number; importMs: number; analyseMs: number }>('child.cjs', ['cold', system, samplePath], 60_000);
    if (r.ok) runs.push(r.value);
    else failure = r.reason;
  }
  cold.set(system, failure ? { ok: false, reason: failure } : { ok: true, value: median(runs.map((r) => r.ms)) });
  if (!failure) coldParts.set(system, { importMs: median(runs.map((r) => r.importMs)), analyseMs: median(runs.map((r) => r.analyseMs)) });
}
const coldCell = (system: string) => {
  const o = cold.get(system)!;
  const parts = coldParts.get(system);
  return o.ok ? `${fmt(o.value, 1)} ms${parts ? ` (import ${fmt(parts.importMs, 1)} + analyse ${fmt(parts.analyseMs, 1)})` : ''}` : o.reason;
};

// ---------------------------------------------------------------- bundle sizes
log('bundle sizes…');
const sizeOf = (path: string) => {
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const bundles = [
  ['dist/extension.js (desktop)', join(root, 'dist/extension.js')],
  ['dist/web/extension.js (browser)', join(root, 'dist/web/extension.js')],
  ['dist/cli.js', join(root, 'dist/cli.js')],
  ['extractor alone (minified)', join(cache, 'extractor.min.cjs')],
  ['lexicon data alone (minified)', join(cache, 'lexicon.min.cjs')],
].map(([label, path]) => ({ label, size: sizeOf(path) }));
let vsixPath = join(root, 'dist/newsmark.vsix');
let vsixNote = '';
if (!existsSync(vsixPath)) {
  log('packaging the VSIX…');
  vsixPath = join(cache, 'newsmark.vsix');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', vsixPath], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) vsixNote = `vsce package failed: ${((r.stderr || r.stdout || '').trim().split('\n').filter(Boolean).pop() ?? '').slice(0, 160)}`;
  else vsixNote = 'built for this run with vsce package --no-dependencies';
}
const vsix = existsSync(vsixPath) ? statSync(vsixPath).size : undefined;
const desktop = bundles[0].size;
const bundleTable = table(
  ['file', 'minified', 'gzipped'],
  [...bundles.map((b) => [b.label, b.size ? kb(b.size.raw) : 'missing', b.size ? kb(b.size.gzip) : '–']), ['VSIX', vsix !== undefined ? kb(vsix) : vsixNote || 'missing', '–']],
);

// ---------------------------------------------------------------- adversarial linearity
log('adversarial linearity…');
const linearity: Array<{ name: string; t1?: number; t4?: number; reason?: string }> = [];
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  const slug = name.replace(/[^a-z]+/g, '-');
  const p1 = inputFile(`adv-${slug}-1MB`, make(1 * MB));
  const p4 = inputFile(`adv-${slug}-4MB`, make(4 * MB));
  log(`  ${name}`);
  // Median of up to 3 runs, fewer when a run is slow (a 10 s budget per input, at least one run).
  const r1 = inChild<{ times: number[] }>('child.cjs', ['time', 'newsmark', p1, '3', '10000'], 120_000);
  const r4 = r1.ok ? inChild<{ times: number[] }>('child.cjs', ['time', 'newsmark', p4, '3', '10000'], 300_000) : r1;
  linearity.push({ name, t1: r1.ok ? median(r1.value.times) : undefined, t4: r4.ok ? median(r4.value.times) : undefined, reason: !r1.ok ? r1.reason : !r4.ok ? r4.reason : undefined });
}
const worstRatio = Math.max(...linearity.map((l) => (l.t1 && l.t4 ? l.t4 / l.t1 : Infinity)));
const linearityTable = table(
  ['input', '1 MB', '4 MB', '4 MB ÷ 1 MB', '≤ 6'],
  linearity.map((l) => {
    const ratio = l.t1 && l.t4 ? l.t4 / l.t1 : undefined;
    return [l.name, l.t1 !== undefined ? `${fmt(l.t1, 0)} ms` : l.reason ?? '–', l.t4 !== undefined ? `${fmt(l.t4, 0)} ms` : l.reason ?? '–', ratio !== undefined ? fmt(ratio, 2) : '–', ratio !== undefined && ratio <= 6 ? 'pass' : 'FAIL'];
  }),
);

// ---------------------------------------------------------------- hostile text against news (bench/hostile.ts)
log('hostile text against news…');
const hostile = inChild<{ markdown: string; targets: string[][] }>('hostile.cjs', quick ? ['--quick'] : [], 1_800_000);
const hostileSection = hostile.ok ? hostile.value.markdown : `hostile-text benchmark failed: ${hostile.reason}`;

// ---------------------------------------------------------------- CLI streaming memory
log('CLI --jsonl streaming memory…');
const preload = join(cache, 'peak-rss.cjs');
writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, 'peak-rss ' + process.resourceUsage().maxRSS * 1024 + '\\n'));\n");
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
const streaming: Array<{ label: string; bytes: number; documents: number; rss?: number; seconds?: number; reason?: string }> = [];
for (const [label, bytes] of (quick ? [['2 MB', 2 * MB]] : [['4 MB', 4 * MB], ['32 MB', 32 * MB]]) as Array<[string, number]>) {
  const input = jsonlInput(bytes, 5);
  const path = inputFile(`jsonl-${label.replace(' ', '')}`, input.text);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['-r', preload, join(root, 'dist/cli.js'), 'extract', '--jsonl'], { input: readFileSync(path), encoding: 'utf8', maxBuffer: 1024 * MB, timeout: 300_000 });
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-rss (\d+)/.exec(r.stderr ?? '');
  streaming.push(r.status === 0 && peak ? { label, bytes, documents: input.documents, rss: Number(peak[1]) - bareRss, seconds } : { label, bytes, documents: input.documents, reason: (r.stderr ?? '').trim().split('\n').pop() ?? `exit ${r.status}` });
}
const streamingTable = table(
  ['JSON Lines input', 'documents/s', 'MB/s', 'peak RSS above bare Node'],
  streaming.map((s) => [s.label, s.seconds ? fmt(s.documents / s.seconds, 0) : '–', s.seconds ? fmt(s.bytes / MB / s.seconds, 2) : '–', s.rss !== undefined ? mbText(s.rss) : s.reason ?? '–']),
);

// ---------------------------------------------------------------- targets
const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL');
const targetRows: string[][] = [
  ['extract() throughput, 1 MB', '≥ 25 MB/s', ours1.ok ? `${fmt(ours1.value)} MB/s` : ours1.reason, pass(ours1.ok && ours1.value >= 25)],
  ['extract() throughput, 10 MB', '≥ 25 MB/s', ours10.ok ? `${fmt(ours10.value)} MB/s` : ours10.reason, pass(ours10.ok && ours10.value >= 25)],
  ['newsmark ÷ compromise, 1 MB', '≥ 100×', speedup !== undefined ? `${fmt(speedup, 0)}×` : 'not measured', pass(speedup !== undefined && speedup >= 100)],
  ['peak RSS above bare Node, 10 MB', '≤ 8× input (80 MB)', ours10Rss?.ok ? `${mbText(ours10Rss.value)} (${fmt(ours10Rss.value / sizes[2].bytes, 1)}×)` : ours10Rss?.reason ?? '–', pass(Boolean(ours10Rss?.ok && ours10Rss.value <= 8 * sizes[2].bytes))],
  ['one-character edit, 1 MB, median', '≤ 10 ms', `${fmt(editMedian, 2)} ms`, pass(editMedian <= 10)],
  ['one-character edit, 1 MB, p99', '≤ 30 ms', `${fmt(editP99, 2)} ms`, pass(editP99 <= 30)],
  ['import + analyse the sample article', '≤ 25 ms', coldCell('newsmark'), pass(Boolean(cold.get('newsmark')?.ok && (cold.get('newsmark') as { value: number }).value <= 25))],
  ['extension bundle, minified (desktop)', '≤ 300 KB', desktop ? kb(desktop.raw) : 'missing', pass(Boolean(desktop && desktop.raw <= 300 * 1024))],
  ['adversarial inputs, worst 4 MB ÷ 1 MB', '≤ 6', Number.isFinite(worstRatio) ? fmt(worstRatio, 2) : 'failed', pass(worstRatio <= 6)],
];
if (hostile.ok) targetRows.push(...hostile.value.targets);
const targetTable = table(['measure', 'target', 'measured', ''], targetRows);

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '') commit += ' (with uncommitted changes in src/)';
} catch {
  // not a git checkout
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average ${fmt(loadAtStart, 1)} at the start and ${fmt(loadavg()[0], 1)} at the end (other work on the machine slows every figure alike)`;

const report = `# Performance

Measured by \`npm run bench\` (bench/run.ts) at commit ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, on ${machine}.
1 MB = 1,000,000 bytes of UTF-8. Every figure comes from a fresh child process; times are medians.

## Targets

${targetTable}

## Throughput of a full analysis

${throughputTable}

Inputs: the sample article; 1 MB and 10 MB of news built from the sample articles in \`seeds/\` (paragraphs shuffled, people's
names, cities, weekdays, months and numbers substituted, a dateline per article; bench/corpus.ts). Runs per input (5 KB, 1 MB,
10 MB): newsmark ${plans[0].runs.join(', ')}; compromise ${plans[1].runs.join(', ')}; wink-nlp ${plans[2].runs.join(', ')}, each after one second
of warm-up (the sample article analysed again and again, the same for every system); the figure is the median run.
newsmark's first timed run of each input, slower while the rest of its code is compiled: ${firstRuns.join(', ')}. compromise on 10 MB is not run: it needs about 2.6 GB and over a minute.
compromise: \`nlp(text)\` with compromise-dates, then the text of its people, places, dates and quotations (without offsets,
which compromise computes slowly on large documents: counting them would understate its speed). wink-nlp: \`readDoc\` with wink-eng-lite-web-model, entities and sentences (it finds no people or places).

## Peak memory (RSS above a bare Node process, ${mbText(bareRss)})

${memoryTable}

## Edit cost

${editSummary}

## Cold start (fresh process: load the library and analyse the sample article; median of ${coldRuns})

${table(['newsmark (minified extractor)', 'compromise + dates', 'wink-nlp'], [[coldCell('newsmark'), coldCell('compromise'), coldCell('wink')]])}

## Bundle sizes

${bundleTable}
${vsixNote ? `\nVSIX: ${vsixNote}.\n` : ''}
## Adversarial linearity (newsmark; median of up to 3 runs within 10 s per input)

${linearityTable}

## Hostile text against news of the same size (bench/hostile.ts)

${hostileSection}

## CLI \`extract --jsonl\` streaming

${streamingTable}

Documents of about 1.5 KB (three paragraphs each). Memory should not grow with the input. The 1 GB check is a separate run,
\`node bench/build.mjs stream --mb 1024\`, which writes bench/STREAM.md.
`;

const summary = [
  '', 'Targets', targetTable, '', 'Throughput', throughputTable, '', 'Peak RSS', memoryTable, '', editSummary, '',
  `Cold start: newsmark ${coldCell('newsmark')}, compromise ${coldCell('compromise')}, wink-nlp ${coldCell('wink')}`, '', bundleTable, '', 'Adversarial', linearityTable, '', 'Hostile text', hostileSection, '', 'Streaming', streamingTable,
].join('\n');
console.log(summary);
if (!quick) {
  writeFileSync(join(root, 'bench/RESULTS.md'), report);
  log('wrote bench/RESULTS.md');
}
