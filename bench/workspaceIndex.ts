/**
 * `node bench/build.mjs workspaceIndex`: the workspace index (src/workspaceIndex/) on generated
 * workspaces of 1,000 and 10,000 articles of 3–6 KB cut from real news (bench/goldNews.ts): time to
 * a complete index (decode, extract and record every article, in one process), the heap the index
 * holds for 10,000 articles, and the time of the queries behind Go to Symbol in Workspace and
 * Find All References at 10,000 articles. Writes bench/INDEX.md; `--json` also prints the figures
 * as one JSON line (read by bench/run.ts).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { ingestBytes } from '../src/workspaceIndex/ingest';
import { positionOf } from '../src/workspaceIndex/record';
import { WorkspaceIndex } from '../src/workspaceIndex/workspaceIndex';
import { random } from './corpus';
import { goldTexts, realNewsText } from './goldNews';
import { commitLabel, fmt, log, median, percentile, table } from './lib';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  // Heap figures need a collection before each reading.
  const result = spawnSync(process.execPath, ['--expose-gc', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
const collect = gc;
const loadAtStart = loadavg()[0];
const root = process.cwd();
const gold = goldTexts(root);
if (!gold) {
  log('../shared/eval/ is not beside the project: nothing to measure');
  process.exit(0);
}

/** `count` articles of 3,000–6,000 bytes, cut at white space from a stream of real news. */
function articles(count: number, seed: number): Buffer[] {
  const rnd = random(seed);
  const sizes = Array.from({ length: count }, () => 3000 + Math.floor(rnd() * 3000));
  const total = sizes.reduce((a, b) => a + b, 0);
  const text = Buffer.from(realNewsText(gold as NonNullable<typeof gold>, total + count * 200, seed), 'utf8');
  const out: Buffer[] = [];
  let at = 0;
  for (const size of sizes) {
    let end = Math.min(text.length, at + size);
    while (end < text.length && end > at && text[end] !== 0x20 && text[end] !== 0x0a) end++;
    out.push(Buffer.from(text.subarray(at, end)));
    at = end + 1;
  }
  return out;
}

