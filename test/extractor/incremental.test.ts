import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract, IncrementalExtractor } from '../../src/extractor/index';
import { applyEdit as apply } from './edits';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

/** Analyses `text`, then what each step makes of it, incrementally; each analysis must equal a fresh extract(). Returns the last text. */
function assertEditsMatchFresh(text: string, steps: readonly ((t: string) => string)[]): string {
  const incremental = new IncrementalExtractor();
  assert.deepStrictEqual(incremental.update(text), extract(text));
  for (const step of steps) {
    text = step(text);
    assert.deepStrictEqual(incremental.update(text), extract(text));
  }
  return text;
}

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
      assertEditsMatchFresh(sample, edits.map((e) => (t: string) => apply(t, e)));
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
  const steps = [
    (t: string) => t.replace('Peter Hall spoke', 'Peter Hallx spoke'), // a name changed: its own entity, later ids move on
    (t: string) => t.replace('Hallx', 'Hall'), // and back
    (t: string) => t.replace('The council met', 'Edith Moss said the council met'), // a new first person: every id shifts
    (t: string) => t.replace('Edith Moss said', 'Edith Mo said'),
    (t: string) => t.replace('Ruth Carnaby spoke', 'Ruth Carnabie spoke'),
    (t: string) => t.replace('Edith Mo said the council', 'The council'),
  ];
  const text = assertEditsMatchFresh(paragraphs.join('\n\n'), steps);
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

/**
 * One paragraph far longer than any article, full of quotations and cues (invented names), as
 * broken or hostile text gives: its speakers are found in blocks, and an edit re-attributes only
 * the quotes around it.
 */
function longQuotedParagraph(sentences: number): string {
  const names = ['Maria Olsen', 'Peter Hall', 'Ruth Carnaby', 'Oskar Lind', 'Nadia Kerr', 'Tomas Reyes'];
  const shapes = [
    (n: string) => `“We will open the mill again by spring,” ${n.split(' ')[1]} said.`,
    (n: string) => `${n} told reporters: “It needs a roof first.”`,
    () => '“The river runs low in summer.” She added that the council met again.',
    (n: string) => `According to ${n}, the plan was “a start, not an end.”`,
    () => '"Nobody asked us," he said, and the old mill stands empty.',
    () => '‘Later,’ they said. “Not now.” Then: “Maybe next year,” said Mr. Lind.',
  ];
  const parts: string[] = [];
  for (let k = 0; k < sentences; k++) {
    parts.push(shapes[(k * 7) % shapes.length](names[(k * 5) % names.length]));
    // Twice, a long run of quotations without a cue, each said by the speaker of the one before.
    if (k === sentences >> 2 || k === (3 * sentences) >> 2) {
      parts.push('Greta Stone said: “First, the roof.”');
      for (let j = 0; j < 200; j++) parts.push(`“Point ${j + 2} is this,” and the words went on through the long hall for a while.`);
    }
  }
  return parts.join(' ');
}

test('incremental: edits inside one huge paragraph of many quotes give the result of a fresh extract()', () => {
  const paragraph = longQuotedParagraph(1600);
  const edits = fc.record({
    at: fc.nat({ max: paragraph.length + 10 }),
    remove: fc.nat({ max: 12 }),
    insert: fc.string({ unit: fc.constantFrom(...TYPED), maxLength: 6 }),
  });
  fc.assert(
    fc.property(fc.array(edits, { minLength: 1, maxLength: 5 }), (steps) => {
      const incremental = new IncrementalExtractor();
      let text = paragraph;
      incremental.update(text);
      for (const e of steps) {
        text = apply(text, e);
        assert.deepStrictEqual(incremental.update(text), extract(text));
      }
    }),
    { numRuns: 12, seed: 11 },
  );
});

