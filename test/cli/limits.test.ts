/** The command line against hostile or careless input: size limits, deep nesting, control characters in names, bad gold files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOneLineError, jsonLines, run, sample, scratch } from './run';

/** Control characters (other than the line breaks between lines of output) and bidi controls. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

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

test('control and bidi characters in file names are escaped wherever a name is printed', async () => {
  const name = 'a\u001b[31mred\u0007\u007f\u009b\u202eb\nc';
  const shown = 'a\\u001b[31mred\\u0007\\u007f\\u009b\\u202eb\\u000ac';
  const article = join(scratch, `${name}.txt`);
  // The article's own text is data too: a bidi override inside a quote is not printed.
  writeFileSync(article, 'Ms. Ruiz arrived in Lima on Tuesday. “We\u202e won the vote here,” she said.\n');
  const summary = await run(['extract', article]);
  assert.equal(summary.status, 0, summary.stderr);
  assert.ok(summary.stdout.startsWith(`${join(scratch, shown)}.txt: 72 characters`), summary.stdout);
  assert.match(summary.stdout, /Ruiz: “We +won the vote here,”/);
  assert.doesNotMatch(summary.stdout, RAW_CONTROL);
  // In errors, on one line.
  assertOneLineError(await run(['extract', `${article}.missing`]), new RegExp(`${shown.replace(/[\\[]/g, '\\$&')}\\.txt\\.missing: no such file`));
  // In --json, as JSON escapes of the same name.
  const json = await run(['extract', '--json', article, article]);
  assert.equal(json.status, 0, json.stderr);
  assert.doesNotMatch(json.stdout, RAW_CONTROL);
  assert.equal(JSON.parse(json.stdout)[0].file, article);
  // In eval's table and its error examples, which also quote the gold's ids.
  const gold = join(scratch, `${name}.jsonl`);
  const text = 'Ms. Ruiz arrived in Lima on Tuesday.';
  writeFileSync(gold, `${JSON.stringify({ id: 'doc\u001b]0;owned\u0007', types: ['person'], text, spans: [{ start: 9, end: 16, type: 'person' }] })}\n`);
  const scored = await run(['eval', '--gold', gold, '--errors', '3']);
  assert.equal(scored.status, 0, scored.stderr);
  assert.match(scored.stdout, /doc\\u001b\]0;owned\\u0007: …/);
  assert.ok(scored.stdout.includes(`| ${shown}.jsonl |`), scored.stdout);
  assert.doesNotMatch(scored.stdout, RAW_CONTROL);
  const broken = join(scratch, `${name}-broken.jsonl`);
  writeFileSync(broken, '{"text": 5}\n');
  assertOneLineError(await run(['eval', '--gold', broken]), /red\\u0007.*-broken\.jsonl:1: "text" must be a string/);
});

test('eval --gold names the line of invalid UTF-8 and of any offset outside the text', async () => {
  const text = 'Ms. Ruiz said: “Yes.”';
  const good = JSON.stringify({ id: 'g1', types: ['quote'], text, spans: [{ start: 15, end: 21, type: 'quote', speaker: 'Ruiz', speaker_start: 4, speaker_end: 8 }] });
  const badUtf8 = join(scratch, 'bad-utf8.jsonl');
  writeFileSync(badUtf8, Buffer.concat([Buffer.from(`${good}\n${good.replace('Yes', 'Y')}\n{"id":"g3","text":"Caf`), Buffer.from([0xe9]), Buffer.from('"}\n')]));
  assertOneLineError(await run(['eval', '--gold', badUtf8]), /bad-utf8\.jsonl:3: invalid UTF-8$/);
  const cases: Array<[string, RegExp]> = [
    [good.replace('"speaker_end":8', '"speaker_end":99'), /:2: span 0 speaker offsets 4\.\.99 are not inside the text/],
    [good.replace('"speaker_start":4', '"speaker_start":-1'), /:2: span 0 speaker offsets -1\.\.8 are not inside the text/],
    [good.replace(',"speaker_end":8', ''), /:2: span 0 speaker offsets 4\.\.undefined are not inside the text/],
    [good.replace('}]}', '}],"other":[{"start":3,"end":40,"label":"ORG"}]}'), /:2: other 0 offsets 3\.\.40 are not inside the text/],
  ];
  for (const [line, pattern] of cases) {
    const file = join(scratch, 'bad-offsets.jsonl');
    writeFileSync(file, `${good}\n${line}\n`);
    assertOneLineError(await run(['eval', '--gold', file]), pattern);
  }
});
