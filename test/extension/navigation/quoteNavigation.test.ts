import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteJump } from '../../../src/extension/navigation/quoteNavigation';

const quotes = [
  { id: 'a', start: 10, end: 20 },
  { id: 'b', start: 30, end: 35, short: true },
  { id: 'c', start: 50, end: 80 },
  { id: 'd', start: 100, end: 140 },
];

describe('findQuoteJump', () => {
  it('moves to the next quote after the cursor, skipping short phrases', () => {
    assert.equal(findQuoteJump(quotes, 0, 1)?.quote.id, 'a');
    assert.equal(findQuoteJump(quotes, 10, 1)?.quote.id, 'c');
    assert.equal(findQuoteJump(quotes, 15, 1)?.quote.id, 'c');
    assert.equal(findQuoteJump(quotes, 50, 1)?.quote.id, 'd');
  });

  it('wraps from the last quote to the first and back', () => {
    assert.deepEqual(findQuoteJump(quotes, 100, 1), { quote: quotes[0], wrapped: true });
    assert.deepEqual(findQuoteJump(quotes, 10, -1), { quote: quotes[3], wrapped: true });
    assert.deepEqual(findQuoteJump(quotes, 0, -1), { quote: quotes[3], wrapped: true });
  });

  it('moves to the previous quote before the cursor', () => {
    assert.equal(findQuoteJump(quotes, 100, -1)?.quote.id, 'c');
    assert.equal(findQuoteJump(quotes, 60, -1)?.quote.id, 'c');
    assert.equal(findQuoteJump(quotes, 50, -1)?.quote.id, 'a');
  });

  it('visits every quote once going round in either direction', () => {
    const speech = quotes.filter((q) => !q.short).map((q) => q.id);
    for (const direction of [1, -1] as const) {
      const seen: string[] = [];
      let offset = direction === 1 ? 0 : 1000;
      for (let i = 0; i < speech.length; i++) {
        const jump = findQuoteJump(quotes, offset, direction)!;
        seen.push(jump.quote.id);
        offset = jump.quote.start;
      }
      assert.deepEqual(seen.sort(), [...speech].sort());
    }
  });

  it('uses short phrases when the article has nothing else, and nothing when it has no quotes', () => {
    const onlyShort = [{ start: 5, end: 9, short: true }];
    assert.equal(findQuoteJump(onlyShort, 0, 1)?.quote.start, 5);
    assert.equal(findQuoteJump([], 0, 1), undefined);
  });
});
