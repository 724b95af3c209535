import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { approxSearch, editDistance, similarity } from '../../src/annotations/approx';

function naiveDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** Fewest errors of `pattern` against any substring of `text` ending at each position. */
function naiveEndScores(text: string, pattern: string): number[] {
  let prev = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev;
}

const smallAlphabet = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 140, size: 'max' });

test('editDistance agrees with the textbook algorithm, across several 32-bit blocks', () => {
  fc.assert(
    fc.property(smallAlphabet, smallAlphabet, (a, b) => {
      assert.equal(editDistance(a, b), naiveDistance(a, b));
    }),
    { numRuns: 400 },
  );
});

test('editDistance on simple cases', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('abc', ''), 3);
  assert.equal(similarity('abcd', 'abcd'), 1);
  assert.equal(similarity('abcd', 'abce'), 0.75);
});

test('approxSearch finds every best end with the right error count and a consistent start', () => {
  fc.assert(
    fc.property(smallAlphabet, fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 80, size: 'max' }), fc.nat(6), (text, pattern, k) => {
      const maxErrors = Math.min(k, pattern.length - 1);
      const scores = naiveEndScores(text, pattern);
      const matches = approxSearch(text, pattern, maxErrors, 0, text.length, 10_000);
      for (const match of matches) {
        assert.equal(scores[match.end], match.errors);
        assert.equal(naiveDistance(pattern, text.slice(match.start, match.end)), match.errors);
      }
      // Every end within the bound belongs to a run represented by a match with no more errors.
      const best = Math.min(...scores.slice(1));
      if (text.length > 0 && best <= maxErrors) assert.ok(matches.some((m) => m.errors === best));
      if (text.length === 0 || best > maxErrors) assert.equal(matches.length, 0);
    }),
    { numRuns: 400 },
  );
});

test('approxSearch tolerates a changed word in a long quote', () => {
  const quote = 'the two sides are willing to continue discussions on what the administration called a dangerous situation';
  const text = `Preamble text. ${quote.replace('continue', 'keep up')} and more.`;
  const [match] = approxSearch(text, quote, Math.floor(quote.length / 4));
  assert.ok(match);
  assert.ok(match.errors <= 8);
  assert.ok(text.slice(match.start, match.end).startsWith('the two sides'));
  assert.ok(text.slice(match.start, match.end).endsWith('dangerous situation'));
});
