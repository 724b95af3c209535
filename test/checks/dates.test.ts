/** weekday-mismatch and distant-weekday. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings, fixed, flagged } from './helpers';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

test('weekday-mismatch: a weekday that does not match its dated day, fixed in the same form', () => {
  // Jan. 19, 2022 was a Wednesday.
  const text = 'The hearing is set for Tuesday, Jan. 19, 2022, in Albany.\n';
  const found = findings('weekday-mismatch', text);
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].start, found[0].end), 'Tuesday');
  assert.match(found[0].message, /2022-01-19 is a Wednesday/);
  assert.equal(fixed('weekday-mismatch', text), 'The hearing is set for Wednesday, Jan. 19, 2022, in Albany.\n');
  assert.equal(fixed('weekday-mismatch', 'Polls close Tues., Jan. 19, 2022.'), 'Polls close Wed., Jan. 19, 2022.');
  assert.equal(fixed('weekday-mismatch', 'The vote was on Monday, 4 March 2019.'), 'The vote was on Monday, 4 March 2019.');
  assert.equal(fixed('weekday-mismatch', 'The vote was on Sunday, 4 March 2019.'), 'The vote was on Monday, 4 March 2019.');
});

test('weekday-mismatch: the year comes from the article date when the text gives none', () => {
  const text = 'The talks resume on Friday, Jan. 21.\n';
  assert.deepEqual(flagged('weekday-mismatch', text, '2022-01-18'), []); // Jan. 21, 2022 was a Friday
  assert.deepEqual(flagged('weekday-mismatch', text, '2021-01-18'), ['Friday']); // Jan. 21, 2021 was a Thursday
  assert.deepEqual(flagged('weekday-mismatch', text), [], 'no year, no article date: no finding');
});

test('weekday-mismatch: correct dates, impossible dates and "may" the verb are left alone', () => {
  assert.deepEqual(flagged('weekday-mismatch', 'On Wednesday, Jan. 19, 2022, the board met. Friday may 5 be enough?'), []);
  assert.deepEqual(flagged('weekday-mismatch', 'Monday, Feb. 30, 2022 does not exist.'), []);
  assert.deepEqual(flagged('weekday-mismatch', sample), []);
});

test('distant-weekday: a bare weekday far from the article date', () => {
  const text = 'Date: 2022-01-18\n\nThe minister resigned on Friday.\n';
  assert.deepEqual(flagged('distant-weekday', text), [], 'Friday resolves within a week');
  const found = findings('distant-weekday', 'The minister resigned on Friday.\n', '2022-01-18');
  assert.equal(found.length, 0, 'a bare weekday resolves near the article date');
});
