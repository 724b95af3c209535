/**
 * Hostile text against news of the same size: for each adversarial input of bench/corpus.ts, the time and
 * the peak memory of a full analysis and the cost of a one-character edit (IncrementalExtractor), beside
 * 4 MB of real news (the gold texts of ../shared/eval/dev and train, joined by blank lines; written to the
 * system's temporary folder for the run and deleted after). Targets: memory ≤ 10× the input, time ≤ 3× news,
 * an edit ≤ 3× an edit in news and re-analysing a bounded stretch (pieces of a long paragraph, src/extractor/pieces.ts).
 *   node bench/build.mjs hostile [--quick]       prints the section (Markdown) and, last, a JSON line for bench/run.ts
 *   hostile.cjs measure FILE BUDGET_MS           (internal) one input in a fresh process
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADVERSARIAL, cutToBytes, random } from './corpus';

const MB = 1_000_000;
const SIZE = 4 * MB;
const root = join(__dirname, '../../..');
const [mode, fileArg, budgetArg] = process.argv.slice(2);

interface Measured {
  bytes: number;
  /** Growth of the process's peak RSS during the first analysis (extractor loaded and warmed up before). */
  peakGrowth: number;
  times: number[];
  edits: number[];
  analysed: number[];
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** In a fresh process: warm up on the sample, analyse FILE once for memory, again for time, then edit it. */
function measure(file: string, budgetMs: number): Measured {
  const load = createRequire(__filename);
  const { extract, IncrementalExtractor } = load(join(__dirname, 'extractor.min.cjs'));
  let text = readFileSync(file, 'utf8');
  const sample = readFileSync(join(root, 'seeds/000_e8a961f6e006cecf.txt'), 'utf8');
  const warmUntil = performance.now() + 1000;
  do extract(sample);
  while (performance.now() < warmUntil);
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  // CPU time rather than wall time: on a shared machine it is much less swayed by other work.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let started = cpuMs();
  extract(text);
  const times = [cpuMs() - started];
  const peakGrowth = process.resourceUsage().maxRSS * 1024 - peakBefore;
  for (let i = 0; i < 2 && times.reduce((a, b) => a + b, 0) < budgetMs / 2; i++) {
    started = cpuMs();
    extract(text);
    times.push(cpuMs() - started);
  }
  // Random one-character edits as in bench/edit.ts; the first five warm the incremental path up and are not kept.
  const incremental = new IncrementalExtractor();
  incremental.update(text);
  const rnd = random(42);
  const edits: number[] = [];
  const analysed: number[] = [];
  let spent = 0;
  for (let i = 0; i < 35 && (i < 10 || spent < budgetMs / 2); i++) {
    let at = Math.floor(rnd() * text.length);
    const code = text.charCodeAt(at - 1);
    if (code >= 0xd800 && code <= 0xdbff) at++;
    const letter = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,“”\n'[Math.floor(rnd() * 59)];
    const kind = rnd();
    if (kind < 0.5) text = text.slice(0, at) + letter + text.slice(at);
    else if (kind < 0.75) text = text.slice(0, at) + text.slice(at + 1);
    else text = text.slice(0, at) + letter + text.slice(at + 1);
    started = cpuMs();
    incremental.update(text);
    const ms = cpuMs() - started;
    if (i < 5) continue;
    edits.push(ms);
    analysed.push(incremental.analysedCharacters);
    spent += ms;
  }
  return { bytes: Buffer.byteLength(readFileSync(file, 'utf8')), peakGrowth, times, edits, analysed };
}

