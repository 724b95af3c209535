/** The command line as a user runs it: summaries, JSON, JSON lines, eval, and its one-line errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOneLineError, cli, jsonLines, root, run, sample, sampleText, scratch } from './run';

test('--version and --help', async () => {
  const version = await run(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  const help = await run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /newsmark extract FILE/);
  assert.match(help.stdout, /--jsonl/);
  assert.match(help.stdout, /--max-file-mb N/);
  assert.match(help.stdout, /--max-line-mb N/);
  assert.match(help.stdout, /newsmark eval --gold/);
});

test('extract FILE prints a readable summary of the sample article', async () => {
  const r = await run(['extract', sample]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^.*000_e8a961f6e006cecf\.txt: \d+ characters/);
  assert.match(r.stdout, /^People \(\d+\)$/m);
  assert.match(r.stdout, /^Places \(\d+\)$/m);
  assert.match(r.stdout, /^Dates \(\d+\)$/m);
  assert.match(r.stdout, /^Quotes \(\d+\)$/m);
  assert.match(r.stdout, /Antony J\. Blinken ×\d+/);
  assert.match(r.stdout, /^ {2}Geneva ×/m);
  assert.match(r.stdout, /Jen Psaki: “We’re now at a stage/);
  assert.match(r.stdout, /late October/);
});

test('extract --json prints the analysis', async () => {
  const r = await run(['extract', '--json', sample]);
  assert.equal(r.status, 0, r.stderr);
  const analysis = JSON.parse(r.stdout);
  for (const key of ['mentions', 'entities', 'quotes', 'dates']) assert.ok(Array.isArray(analysis[key]), key);
  for (const m of analysis.mentions) assert.equal(sampleText.slice(m.start, m.end), m.text);
  const blinken = analysis.entities.find((e: { name: string }) => e.name === 'Antony J. Blinken');
  assert.ok(blinken, 'Antony J. Blinken is an entity');
  const quote = analysis.quotes.find((q: { text: string }) => q.text.startsWith('We’re now at a stage'));
  assert.ok(quote, 'the quote is found');
  assert.equal(quote.speaker, 'Jen Psaki');
  // Two files: one entry per file.
  const two = await run(['extract', '--json', sample, sample]);
  assert.equal(two.status, 0);
  const list = JSON.parse(two.stdout);
  assert.equal(list.length, 2);
  assert.equal(list[0].file, sample);
});

test('extract --jsonl writes one line per input, in order, with speakers on quotes', async () => {
  const input = [JSON.stringify({ id: 'a', text: sampleText }), JSON.stringify({ id: 7, text: 'Nothing here.' }), JSON.stringify({ id: 'c', text: sampleText.slice(0, 400) })].join('\n') + '\n';
  const r = await run(['extract', '--jsonl', '--article-date', '2022-01-18'], input);
  assert.equal(r.status, 0, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.id), ['a', 7, 'c']);
  for (const span of lines[0].spans) {
    assert.equal(sampleText.slice(span.start as number, span.end as number), span.text);
    assert.ok(['person', 'place', 'organization', 'date', 'quote'].includes(span.type as string));
  }
  const quote = lines[0].spans.find((s) => s.type === 'quote' && (s.text as string).startsWith('“We’re now at a stage'));
  assert.ok(quote, 'the quote is a span');
  assert.equal(quote.speaker, 'Jen Psaki');
  assert.equal(typeof quote.speakerStart, 'number');
  assert.equal(sampleText.slice(quote.speakerStart as number, quote.speakerEnd as number), 'she');
  assert.ok(lines[0].spans.some((s) => s.type === 'place' && s.text === 'Geneva'));
  // CRLF line ends and blank lines are accepted.
  const crlf = await run(['extract', '--jsonl'], '{"id":1,"text":"On Friday."}\r\n\r\n{"id":2,"text":"x"}\r\n');
  assert.equal(crlf.status, 0, crlf.stderr);
  assert.deepEqual(jsonLines(crlf.stdout).map((l) => l.id), [1, 2]);
});

test('extract --jsonl writes each result before reading the rest of its input', { timeout: 30_000 }, async () => {
  const child = spawn(process.execPath, [cli, 'extract', '--jsonl'], { cwd: root, timeout: 25_000 });
  let out = '';
  const firstLine = new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.includes('\n')) resolve();
    });
  });
  child.stdin.write(`${JSON.stringify({ id: 'first', text: 'Mr. Lee spoke on Monday.' })}\n`);
  await firstLine; // input still open: the first answer came out on its own (a CLI that buffers never gets here)
  child.stdin.end(`${JSON.stringify({ id: 'second', text: 'Later.' })}\n`);
  const status = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(status, 0);
  assert.deepEqual(jsonLines(out).map((l) => l.id), ['first', 'second']);
});

test('a missing file is a one-line error naming it', async () => {
  const r = await run(['extract', join(scratch, 'missing.txt')]);
  assertOneLineError(r, /missing\.txt: no such file/);
  assert.equal(r.stdout, '');
});

test('an empty file is an error; empty JSON lines input writes nothing and succeeds, as a filter does', async () => {
  const empty = join(scratch, 'empty.txt');
  writeFileSync(empty, '');
  assertOneLineError(await run(['extract', empty]), /empty\.txt: empty input/);
  assertOneLineError(await run(['extract', '-'], ''), /stdin: empty input/);
  for (const input of ['', '\n\n', '\r\n  \n\t\n']) {
    const r = await run(['extract', '--jsonl'], input);
    assert.deepEqual(r, { status: 0, stdout: '', stderr: '' }, `input ${JSON.stringify(input)}`);
  }
});

test('invalid UTF-8 is an error naming the file or the line', async () => {
  const bad = join(scratch, 'latin1.txt');
  writeFileSync(bad, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4e, 0x6f, 0x69, 0x72, 0x0a])); // "Café Noir" in Latin-1
  assertOneLineError(await run(['extract', bad]), /latin1\.txt: invalid UTF-8/);
  const input = Buffer.concat([Buffer.from('{"id":"ok","text":"On Monday."}\n{"id":"bad","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
  const r = await run(['extract', '--jsonl'], input);
  assertOneLineError(r, /stdin line 2: invalid UTF-8/);
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['ok'], 'the valid line before it is written');
});

test('a line that is not JSON, has no text, or a text that is not a string is an error with its line number', async () => {
  const good = '{"id":1,"text":"Ms. Ruiz arrived in Lima on Tuesday."}\n{"id":2,"text":"Fine."}\n';
  const cases: Array<[string, RegExp]> = [
    ['{"id":3,"text":"unterminated}\n', /stdin line 3: not valid JSON/],
    ['{"id":3}\n', /stdin line 3: missing "text"/],
    ['{"id":3,"text":42}\n', /stdin line 3: "text" must be a string/],
    ['["text"]\n', /stdin line 3: expected a JSON object/],
    ['null\n', /stdin line 3: expected a JSON object/],
  ];
  for (const [bad, pattern] of cases) {
    const r = await run(['extract', '--jsonl'], `${good}${bad}{"id":4,"text":"never read"}\n`);
    assertOneLineError(r, pattern);
    assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), [1, 2], `lines before ${bad.trim()} are written`);
  }
});

test('a 50 MB line is rejected with its line number, without buffering it whole', async () => {
  const huge = `{"id":"big","text":"${'word '.repeat(10 * 1024 * 1024)}"}\n`;
  const r = await run(['extract', '--jsonl'], `{"id":"small","text":"Hello."}\n${huge}`);
  assertOneLineError(r, /stdin line 2: line longer than 16 MB/);
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['small']);
  // The limit can be raised.
  const raised = await run(['extract', '--jsonl', '--max-line-mb', '1'], `{"id":"x","text":"${'a'.repeat(2 * 1024 * 1024)}"}\n`);
  assertOneLineError(raised, /stdin line 1: line longer than 1 MB/);
});

test('wrong command lines exit with 2 and say why', async () => {
  assertOneLineError(await run([]), /missing command/, 2);
  assertOneLineError(await run(['frobnicate']), /unknown command "frobnicate"/, 2);
  assertOneLineError(await run(['extract', '--bogus', sample]), /unknown option --bogus/, 2);
  assertOneLineError(await run(['extract']), /extract needs FILE/, 2);
  assertOneLineError(await run(['extract', '--article-date', '2022-13-45', sample]), /--article-date must be a date/, 2);
  assertOneLineError(await run(['eval']), /eval needs --gold/, 2);
});

test('eval scores a gold file and prints a per-type table', async () => {
  const gold = join(scratch, 'gold.jsonl');
  const text = 'Ms. Ruiz arrived in Lima on Tuesday.';
  writeFileSync(gold, `${JSON.stringify({ id: 'g1', types: ['person', 'place', 'date'], text, spans: [{ start: 4, end: 8, type: 'person' }, { start: 20, end: 24, type: 'place' }, { start: 28, end: 35, type: 'date' }], other: [] })}\n`);
  const r = await run(['eval', '--gold', gold]);
  assert.equal(r.status, 0, r.stderr);
  for (const type of ['person', 'place', 'date']) assert.match(r.stdout, new RegExp(`\\| newsmark \\| gold\\.jsonl \\| ${type} +\\|`));
  assert.doesNotMatch(r.stdout, /\| quote /);
  assert.match(r.stdout, /gold\.jsonl: 1 documents/);
  // The date is found whatever else is.
  assert.match(r.stdout, /\| date +\| +1 \| +1 \| +1\.000 /);
  // --errors lists what was missed, with context.
  const wrongGold = join(scratch, 'wrong.jsonl');
  writeFileSync(wrongGold, `${JSON.stringify({ id: 'g2', types: ['person'], text, spans: [{ start: 9, end: 16, type: 'person' }], other: [] })}\n`);
  const withErrors = await run(['eval', '--gold', wrongGold, '--errors', '2']);
  assert.equal(withErrors.status, 0, withErrors.stderr);
  assert.match(withErrors.stdout, /person missed \(1\):\n {2}g2: …Ms\. Ruiz \[arrived\] in Lima/);
  // A broken gold line is named.
  const broken = join(scratch, 'broken.jsonl');
  writeFileSync(broken, `${readFileSync(gold, 'utf8')}{"text": 5}\n`);
  assertOneLineError(await run(['eval', '--gold', broken]), /broken\.jsonl:2: "text" must be a string/);
});
