import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_ABBREVIATIONS, ENTITY_ABBREVIATIONS, SPEAKER_ABBREVIATIONS } from '../../../src/extractor/text/abbreviations';
import { extract } from '../../../src/extractor/index';

test('every stage reads the titles and months; the rest differs by stage', () => {
  for (const set of [SPEAKER_ABBREVIATIONS, ENTITY_ABBREVIATIONS, DATE_ABBREVIATIONS]) {
    for (const w of ['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'jan', 'sept', 'dec']) assert.ok(set.has(w), w);
  }
  assert.ok(ENTITY_ABBREVIATIONS.has('calif') && !SPEAKER_ABBREVIATIONS.has('calif') && !DATE_ABBREVIATIONS.has('calif'));
  assert.ok(SPEAKER_ABBREVIATIONS.has('u.s') && !ENTITY_ABBREVIATIONS.has('u.s'));
  for (const set of [SPEAKER_ABBREVIATIONS, ENTITY_ABBREVIATIONS, DATE_ABBREVIATIONS]) for (const w of set) assert.equal(w, w.toLowerCase());
});

test('a title’s period ends no sentence: the speaker after "Gov." is found', () => {
  const a = extract('“We will rebuild,” said Gov. Maria Lindqvist on Monday.');
  assert.equal(a.quotes[0]?.speaker, 'Maria Lindqvist');
});
