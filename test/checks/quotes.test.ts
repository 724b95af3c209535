/** unbalanced-quote, unattributed-quote and quote-speaker-conflict on news-style text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings, fixed, flagged } from './helpers';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

test('unbalanced-quote: the sample article is clean', () => {
  assert.deepEqual(flagged('unbalanced-quote', sample), []);
});

test('unbalanced-quote: a quotation left open at the end of its paragraph', () => {
  const text = '“We will not back down,” the mayor said. “The budget stays as it is.\n\nCouncil members voted on Tuesday.\n';
  const found = findings('unbalanced-quote', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].start, text.indexOf('“The budget'));
  assert.match(found[0].message, /never closed/);
});

test('unbalanced-quote: a quotation continued in the next paragraph is not flagged', () => {
  const text = '“The river rose faster than anyone expected,” the fire chief said. “We moved families out before dawn.\n\n“By noon the bridge was closed.”\n';
  assert.deepEqual(flagged('unbalanced-quote', text), []);
});

test('unbalanced-quote: one sentence a line, the quotation closing lines later, is not flagged', () => {
  const text = '"We played well.\nThe defence held.\nI am proud of them," the coach said.\n';
  assert.deepEqual(flagged('unbalanced-quote', text), []);
});

test('unbalanced-quote: a closing mark with nothing open', () => {
  const text = 'The senator called the bill a disgrace.” She left the chamber.\n';
  assert.deepEqual(flagged('unbalanced-quote', text), ['”']);
});

test('unbalanced-quote: straight marks, inch marks, apostrophes and nested quotations are fine', () => {
  const text = [
    'The guard, who is 6\'2", said "the team\'s defence won it."',
    'She said, "My father told me, \'Never give up,\' and I didn\'t."',
    '“The word "resign" never came up,” the aide said.',
    'Rock \'n\' roll fans in the \'90s said "it was loud."',
  ].join('\n\n');
  assert.deepEqual(flagged('unbalanced-quote', text), []);
});

test('unbalanced-quote: an unclosed single mark inside a double quotation', () => {
  const text = 'The witness said, “He shouted ‘Stop the car and then drove off.”\n';
  assert.deepEqual(flagged('unbalanced-quote', text), ['‘']);
});

test('unbalanced-quote: a mark typed the wrong way round is fixed', () => {
  const text = 'He called the plan “reckless“ and left.\n\n”Nobody asked us,” a resident said.\n';
  assert.deepEqual(flagged('unbalanced-quote', text), ['“', '”']);
  assert.equal(fixed('unbalanced-quote', text), 'He called the plan “reckless” and left.\n\n“Nobody asked us,” a resident said.\n');
});

test('unattributed-quote: a quoted sentence with no speaker is flagged, an attributed one is not', () => {
  const text = 'The port reopened on Monday.\n\n“We lost three weeks of shipments and nobody will pay us back.”\n\n“The cranes are working again,” said Maria Lopez, the harbor master.\n';
  assert.deepEqual(flagged('unattributed-quote', text), ['“We lost three weeks of shipments and nobody will pay us back.”']);
});

test('unattributed-quote: short phrases and scare quotes are not flagged', () => {
  const text = 'Critics called the deal a “giveaway” and the rollout “a mess.”\n';
  assert.deepEqual(flagged('unattributed-quote', text), []);
  assert.deepEqual(flagged('unattributed-quote', sample), []);
});

test('quote-speaker-conflict: the same words given to two people', () => {
  const text = '“We will rebuild every school in this county,” said Governor Ann Marsh.\n\nLater, the paper wrote: “We will rebuild every school in this county,” said Mayor Tom Reyes.\n';
  const found = findings('quote-speaker-conflict', text);
  assert.equal(found.length, 1);
  assert.ok(found[0].start > text.indexOf('Later'));
  assert.match(found[0].message, /Tom Reyes/);
});

test('quote-speaker-conflict: the same words repeated by the same speaker are fine', () => {
  const text = '“We will rebuild every school in this county,” said Governor Ann Marsh.\n\nShe repeated it: “We will rebuild every school in this county,” Ms. Marsh said.\n';
  assert.deepEqual(flagged('quote-speaker-conflict', text), []);
});

test('unattributed-quote: a quote going on from an attributed one, a speech verb in its sentence, or a title is not flagged', () => {
  const text = [
    '“The cranes are working again,” said Maria Lopez, the harbor master. “We expect the backlog to clear within two weeks.”',
    '“There is a real chance of a surprise in the trade figures” this week, the bank’s chief economist said.',
    'She reviewed the column “The Ferry Budget Is a Bigger Puzzle Than It Looks” for the paper.',
  ].join('\n\n');
  assert.deepEqual(flagged('unattributed-quote', text), []);
});
