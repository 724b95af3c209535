import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extractor';
import { analysisToSpans } from '../../src/eval';

test('quote spans include their marks, one span per paragraph of a multi-paragraph quote', () => {
  const text = [
    'The mayor spoke at length. “We will rebuild the bridge,” she said.',
    '“The money is there. The plans are there.',
    '“And the will is there,” said Mayor Ana Ortiz.',
  ].join('\n\n');
  const quotes = analysisToSpans(extract(text), text).filter((s) => s.type === 'quote');
  assert.deepEqual(
    quotes.map((s) => s.text),
    ['“We will rebuild the bridge,”', '“The money is there. The plans are there.', '“And the will is there,”'],
  );
  for (const s of quotes) assert.equal(text.slice(s.start, s.end), s.text);
  // Both paragraphs of the second quotation carry its speaker.
  assert.equal(quotes[1].speaker, quotes[2].speaker);
  assert.equal(quotes[2].speaker, 'Ana Ortiz');
});
