/**
 * The measurements of `npm run bench`, each in fresh child processes (bench/child.ts, bench/edit.ts)
 * with time limits, so that one slow or hungry run cannot stall or skew the others.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cache, fmt, inChild, kb, log, MB, mbps, median, type Outcome, percentile, root } from './lib';

export type System = 'newsmark' | 'compromise' | 'wink';
export interface Input {
  label: string;
  path: string;
  bytes: number;
}

export const input = (label: string, path: string): Input => ({ label, path, bytes: statSync(path).size });

/** Warm throughput (MB/s, median run after one second of warm-up) and the first timed run (ms). */
export function warmThroughput(system: System, subject: Input, runs: number): Outcome<{ mbps: number; firstMs: number }> {
  if (runs === 0) return { ok: false, reason: 'not run' };
  log(`throughput ${system} ${subject.label} × ${runs}`);
  // At most 30 s of runs per cell (at least one), so a slow system cannot stretch the whole benchmark.
  const r = inChild<{ times: number[] }>('child.cjs', ['time', system, subject.path, String(runs), '30000'], 300_000);
  return r.ok ? { ok: true, value: { mbps: mbps(subject.bytes, median(r.value.times)), firstMs: r.value.times[0] } } : r;
}

/** A fresh process: load the system, analyse the input once; median of `runs` processes. */
export function firstCall(system: System, subject: Input, runs: number): Outcome<{ ms: number; importMs: number; analyseMs: number }> {
  log(`first call ${system} ${subject.label} × ${runs}`);
  const results: Array<{ ms: number; importMs: number; analyseMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    const r = inChild<{ ms: number; importMs: number; analyseMs: number }>('child.cjs', ['cold', system, subject.path], 120_000);
    if (!r.ok) return r;
    results.push(r.value);
  }
  return { ok: true, value: { ms: median(results.map((r) => r.ms)), importMs: median(results.map((r) => r.importMs)), analyseMs: median(results.map((r) => r.analyseMs)) } };
}

export function bareRss(): number {
  const bare = inChild<{ peakRss: number }>('child.cjs', ['bare'], 30_000);
  return bare.ok ? bare.value.peakRss : 0;
}

/** Peak RSS above a bare Node process after loading the system and analysing the input once. */
export function peakRss(system: System, subject: Input, bare: number): Outcome<number> {
  log(`peak RSS ${system} ${subject.label}`);
  const r = inChild<{ peakRss: number }>('child.cjs', ['rss', system, subject.path], 300_000);
  return r.ok ? { ok: true, value: r.value.peakRss - bare } : r;
}

export interface EditCost {
  median: number;
  p99: number;
  summary: string;
}

/** Random one-character edits in the input through IncrementalExtractor, after twenty warm-up edits. */
export function editCost(subject: Input, edits: number): Outcome<EditCost> {
  log(`edit cost ${subject.label}`);
  const r = inChild<{ incremental: boolean; warmUp: number[]; times: number[] }>('edit.cjs', [subject.path, String(edits), '40000'], 600_000);
  if (!r.ok) return r;
  const { warmUp, times, incremental } = r.value;
  const result = { median: median(times), p99: percentile(times, 99) };
  const how = incremental ? 'IncrementalExtractor.update()' : 'full extract() per edit';
  const summary = `${times.length} random one-character edits (up to ${edits}, within a 40 s budget) — insert, delete or replace — in ${subject.label}, ${how}: median ${fmt(result.median, 2)} ms, p99 ${fmt(result.p99, 2)} ms. They follow ${warmUp.length} warm-up edits, timed apart because they include the JIT compiling code the first analysis did not reach (paid once per session): median ${fmt(median(warmUp), 2)} ms, slowest ${fmt(Math.max(...warmUp), 2)} ms.`;
  return { ok: true, value: { ...result, summary } };
}

export interface WholeProcess {
  seconds: number;
  peakRss: number;
}

/** `newsmark extract --jsonl` as a whole process on a JSON Lines file: wall time and peak RSS. */
export function cliJsonl(jsonlPath: string, preload: string): Outcome<WholeProcess> {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['-r', preload, join(root, 'dist/cli.js'), 'extract', '--jsonl'], { input: readFileSync(jsonlPath), encoding: 'utf8', maxBuffer: 4096 * MB, timeout: 600_000 });
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-rss (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !peak) return { ok: false, reason: (r.stderr ?? '').trim().split('\n').pop() ?? `exit ${r.status}` };
  return { ok: true, value: { seconds, peakRss: Number(peak[1]) } };
}

/** A peer as a whole process on a text file (start Node, load the library, analyse once): wall time. */
export function peerProcess(system: System, subject: Input): Outcome<number> {
  log(`whole process ${system} ${subject.label}`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(cache, 'child.cjs'), 'cold', system, subject.path], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) return { ok: false, reason: (r.stderr ?? '').trim().split('\n').pop() ?? `exit ${r.status}` };
  return { ok: true, value: (performance.now() - started) / 1000 };
}

export interface Bundle {
  label: string;
  size?: { raw: number; gzip: number };
}

export function bundleSizes(): { bundles: Bundle[]; vsix?: number; vsixNote: string } {
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
    const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsixPath], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    vsixNote = r.status !== 0 ? `vsce package failed: ${((r.stderr || r.stdout || '').trim().split('\n').filter(Boolean).pop() ?? '').slice(0, 160)}` : 'built for this run with vsce package --no-dependencies';
  }
  return { bundles, vsix: existsSync(vsixPath) ? statSync(vsixPath).size : undefined, vsixNote };
}

export const bundleRows = (b: Bundle) => [b.label, b.size ? kb(b.size.raw) : 'missing', b.size ? kb(b.size.gzip) : '–'];
