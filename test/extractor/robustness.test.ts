// Property-based robustness tests: whatever lands in the inbox (wire copy, pasted PDFs, hostile
// text), extract() must not throw and must return spans that make sense for the text it was given.
//
// For every generated text: no exception; every span (mentions, dates, quotes with their marks,
// parts and speaker) lies in the text, is not empty and never ends between the halves of a
// surrogate pair; mention and quote texts are the text at their spans; spans of one type never
// overlap; a quote starts right after its opening mark and either ends right before its closing
// mark (outerEnd = end + 1) or, left open, ends where its paragraph's words end (outerEnd = end);
// entities referred to exist and count their mentions; a second call gives the same result; CRLF
// line ends give the LF result moved by the CRs; the incremental extractor agrees with extract().
// Failures print fast-check's seed; ROBUSTNESS_SCALE=10 runs ten times as many cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, IncrementalExtractor } from '../../src/extractor/index';
import type { Analysis, ExtractOptions } from '../../src/extractor/index';
import { applyEdit, type Edit } from './edits';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

// ---------------------------------------------------------------------------------------------
// Generators

const firstNames = ['John', 'Maria', 'Ana', 'Ali', 'Chen', 'Olusegun', 'Zoë', 'Jean-Luc', 'Søren', 'Li', 'Ahmed', 'Emily', 'J.', 'Lou Ellen', '𐐖𐐯𐐻', '𝐉𝐨𝐡𝐧', 'Ébène'];
const lastNames = ['Smith', "O'Neill", 'O’Brien', 'García', 'Hassan', 'van der Berg', 'Nakamura', 'McAllister', 'Al-Sayed', 'Kowalski', 'Dupont', 'Ng', '𐐔𐐯𐑅𐐨𐑉𐐯𐐻', '𞤀𞤣𞤤𞤢𞤥', 'Smith👍🏽', 'Le\u0301vy'];
const honorifics = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Gen.', 'Sen.', 'Rep.', 'Prof.', 'President', 'Prime Minister', 'Secretary of State', 'Judge', 'Gov.', ''];
const places = ['Paris', 'New York', 'Tel Aviv', 'São Paulo', 'Washington', 'Kyiv', 'the White House', 'Geneva', 'Lagos', 'Mexico City', 'the United States', 'Hong Kong', 'Cairo'];
const orgs = ['the Foreign Ministry', 'NATO', 'the United Nations', 'Reuters', 'the Pentagon', 'Acme Corp.', 'the Supreme Court'];
const dates = [
  'Monday', 'on Friday', 'last week', 'March 3, 2021', '3 March 2021', 'Jan. 5', '2021-03-04', 'in 1999', 'next Tuesday',
  'yesterday', 'the 1990s', 'Q3 2020', 'Sept. 11, 2001', 'on Dec. 31', 'this year', 'May', 'in the spring of 2019',
];
const speechVerbs = ['said', 'told reporters', 'added', 'wrote', 'insisted', 'asked', 'said on Tuesday', 'according to', 'says', 'explained'];
const pronouns = ['he', 'she', 'they', 'officials', 'a spokesman', 'the minister'];
const words = ['the', 'war', 'is', 'over', 'we', 'will', 'not', 'back', 'down', 'it’s', "don't", 'rock ’n’ roll', 'prices', 'rose', '5\'10"', '’90s', 'a', 'deal'];

/** Quotation marks as they appear in the wild: balanced pairs of every style, and lone marks. */
const openMarks = ['"', '“', '„', '«', '‘', "'", '”', '»', '‹', '「'];
const closeMarks = ['"', '”', '“', '»', '«', '’', "'", '‘', '›', '」'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

const name = fc.tuple(pick(honorifics), pick(firstNames), pick(lastNames)).map(([h, f, l]) => [h, f, l].filter((s) => s).join(' '));
const phrase = fc.array(pick(words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

/** A quotation with matching, mismatched, nested or missing marks. */
const quotation: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(pick(openMarks), phrase, pick(['', '.', ',', '?', '!', '…']), pick(closeMarks)).map(([o, p, e, c]) => o + p + e + c),
    fc.tuple(pick(openMarks), phrase).map(([o, p]) => o + p),
    fc.tuple(phrase, pick(closeMarks)).map(([p, c]) => p + c),
    fc.tuple(pick(openMarks), phrase, tie('q'), phrase, pick(closeMarks)).map(([o, a, inner, b, c]) => `${o}${a} ${inner} ${b}${c}`),
  ),
})).q;

