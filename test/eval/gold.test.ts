/** Gold lines: every offset pair (span, speaker, other region) must lie inside the text, or the line is refused by number. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GoldFormatError, parseGoldDocument } from '../../src/eval';

const text = 'Ms. Ruiz said: “Yes.”';
const quote = { start: 15, end: 21, type: 'quote', speaker: 'Ruiz', speaker_start: 4, speaker_end: 8 };

function line(changes: { span?: Record<string, unknown>; other?: unknown }): string {
  return JSON.stringify({ id: 'g', types: ['quote'], text, spans: [{ ...quote, ...changes.span }], other: changes.other ?? [] });
}

function refused(json: string, pattern: RegExp): void {
  assert.throws(() => parseGoldDocument(json, 'gold.jsonl:7'), (error: unknown) => error instanceof GoldFormatError && pattern.test(error.message) && !error.message.includes('\n'), json);
}

test('speaker offsets are kept when inside the text', () => {
  const doc = parseGoldDocument(line({}), 'gold.jsonl:7');
  assert.equal(text.slice(doc.spans[0].speaker_start, doc.spans[0].speaker_end), 'Ruiz');
  // An empty speaker range is valid but marks no words.
  assert.equal(parseGoldDocument(line({ span: { speaker_start: 4, speaker_end: 4 } }), 'x').spans[0].speaker_start, undefined);
  // A quote without speaker offsets is fine.
  assert.equal(parseGoldDocument(line({ span: { speaker_start: undefined, speaker_end: undefined } }), 'x').spans[0].speaker_start, undefined);
});

test('speaker offsets outside the text, reversed, fractional or half given are refused, naming the line', () => {
  const bad: Array<Record<string, unknown>> = [
    { speaker_start: -1 },
    { speaker_end: text.length + 1 },
    { speaker_start: 8, speaker_end: 4 },
    { speaker_start: 4.5 },
    { speaker_start: '4' },
    { speaker_start: null },
    { speaker_end: undefined },
  ];
  for (const span of bad) refused(line({ span }), /^gold\.jsonl:7: span 0 speaker offsets .* are not inside the text$/);
});

test('other regions must be objects with offsets inside the text', () => {
  const ok = parseGoldDocument(line({ other: [{ start: 0, end: 3, label: 'TITLE' }, { start: 5, end: 5, label: 'EMPTY' }] }), 'x');
  assert.deepEqual(ok.other, [{ start: 0, end: 3, label: 'TITLE' }], 'an empty region covers nothing');
  const bad: unknown[] = [{ start: 0, end: text.length + 1, label: 'ORG' }, { start: -2, end: 3, label: 'ORG' }, { start: 5, end: 2, label: 'ORG' }, { start: 0.5, end: 2, label: 'ORG' }, { end: 2, label: 'ORG' }];
  for (const region of bad) refused(line({ other: [{ start: 0, end: 1, label: 'ORG' }, region] }), /^gold\.jsonl:7: other 1 offsets .* are not inside the text$/);
  refused(line({ other: ['ORG'] }), /^gold\.jsonl:7: other 0 is not an object$/);
  refused(line({ other: { start: 0, end: 1 } }), /^gold\.jsonl:7: "other" must be an array$/);
});
