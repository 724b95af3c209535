import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor, targetFor, CodePointIndex, type TextTarget } from '../../src/annotations';

const article = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

function targetOf(text: string, needle: string, occurrence = 0): TextTarget {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `needle not in text: ${needle}`);
  return targetFor(text, at, at + needle.length, 'article.txt');
}

function selected(text: string, target: TextTarget): string | undefined {
  const result = anchor(text, target);
  return result.orphan ? undefined : text.slice(result.start, result.end);
}

const quote = 'and what Secretary Blinken is going to go do is highlight very clearly';

test('targetFor stores about 32 characters of context and code-point positions', () => {
  const target = targetOf(article, quote);
  assert.equal(target.exact, quote);
  assert.equal(target.prefix.length, 32);
  assert.equal(target.suffix.length, 32);
  assert.ok(article.slice(0, article.indexOf(quote)).endsWith(target.prefix));
  const head = targetFor('ab', 0, 1, 'x');
  assert.deepEqual([head.prefix, head.suffix], ['', 'b']);
});

test('unchanged text anchors by position', () => {
  const target = targetOf(article, quote);
  const result = anchor(article, target);
  assert.equal(result.orphan, false);
  if (!result.orphan) assert.equal(result.method, 'position');
});

test('a paragraph inserted at the top is followed by context search', () => {
  const target = targetOf(article, quote);
  const edited = `Editor's note: a new first paragraph was added here.\n\n${article}`;
  const result = anchor(edited, target);
  assert.equal(result.orphan, false);
  if (!result.orphan) {
    assert.equal(result.method, 'context');
    assert.equal(edited.slice(result.start, result.end), quote);
  }
});

test('a repeated phrase goes to the occurrence with matching context, not the nearest', () => {
  const text = 'A: the mayor said it was over. B: the minister said it was over.';
  const target = targetOf(text, 'said it was over', 0); // the mayor's
  const moved = 'X: the minister said it was over. Y: some filler text here and more. A: the mayor said it was over.';
  const result = anchor(moved, target);
  assert.equal(result.orphan, false);
  if (!result.orphan) {
    assert.equal(result.method, 'quote');
    assert.equal(moved.slice(result.start - 10, result.start), 'the mayor ');
  }
});

test('context changed on both sides: the quote alone is found', () => {
  const target = targetOf(article, quote);
  const edited = article.replace(`, “${quote}`, `. Then she added: “${quote}`).replace(`${quote} there is`, `${quote}, there is`);
  assert.notEqual(edited, article);
  assert.equal(selected(edited, target), quote);
});

test('a word changed inside the quote: fuzzy match selects the changed quote', () => {
  const target = targetOf(article, quote);
  const changedQuote = quote.replace('highlight', 'underline');
  const edited = `New lede.\n\n${article.replace(quote, changedQuote)}`;
  const result = anchor(edited, target);
  assert.equal(result.orphan, false);
  if (!result.orphan) {
    assert.equal(result.method, 'fuzzy');
    assert.equal(edited.slice(result.start, result.end), changedQuote);
    assert.ok(result.similarity > 0.85);
  }
});

test('a long claim with an edit is found in a megabyte document quickly', () => {
  const claim = article.slice(article.indexOf('Mr. Blinken’s mission'), article.indexOf('at any time.') + 'at any time.'.length);
  assert.ok(claim.length > 200);
  const target = targetFor(article, article.indexOf(claim), article.indexOf(claim) + claim.length, 'a.txt');
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(13_000);
  const changed = claim.replace('potential', 'possible').replace('as many as', 'up to');
  const big = `${filler}${article.replace(claim, changed)}${filler}`;
  assert.ok(big.length > 2_000_000);
  const result = anchor(big, target);
  assert.equal(result.orphan, false);
  if (!result.orphan) assert.equal(big.slice(result.start, result.end), changed);
});

test('a short quote with one typo fixed is found by fuzzy search in a megabyte', () => {
  const text = 'Alpha beta. The governor said the plan was “dead on arival” and left. Gamma.';
  const target = targetOf(text, 'dead on arival');
  const filler = 'words and more words, nothing to see here. '.repeat(25_000);
  const fixed = `${filler}${text.replace('arival', 'arrival')}`;
  assert.equal(selected(fixed, target), 'dead on arrival');
});

test('deleted text becomes an orphan', () => {
  const target = targetOf(article, quote);
  const start = article.indexOf('“We’re now at a stage');
  const end = article.indexOf('path forward.”') + 'path forward.”'.length;
  const edited = article.slice(0, start) + article.slice(end);
  assert.deepEqual(anchor(edited, target), { orphan: true });
});

test('rewritten text becomes an orphan instead of landing on something else', () => {
  const target = targetOf(article, quote);
  const edited = article.replace(quote, 'and the point of the trip is to show that talks can still work');
  assert.deepEqual(anchor(edited, target), { orphan: true });
});

test('a short ambiguous quote whose context is gone is an orphan', () => {
  const target = targetOf('He said “no” twice: once here.', 'no');
  assert.deepEqual(anchor('Nobody knows. No, no and no.', target), { orphan: true });
});

test('positions are code points: astral characters before the quote do not break the position step', () => {
  const text = '😀😀 emoji first, then the words that matter here.';
  const target = targetOf(text, 'the words that matter');
  const index = new CodePointIndex(text);
  assert.equal(target.start, index.toCodePoint(text.indexOf('the words')));
  assert.equal(target.start, text.indexOf('the words') - 2);
  const result = anchor(text, target);
  assert.equal(result.orphan, false);
  if (!result.orphan) assert.equal(result.method, 'position');
});

