// First-level regions outside the US (provinces, states, oblasts) from the lexicon: found without a
// cue word, under their unaccented spellings too, and without the names the build leaves out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/extractor/entities';
import { placeKind } from '../../src/extractor/lexicon/index';

function typesOf(text: string): Map<string, string> {
  return new Map(findEntities(text).mentions.map((m) => [m.text, m.type]));
}

test('regions of populous countries are places as the subject of a sentence, with no cue word', () => {
  const t = typesOf(
    'Heilongjiang has opened two new border crossings. Khuzestan’s oil output rose, and Tocantins signed a deal with a grain trader.\n\n' +
      'Now Sverdlovsk Oblast, Mato Grosso do Sul and Western Visayas are courting the same investors.\n\n' +
      'Gyeonggi reported record exports.',
  );
  for (const name of ['Heilongjiang', 'Khuzestan', 'Tocantins', 'Sverdlovsk Oblast', 'Mato Grosso do Sul', 'Western Visayas', 'Gyeonggi']) {
    assert.equal(t.get(name), 'place', name);
  }
});

test('a region written without its accents is the same place', () => {
  const r = findEntities('Piauí signed the accord first. A week later Piaui asked for more, and Baden-Wurttemberg, like Baden-Württemberg’s neighbours, agreed.');
  const piaui = r.mentions.filter((m) => m.text.startsWith('Pia'));
  assert.equal(piaui.length, 2);
  for (const m of piaui) assert.equal(m.type, 'place', m.text);
  assert.equal(piaui[0].entityId, piaui[1].entityId);
  const baden = r.mentions.filter((m) => m.text.startsWith('Baden'));
  assert.equal(baden.length, 2);
  for (const m of baden) assert.equal(m.type, 'place', m.text);
});

test('region names: a local suffix is dropped; short names, surnames and English words are left out', () => {
  // "Gyeonggi-do" in the source data: the lower-case suffix is the word for "province".
  assert.equal(placeKind('gyeonggi'), 'region');
  assert.equal(placeKind('gyeonggi-do'), undefined);
  // "Republic of …" and a name in parentheses give the short name too.
  assert.equal(placeKind('north ossetia-alania'), 'region');
  assert.equal(placeKind('gorno-altaysk'), 'region');
  // Left out: a one-word name under five letters, a surname, an English word.
  for (const key of ['yobe', 'kogi', 'ishikawa', 'limerick']) assert.equal(placeKind(key), undefined, key);
  const t = typesOf('Yobe sent two delegates. Kogi did not. Limerick won the match.');
  for (const name of ['Yobe', 'Kogi', 'Limerick']) assert.notEqual(t.get(name), 'place', name);
});
