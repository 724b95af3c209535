/** Shared by the CLI tests: runs the built dist/cli.js in a child process and checks its one-line errors. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Bundled into out/test/*.test.js; the CLI under test is the built dist/cli.js.
export const root = join(__dirname, '../../..');
export const cli = join(root, 'dist/cli.js');
export const sample = join(root, 'seeds/000_e8a961f6e006cecf.txt');
export const sampleText = readFileSync(sample, 'utf8');
export const scratch = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The child is killed after this long. */
  timeoutMs?: number;
}

/** Runs the CLI with `input` on stdin (a child that stops reading early is fine). */
export function run(args: string[], input: string | Buffer = '', options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, timeout: options.timeoutMs ?? 120_000 });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.stdin.on('error', () => {}); // EPIPE when the CLI stops at a bad line
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input);
  });
}

/** A one-line error with no stack trace. */
export function assertOneLineError(r: Run, pattern: RegExp, status = 1): void {
  assert.equal(r.status, status, `exit code; stderr: ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line expected, got: ${r.stderr}`);
  assert.match(lines[0], /^newsmark: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/);
}

export function jsonLines(stdout: string): Array<{ id: unknown; spans: Array<Record<string, unknown>> }> {
  return stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}
