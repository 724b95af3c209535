import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { indexSource, matchQuote, MAX_QUOTE_WORDS, quoteTokens, wordsOf, type SourceMatch } from '../../src/annotations/index';

const article = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

/** A briefing transcript as a newsroom would keep it: straight quotes, other case, line breaks. */
const TRANSCRIPT = [
  'MS. PSAKI: Good afternoon, everyone.',
  '',
  "Q: What will the Secretary say in Kyiv?",
  '',
  "MS. PSAKI: He will urge Russia to take immediate steps to de-escalate. We're now at a stage where Russia could at any point launch an attack in Ukraine, and what Secretary Blinken is going to go do is highlight very clearly there is a diplomatic path forward.",
  '',
  "There's a diplomatic path forward. It is up to the Russians to determine which path they're going to take, and the consequences will be severe if they don't take the diplomatic path.",
  '',
].join('\n');

function passage(source: string, result: SourceMatch): string {
  assert.notEqual(result.kind, 'notFound', JSON.stringify(result));
  if (result.kind === 'notFound') return '';
  return source.slice(result.start, result.end);
}

describe('quote words', () => {
  it('normalises case, curly and straight apostrophes, and splits at dashes and punctuation', () => {
    assert.deepEqual(wordsOf('We’re DE-ESCALATING — now…').map((w) => w.norm), ["we're", 'de', 'escalating', 'now']);
  });

  it('turns an ellipsis, three dots and a bracketed insertion into gaps, dropping the inserted words', () => {
    const kinds = quoteTokens('It is up to [the Russians] to decide … which path. . . they take [...] now').map((t) => (t.kind === 'gap' ? '_' : t.norm));
    assert.deepEqual(kinds, ['it', 'is', 'up', 'to', '_', 'to', 'decide', '_', 'which', 'path', '_', 'they', 'take', '_', 'now']);
  });
});

