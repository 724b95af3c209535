/**
 * Streams a large JSON Lines input of small news documents through `newsmark extract --jsonl` and
 * watches the CLI's memory while it runs: its resident set must stay flat however long the input.
 *   node bench/build.mjs stream [--mb 1024]      (default 256 MB; 1024 for the 1 GB check)
 * The input is generated on the fly and written with backpressure, so it never exists whole.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsText, random, sampleArticles } from './corpus';

const root = join(__dirname, '../../..');
const MB = 1_000_000;
const at = process.argv.indexOf('--mb');
const totalBytes = (at >= 0 ? Number(process.argv[at + 1]) : 256) * MB;

const paragraphs = newsText(sampleArticles(root), 2 * MB, 9).split('\n\n');
const rnd = random(11);

/** Resident and peak resident set of a process, from /proc (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'extract', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
let written = 0;
let documents = 0;
let outputLines = 0;
let peak = 0;
const samples: Array<{ inputMB: number; rssMB: number }> = [];
child.stdout.on('data', (chunk: Buffer) => {
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outputLines++;
});
const started = performance.now();
const timer = setInterval(() => {
  const m = memoryOf(child.pid!);
  if (!m) return;
  peak = Math.max(peak, m.peak);
  samples.push({ inputMB: written / MB, rssMB: m.rss / MB });
  process.stderr.write(`\r${(written / MB).toFixed(0)} MB written, ${outputLines} results, RSS ${(m.rss / MB).toFixed(0)} MB, peak ${(m.peak / MB).toFixed(0)} MB   `);
}, 1000);

function writeMore(): void {
  while (written < totalBytes) {
    const start = Math.floor(rnd() * paragraphs.length);
    const line = `${JSON.stringify({ id: documents, text: paragraphs.slice(start, start + 1 + Math.floor(rnd() * 4)).join('\n\n') })}\n`;
    documents++;
    written += Buffer.byteLength(line);
    if (!child.stdin.write(line)) {
      child.stdin.once('drain', writeMore);
      return;
    }
  }
  child.stdin.end();
}
writeMore();

child.on('close', (code) => {
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const tenth = samples.filter((s) => s.inputMB <= totalBytes / MB / 10);
  const early = tenth.length > 0 ? Math.max(...tenth.map((s) => s.rssMB)) : NaN;
  const late = samples.length > 0 ? Math.max(...samples.slice(Math.floor(samples.length / 2)).map((s) => s.rssMB)) : NaN;
  process.stderr.write('\n');
  const result = {
    exitCode: code,
    inputMB: +(written / MB).toFixed(1),
    documents,
    results: outputLines,
    seconds: +seconds.toFixed(1),
    peakRssMB: +(peak / MB).toFixed(1),
    rssFirstTenthMB: +early.toFixed(1),
    rssSecondHalfMB: +late.toFixed(1),
  };
  console.log(JSON.stringify(result));
  if (totalBytes >= 1000 * MB && code === 0) {
    writeFileSync(
      join(root, 'bench/STREAM.md'),
      `# CLI streaming memory\n\nMeasured by \`node bench/build.mjs stream --mb ${totalBytes / MB}\` on ${new Date().toISOString().slice(0, 10)}: ` +
        `${result.inputMB} MB of JSON Lines (${documents} news documents of one to four paragraphs) piped through \`newsmark extract --jsonl\` ` +
        `in ${result.seconds} s; ${outputLines} results.\n\n| resident set | MB |\n|:--|--:|\n| highest in the first tenth of the input | ${result.rssFirstTenthMB} |\n` +
        `| highest in the second half of the input | ${result.rssSecondHalfMB} |\n| peak over the whole run | ${result.peakRssMB} |\n`,
    );
  }
  process.exit(code === 0 && outputLines === documents ? 0 : 1);
});