/** A news-like sentence built from a small grammar: names, places, dates, speech verbs, quotes. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(quotation, name, pick(speechVerbs)).map(([q, n, v]) => `${q} ${n} ${v}.`),
  fc.tuple(name, pick(speechVerbs), quotation).map(([n, v, q]) => `${n} ${v}: ${q}`),
  fc.tuple(quotation, pick(pronouns), pick(speechVerbs), pick(dates)).map(([q, p, v, d]) => `${q}, ${p} ${v} ${d}.`),
  fc.tuple(name, pick(places), pick(dates), phrase).map(([n, p, d, w]) => `${n} arrived in ${p} ${d}, and ${w}.`),
  fc.tuple(pick(places), pick(dates), name, pick(orgs)).map(([p, d, n, o]) => `${p.toUpperCase()} — ${d}, ${n} of ${o} met ${n}.`),
  fc.tuple(name, pick(orgs), quotation).map(([n, o, q]) => `${n}, a spokeswoman for ${o}, called it ${q}.`),
  fc.tuple(phrase, pick(dates)).map(([w, d]) => `Date: ${d}\n${w}`),
  fc.tuple(name, phrase).map(([n, w]) => `${n.toUpperCase()}: ${w}`),
  // Multi-paragraph quotations: an open mark continued by the next paragraph's mark.
  fc.tuple(pick(openMarks), phrase, pick(['\n\n', '\n', '\r\n\r\n', '\n\n\n']), pick(openMarks), phrase, pick(closeMarks), name, pick(speechVerbs)).map(
    ([o1, a, br, o2, b, c, n, v]) => `${o1}${a}.${br}${o2}${b}.${c} ${n} ${v}.`,
  ),
  // Markdown and wire layout: headings, block quotes, list items, datelines, bylines.
  fc.tuple(pick(['# ', '## ', '> ', '- ', '* ', '1. ', '2) ', '• ', '| ', 'By ', '']), name, pick(places), pick(dates)).map(
    ([lead, n, p, d]) => `${lead}${n} in ${p}, ${d}`,
  ),
  fc.tuple(pick(places), pick(['—', '-', '(Reuters) —', '(AP) --']), pick(dates)).map(([p, dash, d]) => `${p.toUpperCase()} ${dash} ${d} —`),
);

/** Hostile material: random Unicode, emoji, combining marks, lone surrogates, RTL text, controls. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const special = pick([
  '👍🏽', '👨‍👩‍👧', '🇺🇸', '😀', '𝔘𝔫𝔦', 'e\u0301', '\u0301', '\u0327\u0301', 'n\u0303o', 'שלום עולם', 'مرحبا بالعالم', '\u200f', '\u200e', '\u202b', '\u202c',
  'Ა𐀀', 'Z𐊀', 'Mr.𝐉𝐨𝐡𝐧', '\u2066', '\u2069', '\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffd', '\u00a0', '\u200b',
  '\t', '\r', '\n', '\r\n', '\n\n', '\r\n\r\n', '\r\r', '"', '“', '”', '„', '«', '»', '‘', '’', "'", '—', '–', ':', '.', '…', 'Mr.', 'U.S.',
]);
const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  loneSurrogate,
  special,
  fc.string({ unit: special, maxLength: 12 }),
);

/** Long runs of one character or word (quote marks, apostrophes, capitals, dots, spaces, line ends). */
const run: fc.Arbitrary<string> = fc
  .tuple(pick(['"', '“', '”', "'", '’', '‘', '«', '»', 'A', 'a', '.', ' ', '\n', '\r\n', '\r', '—', 'Mr. ', 'Smith ', '\ud83d', '\u0301', '1', 'May ']), fc.integer({ min: 2, max: 3000 }))
  .map(([c, k]) => c.repeat(k));