describe('checking a quote against its source', () => {
  it('finds a quote verbatim, punctuation, case and curly marks aside', () => {
    const quote = '“There’s a diplomatic path forward,”';
    const result = matchQuote(quote, TRANSCRIPT);
    assert.equal(result.kind, 'verbatim');
    assert.equal(passage(TRANSCRIPT, result), "There's a diplomatic path forward");
  });

  it('reports one changed word, and which', () => {
    const quote = 'We’re now at a stage where Russia could at any point want an attack in Ukraine,';
    const result = matchQuote(quote, TRANSCRIPT);
    assert.equal(result.kind, 'altered');
    if (result.kind !== 'altered') return;
    assert.equal(result.differingWords, 1);
    const changed = result.ops.filter((op) => op.kind === 'changed');
    assert.equal(changed.length, 1);
    if (changed[0].kind !== 'changed') return;
    assert.equal(quote.slice(changed[0].quote.start, changed[0].quote.end), 'want');
    assert.equal(TRANSCRIPT.slice(changed[0].source.start, changed[0].source.end), 'launch');
    assert.ok(passage(TRANSCRIPT, result).startsWith("We're now at a stage"));
    assert.ok(passage(TRANSCRIPT, result).endsWith('in Ukraine'));
  });

  it('takes an ellipsis for the words it leaves out: still verbatim', () => {
    const quote = 'He will urge Russia … to de-escalate. … It is up to the Russians to determine which path they’re going to take';
    const result = matchQuote(quote, TRANSCRIPT);
    assert.equal(result.kind, 'verbatim', JSON.stringify(result));
    if (result.kind !== 'verbatim') return;
    const omitted = result.ops.filter((op) => op.kind === 'omitted');
    assert.equal(omitted.length, 2);
    assert.ok(passage(TRANSCRIPT, result).startsWith('He will urge Russia to take immediate steps'));
  });

  it('reports words dropped without an ellipsis', () => {
    const quote = 'what Secretary Blinken is going to do is highlight very clearly';
    const result = matchQuote(quote, TRANSCRIPT);
    assert.equal(result.kind, 'altered');
    if (result.kind !== 'altered') return;
    const dropped = result.ops.filter((op) => op.kind === 'dropped');
    assert.equal(dropped.length, 1);
    if (dropped[0].kind !== 'dropped') return;
    assert.equal(TRANSCRIPT.slice(dropped[0].source.start, dropped[0].source.end), 'go');
    assert.equal(result.differingWords, 1);
  });

  it('reports a reordered clause as altered, not as not found', () => {
    const quote = 'and the consequences will be severe if they don’t take the diplomatic path, it is up to the Russians to determine which path they’re going to take';
    const result = matchQuote(quote, TRANSCRIPT);
    assert.equal(result.kind, 'altered', JSON.stringify(result));
    if (result.kind !== 'altered') return;
    assert.ok(result.differingWords > 0 && result.differingWords <= result.quoteWords);
  });

  it('says not found when the source does not have the words', () => {
    assert.deepEqual(matchQuote('an extremely dangerous situation', TRANSCRIPT), { kind: 'notFound', reason: 'noMatch', quoteWords: 4 });
    assert.equal(matchQuote('The minister urged the secretary of state not to replicate speculation', TRANSCRIPT).kind, 'notFound');
    assert.deepEqual(matchQuote('… — “ ”', TRANSCRIPT), { kind: 'notFound', reason: 'noWords', quoteWords: 0 });
  });

  it('finds every sentence of the article verbatim in the article, at the place the words are', () => {
    const index = indexSource(article);
    const sentences = article.split(/(?<=[.”])\s+/).filter((s) => wordsOf(s).length >= 4);
    assert.ok(sentences.length > 20);
    for (const sentence of sentences) {
      const result = matchQuote(sentence, index);
      assert.equal(result.kind, 'verbatim', sentence);
      assert.deepEqual(wordsOf(passage(article, result)).map((w) => w.norm), wordsOf(sentence).map((w) => w.norm));
    }
  });

  it('any run of the article’s words is found verbatim in it', () => {
    const index = indexSource(article);
    const words = wordsOf(article);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 1 }), fc.integer({ min: 1, max: 60 }), (from, count) => {
        const to = Math.min(words.length, from + count);
        const quote = article.slice(words[from].start, words[to - 1].end);
        const result = matchQuote(quote, index);
        return result.kind === 'verbatim' && wordsOf(article.slice(result.start, result.end)).map((w) => w.norm).join(' ') === words.slice(from, to).map((w) => w.norm).join(' ');
      }),
      { numRuns: 200 },
    );
  });

  it('finds the quote in a 1 MB source made of near-copies of the article', () => {
    const paragraphs = article.split('\n\n');
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      // Every copy differs from the transcript passage in its wording.
      const paragraph = paragraphs[i % paragraphs.length].replace(/Psaki/g, `Psaki${i % 7}`);
      parts.push(paragraph);
      size += paragraph.length + 2;
      if (i === 2000) parts.push(TRANSCRIPT);
    }
    const source = parts.join('\n\n');
    assert.ok(source.length >= 1_000_000);
    const index = indexSource(source);
    const verbatim = matchQuote('There’s a diplomatic path forward. It is up to the Russians to determine which path they’re going to take', index);
    assert.equal(verbatim.kind, 'verbatim');
    assert.ok(passage(source, verbatim).startsWith("There's a diplomatic path forward. It is up to the Russians"));
    // One word from the transcript's wording, two from the article copies': the transcript wins.
    const altered = matchQuote('We’re now at a stage where Russia could at any moment launch an attack in Ukraine', index);
    assert.equal(altered.kind, 'altered');
    assert.equal(altered.kind === 'altered' && altered.differingWords, 1);
    assert.ok(passage(source, altered).startsWith("We're now at a stage where Russia could at any point launch"));
    assert.equal(matchQuote('the council said the bridge will reopen in March', index).kind, 'notFound');
  });
});

describe('hostile input', () => {
  it('a quote of more than MAX_QUOTE_WORDS words is not aligned', () => {
    const quote = Array.from({ length: 10_000 }, (_, i) => `word${i % 50}`).join(' ');
    assert.deepEqual(matchQuote(quote, TRANSCRIPT), { kind: 'notFound', reason: 'tooLong', quoteWords: 10_000 });
  });

  it('one word repeated in quote and source: a verbatim passage as long as the quote', () => {
    const source = 'the '.repeat(250_000);
    const quote = 'the '.repeat(MAX_QUOTE_WORDS).trim();
    const result = matchQuote(quote, source);
    assert.equal(result.kind, 'verbatim');
    assert.equal(wordsOf(passage(source, result)).length, MAX_QUOTE_WORDS);
  });

  it('a quote of only ellipses and brackets, and gaps everywhere, stays within bounds', () => {
    assert.equal(matchQuote('[…] … [. . .]', TRANSCRIPT).kind, 'notFound');
    const quote = Array.from({ length: 400 }, () => 'path …').join(' ');
    const result = matchQuote(quote, `${TRANSCRIPT} ${'path and '.repeat(20_000)}`);
    assert.ok(['verbatim', 'altered', 'notFound'].includes(result.kind));
  });

  it('a source with no words, and an empty one', () => {
    assert.equal(matchQuote('a diplomatic path', '').kind, 'notFound');
    assert.equal(matchQuote('a diplomatic path', '… — !!! ???').kind, 'notFound');
  });
});
