import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findQuotes, type RawQuote } from '../../src/extractor/quotes';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

function texts(text: string, quotes: RawQuote[] = findQuotes(text)): string[] {
  return quotes.map((q) => text.slice(q.start, q.end));
}

function quoteStartingWith(text: string, prefix: string): RawQuote {
  const q = findQuotes(text).find((x) => text.startsWith(prefix, x.start));
  assert.ok(q, `no quote starting with ${prefix}; have ${JSON.stringify(texts(text))}`);
  return q;
}

test('sample: the quote beginning "We’re now at a stage" excludes its marks; outer span includes them', () => {
  const q = quoteStartingWith(sample, 'We’re now at a stage');
  assert.equal(sample[q.outerStart], '“');
  assert.equal(q.outerStart, q.start - 1);
  assert.equal(sample[q.outerEnd - 1], '”');
  assert.equal(q.outerEnd, q.end + 1);
  assert.equal(sample.slice(q.start, q.end), 'We’re now at a stage where Russia could at any point want an attack in Ukraine,');
  assert.equal(q.short, false);
});

test('sample: the nested ‘Russian aggression’ stays inside the Foreign Ministry quote', () => {
  const q = quoteStartingWith(sample, 'The minister urged');
  const inner = sample.slice(q.start, q.end);
  assert.ok(inner.includes('‘Russian aggression,’'), inner);
  assert.ok(inner.endsWith('aggression,’'), inner);
  assert.ok(!texts(sample).some((t) => t.startsWith('Russian aggression')), 'nested quote reported as its own quote');
});

test('sample: scare quotes are kept and flagged short; speech is not', () => {
  const all = findQuotes(sample);
  const byText = new Map(all.map((q) => [sample.slice(q.start, q.end), q]));
  assert.equal(byText.get('dead end.')?.short, true);
  assert.equal(byText.get('military-technical')?.short, true);
  assert.equal(byText.get('article-by-article')?.short, true);
  assert.equal(quoteStartingWith(sample, 'There’s a diplomatic path').short, false);
  assert.equal(all.length, 10);
});

test('sample: apostrophes (We’re, Ukraine’s, Blinken’s) never open or close a quote', () => {
  for (const q of findQuotes(sample)) {
    assert.ok('“"‘'.includes(sample[q.outerStart]), `quote opens with ${sample[q.outerStart]}`);
  }
});

test('straight double quotes, and a split quote around its reporting clause', () => {
  const text = 'He paused. "We will not give up," the mayor said, "not now and not ever."';
  assert.deepEqual(texts(text), ['We will not give up,', 'not now and not ever.']);
});

test('apostrophes and decades are not quote marks', () => {
  const text = 'The party’s leaders, who came of age in the ’90s, said they’re done with rock ’n’ roll and the voters’ mood.';
  assert.deepEqual(findQuotes(text), []);
  assert.deepEqual(findQuotes("It's the 90's; the players' union won't budge."), []);
  assert.deepEqual(findQuotes('The shelf is 5\'10" tall and the board 12" wide.'), []);
});

test('a top-level ‘single-quoted’ phrase counts, an apostrophe inside it does not end it', () => {
  const text = 'Mayor Calls Plan ‘Dead on Arrival’ as Council’s Vote Nears\n\nThe council’s members didn’t agree.';
  assert.deepEqual(texts(text), ['Dead on Arrival']);
  assert.deepEqual(texts('Critics call it ‘the people’s budget’ now.'), ['the people’s budget']);
});

test('a quote over several paragraphs is one quote from the first opening to the last closing mark', () => {
  const text = [
    'The governor read from her statement:',
    '',
    '“The storm took homes, roads and schools from us. We will rebuild every one of them.',
    '',
    '“We will not wait for permission. We start on Monday.',
    '',
    '“And we will finish before the winter,” she said.',
    '',
    'Reporters had no questions.',
  ].join('\n');
  const quotes = findQuotes(text);
  assert.equal(quotes.length, 1);
  const [q] = quotes;
  assert.equal(q.outerStart, text.indexOf('“The storm'));
  assert.equal(q.outerEnd, text.indexOf(',” she said') + 2);
  assert.ok(text.startsWith('The storm', q.start));
  assert.ok(text.slice(0, q.end).endsWith('before the winter,'));
  assert.deepEqual(
    q.parts?.map((p) => text.slice(p.start, p.end)),
    [
      'The storm took homes, roads and schools from us. We will rebuild every one of them.',
      'We will not wait for permission. We start on Monday.',
      'And we will finish before the winter,',
    ],
  );
  assert.equal(q.short, false);
});

