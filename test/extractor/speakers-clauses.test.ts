// Which clause of a sentence names the speaker of a quotation inside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extractor/extract';

/** The speaker given to the last quotation of the text. */
function lastSpeaker(text: string): string | undefined {
  const quotes = extract(text).quotes;
  return quotes[quotes.length - 1]?.speaker;
}

test('a reporting verb in a subordinate clause nearer the quote names its speaker', () => {
  const text =
    'The council met on Tuesday to vote on the river plan.\n\n' +
    'Council member Petra Lindqvist posted a long reply after Mayor Arvid Halloran argued that "the river belongs to every family in this town."';
  assert.equal(lastSpeaker(text), 'Arvid Halloran');
});

test('a subordinate clause without a reporting verb leaves the quote to the main clause', () => {
  const text =
    'The council met on Tuesday to vote on the river plan.\n\n' +
    'Council member Petra Lindqvist said that while Mayor Arvid Halloran had been "far too patient" with the builders, the plan would pass.';
  assert.equal(lastSpeaker(text), 'Petra Lindqvist');
});
