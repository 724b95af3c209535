import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createFactCheck,
  mergeFactChecks,
  parseAnnotationFile,
  serializeAnnotationFile,
  updateFactCheck,
  CONTEXT_LENGTH,
  FACT_CHECK_STATUSES,
  type FactCheck,
} from '../../src/annotations';

const sample: FactCheck = createFactCheck({
  id: 'urn:uuid:6f1c0e52-4a59-4c3e-9d0a-2b7f3c1d9e01',
  now: '2026-01-05T10:00:00.000Z',
  status: 'needs-source',
  note: 'Ask the ministry for the figure.',
  sources: ['https://example.org/briefing'],
  creator: 'Dana Checker',
  kind: 'quote',
  target: { source: 'politics/article.md', exact: 'an extremely dangerous situation', prefix: 'administration called “', suffix: '.”\n\nMr. Blinken is scheduled', start: 270, end: 302 },
});

test('serialises to the W3C Web Annotation shape', () => {
  const json = JSON.parse(serializeAnnotationFile([sample]));
  assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(json.type, 'AnnotationPage');
  assert.equal(json.version, 1);
  const [item] = json.items;
  assert.equal(item.type, 'Annotation');
  assert.equal(item.motivation, 'assessing');
  assert.equal(item.id, sample.id);
  assert.deepEqual(item.creator, { type: 'Person', name: 'Dana Checker' });
  assert.deepEqual(item.body[0], { type: 'TextualBody', purpose: 'tagging', value: 'needs-source' });
  assert.deepEqual(item.body[2], { type: 'TextualBody', purpose: 'commenting', value: sample.note, format: 'text/plain' });
  assert.deepEqual(item.body[3], { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/briefing' });
  assert.deepEqual(item.target.selector[0], { type: 'TextQuoteSelector', exact: sample.target.exact, prefix: sample.target.prefix, suffix: sample.target.suffix });
  assert.deepEqual(item.target.selector[1], { type: 'TextPositionSelector', start: 270, end: 302 });
});

test('output is deterministic: sorted by position, two-space indent, trailing newline', () => {
  const later = { ...sample, id: 'urn:uuid:00000000-0000-4000-8000-000000000000', target: { ...sample.target, start: 900, end: 910 } };
  const a = serializeAnnotationFile([later, sample]);
  const b = serializeAnnotationFile([sample, later]);
  assert.equal(a, b);
  assert.ok(a.endsWith('}\n'));
  assert.ok(a.startsWith('{\n  "@context"'));
  const parsed = parseAnnotationFile(a);
  assert.ok(parsed.ok);
  if (parsed.ok) assert.deepEqual(parsed.items.map((i) => i.target.start), [270, 900]);
});

const arbitraryCheck = fc.record({
  id: fc.uuid().map((u) => `urn:uuid:${u}`),
  status: fc.constantFrom(...FACT_CHECK_STATUSES),
  note: fc.string({ maxLength: 80 }),
  sources: fc.array(fc.webUrl({ validSchemes: ['https'] }).map((u) => new URL(u).href), { maxLength: 3 }),
  creator: fc.string({ maxLength: 20 }),
  created: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  modified: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  kind: fc.constantFrom('quote' as const, 'claim' as const),
  target: fc.record({
    source: fc.string({ minLength: 1, maxLength: 30 }),
    exact: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    // Within the stored context's 32 UTF-16 units (longer context is cut: see the tests below).
    prefix: fc.string({ unit: 'grapheme', maxLength: 16 }).filter((c) => c.length <= 32),
    suffix: fc.string({ unit: 'grapheme', maxLength: 16 }).filter((c) => c.length <= 32),
    start: fc.nat(100_000),
    end: fc.nat(100_000),
  }).map((t) => ({ ...t, end: t.start + t.exact.length })),
});

test('property: serialise → parse is the identity (up to order) and serialising again is byte-identical', () => {
  fc.assert(
    fc.property(fc.uniqueArray(arbitraryCheck, { selector: (c) => c.id, maxLength: 6 }), (checks) => {
      const text = serializeAnnotationFile(checks);
      const parsed = parseAnnotationFile(text);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      if (!parsed.ok) return;
      const byId = (x: FactCheck, y: FactCheck) => (x.id < y.id ? -1 : 1);
      assert.deepEqual([...parsed.items].sort(byId), (JSON.parse(JSON.stringify(checks)) as FactCheck[]).sort(byId));
      assert.equal(serializeAnnotationFile(parsed.items), text);
    }),
    { numRuns: 200 },
  );
});

function errorOf(text: string): string {
  const result = parseAnnotationFile(text);
  assert.equal(result.ok, false);
  return result.ok ? '' : result.error;
}

test('corrupt, unknown-version and wrong-shape files give clear errors', () => {
  const good = JSON.parse(serializeAnnotationFile([sample]));
  assert.match(errorOf('{"items": ['), /^not valid JSON/);
  assert.match(errorOf(''), /^not valid JSON/);
  assert.match(errorOf('[]'), /wrong shape at file: expected a JSON object/);
  assert.match(errorOf(JSON.stringify({ ...good, version: 2 })), /unknown version 2 \(written by a newer Newsmark\); this Newsmark reads version 1/);
  assert.match(errorOf(JSON.stringify({ ...good, version: '1' })), /unknown version "1"/);
  const { version: _v, ...noVersion } = good;
  assert.match(errorOf(JSON.stringify(noVersion)), /version: missing/);
  assert.match(errorOf(JSON.stringify({ ...good, '@context': 'http://schema.org' })), /@context/);
  assert.match(errorOf(JSON.stringify({ ...good, items: {} })), /items: expected an array/);
  const mutate = (f: (item: any) => void) => {
    const copy = structuredClone(good);
    f(copy.items[0]);
    return JSON.stringify(copy);
  };
  assert.match(errorOf(mutate((i) => (i.body[0].value = 'probably'))), /items\[0\]\.body\[0\]\.value: unknown status "probably"/);
  assert.match(errorOf(mutate((i) => (i.body = i.body.slice(1)))), /items\[0\]\.body: no status/);
  assert.match(errorOf(mutate((i) => (i.target.selector = [i.target.selector[1]]))), /no TextQuoteSelector/);
  assert.match(errorOf(mutate((i) => (i.target.selector[1].start = -3))), /selector\[1\]\.start: expected a non-negative integer/);
  assert.match(errorOf(mutate((i) => (i.body[3].source = 'javascript:alert(1)'))), /body\[3\]\.source: expected an http\(s\) URL/);
  assert.match(errorOf(mutate((i) => (i.created = 'yesterday'))), /created: expected an ISO 8601 date-time/);
  assert.match(errorOf(mutate((i) => delete i.target)), /items\[0\]\.target: expected an object/);
  assert.match(errorOf(mutate((i) => (i.motivation = 'commenting'))), /motivation/);
  const twice = structuredClone(good);
  twice.items.push(structuredClone(twice.items[0]));
  assert.match(errorOf(JSON.stringify(twice)), /duplicate id/);
});

test('property: the parser never throws, whatever the input', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', version: 1, items: [v] }))), (text) => {
      const result = parseAnnotationFile(text);
      assert.equal(typeof result.ok, 'boolean');
    }),
    { numRuns: 500 },
  );
});

