// Speaker phrases are noun phrases: a sentence adverb before the speaker is not part of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extractor/extract';

test('an adverb opening the sentence is left out of the speaker phrase', () => {
  const cases: [string, string][] = [
    ['The mill closed in March.\n\nPerhaps the workers said it best: "We had no warning at all."', 'the workers'],
    ['The mill closed in March.\n\n"We had no warning," the workers said. Later the union said, "It will come back."', 'the union'],
    ['The mill closed in March.\n\nMeanwhile the union said: "It will come back."', 'the union'],
  ];
  for (const [text, speaker] of cases) {
    const quotes = extract(text).quotes;
    assert.equal(quotes[quotes.length - 1].speaker, speaker, text);
  }
});
