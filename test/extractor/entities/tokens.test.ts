import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize, type Token } from '../../../src/extractor/entities/tokens';
import { findCandidates } from '../../../src/extractor/entities/candidates';

const sample = readFileSync(join(__dirname, '../../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

function word(tokens: Token[], text: string): Token {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `no token ${text}; have ${tokens.map((x) => x.text).join(' ')}`);
  return t;
}

test('keys are lower case without periods, however the word was written', () => {
  // Two-byte text (curly quotes) as well as plain ASCII.
  for (const tail of ['', ' “quoted”']) {
    const tokens = tokenize(`Mr. Smith met MR. JONES, Sen. Ortega and the U.S. envoy in Washington on Jan. 3 at St.Louis.${tail}`);
    assert.equal(word(tokens, 'Mr.').key, 'mr');
    assert.equal(word(tokens, 'MR.').key, 'mr');
    assert.equal(word(tokens, 'Sen.').key, 'sen');
    assert.equal(word(tokens, 'U.S.').key, 'us');
    assert.equal(word(tokens, 'Jan.').key, 'jan');
    assert.equal(word(tokens, 'Washington').key, 'washington');
    assert.equal(word(tokens, 'JONES').key, 'jones');
    assert.ok(word(tokens, 'JONES').upper);
    assert.ok(!word(tokens, 'Washington').upper);
    // "envoy" is already a key: the same string, not a copy.
    assert.equal(word(tokens, 'envoy').key, 'envoy');
    // A sentence-final word keeps its period out; an abbreviation keeps it in.
    assert.ok(tokens.some((t) => t.text === '.' && t.start === tokens.find((x) => x.text === 'Louis')!.end));
  }
});

test('letters outside ASCII: capitals, keys and hyphens', () => {
  const tokens = tokenize('Ärger in Zürich-Nord, ÉCOLE and O’Neill’s plan; İstanbul.');
  const arger = word(tokens, 'Ärger');
  assert.ok(arger.cap);
  assert.equal(arger.key, 'ärger');
  const zurich = word(tokens, 'Zürich-Nord');
  assert.equal(zurich.hyphen, 6);
  assert.equal(zurich.key, 'zürich-nord');
  assert.ok(word(tokens, 'ÉCOLE').upper);
  assert.equal(word(tokens, 'O’Neill').key, 'o’neill');
  assert.ok(tokens.some((t) => t.text === '’s'));
  assert.equal(word(tokens, 'İstanbul').key, 'İstanbul'.toLowerCase());
});

test('digits, line starts and sentence starts', () => {
  const tokens = tokenize('2. Aurelio Benavente\n“Who won? Covid19 cases rose.');
  assert.ok(word(tokens, '2').digit && word(tokens, '2').lineStart);
  // A list number ends no sentence.
  assert.ok(!word(tokens, 'Aurelio').sentenceStart);
  assert.ok(word(tokens, 'Who').sentenceStart, 'after a line start and an opening quote');
  assert.ok(word(tokens, 'Covid19').sentenceStart, 'after ?');
  assert.equal(word(tokens, 'Covid19').key, 'covid19');
});

test('a token pool gives the same tokens as fresh ones, paragraph after paragraph', () => {
  const pool: Token[] = [];
  const fields = (t: Token) => [t.start, t.end, t.text, t.kind, t.key, t.hyphen, t.cap, t.upper, t.digit, t.lineStart, t.sentenceStart];
  for (const paragraph of sample.split(/\n\s*\n/)) {
    const pooled = tokenize(paragraph, pool).map(fields);
    assert.deepEqual(pooled, tokenize(paragraph).map(fields));
  }
});

test('candidates do not depend on the pool or on the paragraph before', () => {
  const pool: Token[] = [];
  const paragraphs = sample.split(/\n\s*\n/);
  const fresh = paragraphs.map((p) => JSON.stringify(findCandidates(p)));
  const pooled = paragraphs.map((p) => JSON.stringify(findCandidates(p, pool)));
  assert.deepEqual(pooled, fresh);
  // Again in reverse order, with the pool's tokens left by a longer paragraph.
  const reversed = [...paragraphs].reverse().map((p) => JSON.stringify(findCandidates(p, pool)));
  assert.deepEqual(reversed.reverse(), fresh);
});
