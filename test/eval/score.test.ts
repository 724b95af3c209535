import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseGoldDocument,
  parseGoldFile,
  GoldFormatError,
  scoreDocument,
  totalCounts,
  trimSpan,
  namesAgree,
  prf,
  formatScoreTable,
  type GoldDocument,
  type PredictedSpan,
} from '../../src/eval';

/** Builds a gold document from a text and the surface strings of its spans (first occurrence after the previous one). */
function goldOf(text: string, types: string[], spans: Array<[string, string, Partial<{ speaker: string; speakerText: string }>?]>, other: Array<[string, string]> = []): GoldDocument {
  let from = 0;
  const locate = (needle: string, after = 0) => {
    const at = text.indexOf(needle, after);
    assert.ok(at >= 0, `"${needle}" not in text`);
    return { start: at, end: at + needle.length };
  };
  return {
    id: 'doc',
    types,
    text,
    spans: spans.map(([type, surface, extra]) => {
      const r = locate(surface, from);
      from = r.end;
      const span: GoldDocument['spans'][number] = { ...r, type, text: surface };
      if (extra?.speaker) span.speaker = extra.speaker;
      if (extra?.speakerText) {
        const s = locate(extra.speakerText);
        span.speaker_start = s.start;
        span.speaker_end = s.end;
      }
      return span;
    }),
    other: other.map(([label, surface]) => ({ ...locate(surface), label })),
  };
}

function at(text: string, surface: string, type: string, extra: Partial<PredictedSpan> = {}, after = 0): PredictedSpan {
  const start = text.indexOf(surface, after);
  assert.ok(start >= 0, `"${surface}" not in text`);
  return { start, end: start + surface.length, type, ...extra };
}

const TEXT = 'Mayor Alma Reyes visited Portland on Monday. Reyes said the bridge would reopen in May.';

test('perfect predictions score 1 strict and lenient', () => {
  const gold = goldOf(TEXT, ['person', 'place', 'date'], [
    ['person', 'Alma Reyes'],
    ['place', 'Portland'],
    ['date', 'Monday'],
    ['person', 'Reyes'],
    ['date', 'May'],
  ]);
  const preds = gold.spans.map((s) => ({ start: s.start, end: s.end, type: s.type }));
  const score = scoreDocument(gold, preds);
  for (const type of ['person', 'place', 'date'] as const) {
    const c = score.counts[type]!;
    assert.equal(prf(c.strict).f1, 1, type);
    assert.equal(prf(c.lenient).f1, 1, type);
  }
  assert.equal(score.counts.quote, undefined, 'quote is not annotated in this document');
});

test('a wrong prediction lowers precision and F1', () => {
  const gold = goldOf(TEXT, ['person', 'place'], [
    ['person', 'Alma Reyes'],
    ['place', 'Portland'],
    ['person', 'Reyes'],
  ]);
  const right = gold.spans.map((s) => ({ start: s.start, end: s.end, type: s.type }));
  const good = scoreDocument(gold, right).counts.place!;
  const withWrong = scoreDocument(gold, [...right, at(TEXT, 'Mayor', 'place')]).counts.place!;
  assert.equal(prf(good.lenient).f1, 1);
  assert.equal(withWrong.lenient.falsePositives, 1);
  assert.ok(prf(withWrong.lenient).f1 < 1);
  assert.ok(prf(withWrong.strict).precision < 1);
  // A right span with the wrong type is a miss and a false positive.
  const swapped = scoreDocument(gold, [at(TEXT, 'Portland', 'person')]).counts;
  assert.equal(swapped.place!.lenient.falseNegatives, 1);
  assert.equal(swapped.person!.lenient.falsePositives, 1);
});

test('predictions of types the document does not annotate are neither right nor wrong', () => {
  const gold = goldOf(TEXT, ['person'], [['person', 'Alma Reyes'], ['person', 'Reyes']]);
  const score = scoreDocument(gold, [at(TEXT, 'Alma Reyes', 'person'), at(TEXT, 'Reyes', 'person', {}, 20), at(TEXT, 'Monday', 'date'), at(TEXT, 'Portland', 'organization')]);
  assert.deepEqual(Object.keys(score.counts), ['person']);
  assert.equal(prf(score.counts.person!.lenient).f1, 1);
});

test('strict needs exact offsets; lenient accepts overlap', () => {
  const gold = goldOf(TEXT, ['person'], [['person', 'Alma Reyes']]);
  const c = scoreDocument(gold, [at(TEXT, 'Mayor Alma Reyes', 'person')]).counts.person!;
  assert.equal(c.strict.truePositives, 0);
  assert.equal(c.strict.falsePositives, 1);
  assert.equal(c.strict.falseNegatives, 1);
  assert.equal(c.lenient.truePositives, 1);
  assert.equal(prf(c.lenient).f1, 1);
});