function build(docs: Buffer[]): { index: WorkspaceIndex; ms: number; cpuMs: number } {
  const index = new WorkspaceIndex();
  const cpu = process.cpuUsage();
  const started = performance.now();
  docs.forEach((bytes, i) => {
    const uri = `file:///desk/${String(i).padStart(5, '0')}.txt`;
    const result = ingestBytes({ uri, folder: 'file:///desk', bytes, maxBytes: 5 * 1024 * 1024, intern: index.intern });
    if (result.kind === 'record') index.set(result.record);
    else index.skip(uri, result.reason);
  });
  const used = process.cpuUsage(cpu);
  return { index, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

log('generating 1,000 articles…');
const small = articles(1000, 1);
// Warm-up on other articles, as an editor host that already analysed the open article.
build(articles(50, 9));
const one = build(small);
log(`1,000 articles: ${fmt(one.ms / 1000, 2)} s (CPU ${fmt(one.cpuMs / 1000, 2)} s)`);

log('generating 10,000 articles…');
const large = articles(10_000, 2);
const bytes = large.reduce((a, b) => a + b.length, 0);
collect();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const ten = build(large);
collect();
const heapIndex = process.memoryUsage().heapUsed - heapBefore;
const rssAfter = process.memoryUsage().rss;
log(`10,000 articles: ${fmt(ten.ms / 1000, 2)} s, index heap ${fmt(heapIndex / 1e6, 1)} MB`);

// Queries: names and prefixes of people across the index, as someone would type them.
const { index } = ten;
const people = index.entities('person');
const pick = people.filter((_, i) => i % Math.max(1, Math.floor(people.length / 60)) === 0).slice(0, 60);
const queries = pick.flatMap((p) => {
  const surname = p.name.split(' ').pop() ?? p.name;
  return [surname, surname.slice(0, 3)];
});
const symbolTimes = queries.map((q) =>
  time(() => {
    for (const key of index.findKeys(q, 100)) for (const { record, index: i } of index.occurrences(key)) positionOf(record, record.entities[i].mentions[0]);
  }),
);
const referenceTimes = pick.map((p) =>
  time(() => {
    for (const { record, index: i } of index.references(p.key)) {
      const mentions = record.entities[i].mentions;
      for (let j = 0; j < mentions.length; j += 2) positionOf(record, mentions[j]);
    }
  }),
);
const top = people[0];
const topRefs = time(() => {
  for (const { record, index: i } of index.references(top.key)) {
    const mentions = record.entities[i].mentions;
    for (let j = 0; j < mentions.length; j += 2) positionOf(record, mentions[j]);
  }
});
const peopleMs = time(() => index.entities('person'));

const figures = {
  articles1k: { seconds: one.ms / 1000, cpuSeconds: one.cpuMs / 1000 },
  articles10k: { seconds: ten.ms / 1000, cpuSeconds: ten.cpuMs / 1000, mb: bytes / 1e6, heapMB: heapIndex / 1e6, rssMB: (rssAfter - rssBefore) / 1e6, people: people.length },
  symbol: { median: median(symbolTimes), p99: percentile(symbolTimes, 99), max: Math.max(...symbolTimes), queries: queries.length },
  references: { median: median(referenceTimes), max: Math.max(...referenceTimes, topRefs), top: { name: top.name, articles: top.articleCount, ms: topRefs } },
  peopleMs,
};

const targets: string[][] = [
  ['1,000 articles indexed', '≤ 5 s', `${fmt(figures.articles1k.seconds, 2)} s (CPU ${fmt(figures.articles1k.cpuSeconds, 2)} s)`, figures.articles1k.seconds <= 5 ? 'pass' : figures.articles1k.cpuSeconds <= 5 ? `FAIL in wall time at load ${fmt(loadAtStart, 0)}; CPU time passes` : 'FAIL'],
  ['10,000 articles indexed', '–', `${fmt(figures.articles10k.seconds, 1)} s, CPU ${fmt(figures.articles10k.cpuSeconds, 1)} s (${fmt(figures.articles10k.mb, 1)} MB)`, ''],
  ['heap held by the index of 10,000 articles', '≤ 150 MB', `${fmt(heapIndex / 1e6, 1)} MB (RSS +${fmt(figures.articles10k.rssMB, 0)} MB)`, heapIndex / 1e6 <= 150 ? 'pass' : 'FAIL'],
  [`symbol search at 10,000 articles (${queries.length} names and prefixes, with locations)`, '≤ 100 ms', `median ${fmt(figures.symbol.median, 2)} ms, slowest ${fmt(figures.symbol.max, 2)} ms`, figures.symbol.max <= 100 ? 'pass' : 'FAIL'],
  [`references at 10,000 articles (${pick.length} people, with locations)`, '≤ 100 ms', `median ${fmt(figures.references.median, 2)} ms, slowest ${fmt(figures.references.max, 2)} ms`, figures.references.max <= 100 ? 'pass' : 'FAIL'],
];

const md = `# Workspace index

Measured by \`node bench/build.mjs workspaceIndex\` (bench/workspaceIndex.ts) at commit ${commitLabel()}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC,
load average ${fmt(loadAtStart, 1)} at the start and ${fmt(loadavg()[0], 1)} at the end on ${cpus().length} cores (other work on the machine slows wall-clock times; CPU times less so).
Articles of 3,000–6,000 bytes cut at white space from real news (the gold texts of \`../shared/eval/\`, bench/goldNews.ts),
held in memory as bytes; indexing is what the extension does per file after reading it: decode, \`extract()\`, keep the
compact record (src/workspaceIndex/). One process, after a warm-up on 50 other articles.

${table(['measure', 'target', 'measured', ''], targets)}

The slowest reference query is the most named person (${figures.articles10k.people} people in the index; the top one in
${top.articleCount} articles: ${fmt(topRefs, 2)} ms). Listing every person with article and quote counts (the Newsroom view's
People) takes ${fmt(peopleMs, 0)} ms and is cached until the index changes.
`;
writeFileSync(join(root, 'bench/INDEX.md'), md);
process.stdout.write(md);
// bench/run.ts puts these rows in the target table of bench/RESULTS.md.
const forResults = targets.map(([measure, ...rest]) => [`${measure} (bench/INDEX.md)`, ...rest]);
if (process.argv.includes('--json')) process.stdout.write(`\n${JSON.stringify({ ...figures, targets: forResults })}\n`);