/** About SIZE bytes of real news: the gold texts in a fixed order, joined by blank lines. */
function goldNews(): string | undefined {
  const texts: string[] = [];
  for (const split of ['dev', 'train']) {
    const dir = join(root, '../shared/eval', split);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  if (texts.length === 0) return undefined;
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < SIZE; k++) {
    parts.push(texts[k % texts.length]);
    size += Buffer.byteLength(texts[k % texts.length]) + 2;
  }
  return cutToBytes(parts.join('\n\n'), SIZE);
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const table = (header: string[], rows: string[][]) =>
  [header, header.map((_, i) => (i === 0 ? ':--' : '--:')), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

function main(): void {
  const quick = process.argv.includes('--quick');
  const budget = quick ? 6_000 : 20_000;
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-hostile-'));
  const results: Array<{ name: string; m?: Measured; reason?: string }> = [];
  try {
    const news = goldNews();
    const inputs: Array<[string, string]> = news === undefined ? [] : [['news (gold texts)', news]];
    for (const [name, make] of Object.entries(ADVERSARIAL)) inputs.push([name, make(SIZE)]);
    for (const [name, text] of inputs) {
      const path = join(dir, `${name.replace(/[^a-z]+/g, '-')}.txt`);
      writeFileSync(path, text);
      process.stderr.write(`  hostile: ${name}\n`);
      const r = spawnSync(process.execPath, [__filename, 'measure', path, String(budget)], { encoding: 'utf8', timeout: 600_000, maxBuffer: 16 * MB });
      const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
      results.push(r.status === 0 ? { name, m: JSON.parse(last) as Measured } : { name, reason: ((r.stderr ?? '').trim().split('\n').pop() ?? `exit ${r.status}`).slice(0, 120) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const news = results[0]?.name.startsWith('news') ? results[0].m : undefined;
  const newsTime = news ? median(news.times) : NaN;
  const newsEdit = news ? median(news.edits) : NaN;
  let worstMemory = 0;
  let worstTime = 0;
  let worstEdit = 0;
  let mostAnalysed = 0;
  const rows = results.map(({ name, m, reason }) => {
    if (!m) return [name, reason ?? '–', '–', '–', '–', '–', '–', '–'];
    const t = median(m.times);
    const e = median(m.edits);
    const memoryRatio = m.peakGrowth / m.bytes;
    const isNews = m === news;
    if (!isNews) {
      worstMemory = Math.max(worstMemory, memoryRatio);
      worstTime = Math.max(worstTime, t / newsTime);
      worstEdit = Math.max(worstEdit, e / newsEdit);
      mostAnalysed = Math.max(mostAnalysed, ...m.analysed);
    }
    return [
      name,
      `${fmt(t)} ms`,
      isNews ? '1' : fmt(t / newsTime, 2),
      `${fmt(m.peakGrowth / MB, 1)} MB`,
      fmt(memoryRatio, 1),
      `${fmt(e, 1)} ms`,
      isNews ? '1' : fmt(e / newsEdit, 2),
      `${fmt(median(m.analysed))} / ${fmt(Math.max(...m.analysed))}`,
    ];
  });
  const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  const targets = [
    ['hostile text: peak memory, worst input', '≤ 10× input', `${fmt(worstMemory, 1)}×`, pass(worstMemory <= 10)],
    ['hostile text: analysis time, worst input ÷ news', '≤ 3×', `${fmt(worstTime, 2)}×`, pass(worstTime <= 3)],
    ['hostile text: one-character edit, worst input ÷ news', '≤ 3×', `${fmt(worstEdit, 2)}×`, pass(worstEdit <= 3)],
    ['hostile text: characters re-analysed by an edit, most', '≤ 96,000 (6 pieces)', fmt(mostAnalysed), pass(mostAnalysed <= 96_000)],
  ];
  const markdown = `${table(['input (4 MB)', 'analysis', '÷ news', 'peak memory', '× input', 'edit (median)', '÷ news', 'characters re-analysed per edit (median / most)'], rows)}

Each input in a fresh process: the extractor as it ships (minified), warmed up for a second on the sample article; the
peak RSS growth during the first analysis; the analysis's CPU time (less swayed than wall time by other work on the
machine) as the median of up to three runs; then up to 30 random one-character edits with
\`IncrementalExtractor.update()\` (after five not counted), the median CPU time of one and how many
characters each analysed afresh. News: the gold texts of ../shared/eval/dev and train joined by blank lines (their
paragraphs are analysed whole); the adversarial inputs are single paragraphs (unbalanced quotes: many), analysed in
pieces of at most 16,000 characters.

${table(['measure', 'target', 'measured', ''], targets)}`;
  console.log(markdown);
  console.log(JSON.stringify({ markdown, targets }));
}

if (mode === 'measure') process.stdout.write(`${JSON.stringify(measure(fileArg, Number(budgetArg ?? 20_000)))}\n`);
else main();
