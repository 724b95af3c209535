import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstWords, linePreview, oneLine, truncate } from '../../src/extension/preview';

describe('preview helpers', () => {
  it('flattens line breaks, tabs and controls to single spaces', () => {
    assert.equal(oneLine('  one\r\ntwo\n\n\tthree\u2028four\u0000five  '), 'one two three four five');
  });

  it('truncates without splitting a surrogate pair', () => {
    assert.equal(truncate('abc', 5), 'abc');
    assert.equal(truncate('abcdef', 4), 'abc…');
    const cut = truncate('ab👋🏽cd', 4);
    assert.ok(!/[\ud800-\udbff]$/.test(cut.slice(0, -1)), cut);
  });

  it('keeps the first words of a quote', () => {
    assert.equal(firstWords('We are now at a stage where we will see what happens next', 6), 'We are now at a stage…');
    assert.equal(firstWords('Short one.', 6), 'Short one.');
    assert.ok(firstWords('x'.repeat(200), 6, 40).length <= 40);
  });

  it('windows long lines around the mention and keeps its position', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), fc.nat(), (line, a, b) => {
        const start = line.length ? a % line.length : 0;
        const end = Math.min(line.length, start + (b % 20));
        const preview = linePreview(line, start, end, 60);
        const [s, e] = preview.highlight;
        const original = line.slice(start, end).replace(/[\u0000-\u001f\u007f]/g, ' ');
        return preview.text.slice(s, e) === original && preview.text.length <= Math.max(62, end - start + 28);
      }),
      { numRuns: 1000 },
    );
  });
});
