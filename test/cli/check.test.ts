/** `newsmark check`: the three formats, exit codes, `.newsmark.json` discovery and its problems. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOneLineError, cli, run, sample, scratch } from './run';

const folder = join(scratch, 'desk');
mkdirSync(join(folder, 'stories'), { recursive: true });
// Line 1: a mark typed the wrong way round; line 3: Jan. 19, 2022 was a Wednesday; then a name typed with a Cyrillic е.
const ARTICLE = 'He called the plan “reckless“ and left.\n\nThe hearing is Tuesday, Jan. 19, 2022.\n\nMayor Anna Kоwalski spoke.\n';
writeFileSync(join(folder, 'stories/a.txt'), ARTICLE);

function runIn(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('check: text format, one finding a line and a summary; exit 1 with errors', () => {
  const r = runIn(folder, ['check', 'stories/a.txt']);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines[0], 'stories/a.txt:1:29: error unbalanced-quote This opening mark “ closes the quotation: it should be ”.');
  assert.equal(lines[1], 'stories/a.txt:3:16: error weekday-mismatch 2022-01-19 is a Wednesday, not a Tuesday.');
  assert.match(lines[2], /^stories\/a\.txt:5:12: warning mixed-script /);
  assert.equal(lines[3], '3 problems (2 errors, 1 warning) in 1 file');
});

test('check: the sample article is clean (exit 0)', async () => {
  const r = await run(['check', sample]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^No problems \(0 errors, 0 warnings\) in 1 file$/m);
});

test('check --format json: 1-based lines, UTF-16 columns and fixes', () => {
  const r = runIn(folder, ['check', '--format', 'json', 'stories/a.txt']);
  assert.equal(r.status, 1);
  const findings = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  assert.deepEqual(findings[1], { file: 'stories/a.txt', line: 3, column: 16, endLine: 3, endColumn: 23, severity: 'error', rule: 'weekday-mismatch', message: '2022-01-19 is a Wednesday, not a Tuesday.', fix: { replacement: 'Wednesday' } });
  assert.deepEqual(findings[2].fix, { replacement: 'Kowalski' });
});

test('check --format sarif: SARIF 2.1.0 with the rules and relative artifact URIs', () => {
  const r = runIn(folder, ['check', '--format=sarif', 'stories/a.txt']);
  assert.equal(r.status, 1);
  const sarif = JSON.parse(r.stdout) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }> }> };
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs.length, 1);
  assert.ok(sarif.runs[0].tool.driver.rules.some((rule) => rule.id === 'name-variant' && rule.help.text.includes('name-variant')));
  const result = sarif.runs[0].results[1];
  assert.equal(result.ruleId, 'weekday-mismatch');
  assert.equal(result.level, 'error');
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'stories/a.txt');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 16, endLine: 3, endColumn: 23 });
});

test('check reads .newsmark.json from the folder upwards; bad keys are reported and the rest applies', () => {
  writeFileSync(join(folder, '.newsmark.json'), JSON.stringify({ checks: { 'weekday-mismatch': 'warning', 'unbalanced-quote': 'off', 'no-such-rule': 'error' }, ignore: { 'stories/a.txt': ['mixed-script'] } }));
  try {
    const r = runIn(join(folder, 'stories'), ['check', 'a.txt']);
    assert.equal(r.status, 0, 'no error-severity finding left');
    assert.equal(r.stdout.trimEnd().split('\n')[0], 'a.txt:3:16: warning weekday-mismatch 2022-01-19 is a Wednesday, not a Tuesday.');
    assert.doesNotMatch(r.stdout, /mixed-script|unbalanced-quote/);
    assert.match(r.stderr, /^newsmark: \.\.\/\.newsmark\.json: unknown rule "checks\.no-such-rule"/);
  } finally {
    writeFileSync(join(folder, '.newsmark.json'), '{}');
  }
});

test('check --config FILE, and its errors: exit 2 with one line', async () => {
  const config = join(scratch, 'strict.json');
  writeFileSync(config, JSON.stringify({ checks: { 'mixed-script': 'error', 'unbalanced-quote': 'off', 'weekday-mismatch': 'off' } }));
  const r = runIn(folder, ['check', '--config', config, 'stories/a.txt']);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /error mixed-script/);
  writeFileSync(config, '{ "checks": ');
  assertOneLineError(runIn(folder, ['check', '--config', config, 'stories/a.txt']), /strict\.json: not valid JSON/, 2);
  assertOneLineError(await run(['check', '--config', join(scratch, 'missing.json'), sample]), /cannot read .*missing\.json: no such file/, 2);
  assertOneLineError(await run(['check', join(scratch, 'missing.txt')]), /cannot read .*missing\.txt: no such file/, 2);
  assertOneLineError(await run(['check', '--format', 'xml', sample]), /--format must be text, json or sarif/, 2);
  assertOneLineError(await run(['check']), /check needs FILE/, 2);
});

test('check --article-date gives year-less dates their year', () => {
  writeFileSync(join(folder, 'b.txt'), 'The talks resume on Friday, Jan. 21.\n');
  assert.equal(runIn(folder, ['check', '--article-date', '2022-01-18', 'b.txt']).status, 0);
  const r = runIn(folder, ['check', '--article-date', '2021-01-18', 'b.txt']);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /2021-01-21 is a Thursday, not a Friday \(year 2021 from the article's date\)/);
});

test('check: a file name with terminal escapes and bidi overrides is printed inert', () => {
  const name = 'c\u001b[31m\u202e.txt';
  writeFileSync(join(folder, name), 'The hearing is Tuesday, Jan. 19, 2022.\n');
  const r = runIn(folder, ['check', name]);
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stdout, /[\u001b\u202e]/);
  assert.match(r.stdout, /^c\\u001b\[31m\\u202e\.txt:1:16: error weekday-mismatch/m);
});
