// Speaker token lists: sized from the quotations and the characters outside them (a text that
// quotations fill holds no slots for the characters inside them while attribution runs), and each
// quotation token naming the quotation it stands for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes, type RawQuote } from '../../src/extractor/quotes';
import { tokenize } from '../../src/extractor/speakers/tokenize';
import { Kind } from '../../src/extractor/speakers/tokens';

const seeds = ['000_e8a961f6e006cecf.txt', '001_geneva_talks.txt'].map((f) => readFileSync(join(__dirname, '../../../seeds', f), 'utf8'));

function sortedQuotes(text: string): RawQuote[] {
  return [...findQuotes(text)].sort((a, b) => a.outerStart - b.outerStart);
}

test('a text that quotations fill gets about a slot per token, not one per few of its characters', () => {
  // Each paragraph of the article as one long quotation.
  const text = seeds[0]
    .split('\n\n')
    .map((p) => `“${p.trim()}” the spokesman said.`)
    .join('\n\n');
  const tokens = tokenize(text, sortedQuotes(text));
  assert.ok(tokens.length > 100);
  assert.ok(tokens.start.length >= tokens.length);
  assert.ok(tokens.start.length <= 2 * tokens.length, `${tokens.start.length} slots for ${tokens.length} tokens`);
});

test('each quotation token names the quotation it stands for', () => {
  for (const text of seeds) {
    const quotes = sortedQuotes(text);
    const tokens = tokenize(text, quotes);
    let seen = 0;
    for (let k = 0; k < tokens.length; k++) {
      if (tokens.kind[k] !== Kind.Quote) continue;
      seen++;
      const q = quotes[tokens.quoteOf(k)];
      assert.equal(q.outerStart, tokens.start[k]);
      assert.equal(q.outerEnd, tokens.end[k]);
    }
    assert.ok(seen > 0);
  }
});