/** A very long line: one sentence repeated without a line break. */
const longLine: fc.Arbitrary<string> = fc.tuple(sentence, fc.integer({ min: 20, max: 200 })).map(([s, k]) => (s.replace(/[\r\n]/g, ' ') + ' ').repeat(k));

const separator = pick([' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '', '\n \n', '\n\t', '\u2029']);

const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: sentence, weight: 10 },
  { arbitrary: noise, weight: 5 },
  { arbitrary: quotation, weight: 3 },
  { arbitrary: run, weight: 1 },
  { arbitrary: longLine, weight: 1 },
);

/** Articles: pieces joined by spaces and line ends of every kind. */
const article: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, separator), { maxLength: 16, size: 'medium' })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Mostly news paragraphs, CR-free (for the CRLF comparison), multi-paragraph quotes included. */
const lfArticle: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof({ arbitrary: sentence, weight: 8 }, { arbitrary: quotation, weight: 3 }, { arbitrary: noise, weight: 3 }, { arbitrary: run, weight: 1 }),
      pick([' ', '\n', '\n\n', '\n\n\n', '\n \n', '']),
    ),
    { maxLength: 16, size: 'medium' },
  )
  .map((parts) => parts.map(([p, s]) => p + s).join('').replace(/\r/g, ''));

// ---------------------------------------------------------------------------------------------
// Checks

