import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../../src/extractor/quotes';
import { attributeSpeakers } from '../../src/extractor/speakers';
import { extract } from '../../src/extractor/extract';
import type { Entity, Mention, Quote } from '../../src/extractor/types';

const sample = readFileSync(join(__dirname, '../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');

interface Person {
  id: string;
  name: string;
  gender?: 'female' | 'male';
  /** Surface forms to mark as mentions of this person wherever they occur. */
  forms: string[];
}

/** Builds person mentions and entities directly, so attribution is tested on its own. */
function people(text: string, persons: Person[]): { mentions: Mention[]; entities: Entity[] } {
  const mentions: Mention[] = [];
  for (const p of persons) {
    for (const form of p.forms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const before = text[i - 1];
        const after = text[i + form.length];
        if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
        if (mentions.some((m) => m.start < i + form.length && i < m.end)) continue;
        mentions.push({ start: i, end: i + form.length, type: 'person', text: form, entityId: p.id });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const entities = persons.map((p) => {
    const e: Entity & { gender?: 'female' | 'male' } = { id: p.id, type: 'person', name: p.name, aliases: [], mentionCount: mentions.filter((m) => m.entityId === p.id).length };
    if (p.gender) e.gender = p.gender;
    return e;
  });
  return { mentions, entities };
}

function attribute(text: string, persons: Person[] = []): Quote[] {
  const { mentions, entities } = people(text, persons);
  return attributeSpeakers(text, findQuotes(text), mentions, entities);
}

function quoteStartingWith(text: string, quotes: Quote[], prefix: string): Quote {
  const q = quotes.find((x) => text.startsWith(prefix, x.start));
  assert.ok(q, `no quote starting with ${prefix}`);
  return q;
}

function speakerText(text: string, q: Quote): string | undefined {
  return q.speakerStart === undefined ? undefined : text.slice(q.speakerStart, q.speakerEnd);
}

const samplePeople: Person[] = [
  { id: 'blinken', name: 'Antony J. Blinken', gender: 'male', forms: ['Antony J. Blinken', 'Blinken'] },
  { id: 'lavrov', name: 'Sergey V. Lavrov', gender: 'male', forms: ['Sergey V. Lavrov', 'Lavrov'] },
  { id: 'psaki', name: 'Jen Psaki', gender: 'female', forms: ['Jen Psaki', 'Psaki'] },
];

test('sample: “We’re now at a stage …,” she said → Jen Psaki through the pronoun, past a nearer man', () => {
  const quotes = attribute(sample, samplePeople);
  const q = quoteStartingWith(sample, quotes, 'We’re now at a stage');
  assert.equal(q.speaker, 'Jen Psaki');
  assert.equal(q.speakerEntityId, 'psaki');
  assert.equal(speakerText(sample, q), 'she');
  assert.equal(q.cue, 'said');
  // the second half of the split quote shares the speaker
  const rest = quoteStartingWith(sample, quotes, 'and what Secretary Blinken');
  assert.equal(rest.speaker, 'Jen Psaki');
  assert.equal(speakerText(sample, rest), 'she');
});

test('sample: the Foreign Ministry speaks its quote, the nested ‘Russian aggression’ inside it', () => {
  const quotes = attribute(sample, samplePeople);
  const q = quoteStartingWith(sample, quotes, 'The minister urged');
  assert.ok(q.text.includes('‘Russian aggression,’'));
  assert.equal(q.speaker, 'the Foreign Ministry');
  assert.equal(speakerText(sample, q), 'the Foreign Ministry');
  assert.equal(q.cue, 'said');
});

test('sample: Ms. Psaki said, adding: “…” — both quotes are hers; the scare quote “dead end” has its diplomat', () => {
  const quotes = attribute(sample, samplePeople);
  const first = quoteStartingWith(sample, quotes, 'There’s a diplomatic path');
  assert.equal(first.speaker, 'Jen Psaki');
  assert.equal(speakerText(sample, first), 'Psaki');
  const second = quoteStartingWith(sample, quotes, 'It is up to the Russians');
  assert.equal(second.speaker, 'Jen Psaki');
  const deadEnd = quoteStartingWith(sample, quotes, 'dead end');
  assert.equal(deadEnd.short, true);
  assert.equal(deadEnd.speaker, 'A senior Russian diplomat');
  assert.equal(deadEnd.cue, 'warned');
  // "… willing to continue discussions on what the Biden administration called “…”"
  const situation = quoteStartingWith(sample, quotes, 'an extremely dangerous');
  assert.equal(situation.speaker, 'the Biden administration');
  assert.equal(situation.cue, 'called');
  // "Jen Psaki, the White House press secretary, said … that Mr. Blinken would “urge …”"
  const urge = quoteStartingWith(sample, quotes, 'urge Russia');
  assert.equal(urge.speaker, 'Jen Psaki');
  assert.equal(speakerText(sample, urge), 'Jen Psaki');
});

test('sample through extract(): the quote beginning “We’re now at a stage” is attributed to Jen Psaki', () => {
  const analysis = extract(sample);
  const q = quoteStartingWith(sample, analysis.quotes, 'We’re now at a stage');
  assert.equal(q.speaker, 'Jen Psaki');
  assert.equal(speakerText(sample, q), 'she');
  const psaki = analysis.entities.find((e) => e.name === 'Jen Psaki');
  assert.ok(psaki);
  assert.equal(q.speakerEntityId, psaki.id);
  const ministry = quoteStartingWith(sample, analysis.quotes, 'The minister urged');
  assert.match(ministry.speaker ?? '', /Foreign Ministry$/);
});

test('reporting verb before or after the speaker, with an apposition', () => {
  const people: Person[] = [{ id: 'ortiz', name: 'Maria Ortiz', gender: 'female', forms: ['Maria Ortiz', 'Ortiz'] }];
  const a = 'The storm hit at dawn.\n\n“We lost power at six,” said Ms. Ortiz, the county administrator.';
  let [q] = attribute(a, people);
  assert.equal(q.speaker, 'Maria Ortiz');
  assert.equal(speakerText(a, q), 'Ortiz');
  assert.equal(q.cue, 'said');

  const b = 'Maria Ortiz, the county administrator, said: “Crews will work through the night.”';
  [q] = attribute(b, people);
  assert.equal(q.speaker, 'Maria Ortiz');
  assert.equal(speakerText(b, q), 'Maria Ortiz');

  const c = '“Crews will work through the night,” Ortiz told reporters on Sunday.';
  [q] = attribute(c, people);
  assert.equal(q.speaker, 'Maria Ortiz');
  assert.equal(q.cue, 'told');
});

test('bodies and unnamed sources speak in their own words', () => {
  let text = '“The talks have ended,” the Interior Ministry said in a statement.';
  let [q] = attribute(text);
  assert.equal(q.speaker, 'the Interior Ministry');
  assert.equal(q.speakerEntityId, undefined);

  text = 'The plant will close in March, officials said, calling it “the end of an era.”';
  [q] = attribute(text);
  assert.equal(q.speaker, 'officials');

  text = 'The river rose “faster than any model predicted,” according to two engineers at the dam.';
  [q] = attribute(text);
  assert.equal(q.cue, 'according to');
  assert.equal(speakerText(text, q), 'two engineers');
});

test('speaker in the preceding sentence, and a quote-only paragraph after an attributed one', () => {
  const people: Person[] = [{ id: 'lee', name: 'Daniel Lee', gender: 'male', forms: ['Daniel Lee', 'Lee'] }];
  const text = [
    'Daniel Lee spoke for an hour. He added: “Nobody here wants a fight.”',
    '',
    '“We are neighbors first,” Mr. Lee said. “That has not changed.”',
    '',
    '“And it never will.”',
  ].join('\n');
  const quotes = attribute(text, people);
  assert.equal(quotes.length, 4);
  for (const q of quotes) assert.equal(q.speaker, 'Daniel Lee', q.text);
  assert.equal(speakerText(text, quotes[0]), 'He');
  assert.equal(quotes[0].cue, 'added');
});

test('a multi-paragraph quote takes the speaker named in its first paragraph', () => {
  const text = 'The coach said:\n\n“We trained hard all winter.\n\n“Now we play.”\n\nThe season opens Friday.';
  const quotes = attribute(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker, 'The coach');
  assert.equal(quotes[0].parts?.length, 2);
});

test('a pronoun takes the most recent person of its gender outside quotations', () => {
  const persons: Person[] = [
    { id: 'kim', name: 'Sara Kim', gender: 'female', forms: ['Sara Kim', 'Kim'] },
    { id: 'diaz', name: 'Tomas Diaz', gender: 'male', forms: ['Tomas Diaz', 'Diaz'] },
  ];
  const text = 'Sara Kim met Tomas Diaz on Monday. “I told Diaz what I think,” she said.';
  const [q] = attribute(text, persons);
  assert.equal(q.speaker, 'Sara Kim');
  assert.equal(speakerText(text, q), 'she');
});

test('nouns that look like reporting verbs are not cues', () => {
  const text = 'Mr. Grant’s remarks on the budget were “reckless,” the senator’s office said.';
  const [q] = attribute(text);
  assert.equal(q.speaker, 'the senator’s office');
  assert.equal(q.cue, 'said');
});

test('a transcript turn is spoken by its label', () => {
  const text = '"HOST: Will you run again?\n\n"GOVERNOR: I have not decided."';
  const quotes = attribute(text);
  assert.deepEqual(quotes.map((q) => q.speaker), ['HOST', 'GOVERNOR']);
});

test('a reporting clause closing the sentence attributes a quote earlier in it', () => {
  const text = 'A worker who “cuts corners” is punished at once, Garcia said.';
  const [q] = attribute(text);
  assert.equal(speakerText(text, q), 'Garcia');
  assert.equal(q.cue, 'said');
});

test('a relative pronoun speaks for its antecedent', () => {
  const persons: Person[] = [{ id: 'ruiz', name: 'Ann Ruiz', gender: 'female', forms: ['Ann Ruiz', 'Ruiz'] }];
  const text = 'The endorsement came from Ann Ruiz, who declared at the rally, “It is time to unite.”';
  const [q] = attribute(text, persons);
  assert.equal(speakerText(text, q), 'who');
  assert.equal(q.speaker, 'Ann Ruiz');
  assert.equal(q.speakerEntityId, 'ruiz');
  assert.equal(q.cue, 'declared');
});

test('“according to” opening the sentence, “as X put it”, and a dash attribution', () => {
  let text = 'According to the county report, the bridge was “structurally deficient” for a decade.';
  let [q] = attribute(text);
  assert.equal(speakerText(text, q), 'the county report');
  assert.equal(q.cue, 'according to');

  text = 'The cut was, as one economist put it, “a rounding error.”';
  [q] = attribute(text);
  assert.equal(speakerText(text, q), 'one economist');

  text = 'Readers wrote in.\n“We will be back next year.” ― Ana Lopez\n“Not me.” ― Sam Ortiz';
  const quotes = attribute(text);
  assert.deepEqual(quotes.map((x) => x.speaker), ['Ana Lopez', 'Sam Ortiz']);
});

test('in a compound sentence the clause nearest the quote speaks', () => {
  const text = 'Lopez said the plan was sound, but Chen said it was “a fantasy.”';
  const [q] = attribute(text);
  assert.equal(speakerText(text, q), 'Chen');
});

test('a phrase quoted without a reporting verb belongs to the subject of its sentence', () => {
  const text = 'On Monday, the mayor filed the audit under “fiction” and left.';
  const [q] = attribute(text);
  assert.equal(q.short, true);
  assert.equal(speakerText(text, q), 'the mayor');
  assert.equal(q.cue, undefined);
});

test('a speaker between the quote and a later verb phrase, and an interview answer', () => {
  const text = '“Prices will fall,” a spokesman for the central bank said on Tuesday. “Not soon, but they will.”';
  const quotes = attribute(text);
  assert.equal(speakerText(text, quotes[0]), 'a spokesman for the central bank');
  assert.equal(speakerText(text, quotes[1]), 'a spokesman for the central bank');
});

// The long input is a hang guard only: linearity is measured by `npm run bench`.
test('attribution stays within the text on long or odd input', { timeout: 60_000 }, () => {
  const pieces = ['“', '”', '"', ' ', 'said', 'she', 'Ms. Lee', ',', '.', '\n\n', 'according to', 'who', 'the agency', ' — ', 'Tom Park'];
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let run = 0; run < 300; run++) {
    let text = '';
    for (let i = 0; i < 60; i++) text += pieces[Math.floor(random() * pieces.length)];
    for (const q of attributeSpeakers(text, findQuotes(text), [], [])) {
      assert.ok(q.start >= 0 && q.end <= text.length && q.start <= q.end);
      if (q.speakerStart !== undefined) assert.ok(q.speakerStart >= 0 && q.speakerEnd! <= text.length && q.speakerStart < q.speakerEnd!);
    }
  }
  const paragraph = '“We’re ready,” she said, “and so are they.” Officials said the plan, which the agency called “bold,” would pass. ';
  const long = (paragraph.repeat(2000) + '\n\n').repeat(10) + 'word '.repeat(200000);
  const quotes = attributeSpeakers(long, findQuotes(long), [], []);
  assert.equal(quotes.length, 60000);
  assert.equal(quotes[0].speaker, 'she');
});

test('a subject set off by a relative clause, and a reporting verb in the infinitive', () => {
  let text = 'Kline, who says the county should hire more nurses, wrote that the plan “will not fix the shortage.”';
  let [q] = attribute(text);
  assert.equal(speakerText(text, q), 'Kline');
  assert.equal(q.cue, 'wrote');

  text = 'The minister was quick to add that talks would go on.\n\n“Nothing is settled yet.”';
  [q] = attribute(text);
  assert.equal(speakerText(text, q), 'The minister');
});

test('a speaker phrase through a preposition, linked only by its head; a title-case headline', () => {
  const text = 'Officials in the United States said the plan was “a mistake.”';
  const places = { mentions: [{ start: text.indexOf('United States'), end: text.indexOf('United States') + 13, type: 'place' as const, text: 'United States', entityId: 'us' }], entities: [{ id: 'us', type: 'place' as const, name: 'United States', aliases: [], mentionCount: 1 }] };
  const [q] = attributeSpeakers(text, findQuotes(text), places.mentions, places.entities);
  assert.equal(speakerText(text, q), 'Officials in the United States');
  assert.equal(q.speakerEntityId, undefined);

  const headline = 'Mayor Calls Plan ‘A Mistake’, Governor Says.\n\nThe mayor spoke at length.';
  const [h] = attribute(headline);
  assert.equal(h.speaker, 'Governor');
});

test('a reporting verb spelled with the Kelvin sign for k is read as lower-casing reads it', () => {
  const persons: Person[] = [{ id: 'okafor', name: 'Ada Okafor', gender: 'female', forms: ['Ada Okafor', 'Okafor'] }];
  const plain = 'Ada Okafor spoke briefly. “We will rebuild the bridge,” she asked the crowd.';
  const expected = attribute(plain, persons).map((q) => [q.speaker, q.cue]);
  assert.deepEqual(expected, [['Ada Okafor', 'asked']]);
  const kelvin = plain.replace('asked', 'as\u212Aed');
  assert.deepEqual(attribute(kelvin, persons).map((q) => [q.speaker, q.cue]), expected);
});
