/** The command line against hostile or careless input: size limits, deep nesting. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { assertOneLineError, jsonLines, run, sample } from './cli-run';

test('extract FILE and extract - stop reading at the size limit, which --max-file-mb sets', async () => {
  assertOneLineError(await run(['extract', '--max-file-mb', '0.001', sample]), /000_e8a961f6e006cecf\.txt: larger than 1048 bytes \(raise --max-file-mb\)/);
  assert.equal((await run(['extract', '--max-file-mb', '1', sample])).status, 0);
  const twoMegabytes = 'Ms. Ruiz spoke on Monday. '.repeat(80_000);
  const r = await run(['extract', '-', '--max-file-mb', '1'], twoMegabytes);
  assertOneLineError(r, /^newsmark: stdin: larger than 1 MB \(raise --max-file-mb\)$/);
  assert.equal(r.stdout, '');
  // The flags of the two modes are not mixed up.
  assertOneLineError(await run(['extract', '--jsonl', '--max-file-mb', '1']), /--max-file-mb is for extract FILE/, 2);
  assertOneLineError(await run(['extract', sample, '--max-line-mb', '1']), /--max-line-mb is for extract --jsonl/, 2);
  // An endless device ends at the default limit instead of filling memory.
  if (existsSync('/dev/zero')) assertOneLineError(await run(['extract', '/dev/zero'], '', { timeoutMs: 30_000 }), /^newsmark: \/dev\/zero: larger than 16 MB \(raise --max-file-mb\)$/);
});

test('a --jsonl line nested too deep is a one-line error naming the line; brackets inside strings do not count', async () => {
  const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  const deep = `{"id":"ok","text":"Hello."}\n{"id":${nested(5000)},"text":"Hello."}\n{"id":"never","text":"x"}\n`;
  const r = await run(['extract', '--jsonl'], deep);
  assertOneLineError(r, /^newsmark: stdin line 2: JSON nested deeper than 256 levels$/);
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['ok']);
  const fine = `{"id":${nested(200)},"text":"[[[ \\"[[[[ ${'['.repeat(1000)} Ms. Ruiz said on Monday."}\n`;
  const ok = await run(['extract', '--jsonl'], fine);
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(jsonLines(ok.stdout)[0].id, JSON.parse(nested(200)));
});
