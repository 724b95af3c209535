/**
 * What every benchmark program shares: where things are, running a measurement in a fresh child
 * process, statistics and Markdown tables.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bundled into node_modules/.cache/newsmark-bench/, three folders below the project. */
export const root = join(__dirname, '../../..');
export const cache = __dirname;
export const MB = 1_000_000;

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Runs `script` (a bundled program in the cache) in a fresh Node process and parses its JSON output. */
export function inChild<T>(script: string, args: string[], timeoutMs: number, nodeArgs: string[] = []): Outcome<T> {
  const result = spawnSync(process.execPath, [...nodeArgs, join(cache, script), ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * MB, cwd: root });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { ok: false, reason: `over ${timeoutMs / 1000} s` };
  if (result.status !== 0) {
    const last = (result.stderr || '').trim().split('\n').filter(Boolean).pop() ?? `exit ${result.status ?? result.signal}`;
    return { ok: false, reason: last.slice(0, 120) };
  }
  return { ok: true, value: JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null') as T };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
export const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);
export const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
export const mbText = (bytes: number) => `${fmt(bytes / MB, 1)} MB`;
export const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL');

export function table(header: string[], rows: string[][]): string {
  const rule = header.map((_, i) => (i === 0 ? ':--' : '--:'));
  return [header, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** Writes a benchmark input into the cache and returns its path. */
export function inputFile(name: string, text: string): string {
  const path = join(cache, `input-${name}`);
  writeFileSync(path, text);
  return path;
}

/** The commit measured, marked when src/ has uncommitted changes. */
export function commitLabel(): string {
  try {
    let commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    if (execFileSync('git', ['status', '--porcelain', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '') commit += ' (with uncommitted changes in src/)';
    return commit;
  } catch {
    return 'unknown';
  }
}

/** A preload that prints the process's peak RSS on stderr as it exits (`peak-rss N`). */
export function peakRssPreload(): string {
  const path = join(cache, 'peak-rss.cjs');
  writeFileSync(path, "process.on('exit', () => require('fs').writeSync(2, 'peak-rss ' + process.resourceUsage().maxRSS * 1024 + '\\n'));\n");
  return path;
}
