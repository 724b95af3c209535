import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract, IncrementalExtractor } from '../../src/extractor/index';
import { applyEdit as apply } from './edits';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

/** Characters an edit may type: letters, spaces, sentence ends, quotation marks and line breaks. */
const TYPED = 'aeiouxyzAEMNST .,;:!?"\'“”‘’—\n';


const edit = fc.record({
  at: fc.nat({ max: sample.length + 10 }),
  remove: fc.nat({ max: 12 }),
  insert: fc.string({ unit: fc.constantFrom(...TYPED), maxLength: 6 }),
});

test('incremental: after any series of edits the result equals a fresh extract()', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const incremental = new IncrementalExtractor();
      let text = sample;
      assert.deepStrictEqual(incremental.update(text), extract(text));
      for (const e of edits) {
        text = apply(text, e);
        assert.deepStrictEqual(incremental.update(text), extract(text));
      }
    }),
    { numRuns: 60, seed: 5 },
  );
});

test('incremental: pasting a paragraph twice, deleting it, and an article date option', () => {
  const incremental = new IncrementalExtractor({ articleDate: '2021-06-01' });
  const paragraphs = sample.split('\n\n');
  const steps = [
    sample,
    `${sample}\n\n${paragraphs[2]}\n\n${paragraphs[2]}`,
    paragraphs.slice(1).join('\n\n'),
    paragraphs.slice(1).join('\n\n').replace(/\n\n/g, '\n'),
    '',
    sample,
  ];
  for (const text of steps) assert.deepStrictEqual(incremental.update(text), extract(text, { articleDate: '2021-06-01' }));
});

test('incremental: an analysis handed out earlier is not changed by later edits', () => {
  const incremental = new IncrementalExtractor();
  const first = incremental.update(sample);
  const copy = JSON.parse(JSON.stringify(first));
  incremental.update(`Dr. Jane Porter said “no.”\n\n${sample}`);
  incremental.update(sample.slice(200));
  assert.deepStrictEqual(JSON.parse(JSON.stringify(first)), copy);
});

test('an article date option that is not a real ISO day is ignored', () => {
  const text = 'Talks resume on Friday.';
  for (const articleDate of ['garbage', '2021-02-30', '2022-1-5', '']) {
    const analysis = extract(text, { articleDate });
    assert.equal(analysis.articleDate, undefined, articleDate);
  }
  assert.equal(extract(text, { articleDate: '2022-01-18' }).articleDate, '2022-01-18');
});

test('incremental: a name edited or added before many quotes shifts the ids their speakers keep', () => {
  const people = ['Maria Olsen', 'Peter Hall', 'Ruth Carnaby', 'Oskar Lind', 'Nadia Kerr', 'Tomas Reyes', 'Greta Stone', 'Hugo Brandt'];
  const filler = 'The council met again on the east side of town, where the old mill stands empty and the river runs low in summer. ';
  const paragraphs = people.map((name) => `${filler.repeat(3)}${name} spoke to reporters after the meeting. “We will open the mill again by spring,” ${name.split(' ')[1]} said. “It needs a roof first,” she added.`);
  let text = paragraphs.join('\n\n');
  const incremental = new IncrementalExtractor();
  assert.deepStrictEqual(incremental.update(text), extract(text));
  const steps = [
    (t: string) => t.replace('Peter Hall spoke', 'Peter Hallx spoke'), // a name changed: its own entity, later ids move on
    (t: string) => t.replace('Hallx', 'Hall'), // and back
    (t: string) => t.replace('The council met', 'Edith Moss said the council met'), // a new first person: every id shifts
    (t: string) => t.replace('Edith Moss said', 'Edith Mo said'),
    (t: string) => t.replace('Ruth Carnaby spoke', 'Ruth Carnabie spoke'),
    (t: string) => t.replace('Edith Mo said the council', 'The council'),
  ];
  for (const step of steps) {
    text = step(text);
    const fresh = extract(text);
    assert.deepStrictEqual(incremental.update(text), fresh);
  }
  const last = extract(text).quotes.at(-2)!;
  assert.equal(last.speaker, 'Hugo Brandt');
  assert.ok(last.speakerEntityId);
});

test('incremental: a quotation keeps no speaker handed down from quotations an edit undid', () => {
  // Deleting the first mark re-pairs every mark of the long run, which then holds no quotation;
  // the last quotation's speaker had come down to it through them from "he" at the top.
  const opts = { articleDate: '2021-06-01' };
  let text = `"the", he said Monday. ""\n \nthe" Mr. John Smith said. ${'"'.repeat(1447)}\n\t" Mr. John Smith arrived in Paris Monday, and the. `;
  const incremental = new IncrementalExtractor(opts);
  incremental.update(text);
  for (const e of [{ at: 1500, remove: 0, insert: '\n' }, { at: 0, remove: 1, insert: '' }, { at: 0, remove: 0, insert: ' ' }]) {
    text = apply(text, e);
    assert.deepStrictEqual(incremental.update(text), extract(text, opts));
  }
});