test('trimming removes quotation marks, whitespace and trailing punctuation before overlap', () => {
  const text = 'She called it “a disaster.” Then: “Fine”';
  assert.deepEqual(trimSpan(text, text.indexOf('“a'), text.indexOf('.”') + 2), { start: text.indexOf('a disaster'), end: text.indexOf('.”') });
  // Only marks: kept as is rather than emptied.
  assert.deepEqual(trimSpan('""', 0, 2), { start: 0, end: 2 });
  // A gold span with marks and punctuation and a prediction that is only the closing “.” do not overlap once trimmed.
  const gold = goldOf(text, ['quote'], [['quote', '“a disaster.”']]);
  const marksOnly = at(text, '.”', 'quote');
  assert.equal(scoreDocument(gold, [marksOnly]).counts.quote!.lenient.truePositives, 0);
  const inner = at(text, 'a disaster', 'quote');
  const c = scoreDocument(gold, [inner]).counts.quote!;
  assert.equal(c.lenient.truePositives, 1);
  assert.equal(c.strict.truePositives, 0);
});

test('each gold span and each prediction is matched at most once, maximising matches', () => {
  const text = 'Alma Reyes and Ben Ode met.';
  const gold = goldOf(text, ['person'], [['person', 'Alma Reyes'], ['person', 'Ben Ode']]);
  // One prediction covering both names can only match one of them.
  const wide = at(text, 'Alma Reyes and Ben Ode', 'person');
  let c = scoreDocument(gold, [wide]).counts.person!;
  assert.deepEqual(c.lenient, { truePositives: 1, falsePositives: 0, falseNegatives: 1 });
  // Two predictions on one gold span: one matches, one is a false positive.
  c = scoreDocument(gold, [at(text, 'Alma', 'person'), at(text, 'Reyes', 'person')]).counts.person!;
  assert.deepEqual(c.lenient, { truePositives: 1, falsePositives: 1, falseNegatives: 1 });
  // The wide span must go to the second name so that the short one keeps the first: 2 matches, not 1.
  c = scoreDocument(gold, [at(text, 'Reyes and Ben Ode', 'person'), at(text, 'Alma', 'person')]).counts.person!;
  assert.deepEqual(c.lenient, { truePositives: 2, falsePositives: 0, falseNegatives: 0 });
  // Duplicate exact predictions count once in strict.
  const exact = at(text, 'Ben Ode', 'person');
  c = scoreDocument(gold, [exact, { ...exact }]).counts.person!;
  assert.deepEqual(c.strict, { truePositives: 1, falsePositives: 1, falseNegatives: 1 });
});

