/** mixed-script, name-variant and first-reference. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings, fixed, flagged } from './helpers';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

test('mixed-script: a name with a Cyrillic look-alike is flagged and fixed', () => {
  const text = 'President Volodymyr Zеlensky met the delegation in Kyiv.\n'; // Cyrillic е
  const found = findings('mixed-script', text);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /Cyrillic.*U\+0435/);
  assert.equal(fixed('mixed-script', text), 'President Volodymyr Zelensky met the delegation in Kyiv.\n');
});

test('mixed-script: whole Cyrillic or Greek words and plain Latin text are fine', () => {
  assert.deepEqual(flagged('mixed-script', 'The newspaper Правда and the letter Ω were cited; café owners agreed.'), []);
  assert.deepEqual(flagged('mixed-script', sample), []);
});

test('name-variant: one person spelled two ways, fixed to the full-name spelling', () => {
  const text = 'President Volodymyr Zelensky spoke in Kyiv on Tuesday.\n\nMr. Zelenskyy said the army was ready. Zelensky thanked the allies.\n';
  assert.deepEqual(flagged('name-variant', text), ['Zelenskyy']);
  assert.equal(fixed('name-variant', text), text.replace('Zelenskyy', 'Zelensky'));
  const accents = 'Coach Luis Peña praised the defence.\n\nMr. Pena said the team had improved.\n';
  assert.deepEqual(flagged('name-variant', accents), ['Pena']);
});

test('name-variant: two people with close surnames and different first names are fine', () => {
  const text = 'Mary Johnson, the treasurer, and John Johnston, the auditor, signed the report.\n';
  assert.deepEqual(flagged('name-variant', text), []);
  assert.deepEqual(flagged('name-variant', sample), []);
});

test('first-reference: a surname first, the full name later', () => {
  const text = 'Senator Corvin said the bill would pass.\n\nImelda Corvin, who wrote it, spoke for an hour. Ms. Corvin thanked her staff.\n';
  const found = findings('first-reference', text);
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].start, found[0].end), 'Corvin', 'the title stays outside the range');
  assert.equal(found[0].fix?.replacement, 'Imelda Corvin');
  const honorific = 'Mr. Alvarez declined to comment.\n\nPedro Alvarez runs the shipyard. Mr. Alvarez said little.\n';
  assert.equal(fixed('first-reference', honorific).split('\n')[0], 'Pedro Alvarez declined to comment.');
});

test('first-reference: full name first, and headlines, are fine', () => {
  assert.deepEqual(flagged('first-reference', sample), []);
  const headline = 'Corvin Wins Vote on Budget\n\nImelda Corvin won the vote on Tuesday. Ms. Corvin thanked her staff.\n';
  assert.deepEqual(flagged('first-reference', headline), []);
});

test('name-variant: a plural and a spelling marked [sic] are not variants', () => {
  const text = 'Prosecutor Angela Corey filed the charges.\n\nHis post attacked “Angela Correy’s [sic] career.”\n\nSri Lankan officials met Sri Lankans abroad; officer Kumar Lankan spoke.\n';
  assert.deepEqual(flagged('name-variant', text), []);
});

test('first-reference: a short first sentence run into the body is a headline', () => {
  const text = 'Corvin wins budget vote. Imelda Corvin won the vote on Tuesday, and Ms. Corvin thanked her staff.\n';
  assert.deepEqual(flagged('first-reference', text), []);
});
