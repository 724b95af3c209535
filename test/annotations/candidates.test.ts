// Searching only where an edited quote may be: a quote that is nowhere costs a few lookups, and no
// place where the quote survives with similarity ≥ 0.9 is missed. Work is counted, never timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  anchor,
  approxWork,
  candidatesFor,
  distanceFrom,
  editDistance,
  GramIndex,
  MAX_OCCURRENCES,
  nearestByScan,
  scanningFinder,
  SelectorText,
  similarity,
  type TextTarget,
} from '../../src/annotations';

const article = readFileSync(new URL('../../../seeds/000_e8a961f6e006cecf.txt', `file://${__filename}`), 'utf8');
/** About 200 KB of the article's paragraphs, as a long page of news would be. */
const big = article.repeat(Math.ceil(200_000 / article.length));
const bigIndex = new GramIndex(big);
const words = article.split(/\s+/).filter(Boolean);

function workOf(run: () => void): number {
  const before = approxWork.units;
  run();
  return approxWork.units - before;
}

/** `count` of the article's words in another order: text that is in the article nowhere, exactly or nearly. */
function shuffledWords(seed: number, count: number): string {
  return Array.from({ length: count }, (_, i) => words[(seed * 131 + i * 7919) % words.length]).join(' ');
}

function orphan(exact: string): TextTarget {
  return { source: 'a.txt', exact, prefix: 'qwxzvkjqwxzvkjqwxzvkjqwxzvkjqwxz', suffix: 'zjkvxwqzjkvxwqzjkvxwqzjkvxwqzjkv', start: 1234, end: 1234 + exact.length };
}

test('a quote that is nowhere is declared an orphan after a few lookups, without reading the article', () => {
  for (const count of [4, 8, 12, 30]) {
    const target = orphan(shuffledWords(count, count));
    const work = workOf(() => assert.deepEqual(anchor(big, target, { finder: bigIndex }), { orphan: true }));
    // Reading the article once would cost big.length units per 32 characters of quote.
    assert.ok(work < big.length / 20, `${count} words: ${work} units`);
  }
});

test('an edited quote is still found where only its pieces point', () => {
  const quote = article.slice(article.indexOf('Mr. Blinken’s mission'), article.indexOf('Mr. Blinken’s mission') + 120);
  const edited = quote.replace('mission', 'trip').replace('Blinken', 'Blinkin');
  const at = big.indexOf(quote, 100_000);
  const text = `${big.slice(0, at)}${edited}${big.slice(at + quote.length)}`;
  const target: TextTarget = { ...orphan(quote), start: 10, end: 10 + quote.length };
  // Every other copy of the quote is verbatim: edited copies only, to force the approximate search.
  const unique = text.split(quote).join(shuffledWords(3, 20));
  const result = anchor(unique, target, { finder: new GramIndex(unique) });
  assert.equal(result.orphan, false);
  if (!result.orphan) assert.equal(unique.slice(result.start, result.end), edited);
});

test('property: every place where an edited quote keeps similarity ≥ 0.9 lies in a searched window', () => {
  // The article's words in another order around one edited copy: the quote's pieces occur often, the quote once.
  const filler = shuffledWords(7, 4000);
  let complete = 0;
  let runs = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: article.length - 300 }),
      fc.integer({ min: 16, max: 280 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom('x', 'e', ' ', 'Q')), { minLength: 31, maxLength: 31 }),
      fc.integer({ min: 0, max: filler.length }),
      (from, length, edits, where) => {
        const exact = article.slice(from, from + length);
        let changed = exact;
        for (const [at, kind, char] of edits.slice(0, Math.floor(length / 9))) {
          const i = at % changed.length;
          changed = kind === 'delete' ? changed.slice(0, i) + changed.slice(i + 1) : kind === 'insert' ? changed.slice(0, i) + char + changed.slice(i) : changed.slice(0, i) + char + changed.slice(i + 1);
        }
        if (similarity(exact, changed) < 0.9) return;
        runs++;
        const text = `${filler.slice(0, where)}${changed}${filler.slice(where)}`;
        const { windows, closeComplete } = candidatesFor({ text, finder: new GramIndex(text), exact, prefix: '', suffix: '', hint: 0, maxErrors: Math.floor(length / 4) });
        if (!closeComplete) return;
        complete++;
        assert.ok(windows.some(([lo, hi]) => lo <= where && where + changed.length <= hi), JSON.stringify({ from, length, where, changed }));
      },
    ),
    { numRuns: 150 },
  );
  // Not vacuous: the search was complete for most quotes.
  assert.ok(complete > runs / 2, `${complete} of ${runs}`);
});

test('property: the index finds the nearest occurrences a forward scan finds', () => {
  const unit = fc.constantFrom('a', 'b', 'ab', ' ', '😀', 'x');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 300 }), fc.string({ unit, minLength: 1, maxLength: 8 }), fc.nat(320), fc.integer({ min: 1, max: 6 }), (text, needle, near, limit) => {
      assert.deepEqual(new GramIndex(text).nearest(needle, near, limit), nearestByScan(scanningFinder(text), needle, near, limit));
    }),
    { numRuns: 500 },
  );
});

test('property: distances from a compiled pattern equal the edit distance', () => {
  const unit = fc.constantFrom('a', 'b', 'c', ' ', 'é', '😀');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 70 }), fc.string({ unit, maxLength: 90 }), fc.nat(90), (pattern, text, cut) => {
      const from = Math.min(cut, text.length);
      assert.equal(distanceFrom(pattern)(text, from, text.length), editDistance(pattern, text.slice(from)));
    }),
    { numRuns: 1000 },
  );
});

test('a quote found in thousands of places is judged at only the nearest MAX_OCCURRENCES of them', () => {
  const common = ' the ';
  assert.ok(big.split(common).length > 1000);
  const target: TextTarget = { source: 'a.txt', exact: common, prefix: 'q'.repeat(32), suffix: 'z'.repeat(32), start: 3, end: 8 };
  const text = new SelectorText(big);
  const work = workOf(() => anchor(text, target, { finder: bigIndex }));
  // Each place judged costs two comparisons of 32 characters of context; a thousand such quotes in a
  // file must cost no more than a few hundred places each.
  assert.ok(work <= Math.min(MAX_OCCURRENCES, 200) * 2 * 40, `${work} units`);
});