test('an unmatched date over a kindred other region is don’t-care; over ORG or a gold span it is not', () => {
  const text = 'The talks lasted three hours on Tuesday at noon in Ankara.';
  const gold = goldOf(text, ['date', 'place'], [['date', 'Tuesday'], ['place', 'Ankara']], [
    ['TIMEX3:DURATION', 'three hours'],
    ['TIME', 'noon'],
    ['ORG', 'talks'],
  ]);
  const c = scoreDocument(gold, [at(text, 'three hours', 'date'), at(text, 'noon', 'date'), at(text, 'Tuesday', 'date'), at(text, 'talks', 'date')]).counts.date!;
  assert.equal(c.ignored, 2);
  assert.equal(c.predicted, 2);
  assert.deepEqual(c.lenient, { truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  // A place predicted on an ORG region stays a false positive.
  const p = scoreDocument(gold, [at(text, 'talks', 'place'), at(text, 'Ankara', 'place')]).counts.place!;
  assert.deepEqual(p.lenient, { truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  // A duration prediction that also overlaps a gold date is scored, not ignored.
  const text2 = 'It ran for two days last week.';
  const gold2 = goldOf(text2, ['date'], [['date', 'last week']], [['TIMEX3:DURATION', 'two days last']]);
  const c2 = scoreDocument(gold2, [at(text2, 'days last week', 'date'), at(text2, 'two', 'date')]).counts.date!;
  assert.equal(c2.ignored, 1);
  assert.deepEqual(c2.lenient, { truePositives: 1, falsePositives: 0, falseNegatives: 0 });
});

test('a quote over quoted text left outside attributions is don’t-care', () => {
  const text = 'The group calls it a “reform.” “We will win,” Ode said.';
  const gold = goldOf(text, ['quote'], [['quote', '“We will win,”', { speaker: 'Ode', speakerText: 'Ode' }]], [['quotation-marks-outside-attribution', '“reform.”']]);
  const c = scoreDocument(gold, [at(text, 'reform.', 'quote'), at(text, 'We will win,', 'quote', { speaker: 'Ode' })]).counts.quote!;
  assert.equal(c.ignored, 1);
  assert.equal(prf(c.lenient).f1, 1);
  assert.equal(prf(c.strict).f1, 0, 'gold includes the marks, prediction does not');
});

test('speaker accuracy: mention overlap, same name or same last word', () => {
  const text = 'Jen Ode spoke first. “We are ready,” she said. “Not yet,” said Ms. Ode. “Later,” aides said. “Soon,” Ode added.';
  const gold = goldOf(text, ['quote'], [
    ['quote', '“We are ready,”', { speaker: 'she', speakerText: 'she' }],
    ['quote', '“Not yet,”', { speaker: 'Ms. Ode', speakerText: 'Ms. Ode' }],
    ['quote', '“Later,”', { speaker: 'aides', speakerText: 'aides' }],
    ['quote', '“Soon,”', {}],
  ]);
  const she = text.indexOf('she');
  const preds = [
    // pronoun speaker resolved to the canonical name; the cue mention overlaps the gold pronoun
    at(text, 'We are ready,', 'quote', { speaker: 'Jen Ode', speakerStart: she, speakerEnd: she + 3 }),
    // canonical name shares the last word with the gold speaker, no mention offsets
    at(text, 'Not yet,', 'quote', { speaker: 'Jen Ode' }),
    // wrong speaker
    at(text, 'Later,', 'quote', { speaker: 'Jen Ode' }),
    // the gold names no speaker: not counted
    at(text, 'Soon,', 'quote'),
  ];
  const score = scoreDocument(gold, preds);
  const c = score.counts.quote!;
  assert.deepEqual(c.speakers, { correct: 2, total: 3 });
  assert.equal(score.wrongSpeakers.length, 1);
  assert.equal(score.wrongSpeakers[0].expected, 'aides');
  // A quote with no predicted speaker is wrong.
  const none = scoreDocument(gold, preds.map((p) => ({ start: p.start, end: p.end, type: p.type }))).counts.quote!;
  assert.deepEqual(none.speakers, { correct: 0, total: 3 });
  // Unmatched quotes do not count towards speaker accuracy.
  const partial = scoreDocument(gold, [preds[0]]).counts.quote!;
  assert.deepEqual(partial.speakers, { correct: 1, total: 1 });
});

test('names agree on the same name or the same last word, ignoring case, “the” and possessives', () => {
  assert.ok(namesAgree('The Foreign Ministry', 'foreign ministry'));
  assert.ok(namesAgree('Jen Psaki', 'Ms. Psaki'));
  assert.ok(namesAgree('Psaki’s', 'Jen Psaki'));
  assert.ok(!namesAgree('Jen Psaki', 'Antony J. Blinken'));
  assert.ok(!namesAgree('', 'Psaki'));
});

test('totals add counts over documents (micro average)', () => {
  const a = goldOf(TEXT, ['place'], [['place', 'Portland']]);
  const b = goldOf(TEXT, ['place'], [['place', 'Portland']]);
  const totals = totalCounts([scoreDocument(a, [at(TEXT, 'Portland', 'place')]), scoreDocument(b, [])]);
  assert.deepEqual(totals.place!.lenient, { truePositives: 1, falsePositives: 0, falseNegatives: 1 });
  assert.equal(prf(totals.place!.lenient).recall, 0.5);
  const table = formatScoreTable([{ system: 'newsmark', data: 'x.jsonl', type: 'place', counts: totals.place! }]);
  assert.match(table, /\| newsmark \| x\.jsonl \| place \|/);
  assert.match(table, /0\.500/);
});

test('gold parsing validates lines and names the line', () => {
  const doc = parseGoldDocument('{"id":"a","types":["quote"],"text":"“Hi,” he said.","spans":[{"start":0,"end":5,"type":"quote","speaker":"he","speaker_start":6,"speaker_end":8}],"other":[]}', 'f:1');
  assert.equal(doc.spans[0].speaker_start, 6);
  assert.throws(() => parseGoldDocument('{"text":1,"spans":[]}', 'f.jsonl:3'), (e: unknown) => e instanceof GoldFormatError && /^f\.jsonl:3: /.test(e.message));
  assert.throws(() => parseGoldDocument('not json', 'f.jsonl:4'), /f\.jsonl:4: not valid JSON/);
  assert.throws(() => parseGoldDocument('{"text":"ab","spans":[{"start":0,"end":9,"type":"person"}]}', 'g:1'), /not inside the text/);
  const docs = parseGoldFile('{"text":"a","spans":[]}\n\n{"text":"b","spans":[],"types":["date"]}\n', 'f');
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[1].types, ['date']);
});
