// Source passages on a fact check: the W3C SpecificResource with TextQuoteSelector and
// TextPositionSelector into a source file of the workspace, written, read back and validated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createFactCheck,
  matchQuote,
  MAX_PASSAGE_LENGTH,
  MAX_PASSAGES,
  normalizeSourcePath,
  parseAnnotationFile,
  renderFactCheckCard,
  sameFactCheck,
  serializeAnnotationFile,
  targetFor,
  updateFactCheck,
  type FactCheck,
  type SourcePassage,
} from '../../src/annotations';

const TRANSCRIPT = "MS. PSAKI: There's a diplomatic path forward. It is up to the Russians to determine which path they're going to take.\r\nQ: Thank you.\r\n";

function passageFor(quote: string): SourcePassage {
  const result = matchQuote(quote, TRANSCRIPT);
  assert.notEqual(result.kind, 'notFound');
  if (result.kind === 'notFound') throw new Error('not found');
  return targetFor(TRANSCRIPT, result.start, result.end, 'transcripts/briefing 2022-01-18.txt');
}

const check: FactCheck = createFactCheck({
  id: 'urn:uuid:6f1c0e52-4a59-4c3e-9d0a-2b7f3c1d9e01',
  now: '2026-01-05T10:00:00.000Z',
  status: 'verified',
  note: 'Verbatim in transcripts/briefing 2022-01-18.txt.',
  creator: 'Dana Checker',
  kind: 'quote',
  target: { source: 'seeds/article.txt', exact: 'There’s a diplomatic path forward,', prefix: '“', suffix: '” Ms. Psaki said', start: 10, end: 44 },
  passages: [passageFor('There’s a diplomatic path forward')],
});

test('a passage is written as a SpecificResource with both selectors into the source file', () => {
  const [item] = JSON.parse(serializeAnnotationFile([check])).items;
  const body = item.body.find((b: { selector?: unknown }) => b.selector);
  assert.deepEqual(body, {
    type: 'SpecificResource',
    purpose: 'linking',
    source: 'transcripts/briefing 2022-01-18.txt',
    selector: [
      { type: 'TextQuoteSelector', exact: "There's a diplomatic path forward", prefix: 'MS. PSAKI: ', suffix: '. It is up to the Russians to de' },
      { type: 'TextPositionSelector', start: 11, end: 44 },
    ],
  });
});

test('the writer’s output parses back to the same fact check', () => {
  const parsed = parseAnnotationFile(serializeAnnotationFile([check]));
  assert.ok(parsed.ok);
  assert.ok(parsed.ok && sameFactCheck(parsed.items[0], check));
  assert.deepEqual(parsed.ok && parsed.items[0].passages, check.passages);
});

test('positions count code points and CRLF as one, as for articles', () => {
  const passage = targetFor(`😀 ${TRANSCRIPT}`, 3, 8, 'a.txt');
  assert.equal(passage.start, 2);
  const [, second] = TRANSCRIPT.split('\r\n');
  const at = TRANSCRIPT.indexOf(second);
  assert.equal(targetFor(TRANSCRIPT, at, at + 2, 'a.txt').start, at - 1);
});

test('any passage the model holds round-trips', () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  fc.assert(
    fc.property(fc.array(fc.record({ exact: text.filter((s) => s.length > 0), prefix: text, suffix: text, start: fc.nat(1e6) }), { maxLength: 4 }), (raw) => {
      const passages = raw.map((p, i) => ({ source: `transcripts/t${i}.txt`, ...p, end: p.start + p.exact.length }));
      const item = updateFactCheck(check, { passages }, '2026-01-06T00:00:00.000Z');
      const parsed = parseAnnotationFile(serializeAnnotationFile([item]));
      return parsed.ok && sameFactCheck(parsed.items[0], parseAnnotationFile(serializeAnnotationFile(parsed.items)).ok ? parsed.items[0] : item) && parsed.items[0].passages?.length === (passages.length || undefined);
    }),
  );
});

test('a fact check without passages writes none and reads back without them', () => {
  const plain = updateFactCheck(check, { passages: [] });
  assert.equal(plain.passages, undefined);
  const [item] = JSON.parse(serializeAnnotationFile([plain])).items;
  assert.ok(!item.body.some((b: { selector?: unknown }) => b.selector));
});

