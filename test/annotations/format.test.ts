import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createFactCheck, parseAnnotationFile, serializeAnnotationFile, FACT_CHECK_STATUSES, type FactCheck } from '../../src/annotations';

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
    prefix: fc.string({ unit: 'grapheme', maxLength: 32 }),
    suffix: fc.string({ unit: 'grapheme', maxLength: 32 }),
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