test('an unbalanced mark ends with its paragraph and does not swallow the rest of the text', () => {
  const text = 'The senator said the bill was “a disgrace and left.\n\nThe vote is on Tuesday, aides said. “We have the numbers,” one aide said.';
  assert.deepEqual(texts(text), ['a disgrace and left.', 'We have the numbers,']);
  // A straight mark that can only open, while one is open, means the earlier one was never closed.
  assert.deepEqual(texts('He said "hello and left. Then "bye" she said.'), ['bye']);
  // Marks spaced out on both sides, as in text rebuilt from tokens, pair up in order.
  assert.deepEqual(texts('He said , " We are here . " Then he left .'), [' We are here . ']);
  // A stray closing mark opens nothing.
  assert.deepEqual(texts('The word was stray” here. Then “real quote” there.'), ['real quote']);
});

test('a wrapped line inside a quote does not end it', () => {
  const text = 'The chief said the plan “will cut response times\nacross the city by half.” Critics disagreed.';
  assert.deepEqual(texts(text), ['will cut response times\nacross the city by half.']);
});

test('each transcript turn is its own quote', () => {
  const text = '"HOST: Will you run again?\n\n"GOVERNOR: I have not decided.\n\n"I will talk with my family first."';
  assert.deepEqual(texts(text), ['HOST: Will you run again?', 'GOVERNOR: I have not decided.\n\n"I will talk with my family first.']);
});

test('misused marks: a closing mark used to open, an opening mark used to close', () => {
  assert.deepEqual(texts('They said ”this is fine” and left.'), ['this is fine']);
  assert.deepEqual(texts('He called it “a mistake.“\n\nNext paragraph.'), ['a mistake.']);
});

test('quotes are ordered, inside the text, never overlapping, with inner spans inside outer spans', () => {
  const pieces = fc.constantFrom('“', '”', '"', '‘', '’', "'", ' ', 'a', 'word', '.', ',', '\n', '\n\n', 'We’re', ' said', 'Ms. Lee');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
      const text = parts.join('');
      let last = -1;
      for (const q of findQuotes(text)) {
        assert.ok(q.outerStart >= 0 && q.outerEnd <= text.length);
        assert.ok(q.outerStart <= q.start && q.start < q.end && q.end <= q.outerEnd);
        assert.ok(q.outerStart >= last, 'overlap');
        last = q.outerEnd;
      }
    }),
    { numRuns: 500 },
  );
});

// A hang guard only: linearity is measured by `npm run bench`, not by timed assertions.
test('scans long text with an unclosed mark in one pass', { timeout: 60_000 }, () => {
  const paragraph = '“We’re ready,” she said. The ’90s were “different,” he added, “and so are we.” ';
  const text = paragraph.repeat(20000) + '“unclosed ' + 'word '.repeat(100000);
  const quotes = findQuotes(text);
  assert.equal(quotes.length, 60001);
});

test('Windows line ends: paragraphs and multi-paragraph quotes work the same', () => {
  const text = 'She said:\r\n\r\n“First part.\r\n\r\n“Second part,” she added.\r\n\r\nAn “open mark here.\r\n\r\nNext.';
  assert.deepEqual(texts(text), ['First part.\r\n\r\n“Second part,', 'open mark here.']);
  assert.equal(findQuotes(text)[0].parts?.length, 2);
});

test('straight marks inside a curly quotation are an inner quotation', () => {
  const text = '“He called it "fake news" and left,” she said.';
  const quotes = findQuotes(text);
  assert.equal(quotes.length, 1);
  assert.equal(text.slice(quotes[0].start, quotes[0].end), 'He called it "fake news" and left,');
});

test('a curly quotation closed by a straight mark still ends there', () => {
  const text = '“Mixed close," he said, and nothing more.';
  const quotes = findQuotes(text);
  assert.equal(quotes.length, 1);
  assert.equal(text.slice(quotes[0].start, quotes[0].end), 'Mixed close,');
});