test('an empty file and an empty collection are distinguished: only the collection parses', () => {
  assert.equal(parseAnnotationFile('').ok, false);
  const empty = parseAnnotationFile(serializeAnnotationFile([]));
  assert.deepEqual(empty, { ok: true, items: [] });
});

/** Timestamps the parser accepts: any four-digit year, with or without seconds, in any zone. */
const acceptedTimestamp = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    seconds: fc.constantFrom('', ':00', ':59.999', ':30.5'),
    zone: fc.constantFrom('Z', '+14:00', '-14:00', '+05:30', ''),
  })
  .map((t) => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}${t.seconds}${t.zone}`);
const extremeTimestamp = fc.oneof(acceptedTimestamp, fc.constantFrom('9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999-14:00', '0000-01-01T00:00:00.000+14:00'));

/** What another tool (or a hand) may write and Newsmark accepts: long context and URLs, odd timestamps. */
const acceptedAnnotation = fc.record({
  '@context': fc.constant('http://www.w3.org/ns/anno.jsonld'),
  id: fc.uuid().map((u) => `urn:uuid:${u}`),
  type: fc.constant('Annotation'),
  motivation: fc.constant('assessing'),
  created: extremeTimestamp,
  modified: extremeTimestamp,
  creator: fc.oneof(fc.string({ maxLength: 10 }), fc.record({ type: fc.constant('Person'), name: fc.string({ maxLength: 10 }) })),
  body: fc
    .tuple(
      fc.constantFrom(...FACT_CHECK_STATUSES),
      fc.array(fc.tuple(fc.webUrl({ validSchemes: ['https', 'http'] }), fc.string({ unit: 'grapheme', maxLength: 700 })), { maxLength: 2 }),
    )
    .map(([status, urls]) => [
      { type: 'TextualBody', purpose: 'tagging', value: status },
      ...urls.map(([url, tail]) => ({ type: 'SpecificResource', purpose: 'linking', source: `${url}/${tail}` })),
    ]),
  target: fc.record({
    source: fc.string({ minLength: 1, maxLength: 10 }),
    selector: fc.tuple(
      fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string({ minLength: 1, maxLength: 20 }), prefix: fc.string({ unit: 'grapheme', maxLength: 80 }), suffix: fc.string({ unit: 'grapheme', maxLength: 80 }) }),
      fc.nat(1_000_000).chain((start) => fc.record({ type: fc.constant('TextPositionSelector'), start: fc.constant(start), end: fc.integer({ min: start, max: start + 1000 }) })),
    ),
  }),
});
const acceptedFile = fc.uniqueArray(acceptedAnnotation, { selector: (a) => a.id, maxLength: 4 }).map((items) =>
  JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', version: 1, items }),
);

function parsed(text: string): FactCheck[] {
  const result = parseAnnotationFile(text);
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.ok ? result.items : [];
}

test('property: whatever Newsmark writes from a file it accepted parses back — after any change, at any clock', () => {
  fc.assert(
    fc.property(acceptedFile, fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.string({ maxLength: 10 }), (file, clock, note) => {
      const result = parseAnnotationFile(file);
      fc.pre(result.ok); // a URL made longer than 2,048 characters by percent-encoding is refused, as it should be
      if (!result.ok) return;
      const items = result.items;
      // Written as read: parses back to the same (in position order).
      const byId = (x: FactCheck, y: FactCheck) => (x.id < y.id ? -1 : 1);
      assert.deepEqual(parsed(serializeAnnotationFile(items)).sort(byId), [...items].sort(byId));
      // Changed now (the clock may be anywhere a Date can be), merged, written: parses back to the same.
      const now = new Date(clock).toISOString();
      const changed = items.map((c) => updateFactCheck(c, { note }, now));
      const merged = mergeFactChecks(items, changed, items);
      const back = parsed(serializeAnnotationFile(merged));
      assert.deepEqual(back, parsed(serializeAnnotationFile(back)));
      assert.equal(back.length, items.length);
      for (const c of back) assert.equal(c.note, note);
      // A new fact check made at that clock too.
      const added = createFactCheck({ status: 'verified', creator: 'x', kind: 'claim', target: items[0]?.target ?? { source: 'a', exact: 'x', prefix: '', suffix: '', start: 0, end: 1 } });
      assert.equal(parsed(serializeAnnotationFile([...back, added])).length, back.length + 1);
    }),
    { numRuns: 300 },
  );
});

test('the last instant a file can hold stays the last: a change then is written as 9999-12-31T23:59:59.999Z', () => {
  const [check] = parsed(serializeAnnotationFile([{ ...sample, modified: '9999-12-31T23:59:59.999Z' }]));
  const changed = updateFactCheck(check!, { note: 'later' }, '2026-01-06T00:00:00.000Z');
  assert.equal(changed.modified, '9999-12-31T23:59:59.999Z');
  assert.equal(parsed(serializeAnnotationFile([changed]))[0]!.modified, '9999-12-31T23:59:59.999Z');
});

test('context longer than 32 characters is cut on read and never written', () => {
  const long = { ...sample, target: { ...sample.target, prefix: `${'p'.repeat(10_000)}${sample.target.prefix}`, suffix: `${sample.target.suffix}${'s'.repeat(10_000)}` } };
  const text = serializeAnnotationFile([long]);
  assert.ok(text.length < 2000);
  const [check] = parsed(text);
  assert.equal(check!.target.prefix.length, CONTEXT_LENGTH);
  assert.equal(check!.target.suffix.length, CONTEXT_LENGTH);
  assert.ok(long.target.prefix.endsWith(check!.target.prefix));
  assert.ok(long.target.suffix.startsWith(check!.target.suffix));
  const handWritten = JSON.parse(serializeAnnotationFile([sample]));
  handWritten.items[0].target.selector[0].prefix = 'x'.repeat(50_000);
  assert.equal(parsed(JSON.stringify(handWritten))[0]!.target.prefix, 'x'.repeat(CONTEXT_LENGTH));
});

test('a source URL that percent-encoding would lengthen past 2,048 characters is refused when read, never written', () => {
  const file = JSON.parse(serializeAnnotationFile([sample]));
  file.items[0].body[3].source = `https://example.org/${'é'.repeat(1000)}`;
  const result = parseAnnotationFile(JSON.stringify(file));
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.error, /body\[3\]\.source: expected an http\(s\) URL/);
});