test('incremental: a name, a pronoun or a quotation mark edited far into one huge paragraph', () => {
  const text = longQuotedParagraph(1600);
  const middle = text.indexOf('Ruth Carnaby', text.length >> 1);
  const run = text.indexOf('Greta Stone said');
  const mark = text.indexOf(' ‘Later', middle);
  const steps = [
    (t: string) => t.slice(0, run) + 'Hugo Brandt' + t.slice(run + 'Greta Stone'.length), // the speaker of a long run of quotations
    (t: string) => t.slice(0, run) + 'Greta Stone' + t.slice(run + 'Hugo Brandt'.length),
    (t: string) => t.slice(0, mark) + 'x' + t.slice(mark + 1), // a letter right before an opening mark: it opens nothing now
    (t: string) => t.slice(0, mark) + ' ' + t.slice(mark + 1),
    (t: string) => t.slice(0, middle) + 'Edith Moss said ' + t.slice(middle), // a new person before later quotes
    (t: string) => t.slice(0, middle) + t.slice(middle + 'Edith Moss said '.length),
    (t: string) => t.replace(/ She added/g, (m, at: number) => (at > middle ? ' He added' : m)), // pronouns far apart
    (t: string) => t.slice(0, middle) + '“' + t.slice(middle), // an opening mark re-pairs what follows
    (t: string) => t.slice(0, middle) + t.slice(middle + 1),
    (t: string) => `${t.slice(0, 40)}\n\n${t.slice(40)}`, // the paragraph split near its start
  ];
  assertEditsMatchFresh(text, steps);
});

test('incremental: a closing mark removed far along a line changes how a quotation near its start pairs its straight marks', () => {
  // Inside a curly quotation, straight marks are inner quotes only while a curly closing mark follows on the line.
  const head = '“A b" c» ';
  let text = `${head}${'«Yes,» she said. '.repeat(300)}” end.`;
  const incremental = new IncrementalExtractor();
  assert.deepStrictEqual(incremental.update(text), extract(text));
  const at = text.lastIndexOf('”');
  for (const next of [text.slice(0, at) + text.slice(at + 1), text]) {
    text = next;
    assert.deepStrictEqual(incremental.update(text), extract(text));
  }
  assert.notDeepStrictEqual(extract(text).quotes[0], extract(text.replace('” end', ' end')).quotes[0]);
});

test('incremental: an honorific typed or spoiled before a name, the names unchanged, gives a pronoun its person as a fresh extract() does', () => {
  const filler = 'The council met again on the east side of town, where the old mill stands empty and the river runs low in summer. ';
  let text = `${filler.repeat(3)}Oxbrin Aderno met Brisk Talven at the mill.\n\n${filler.repeat(2)}Later that day, the xx Aderno walked with Talven to the river.\n\n“We are ready,” she said.`;
  const incremental = new IncrementalExtractor();
  const speakers: (string | undefined)[] = [incremental.update(text).quotes[0]?.speaker];
  const steps = [(t: string) => t.replace('xx Aderno', 'lady Aderno'), (t: string) => t.replace('lady Aderno', 'ladyx Aderno'), (t: string) => t.replace('ladyx Aderno', 'miss Aderno'), (t: string) => t.replace('miss Aderno', 'sir Aderno')];
  for (const step of steps) {
    text = step(text);
    const analysis = incremental.update(text);
    assert.deepStrictEqual(analysis, extract(text));
    speakers.push(analysis.quotes[0]?.speaker);
  }
  // "she" is the nearest person only once an honorific tells Aderno's gender.
  assert.deepStrictEqual(speakers, ['Brisk Talven', 'Oxbrin Aderno', 'Brisk Talven', 'Oxbrin Aderno', 'Brisk Talven']);
});

test('incremental: a quotation mark typed near the top renumbers the quotations whose tokens stay in place further on', () => {
  // An exclamation mark after the headline, then an opening mark replacing a character before it:
  // the later regions keep their tokens at the same places, with quotation numbers one higher.
  const steps = [
    { at: 63, remove: 0, insert: '!' },
    { at: 61, remove: 1, insert: '“' },
  ];
  assertEditsMatchFresh(sample, steps.map((step) => (t: string) => apply(t, step)));
});