function fileWith(mutate: (body: Record<string, unknown>) => void): string {
  const json = JSON.parse(serializeAnnotationFile([check]));
  mutate(json.items[0].body.find((b: { selector?: unknown }) => b.selector));
  return JSON.stringify(json);
}

test('a passage whose path leaves the workspace folder, or is not a plain relative path, makes the file invalid', () => {
  for (const source of ['../outside.txt', '/etc/passwd', 'a/../../b.txt', 'C:/Windows/win.ini', 'file:///etc/passwd', 'command:newsmark.removeFactCheck', 'a\\..\\b', 'a//b', './a.txt', '', 'a\u0000b', 'x'.repeat(1025)]) {
    const parsed = parseAnnotationFile(fileWith((b) => (b['source'] = source)));
    assert.equal(parsed.ok, false, source);
    assert.match(!parsed.ok ? parsed.error : '', /relative path inside the workspace folder/, source);
    assert.equal(normalizeSourcePath(source), undefined, source);
  }
  assert.equal(normalizeSourcePath('transcripts/briefing 2022-01-18.txt'), 'transcripts/briefing 2022-01-18.txt');
});

test('hostile passages are refused or cut as for the article target', () => {
  const long = parseAnnotationFile(fileWith((b) => ((b['selector'] as Record<string, unknown>[])[0]['exact'] = 'x'.repeat(MAX_PASSAGE_LENGTH + 1))));
  assert.match(!long.ok ? long.error : '', /longer than/);
  const noQuote = parseAnnotationFile(fileWith((b) => (b['selector'] = [{ type: 'TextPositionSelector', start: 1, end: 2 }])));
  assert.match(!noQuote.ok ? noQuote.error : '', /no TextQuoteSelector/);
  const backwards = parseAnnotationFile(fileWith((b) => (b['selector'] = [{ type: 'TextQuoteSelector', exact: 'a' }, { type: 'TextPositionSelector', start: 5, end: 2 }])));
  assert.match(!backwards.ok ? backwards.error : '', /end before start/);
  const context = parseAnnotationFile(fileWith((b) => ((b['selector'] as Record<string, unknown>[])[0]['prefix'] = 'p'.repeat(10_000))));
  assert.ok(context.ok);
  assert.equal(context.ok && context.items[0].passages?.[0].prefix.length, 32);
  const many = JSON.parse(serializeAnnotationFile([check]));
  const passage = many.items[0].body.find((b: { selector?: unknown }) => b.selector);
  for (let i = 0; i < MAX_PASSAGES; i++) many.items[0].body.push(passage);
  const tooMany = parseAnnotationFile(JSON.stringify(many));
  assert.match(!tooMany.ok ? tooMany.error : '', /more than 20 source passages/);
});

test('the hover card links each passage through the given command with the card’s arguments and an index, never a path', () => {
  const hostile = { ...check.passages![0], source: 'x](command:workbench.action.terminal.new)/[y.txt' };
  const card = renderFactCheckCard(updateFactCheck(check, { passages: [check.passages![0], hostile] }), {
    args: [{ uri: 'file:///w/a.txt', id: check.id }],
    commands: { change: 'newsmark.change', addSource: 'newsmark.add', remove: 'newsmark.remove', openPassage: 'newsmark.openSourcePassage' },
  });
  const targets = [...card.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
  assert.ok(targets.every((t) => /^command:newsmark\.[a-zA-Z]+\?/.test(t)), targets.join('\n'));
  const passageLinks = targets.filter((t) => t.startsWith('command:newsmark.openSourcePassage?'));
  assert.deepEqual(passageLinks.map((t) => JSON.parse(decodeURIComponent(t.slice(t.indexOf('?') + 1)))), [
    [{ uri: 'file:///w/a.txt', id: check.id }, 0],
    [{ uri: 'file:///w/a.txt', id: check.id }, 1],
  ]);
  assert.ok(card.includes(String.raw`Source passages: [transcripts\/briefing 2022\-01\-18\.txt](command:newsmark.openSourcePassage?`));
  assert.ok(!card.includes('](command:workbench'));
});
