import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstEndingAfter, firstStartingFrom, lowerBound, upperBound } from '../../../src/extractor/text/search';

const sortedInts = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }).map((a) => a.sort((x, y) => x - y));

test('lowerBound and upperBound agree with a linear scan, within any window', () => {
  fc.assert(
    fc.property(sortedInts, fc.integer({ min: -60, max: 60 }), fc.nat(45), fc.nat(45), (values, value, x, y) => {
      const lo = Math.min(x, y, values.length);
      const hi = Math.min(Math.max(x, y), values.length);
      let lower = lo;
      while (lower < hi && values[lower] < value) lower++;
      let upper = lo;
      while (upper < hi && values[upper] <= value) upper++;
      assert.equal(lowerBound(values, value, lo, hi), lower);
      assert.equal(upperBound(values, value, lo, hi), upper);
      assert.equal(lowerBound(Int32Array.from(values), value, lo, hi), lower);
    }),
  );
});

test('spans are found by start and by end', () => {
  const spans = [
    { start: 0, end: 4 },
    { start: 10, end: 12 },
    { start: 20, end: 31 },
  ];
  assert.equal(firstStartingFrom(spans, 0), 0);
  assert.equal(firstStartingFrom(spans, 1), 1);
  assert.equal(firstStartingFrom(spans, 20), 2);
  assert.equal(firstStartingFrom(spans, 21), 3);
  assert.equal(firstEndingAfter(spans, 3), 0);
  assert.equal(firstEndingAfter(spans, 4), 1);
  assert.equal(firstEndingAfter(spans, 12), 2);
  assert.equal(firstEndingAfter(spans, 31), 3);
  assert.equal(firstStartingFrom([], 5), 0);
});