/** ROBUSTNESS_SCALE=10 runs ten times as many cases (for a long local run). */
const scale = Number(process.env.ROBUSTNESS_SCALE ?? '1') || 1;
const runs = (n: number): number => Math.max(1, Math.round(n * scale));

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function checkSpan(text: string, what: string, start: number, end: number, allowEmpty = false): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets are integers (${start}, ${end})`);
  assert.ok(start >= 0 && end <= text.length, `${what}: [${start}, ${end}) inside the text of length ${text.length}`);
  assert.ok(allowEmpty ? start <= end : start < end, `${what}: [${start}, ${end}) is ${allowEmpty ? 'ordered' : 'not empty'}`);
  assert.ok(!splitsPair(text, start), `${what}: start ${start} splits a surrogate pair`);
  assert.ok(!splitsPair(text, end), `${what}: end ${end} splits a surrogate pair`);
}

function checkNoOverlap(what: string, spans: { start: number; end: number }[]): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1];
    const b = sorted[k];
    assert.ok(b.start >= a.end, `${what}: [${a.start}, ${a.end}) overlaps [${b.start}, ${b.end})`);
  }
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);
// A quotation opens with a double mark or ‘ (a top-level single-quoted phrase) and closes with a
// double mark or ’; straight single quotes are apostrophes to the extractor.
const OPENING_MARKS = new Set([...DOUBLE_MARKS, '‘']);
const CLOSING_MARKS = new Set([...DOUBLE_MARKS, '’']);

/** Every invariant an analysis must satisfy for any text. */
function checkAnalysis(text: string, a: Analysis): void {
  const entityById = new Map(a.entities.map((e) => [e.id, e]));
  assert.equal(entityById.size, a.entities.length, 'entity ids are unique');

  // Mentions: in bounds, text matches, sorted, one type never overlaps itself, entities exist.
  const counts = new Map<string, number>();
  const byType = new Map<string, { start: number; end: number }[]>();
  for (let k = 0; k < a.mentions.length; k++) {
    const m = a.mentions[k];
    checkSpan(text, `${m.type} mention "${m.text}"`, m.start, m.end);
    assert.equal(m.text, text.slice(m.start, m.end), `${m.type} mention text is the text at its span`);
    if (k > 0) assert.ok(a.mentions[k - 1].start <= m.start, 'mentions are sorted by start');
    if (!byType.has(m.type)) byType.set(m.type, []);
    byType.get(m.type)!.push(m);
    if (m.type === 'person' || m.type === 'place' || m.type === 'organization') {
      assert.ok(m.entityId !== undefined, `${m.type} mention "${m.text}" has an entity`);
      const e = entityById.get(m.entityId);
      assert.ok(e, `mention "${m.text}" points at entity ${m.entityId} which exists`);
      assert.equal(e.type, m.type, `mention "${m.text}" has the type of its entity`);
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    } else {
      assert.equal(m.entityId, undefined, `a ${m.type} mention has no entity`);
    }
  }
  for (const [type, spans] of byType) checkNoOverlap(`${type} mentions`, spans);
  for (const e of a.entities) assert.equal(e.mentionCount, counts.get(e.id) ?? 0, `mentionCount of ${e.id}`);

  // Dates.
  for (const d of a.dates) {
    checkSpan(text, `date "${d.text}"`, d.start, d.end);
    assert.equal(d.text, text.slice(d.start, d.end), 'date text is the text at its span');
  }
  checkNoOverlap('dates', a.dates);
  assert.equal(a.mentions.filter((m) => m.type === 'date').length, a.dates.length, 'one date mention per date');

  // Quotes: in bounds, inside their marks, parts in order inside the quote, speakers exist.
  for (const q of a.quotes) {
    const what = `quote "${q.text.slice(0, 40)}"`;
    checkSpan(text, what, q.start, q.end);
    checkSpan(text, `${what} marks`, q.outerStart, q.outerEnd);
    assert.equal(q.text, text.slice(q.start, q.end), `${what}: text is the text at its span`);
    // The opening mark sits at outerStart, the quoted text starts right after it.
    assert.ok(OPENING_MARKS.has(text[q.outerStart]), `${what}: a quotation mark at outerStart ${q.outerStart}`);
    assert.equal(q.start, q.outerStart + 1, `${what}: starts right after its opening mark`);
    // Closed: a mark right after the text, inside outerEnd. Left open: outerEnd is the end of the text.
    if (q.outerEnd !== q.end) {
      assert.equal(q.outerEnd, q.end + 1, `${what}: closing mark right after the text`);
      assert.ok(CLOSING_MARKS.has(text[q.end]), `${what}: a quotation mark closes it at ${q.end}`);
      assert.equal(text[q.outerStart] === '‘', text[q.end] === '’', `${what}: ‘ closes with ’, a double mark with a double mark`);
    }
    if (q.parts !== undefined) {
      assert.ok(q.parts.length >= 1, `${what}: parts are not empty`);
      assert.equal(q.parts[0].start, q.start, `${what}: first part starts at start`);
      assert.equal(q.parts[q.parts.length - 1].end, q.end, `${what}: last part ends at end`);
      for (let k = 0; k < q.parts.length; k++) {
        const p = q.parts[k];
        checkSpan(text, `${what} part ${k}`, p.start, p.end);
        if (k > 0) {
          assert.ok(p.start >= q.parts[k - 1].end, `${what}: parts in order`);
          assert.ok(DOUBLE_MARKS.has(text[p.start - 1]), `${what}: part ${k} follows a mark`);
        }
      }
    }
    if (q.speakerEntityId !== undefined) assert.ok(entityById.has(q.speakerEntityId), `${what}: speaker ${q.speakerEntityId} exists`);
    assert.equal(q.speakerStart === undefined, q.speakerEnd === undefined, `${what}: speaker span has both ends`);
    if (q.speakerStart !== undefined) checkSpan(text, `${what} speaker`, q.speakerStart, q.speakerEnd!);
  }
  checkNoOverlap('quotes', a.quotes);
  checkNoOverlap('quote marks', a.quotes.map((q) => ({ start: q.outerStart, end: q.outerEnd })));
  assert.equal(new Set(a.quotes.map((q) => q.id)).size, a.quotes.length, 'quote ids are unique');
  assert.equal(a.mentions.filter((m) => m.type === 'quote').length, a.quotes.length, 'one quote mention per quote');
}

const OFFSET_KEYS = new Set(['start', 'end', 'outerStart', 'outerEnd', 'speakerStart', 'speakerEnd']);

/**
 * An analysis of a CRLF text moved to the offsets of the same text with LF line ends, CRs dropped
 * from every string. An offset between a CR and its LF gets a half, so it never equals anything.
 */
function toLf(crlfText: string | undefined, value: unknown): unknown {
  const crBefore = new Int32Array((crlfText?.length ?? 0) + 1);
  if (crlfText !== undefined) for (let i = 0; i < crlfText.length; i++) crBefore[i + 1] = crBefore[i] + (crlfText.charCodeAt(i) === 0x0d ? 1 : 0);
  const move = (p: number): number => (crlfText === undefined ? p : p - crBefore[p] + (p > 0 && crlfText.charCodeAt(p - 1) === 0x0d ? 0.5 : 0));
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return v.replace(/\r/g, '');
    if (typeof v === 'number' && key !== undefined && OFFSET_KEYS.has(key)) return move(v);
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[walk(k) as string] = walk(x, k);
      return out;
    }
    return v;
  };
  return walk(value);
}

const withoutCr = (value: unknown): unknown => toLf(undefined, value);


const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat({ max: 4000 }),
  remove: fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: 400 })),
  insert: fc.oneof(fc.constant(''), noise, quotation, sentence, separator),
});

// ---------------------------------------------------------------------------------------------
// Properties

/** A fallback article date as a setting may hold it: valid, impossible, partial or not a date at all. */
const options: fc.Arbitrary<ExtractOptions> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 4 },
  pick(['2021-06-01', '2024-02-29', '2021-02-30', '2021-13-01', '0000-00-00', '99999-01-01', '2021', '2021-06', '2021-06-01T10:00:00Z', '', 'garbage', '\ud800']).map((articleDate) => ({ articleDate })),
);

test('robustness: any article — never throws, spans in bounds and whole, no overlaps, quotes inside marks, entities exist, same result twice', () => {
  fc.assert(
    fc.property(article, options, (text, opts) => {
      const first = extract(text, opts);
      checkAnalysis(text, first);
      assert.deepStrictEqual(extract(text, opts), first, 'a second call gives the same result');
    }),
    { numRuns: runs(4000) },
  );
});

test('robustness: pure noise — random code units, lone surrogates, controls', () => {
  const units = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300, size: 'large' }),
    fc.string({ unit: fc.oneof(loneSurrogate, special, fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 300, size: 'large' }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300, size: 'large' }).map((cs) => String.fromCharCode(...cs)),
  );
  fc.assert(
    fc.property(units, (text) => {
      checkAnalysis(text, extract(text));
    }),
    { numRuns: runs(4000) },
  );
});

test('robustness: CRLF line ends give the same analysis as LF, offsets shifted by the CRs', () => {
  fc.assert(
    fc.property(lfArticle, (lf) => {
      const crlf = lf.replace(/\n/g, '\r\n');
      const crlfAnalysis = extract(crlf);
      checkAnalysis(crlf, crlfAnalysis);
      assert.deepStrictEqual(toLf(crlf, crlfAnalysis), withoutCr(extract(lf)));
    }),
    { numRuns: runs(3000) },
  );
});

test('robustness: the incremental extractor after random edits equals extract() of the edited text', () => {
  fc.assert(
    fc.property(article, fc.array(edit, { minLength: 1, maxLength: 4 }), options, (text, edits, opts) => {
      const incremental = new IncrementalExtractor(opts);
      incremental.update(text);
      for (const e of edits) {
        text = applyEdit(text, e);
        assert.deepStrictEqual(incremental.update(text), extract(text, opts));
      }
    }),
    { numRuns: runs(1500) },
  );
});

test('robustness: the sample article with hostile text spliced in — invariants, CRLF and incremental agree', () => {
  const splice = fc.array(fc.record({ at: fc.nat({ max: sample.length }), remove: fc.nat({ max: 40 }), insert: fc.oneof(noise, quotation, sentence, separator, run) }), { minLength: 1, maxLength: 6 });
  fc.assert(
    fc.property(splice, (edits) => {
      const incremental = new IncrementalExtractor();
      incremental.update(sample);
      let text = sample;
      for (const e of edits) text = applyEdit(text, e);
      const a = extract(text);
      checkAnalysis(text, a);
      assert.deepStrictEqual(incremental.update(text), a, 'incremental after the splices');
      const lf = text.replace(/\r/g, '');
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepStrictEqual(toLf(crlf, extract(crlf)), withoutCr(extract(lf)), 'CRLF and LF agree');
    }),
    { numRuns: runs(300) },
  );
});

test('robustness: long lines and long runs of one character, 100,000 characters each', () => {
  const N = 100_000;
  const units = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", 'Mr. ', 'A ', 'U.S.', '1', 'May ', '\n', '\r\n', '\r', '— ', 'SMITH: ', '👍🏽', '\ud800', '\udc00', 'e\u0301', '\u200f', '\u0000'];
  for (const unit of units) {
    const text = unit.repeat(Math.ceil(N / unit.length));
    checkAnalysis(text, extract(text));
  }
  const line = 'Mr. John Smith told reporters in Paris on March 3, 2021: “We will not back down,” and ‘never’ he said. ';
  const long = line.repeat(Math.ceil(N / line.length));
  checkAnalysis(long, extract(long));
});

// ---------------------------------------------------------------------------------------------
// Focused cases found by the properties above.


test('robustness: a paragraph empty inside its marks is no part of a multi-paragraph quotation', () => {
  // An opening mark alone at a line end: the quotation opens at the next paragraph's mark.
  let text = '“\n\t"the "the" the" ';
  let a = extract(text);
  checkAnalysis(text, a);
  assert.deepEqual(a.quotes.map((q) => [q.outerStart, q.start, q.end, q.parts]), [[3, 4, 8, undefined]]);
  // Marks with nothing but line ends between them quote nothing.
  text = '"\r\n\r\n«';
  a = extract(text);
  checkAnalysis(text, a);
  assert.deepEqual(a.quotes, []);
  // A continuation mark with nothing after it: the quotation ends with its last words.
  text = '“It is over.\n\n“';
  a = extract(text);
  checkAnalysis(text, a);
  assert.deepEqual(a.quotes.map((q) => [q.outerStart, q.start, q.end, q.outerEnd, q.parts]), [[0, 1, 12, 12, undefined]]);
  // Three paragraphs with an empty one in the middle keep two parts.
  text = '“It is over.\n\n“\n\n“We won.”';
  a = extract(text);
  checkAnalysis(text, a);
  assert.deepEqual(a.quotes.map((q) => [q.outerStart, q.start, q.end, q.outerEnd, q.parts]), [[0, 1, 25, 26, [{ start: 1, end: 12 }, { start: 18, end: 25 }]]]);
});

test('robustness: a name ending in a letter outside the BMP keeps its surrogate pair whole', () => {
  for (const text of ['Mr.Ა𐀀', 'Ms. 𐐖𐐯𐐻 Smith said so.', 'ĂᲐ𐊀 ', 'Mr. Smith👍🏽 left.']) {
    const a = extract(text);
    checkAnalysis(text, a);
  }
  assert.deepEqual(extract('Mr.Ა𐀀').mentions.map((m) => m.text), ['Ა𐀀']);
});

test('robustness: a pronoun reaches as far back in a CRLF file as in its LF checkout', () => {
  const lf = `Mr. John Smith arrived in Paris on Monday.${'\n'.repeat(800)}“We will not back down,” he said.`;
  const crlf = lf.replace(/\n/g, '\r\n');
  const speakers = (text: string): (string | undefined)[] => extract(text).quotes.map((q) => q.speaker);
  assert.deepEqual(speakers(lf), ['John Smith']);
  assert.deepEqual(speakers(crlf), speakers(lf));
  assert.deepStrictEqual(toLf(crlf, extract(crlf)), withoutCr(extract(lf)));
});

test('robustness: the article date is looked for as far into a CRLF file as into its LF checkout', () => {
  const lf = `${'a '.repeat(1482)}a.${'\n'.repeat(10)}Date: March 3, 2021\nHe said “we will.”`;
  const crlf = lf.replace(/\n/g, '\r\n');
  assert.equal(extract(lf).articleDate, '2021-03-03');
  assert.equal(extract(crlf).articleDate, '2021-03-03');
});

test('robustness: a single-quoted phrase over wrapped lines has the same length limit with CRLF line ends', () => {
  const lf = `He called it ‘${'ab cd ef\n'.repeat(40)}ab’ today.`;
  const crlf = lf.replace(/\n/g, '\r\n');
  assert.equal(extract(lf).quotes.length, 1);
  assert.deepStrictEqual(toLf(crlf, extract(crlf)), withoutCr(extract(lf)));
});
