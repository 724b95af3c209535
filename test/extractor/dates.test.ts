import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleDate, findDates } from '../../src/extractor/dates';
import type { DateMention } from '../../src/extractor/types';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

function texts(text: string, articleDate?: string): string[] {
  return findDates(text, articleDate).map((d) => d.text);
}

function only(text: string, articleDate?: string): DateMention {
  const found = findDates(text, articleDate);
  assert.equal(found.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((d) => d.text))}`);
  return found[0];
}

function valueOf(text: string, phrase: string, articleDate: string): string | undefined {
  const d = findDates(text, articleDate).find((x) => x.text === phrase);
  assert.ok(d, `no date ${JSON.stringify(phrase)} in ${JSON.stringify(text)}; have ${JSON.stringify(texts(text, articleDate))}`);
  return d.value;
}

test('sample article: weekdays, relative phrases and years are dates; troop numbers are not', () => {
  const found = findDates(sample, '2022-01-18');
  const surface = new Set(found.map((d) => d.text));
  for (const phrase of ['Friday', 'Tuesday', 'late October', 'last week', 'last Thursday', '2014', '2015', 'weeks ago']) {
    assert.ok(surface.has(phrase), `missing ${phrase}; have ${[...surface].join(', ')}`);
  }
  assert.ok(!found.some((d) => d.text.includes('100,000')), '100,000 troops is not a date');
  for (const d of found) assert.equal(sample.slice(d.start, d.end), d.text);
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start, 'dates are sorted and disjoint');
});

test('sample article: values relative to the article date follow tense', () => {
  const found = findDates(sample, '2022-01-18');
  const first = (phrase: string) => found.find((d) => d.text === phrase)?.value;
  assert.equal(first('Friday'), '2022-01-21', '"will meet … on Friday" is the coming Friday');
  assert.equal(first('Tuesday'), '2022-01-18', '"is scheduled to depart on Tuesday" on a Tuesday is that day');
  assert.equal(first('last Thursday'), '2022-01-13');
  assert.equal(first('last week'), '2022-W02');
  assert.equal(first('late October'), '2021-10', 'a past month without a year is the most recent one');
  assert.equal(first('2014'), '2014');
  assert.equal(first('weeks ago'), undefined, 'a vague count has no single value');
});

test('sample article: no article date of its own (dateline without a date)', () => {
  assert.equal(findArticleDate(sample), undefined);
});

test('month and day forms', () => {
  assert.deepEqual(texts('The vote is set for Jan. 18 in the capital.'), ['Jan. 18']);
  assert.equal(only('He was born on January 18, 2022, in a small town.').text, 'January 18, 2022');
  assert.equal(only('He was born on January 18, 2022, in a small town.').value, '2022-01-18');
  assert.equal(only('The treaty was signed on 18 January 2022 in Paris.').value, '2022-01-18');
  assert.equal(only('Sales rose in August 2019 after the strike.').value, '2019-08');
  assert.equal(only('The court met on Monday, Oct. 4, 2021, to hear the case.').text, 'Monday, Oct. 4, 2021');
  assert.equal(only('The deadline passed in mid-June, officials said.', '2021-09-01').value, '2021-06');
  // "may" and "march" as verbs are not months
  assert.deepEqual(texts('They may march on the capital if the talks fail.'), []);
  assert.deepEqual(texts('Protesters may gather, and May is when the vote takes place.'), ['May']);
});

test('years only where a year is likely', () => {
  assert.deepEqual(texts('The war has dragged on since 2015.'), ['2015']);
  assert.deepEqual(texts("It was 2014's worst storm."), ['2014']);
  assert.deepEqual(texts('Russia has massed 100,000 troops and spent $2014 on each.'), []);
  assert.deepEqual(texts('The plant employs 1500 workers.'), []);
  assert.deepEqual(texts('# 2022 in review'), ['2022']);
  assert.equal(only('The 2008 crash wiped out savings.').text, '2008');
  assert.equal(only('Prices surged during the 1990s.').text, 'the 1990s');
  assert.equal(only('Prices surged during the 1990s.').value, '199');
  assert.equal(only("Music from the '90s filled the hall.").text, "the '90s");
  assert.equal(only("He grew up in the 90's.").text, "the 90's");
  assert.equal(only('Cities of the 21st century face floods.').value, '20');
  assert.equal(only('Growth slowed in fiscal 2021 as costs rose.').text, 'fiscal 2021');
  assert.equal(only('A 2008-style crash is unlikely.').text, '2008');
});

test('quarters, halves and seasons', () => {
  assert.equal(only('Profit rose in the third quarter.', '2021-10-20').value, '2021-Q3');
  assert.equal(only('The company reported third-quarter earnings.', '2021-10-20').text, 'third-quarter');
  assert.equal(only('Revenue fell in the first half of 2021.').value, '2021');
  assert.equal(only('The plant will reopen this summer.', '2022-01-18').value, '2022-SU');
  assert.equal(only('Talks collapsed last fall.', '2022-02-06').value, '2021-FA');
  assert.deepEqual(texts('Prices fall when supply rises.'), []);
  assert.deepEqual(texts('About three-quarters of voters agreed.'), []);
});

test('relative expressions and counted spans', () => {
  const ref = '2022-01-18';
  assert.equal(valueOf('The ministry said yesterday that talks would resume.', 'yesterday', ref), '2022-01-17');
  assert.equal(valueOf('Officials will meet today.', 'today', ref), '2022-01-18');
  assert.equal(valueOf('Output rose this month.', 'this month', ref), '2022-01');
  assert.equal(valueOf('Output rose last year.', 'last year', ref), '2021');
  assert.equal(valueOf('Output will rise next year.', 'next year', ref), '2023');
  assert.equal(valueOf('The law passed two years ago.', 'two years ago', ref), '2020');
  assert.equal(valueOf('Sales rose earlier this year.', 'earlier this year', ref), '2022');
  assert.equal(valueOf('Sales will be counted at the end of the year.', 'the end of the year', ref), '2022');
  assert.ok(texts('Prices doubled over the past two years.').includes('the past two years'));
  assert.ok(texts('Rates rose in recent years.').includes('recent years'));
  assert.ok(texts('The strike lasted three months.').includes('three months'));
  assert.ok(texts('He is 61 years old.').includes('61 years old'));
  assert.equal(only('A year earlier, profit was higher.', ref).value, '2021');
  assert.deepEqual(texts('In the past, prices rose; in the near future they may fall.'), ['the past', 'the near future']);
  assert.deepEqual(texts('Over the past two years, prices rose.'), ['the past two years']);
  // anaphoric: relative to another date in the text, not to the article's
  assert.equal(only('The plant closed the following year.', ref).value, undefined);
});

test('weekday direction: "last", "next", tense cues, and the past by default', () => {
  const ref = '2022-01-18'; // a Tuesday
  assert.equal(valueOf('The minister said on Friday that talks had failed.', 'Friday', ref), '2022-01-14');
  assert.equal(valueOf('The minister will travel on Friday.', 'Friday', ref), '2022-01-21');
  assert.equal(valueOf('The talks ended last Tuesday.', 'last Tuesday', ref), '2022-01-11');
  assert.equal(valueOf('The talks resume next Tuesday.', 'next Tuesday', ref), '2022-01-25');
  assert.equal(valueOf('The bill passed Monday.', 'Monday', ref), '2022-01-17');
  assert.deepEqual(texts("Stocks fell today following Friday's plunge.", ref), ['today', 'Friday']);
  assert.equal(valueOf('The envoy returned the following Friday.', 'the following Friday', ref), undefined);
  // a named event is not a weekday reference
  assert.deepEqual(texts('Markets have not forgotten Black Monday.'), []);
});

test('rates and names are not dates', () => {
  assert.deepEqual(texts('The refinery handles 45,000 barrels a day.'), []);
  assert.deepEqual(texts('The program costs $35 million a year.'), []);
  assert.deepEqual(texts('She edits Fashion Week coverage.'), []);
});

test('ranges, business periods and parts of the day', () => {
  assert.deepEqual(texts('Output doubled between 2001 and 2009.'), ['between 2001 and 2009']);
  assert.deepEqual(texts('Sales fell from March to June.'), ['from March to June']);
  assert.equal(only('Revenue rose in Q3 2021.').value, '2021-Q3');
  assert.equal(only('For the fiscal year ended June 30, 2021, profit rose.').text, 'the fiscal year ended June 30, 2021');
  assert.deepEqual(texts('Profit for the quarter ended March 31 rose.'), ['the quarter', 'March 31']);
  assert.equal(valueOf('The team plays tonight.', 'tonight', '2022-01-18'), '2022-01-18');
  assert.equal(valueOf('Fighting broke out last night.', 'last night', '2022-01-18'), '2022-01-17');
  assert.equal(valueOf('Markets fell over the weekend.', 'the weekend', '2022-01-18'), '2022-W02-WE');
  assert.equal(valueOf('Profit fell in the same period last year.', 'the same period last year', '2022-01-18'), '2021');
});

test('numeric and ISO dates', () => {
  assert.equal(only('The filing is dated 1/18/2022 in the docket.').value, '2022-01-18');
  assert.equal(only('The log entry reads 2022-01-18 at the top.').value, '2022-01-18');
  assert.equal(only('The filing is dated 18/1/2022 in the docket.').value, '2022-01-18');
  assert.equal(only('Posted at 2022-01-18T09:30:00Z by the desk.').value, '2022-01-18');
  assert.equal(only('The budget for FY2023 is larger.').value, '2023');
});

test('article date from a Date: line, a byline date, an ISO timestamp or a dated dateline', () => {
  assert.equal(findArticleDate('Title\nDate: January 18, 2022\n\nBody text.'), '2022-01-18');
  assert.equal(findArticleDate('Headline here\nBy Jane Doe | Jan. 18, 2022\n\nBody.'), '2022-01-18');
  assert.equal(findArticleDate('2022-01-18T09:30:00Z\nHeadline\n\nBody.'), '2022-01-18');
  assert.equal(findArticleDate('WASHINGTON, Jan. 18, 2022 (Reuters) — Officials said on Tuesday that the long talks would go on.'), '2022-01-18');
  // a year-less dateline is not enough on its own, but takes the year of a header or copyright line
  assert.equal(findArticleDate('WASHINGTON, Jan. 18 (Reuters) — Officials said on Tuesday that the talks would go on.'), undefined);
  assert.equal(findArticleDate('WASHINGTON, Jan. 18 (Reuters) — Officials said the talks would go on.\n\n© 2022 Reuters'), '2022-01-18');
  assert.equal(findArticleDate('World news | 2022\nWASHINGTON, Jan. 18 (Reuters) — Officials said the talks would go on.'), '2022-01-18');
  // a date deep inside a long first paragraph is not the article's date
  const long = 'The company said it expected results in line with forecasts, and that the board, which met for hours behind closed doors, had approved the plan on March 14, 2019, despite objections.';
  assert.equal(findArticleDate(long), undefined);
  assert.equal(findArticleDate(`Headline\n\n${long}\n\nThe vote is on April 9, 2020.`), undefined);
});

test('a paragraph gives the same dates alone as inside the article', () => {
  const paragraphs = sample.split('\n\n');
  let offset = 0;
  const whole = findDates(sample, '2022-01-18');
  const pieced: DateMention[] = [];
  for (const p of paragraphs) {
    for (const d of findDates(p, '2022-01-18')) pieced.push({ ...d, start: d.start + offset, end: d.end + offset });
    offset += p.length + 2;
  }
  assert.deepEqual(pieced, whole);
});

// A hang guard only: linearity is measured by `npm run bench`.
test('long and adversarial input is scanned', { timeout: 60_000 }, () => {
  const long = 'the end of the '.repeat(20000) + 'year';
  assert.ok(findDates(long).length > 0);
  findDates('1 '.repeat(50000));
  findDates('last '.repeat(50000));
  findDates(('x'.repeat(300) + '2014').repeat(3000)); // one line without spaces
});

test('any text: spans are in bounds, sorted, disjoint, match their text, and do not depend on other paragraphs', () => {
  const words = [
    'the', 'last', 'next', 'Friday', 'May', 'Jan.', '18', ',', '2022', 'years', 'ago', 'of', 'early', 'Q3', '1990s', "'", 's',
    'quarter', 'third-quarter', 'now', 'tonight', 'a', 'year', 'earlier', 'since', '2014', '$', '100,000', 'troops', '.',
    'between', 'and', 'Christmas', 'Day', 'mid-June', 'fiscal', '😀', '"', '\n', '\n\n', 'said', 'will',
  ];
  const piece = fc.constantFrom(...words);
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(undefined, '2022-01-18'), (parts, articleDate) => {
      const text = parts.join(' ');
      const found = findDates(text, articleDate);
      let last = 0;
      for (const d of found) {
        assert.ok(d.start >= last && d.end > d.start && d.end <= text.length);
        assert.equal(text.slice(d.start, d.end), d.text);
        last = d.end;
      }
      // per paragraph, the same dates
      const pieced: DateMention[] = [];
      let offset = 0;
      for (const p of text.split('\n\n')) {
        for (const d of findDates(p, articleDate)) pieced.push({ ...d, start: d.start + offset, end: d.end + offset });
        offset += p.length + 2;
      }
      assert.deepEqual(pieced, found);
    }),
    { numRuns: 300 },
  );
});

test('a token pool kept from one paragraph to the next gives the same dates as none', () => {
  const paragraphs = [
    'The talks resumed on Monday, two weeks after the ceasefire of March 3, 2021.',
    'Nothing dated here at all.',
    'Officials said the plan, first floated in the 1990s, would be revisited next year or in mid-2025.',
    'By late October the third-quarter figures were out; the fiscal year ended Sept. 30.',
  ];
  const pool: Parameters<typeof findDates>[2] = [];
  for (const p of paragraphs) assert.deepEqual(findDates(p, '2024-07-28', pool), findDates(p, '2024-07-28'));
  assert.ok(pool.length > 0);
});

test('a date right after a dense stretch of month names is found whole wherever the stretch is cut into windows', () => {
  // Dense stretches of date words are scanned in windows of about 4,000 characters; a phrase
  // whose head opens the next window was once found cut in two by the previous window's end.
  const filler = 'and other words of no date at all, said the man in the hat, twice over again';
  for (let run = 980; run <= 1000; run += 2) {
    for (let pad = 20; pad <= filler.length; pad += 3) {
      for (const lineEnd of ['\n', '\r\n']) {
        const text = `Officials said.${lineEnd}${'May '.repeat(run)}${filler.slice(0, pad)} Sept. 11, 2001, he said.`;
        const dates = findDates(text);
        const last = dates[dates.length - 1];
        assert.equal(last?.text, 'Sept. 11, 2001', `run ${run}, pad ${pad}`);
        assert.equal(last.value, '2001-09-11');
      }
    }
  }
});

test('a season of a theater, a league or a harvest is a unit of time', () => {
  assert.deepEqual(texts('Last season, the playhouse staged four comedies.'), ['Last season']);
  assert.deepEqual(texts('The quiz show was dropped this season and will return next season.'), ['this season', 'next season']);
});

test('"the same period" is a date only when anchored', () => {
  assert.deepEqual(texts('Rents rose 4% over the same period, the agency said.'), []);
  assert.deepEqual(texts('Rents rose 4% from the same period last year.'), ['the same period last year']);
});
