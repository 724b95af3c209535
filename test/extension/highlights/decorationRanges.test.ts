import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { indexSpans, rulerMarks, spansIn } from '../../../src/extension/highlights/decorationRanges';

const span = (start: number, end: number) => ({ start, end });

describe('spansIn', () => {
  it('finds the spans that intersect a window, nested and long ones included', () => {
    const index = indexSpans([span(0, 5), span(10, 400), span(20, 30), span(50, 60), span(500, 510)]);
    assert.deepEqual(spansIn(index, 25, 55), [span(10, 400), span(20, 30), span(50, 60)]);
    assert.deepEqual(spansIn(index, 5, 10), []);
    assert.deepEqual(spansIn(index, 0, 1), [span(0, 5)]);
    assert.deepEqual(spansIn(index, 505, 1000), [span(500, 510)]);
  });

  it('agrees with a linear filter on any spans and window', () => {
    const spanArb = fc.tuple(fc.nat(2000), fc.integer({ min: 1, max: 300 })).map(([s, l]) => span(s, s + l));
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 60 }), fc.nat(2400), fc.nat(400), (spans, from, width) => {
        const to = from + width;
        // Spans with the same start may come in either order; only the set and start order matter.
        const byStartThenEnd = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;
        const expected = [...spans].sort(byStartThenEnd).filter((s) => s.start < to && s.end > from);
        const found = spansIn(indexSpans(spans), from, to);
        for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].start);
        assert.deepEqual([...found].sort(byStartThenEnd), expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('rulerMarks', () => {
  it('keeps every span when there are few and one per slice of the text when there are many', () => {
    const few = [span(1, 2), span(3, 4)];
    assert.deepEqual(rulerMarks(few, 100, 10), few);
    const many = Array.from({ length: 1000 }, (_, i) => span(i * 10, i * 10 + 3));
    const marks = rulerMarks(many, 10_000, 50);
    assert.equal(marks.length, 50);
    assert.deepEqual(marks[0], many[0]);
    for (let i = 1; i < marks.length; i++) assert.ok(marks[i].start > marks[i - 1].start);
  });
});
