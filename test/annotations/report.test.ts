import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFactCheck, formatCsvReport, formatJsonReport, formatMarkdownReport, lineNumbers, reportRows, type FactCheck } from '../../src/annotations';

const text = 'Title\n\nThe mayor said “taxes will fall” on Monday.\r\nLater | she said “no | comment”.\rEnd.';

function check(id: string, exact: string, extra: Partial<FactCheck> = {}): FactCheck {
  const start = text.indexOf(exact);
  return {
    ...createFactCheck({
      id: `urn:uuid:00000000-0000-4000-8000-00000000000${id}`,
      now: '2026-01-05T10:00:00.000Z',
      status: 'false',
      creator: 'Dana',
      kind: 'quote',
      target: { source: 'city/mayor.txt', exact, prefix: '', suffix: '', start, end: start + exact.length },
    }),
    ...extra,
  };
}

const checks = [
  check('1', 'taxes will fall', { note: 'Budget shows a *rise*.', sources: ['https://example.org/budget_(2026)'] }),
  check('2', 'no | comment', { status: 'verified' }),
  check('3', 'gone text', { status: 'disputed', note: '=HYPERLINK("x")' }),
];
const ranges = new Map<string, { start: number; end: number }>([
  [checks[0]!.id, { start: text.indexOf('taxes'), end: text.indexOf('taxes') + 15 }],
  [checks[1]!.id, { start: text.indexOf('no |'), end: text.indexOf('no |') + 12 }],
]);
const rows = reportRows({
  article: 'city/mayor.txt',
  text,
  checks,
  ranges,
  quotes: [{ start: text.indexOf('taxes'), end: text.indexOf('taxes') + 15, speaker: 'the mayor' }],
});

test('lineNumbers counts LF, CRLF and CR like an editor', () => {
  assert.deepEqual(lineNumbers(text, [0, text.indexOf('The'), text.indexOf('Later'), text.indexOf('End')]), [1, 3, 4, 5]);
});

test('rows carry text, speaker, status, note, sources and line; orphans last with their stored text', () => {
  assert.deepEqual(
    rows.map((r) => [r.line, r.text, r.speaker, r.status, r.orphaned]),
    [
      [3, 'taxes will fall', 'the mayor', 'false', false],
      [4, 'no | comment', undefined, 'verified', false],
      [undefined, 'gone text', undefined, 'disputed', true],
    ],
  );
});

test('Markdown report: a summary and a table per article, cell text literal', () => {
  const md = formatMarkdownReport(rows, { title: 'Fact-check report', generated: '2026-01-05T12:00:00.000Z' });
  assert.ok(md.startsWith('# Fact\\-check report\n') || md.startsWith('# Fact-check report\n'));
  assert.match(md, /3 fact checks — Verified: 1, Disputed: 1, False: 1 \(1 orphaned: text no longer found\)\./);
  assert.match(md, /## city\/mayor\.txt/);
  assert.match(md, /\| 3 \| quote \| taxes will fall \| the mayor \| False \| Budget shows a \\\*rise\\\*\. \| <https:\/\/example\.org\/budget_%282026%29> \|/);
  assert.match(md, /\| 4 \| quote \| no \\\| comment \|/);
  assert.match(md, /\| orphaned \| quote \| gone text \|/);
  assert.ok(md.endsWith('|\n'));
});

test('CSV report: RFC 4180 quoting and spreadsheet formulas defused', () => {
  const csv = formatCsvReport(rows);
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'article,line,kind,text,speaker,status,note,sources,orphaned,creator,modified');
  assert.equal(lines[1], 'city/mayor.txt,3,quote,taxes will fall,the mayor,false,Budget shows a *rise*.,https://example.org/budget_(2026),no,Dana,2026-01-05T10:00:00.000Z');
  assert.match(lines[3]!, /,"'=HYPERLINK\(""x""\)",/);
  assert.equal(lines[4], '');
});

test('JSON report round-trips the rows', () => {
  const json = JSON.parse(formatJsonReport(rows, { title: 'r', generated: 'g' }));
  assert.equal(json.items.length, 3);
  assert.deepEqual(json.items[0].sources, ['https://example.org/budget_(2026)']);
  assert.equal(json.items[2].orphaned, true);
});

// Hostile values from an annotation file, rendered by a CommonMark + GFM-tables reader.
test('Markdown report: hostile values stay inside their cell and list item', async () => {
  const { default: MarkdownIt } = await import('markdown-it');
  const hostile = [
    check('1', 'taxes will fall', {
      note: 'line one\n# Heading\n---\n- item | cell\r\n1. one &amp; <b>bold</b> [x](command:evil)',
      sources: ['https://example.org/a|b c(d)<e>', 'https://example.org/second'],
    }),
  ];
  const hostileRows = reportRows({ article: 'city/mayor.txt', text, checks: hostile, ranges });
  const md = formatMarkdownReport(hostileRows, {
    title: 'Report',
    generated: 'g',
    notIncluded: ['.newsmark/a.annotations.json broke\n# Injected heading\n\n***\n- injected item', '1. numbered | piped', '- dashed'],
  });
  const html = new MarkdownIt().render(md);
  const cells = (html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((row) => (row.match(/<t[dh][ >]/g) ?? []).length);
  assert.deepEqual(cells, [7, 7], `every row has seven cells:\n${md}`);
  assert.deepEqual(html.match(/<h[1-6]>/g), ['<h1>', '<h2>'], 'only the title and the article are headings');
  assert.doesNotMatch(html, /<hr|<b>|<ol|Injected heading<\/h/);
  assert.equal((html.match(/<li>/g) ?? []).length, 3, 'one list item per file left out');
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, ['https://example.org/a%7Cb%20c%28d%29%3Ce%3E', 'https://example.org/second']);
  assert.match(html, /line one # Heading --- - item \| cell 1\. one &amp;amp; &lt;b&gt;bold&lt;\/b&gt; \[x\]\(command:evil\)/);
});
