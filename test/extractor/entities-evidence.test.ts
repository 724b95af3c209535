// Document-wide evidence for entity types: a cue met once decides every mention of the name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/extractor/entities';

function typesOf(text: string): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const m of findEntities(text).mentions) types.set(m.text, [...(types.get(m.text) ?? []), m.type]);
  return types;
}

test('a name that speaks of itself as "it" is an organization in every mention', () => {
  const text =
    'Varnholt Kessing said it expects to close two plants in the spring. Analysts were surprised. ' +
    'Varnholt Kessing, whose chief executive resigned last month, declined to comment. ' +
    'Later, Varnholt Kessing said its profit fell by a third.';
  assert.deepEqual(typesOf(text).get('Varnholt Kessing'), ['organization', 'organization', 'organization']);
});

test('an impersonal "it" after a person\'s "said" leaves the person a person', () => {
  const text = 'Maria Delgado said it was a long night for the town. Delgado, 52, runs the bakery.';
  const types = typesOf(text);
  assert.deepEqual(types.get('Maria Delgado'), ['person']);
  assert.deepEqual(types.get('Delgado'), ['person']);
});

test('an apposition headed by a company noun makes the name a company throughout the text', () => {
  const text =
    'Orvendale Tasker, a regional trading company, will cut 200 jobs. ' +
    'Orvendale Tasker has struggled since the harbour closed, workers said.';
  assert.deepEqual(typesOf(text).get('Orvendale Tasker'), ['organization', 'organization']);
});

test('"the group\'s chairman" after a name keeps the name a person', () => {
  const text = 'Oduya Kenterbe, the group\'s chairman, said the plan would save money. Kenterbe, 61, joined in 1990.';
  assert.deepEqual(typesOf(text).get('Oduya Kenterbe'), ['person']);
});
