/** `npm run eval` without the gold data beside the project: one line saying where the gold comes from, a non-zero exit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

// Bundled to out/test/bench/; the accuracy program is bundled three folders below the project, as bench/build.mjs does.
const root = join(__dirname, '../../..');
const program = join(root, 'out/bench-check/accuracy/accuracy.cjs');

test('npm run eval says in one line where the gold data comes from when it is missing', () => {
  buildSync({ entryPoints: [join(root, 'bench/accuracy.ts')], outfile: program, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', packages: 'external', logLevel: 'warning' });
  const missing = join(mkdtempSync(join(tmpdir(), 'newsmark-eval-')), 'no-such-folder');
  // --no-peer: a run that went ahead would score the sample gold only and write nothing.
  const r = spawnSync(process.execPath, [program, '--no-peer'], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NEWSMARK_EVAL_DIR: missing } });
  assert.equal(r.status, 1, `exit code; stderr: ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^npm run eval: no gold data in .*no-such-folder\/dev: .*OntoNotes.*CoNLL-2003.*TimeBank.*PolNeAR.*\.\.\/shared\/eval\/dev and \.\.\/shared\/eval\/train.*README/);
  assert.equal(r.stdout, '');
});
