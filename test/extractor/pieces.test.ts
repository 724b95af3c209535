import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract, IncrementalExtractor } from '../../src/extractor/index';
import { changedStretch } from '../../src/extractor/edits';
import { paragraphStarts } from '../../src/extractor/entities';
import { LONG_PARAGRAPH, PIECE_MAX, PIECE_MIN, pieceStarts } from '../../src/extractor/pieces';
import { applyEdit } from './edits';

// Long single paragraphs of the kinds hostile or broken files hold (as in the benchmark's adversarial inputs).
const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

/** A small deterministic generator (mulberry32), so the inputs are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function repeatTo(length: number, piece: (rnd: () => number) => string): string {
  const rnd = random(7);
  let text = '';
  while (text.length < length) text += piece(rnd);
  return text.slice(0, length);
}

const pick = (rnd: () => number, list: readonly string[]) => list[Math.floor(rnd() * list.length)];
const WORDS = ['Harlow', 'Okafor', 'Vienna', 'Monday', 'Mr.', 'The', 'Ministry', 'Of', 'State', 'Maria', 'Daniel'];
const HOSTILE: Record<string, (length: number) => string> = {
  'capitalised words': (n) => repeatTo(n, (rnd) => `${pick(rnd, WORDS)} `),
  'one line, no spaces': (n) => repeatTo(n, (rnd) => pick(rnd, ['Abc', 'def', 'G.', '-', ',', 'Xy', '’s', '12', '“', '”'])),
  'nested single quotes': (n) => repeatTo(n, () => `“${'‘a '.repeat(5000)}x${' b’'.repeat(5000)}” `),
  'emoji and combining marks': (n) => repeatTo(n, (rnd) => (rnd() < 0.5 ? pick(rnd, ['😀', '👩‍👩‍👧', '🇺🇦', '👍🏽', '❤️']) : `${pick(rnd, ['A', 'e', 'Zo'])}${pick(rnd, ['\u0301', '\u0308', '\u0327'])}${rnd() < 0.2 ? ' ' : ''}`)),
  'one letter': (n) => 'a'.repeat(n),
  'sentences without breaks': (n) => repeatTo(n, (rnd) => `${pick(rnd, WORDS)} ${pick(rnd, ['said', 'met', 'left'])} in ${pick(rnd, ['Oslo', 'Lisbon', 'Quito'])} on ${pick(rnd, ['Monday', 'Friday'])} ${pick(rnd, ['again', 'early', 'at last'])}. `),
};

function pieces(text: string, starts: number[]): string[] {
  return starts.map((s, k) => text.slice(s, k + 1 < starts.length ? starts[k + 1] : text.length));
}

test('pieces: paragraphs of real news are analysed whole; only one over LONG_PARAGRAPH is cut', () => {
  assert.deepEqual(pieceStarts(sample), paragraphStarts(sample));
  const longest = 'Officials said the talks would go on. '.repeat(LONG_PARAGRAPH / 38 + 1).slice(0, LONG_PARAGRAPH);
  assert.deepEqual(pieceStarts(`${sample}\n\n${longest}`), paragraphStarts(`${sample}\n\n${longest}`));
  assert.ok(pieceStarts(`${longest}x`).length > 1);
});

test('pieces: a long paragraph is cut into pieces of at most PIECE_MAX, at sentence ends or word starts when it has them, never inside a character', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    const text = make(200_000);
    const work = { places: 0 };
    const starts = pieceStarts(text, { work });
    // Linear: the search for cuts looks at each place at most once.
    assert.ok(work.places <= text.length, `${name}: ${work.places} places looked at`);
    const all = pieces(text, starts);
    assert.equal(all.join(''), text, name);
    all.forEach((piece, k) => {
      assert.ok(piece.length <= PIECE_MAX, `${name}: piece ${k} has ${piece.length} characters`);
      if (k + 1 < all.length) assert.ok(piece.length >= PIECE_MIN, `${name}: piece ${k} has ${piece.length} characters`);
    });
    for (const cut of starts.slice(1)) {
      const before = text.charCodeAt(cut - 1);
      const after = text.charCodeAt(cut);
      assert.ok(!(before >= 0xd800 && before <= 0xdbff), `${name}: cut at ${cut} splits a surrogate pair`);
      assert.ok(!/[\u0300-\u036f\u200d\ufe0f]/.test(text[cut]) && before !== 0x200d, `${name}: cut at ${cut} parts a character from its marks`);
      if (name === 'one letter') continue;
      assert.ok(!(/\p{L}/u.test(text[cut - 1]) && /\p{L}/u.test(String.fromCharCode(after))), `${name}: cut at ${cut} is inside a word`);
      if (name === 'sentences without breaks') assert.match(text.slice(cut - 2, cut), /\. $/, `${name}: cut at ${cut} is not at a sentence end`);
    }
  }
});

test('pieces: after any edit, the pieces taken over from the previous analysis are the ones found afresh, and only places near the edit are looked at', () => {
  // Not 'one letter': with no place told apart from another its cuts are looked for again after an edit (its pieces are
  // all the same text, so they are still analysed once).
  const texts = Object.entries(HOSTILE).filter(([name]) => name !== 'one letter').map(([, make]) => make(400_000));
  fc.assert(
    fc.property(fc.nat({ max: texts.length - 1 }), fc.nat({ max: 400_010 }), fc.nat({ max: 40 }), fc.string({ unit: fc.constantFrom(...'ab .,“”\n'), maxLength: 20 }), (which, at, remove, insert) => {
      const before = texts[which];
      const after = applyEdit(before, { at, remove, insert });
      const work = { places: 0 };
      const reused = pieceStarts(after, { previous: { starts: pieceStarts(before), edit: changedStretch(before, after) }, work });
      assert.deepEqual(reused, pieceStarts(after));
      assert.ok(work.places <= 8 * PIECE_MAX, `${work.places} places looked at`);
    }),
    { numRuns: 80, seed: 11 },
  );
});

test('pieces: an edit in a huge single paragraph re-analyses a bounded stretch of it, with the result of a fresh extract()', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    let text = make(300_000);
    const incremental = new IncrementalExtractor();
    incremental.update(text);
    // The first analysis reads each character at most once (a piece repeated word for word, once in all).
    assert.ok(incremental.analysedCharacters <= text.length, name);
    const rnd = random(3);
    for (let k = 0; k < 6; k++) {
      text = applyEdit(text, { at: Math.floor(rnd() * text.length), remove: k % 2, insert: k % 3 === 0 ? '' : 'x. ' });
      const analysis = incremental.update(text);
      // A few pieces: where one pattern repeats over more than a piece, changed cuts reach on to where it breaks.
      assert.ok(incremental.analysedCharacters <= 6 * PIECE_MAX, `${name}: edit ${k} analysed ${incremental.analysedCharacters} characters`);
      if (k === 5) assert.deepStrictEqual(analysis, extract(text), name);
    }
  }
});

test('pieces: the incremental extractor equals extract() after edits around the cuts of long paragraphs', () => {
  const paragraph = HOSTILE['sentences without breaks'](60_000);
  const base = `${sample}\n\n${paragraph}\n\n${sample}`;
  const cuts = pieceStarts(base).filter((s) => s > sample.length + 2 && s < sample.length + paragraph.length);
  fc.assert(
    fc.property(fc.array(fc.record({ cut: fc.nat({ max: cuts.length - 1 }), shift: fc.integer({ min: -60, max: 60 }), remove: fc.nat({ max: 30 }), insert: fc.string({ unit: fc.constantFrom(...'aM .“”\n'), maxLength: 8 }) }), { minLength: 1, maxLength: 4 }), (edits) => {
      const incremental = new IncrementalExtractor();
      let text = base;
      incremental.update(text);
      for (const e of edits) {
        text = applyEdit(text, { at: Math.max(0, cuts[e.cut] + e.shift), remove: e.remove, insert: e.insert });
        assert.deepStrictEqual(incremental.update(text), extract(text));
      }
    }),
    { numRuns: 12, seed: 4 },
  );
});

test('pieces: a CRLF checkout of a long paragraph is cut where its LF checkout is', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    // Wrapped lines: a line break instead of every 60th space (or, without spaces, after every 70th character).
    let spaces = 0;
    const wrapped = make(150_000);
    const lf = /\s/.test(wrapped.slice(0, 2000)) ? wrapped.replace(/ /g, () => (++spaces % 60 === 0 ? '\n' : ' ')) : wrapped.replace(/(.{70})/gsu, '$1\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const crsBefore = (at: number) => crlf.slice(0, at).split('\r').length - 1;
    const fromCrlf = pieceStarts(crlf).map((at) => at - crsBefore(at));
    assert.deepEqual(fromCrlf, pieceStarts(lf), name);
    assert.ok(fromCrlf.length > 5, name);
  }
});