test('CodePointIndex round-trips and never splits a pair', () => {
  const text = 'a😀b\uD800c😀😀d';
  const index = new CodePointIndex(text);
  for (let cp = 0; cp <= 8; cp++) assert.equal(index.toCodePoint(index.toUtf16(cp)), cp);
  assert.equal(index.toUtf16(2), 3);
  assert.equal(index.toCodePoint(2), 1); // inside the first pair → its start
  assert.equal(index.toCodePoint(text.length), [...text].length);
});

test('an empty or out-of-range target never throws', () => {
  assert.deepEqual(anchor('abc', { source: 'a', exact: '', prefix: '', suffix: '', start: 0, end: 0 }), { orphan: true });
  assert.equal(selected('abc', { source: 'a', exact: 'bc', prefix: 'a', suffix: '', start: 99, end: 101 }), 'bc');
  assert.deepEqual(anchor('', { source: 'a', exact: 'bc', prefix: '', suffix: '', start: 0, end: 2 }), { orphan: true });
});


const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '“', '”', '😀', 'é', 'e\u0301'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 200, size: 'max' });

test('property: on any text (emoji, combining marks, lone surrogates, CR/LF), a fresh target anchors by position to its own span', () => {
  fc.assert(
    fc.property(anyText, fc.nat(), fc.nat(), (text, p, q) => {
      fc.pre(text.length > 0);
      const start = p % text.length;
      const end = Math.min(text.length, start + 1 + (q % 40));
      const target = targetFor(text, start, end, 'a.txt');
      assert.ok(target.start <= target.end);
      if (target.exact.length === 0) return;
      const result = anchor(text, target);
      assert.equal(result.orphan, false);
      if (!result.orphan) {
        assert.equal(result.method, 'position');
        assert.equal(text.slice(result.start, result.end).replace(/\r\n?/g, '\n'), target.exact);
      }
    }),
    { numRuns: 500 },
  );
});

test('property: a CRLF and an LF checkout of the same article give the same selectors, and each finds the other’s by position', () => {
  const lines = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '“', '”', '😀', 'é'), maxLength: 30 }), { minLength: 1, maxLength: 12 });
  fc.assert(
    fc.property(lines, fc.nat(), fc.nat(), (parts, p, q) => {
      const lf = parts.join('\n');
      const crlf = parts.join('\r\n');
      fc.pre(lf.length > 0);
      const start = p % lf.length;
      const end = Math.min(lf.length, start + 1 + (q % 60));
      const fromLf = targetFor(lf, start, end, 'a.txt');
      // The same characters in the CRLF text.
      const toCrlf = (offset: number) => offset + (lf.slice(0, offset).match(/\n/g)?.length ?? 0);
      const fromCrlf = targetFor(crlf, toCrlf(start), toCrlf(end), 'a.txt');
      assert.deepEqual(fromCrlf, fromLf);
      if (fromLf.exact.length === 0) return;
      const inCrlf = anchor(crlf, fromLf);
      const inLf = anchor(lf, fromCrlf);
      assert.ok(!inCrlf.orphan && !inLf.orphan);
      if (!inCrlf.orphan && !inLf.orphan) {
        assert.equal(inCrlf.method, 'position');
        assert.equal(inLf.method, 'position');
        assert.equal(crlf.slice(inCrlf.start, inCrlf.end).replace(/\r\n/g, '\n'), fromLf.exact);
        assert.equal(lf.slice(inLf.start, inLf.end), fromLf.exact);
      }
    }),
    { numRuns: 500 },
  );
});

test('selectors written with CRLF by another tool still match', () => {
  const text = 'Line one.\nHe said “two\nlines” here.\n';
  const at = text.indexOf('two');
  const target = { source: 'a.txt', exact: 'two\r\nlines', prefix: 'He said “', suffix: '” here.', start: 0, end: 0 };
  const result = anchor(text, target);
  assert.equal(result.orphan, false);
  if (!result.orphan) assert.deepEqual([result.start, result.end], [at, at + 9]);
});

test('property: after arbitrary edits, anchoring never throws and returns a valid span or an orphan', () => {
  fc.assert(
    fc.property(anyText, fc.nat(), fc.nat(), fc.array(fc.record({ a: fc.nat(), b: fc.nat(), text: anyText }), { maxLength: 5 }), (text, p, q, edits) => {
      fc.pre(text.length > 0);
      const start = p % text.length;
      const target = targetFor(text, start, Math.min(text.length, start + 1 + (q % 40)), 'a.txt');
      let doc = text;
      for (const edit of edits) {
        const x = edit.a % (doc.length + 1);
        const y = edit.b % (doc.length + 1);
        doc = doc.slice(0, Math.min(x, y)) + edit.text + doc.slice(Math.max(x, y));
      }
      const result = anchor(doc, target);
      if (!result.orphan) assert.ok(0 <= result.start && result.start < result.end && result.end <= doc.length);
    }),
    { numRuns: 500 },
  );
});

test('a lone CR before a CRLF is a line end of its own, so a span across it anchors by position', () => {
  for (const text of ['\r\r\n', 'a\r\r\nb', 'x\r\r\r\ny']) {
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const target = targetFor(text, start, end, 'a.txt');
        if (target.exact.length === 0) continue;
        const result = anchor(text, target);
        assert.equal(result.orphan, false, JSON.stringify({ text, start, end }));
        if (!result.orphan) assert.equal(result.method, 'position', JSON.stringify({ text, start, end }));
      }
    }
  }
});
