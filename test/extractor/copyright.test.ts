import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CopyrightScan, firstNotice } from '../../src/extractor/dates/copyright';
import { changedStretch } from '../../src/extractor/edits';
import { extract, IncrementalExtractor } from '../../src/extractor/index';
import { applyEdit } from './edits';

/** Pieces a text around copyright notices is made of: openings, spaces, digits and other words. */
const PIECES = ['©', '(c)', '(C)', 'Copyright', 'copyright', ' ', '  ', '\n', ' '.repeat(12), '\n'.repeat(9), '19', '20', '21', '0', '7', '2021', '1999', 'x', 'word ', 'c', '(', ')'];
const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const edit = fc.record({ at: fc.nat({ max: 200 }), remove: fc.nat({ max: 6 }), insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((p) => p.join('')) });

test('copyright scan: after any series of edits the year is that of a search of the whole text', () => {
  fc.assert(
    fc.property(pieces, fc.array(edit, { minLength: 1, maxLength: 10 }), (start, edits) => {
      const scan = new CopyrightScan();
      let text = start;
      assert.equal(scan.year(text), firstNotice(text)?.year);
      for (const e of edits) {
        const next = applyEdit(text, e);
        assert.equal(scan.year(next, { text, edit: changedStretch(text, next) }), firstNotice(next)?.year, JSON.stringify(next));
        text = next;
      }
    }),
    { numRuns: 300, seed: 7 },
  );
});

test('incremental: a dateline without a year takes the year of a copyright line typed, changed or removed far below', () => {
  const body = 'The council met again on the east side of town, where the old mill stands empty. '.repeat(40);
  let text = `SPRINGFIELD, March 3 (Wire) — Talks resume on Friday.\n\n${body}\n\nmore text (c) 20`;
  const incremental = new IncrementalExtractor();
  const steps = [
    (t: string) => `${t}19 the wire`, // a notice completed at the end
    (t: string) => t.replace('(c) 2019', '(c) 2018'),
    (t: string) => t.replace('(c) 2018', '(c)  \n 2018'),
    (t: string) => `${t}\n© 2020`, // a second notice: the first one's year stands
    (t: string) => t.replace('(c)', '(x)'), // the first removed: the second one's year
    (t: string) => t.replace('SPRINGFIELD, March 3', 'SPRINGFIELD, March 4'),
  ];
  assert.deepStrictEqual(incremental.update(text), extract(text));
  const years: (string | undefined)[] = [];
  for (const step of steps) {
    text = step(text);
    const analysis = incremental.update(text);
    assert.deepStrictEqual(analysis, extract(text));
    years.push(analysis.articleDate);
  }
  assert.deepStrictEqual(years, ['2019-03-03', '2018-03-03', '2018-03-03', '2018-03-03', '2020-03-03', '2020-03-04']);
});
