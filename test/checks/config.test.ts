/** `.newsmark.json`: severities, ignores, and one clear problem per bad key with the rest applied. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChecksConfig, withIgnoredRule } from '../../src/checks/config';
import { RULES, runChecks } from '../../src/checks';
import { extract } from '../../src/extractor';

test('a good file sets severities and ignores', () => {
  const r = parseChecksConfig(JSON.stringify({ checks: { 'first-reference': 'off', 'distant-weekday': 'hint' }, ignore: { './desk/a.txt': ['name-variant'] } }), '.newsmark.json');
  assert.equal(r.kind, 'ok');
  if (r.kind !== 'ok') return;
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.config.severities, { 'first-reference': 'off', 'distant-weekday': 'hint' });
  assert.deepEqual([...r.config.ignore.get('desk/a.txt')!], ['name-variant']);
});

test('bad keys and values are named with the file, and the rest still applies', () => {
  const r = parseChecksConfig(JSON.stringify({ checks: { 'no-such-rule': 'error', 'mixed-script': 'loud', 'name-variant': 'error' }, colour: 1 }), 'team/.newsmark.json');
  assert.equal(r.kind, 'ok');
  if (r.kind !== 'ok') return;
  assert.deepEqual(r.config.severities, { 'name-variant': 'error' });
  assert.equal(r.problems.length, 3);
  assert.ok(r.problems.every((p) => p.startsWith('team/.newsmark.json: ')));
  assert.ok(r.problems.some((p) => p.includes('"checks.no-such-rule"')));
  assert.ok(r.problems.some((p) => p.includes('"checks.mixed-script" is "loud"')));
  assert.ok(r.problems.some((p) => p.includes('"colour"')));
});

test('a file that is not JSON, or not an object, is one problem', () => {
  assert.equal(parseChecksConfig('{ checks: ', 'x.json').kind, 'invalid');
  assert.equal(parseChecksConfig('[1]', 'x.json').kind, 'invalid');
  // A hostile key is shown quoted and cut short, never as raw text.
  const r = parseChecksConfig(JSON.stringify({ ['\u202e'.repeat(100)]: 1 }), 'x.json');
  assert.ok(r.kind === 'ok' && r.problems[0].length < 140 && r.problems[0].includes('\\u202e'));
});

test('ignoring a rule in an article adds to the file and keeps the rest', () => {
  const r = withIgnoredRule('{"checks":{"mixed-script":"error"}}', 'desk/a.txt', 'first-reference');
  assert.equal(r.kind, 'ok');
  if (r.kind !== 'ok') return;
  const parsed: unknown = JSON.parse(r.text);
  assert.deepEqual(parsed, { checks: { 'mixed-script': 'error' }, ignore: { 'desk/a.txt': ['first-reference'] } });
  assert.equal(withIgnoredRule('not json', 'a.txt', 'first-reference').kind, 'invalid');
});

test('runChecks honours severities, off and ignored rules', () => {
  const text = 'The hearing is set for Tuesday, Jan. 19, 2022.\n';
  const analysis = extract(text);
  assert.equal(runChecks({ text, analysis })[0]?.severity, 'error');
  assert.equal(runChecks({ text, analysis, severities: { 'weekday-mismatch': 'hint' } })[0]?.severity, 'hint');
  assert.equal(runChecks({ text, analysis, severities: { 'weekday-mismatch': 'off' } }).length, 0);
  assert.equal(runChecks({ text, analysis, ignored: new Set(['weekday-mismatch']) }).length, 0);
  assert.equal(RULES.find((r) => r.id === 'distant-weekday')!.defaultSeverity, 'off');
});
