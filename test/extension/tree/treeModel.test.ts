import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../src/extractor/index';
import type { Analysis, Quote } from '../../../src/extractor/types';
import { groupDates, groupQuotesBySpeaker, unattributedName } from '../../../src/extension/tree/treeModel';

function quote(id: string, start: number, speaker?: string, speakerEntityId?: string): Quote {
  return { id, start, end: start + 5, text: `quote ${id}`, outerStart: start - 1, outerEnd: start + 6, short: false, speaker, speakerEntityId };
}

function analysisWith(quotes: Quote[]): Analysis {
  return {
    mentions: [],
    entities: [{ id: 'p1', type: 'person', name: 'Jane Q. Doe', aliases: ['Doe'], mentionCount: 2 }],
    quotes,
    dates: [],
  };
}

describe('groupQuotesBySpeaker', () => {
  it('groups by speaker in order of first quote and puts unattributed quotes last', () => {
    const groups = groupQuotesBySpeaker(
      analysisWith([quote('a', 10), quote('b', 20, 'the ministry'), quote('c', 30, 'Doe', 'p1'), quote('d', 40, 'The Ministry'), quote('e', 50, 'Jane Q. Doe', 'p1')]),
    );
    assert.deepEqual(
      groups.map((g) => [g.name, g.quotes.map((q) => q.id)]),
      [
        ['the ministry', ['b', 'd']],
        ['Jane Q. Doe', ['c', 'e']],
        [unattributedName(), ['a']],
      ],
    );
    assert.equal(groups[1].entityId, 'p1');
    assert.equal(groups[0].entityId, undefined);
  });

  it('treats a blank speaker as unattributed and flattens speaker names to one line', () => {
    const groups = groupQuotesBySpeaker(analysisWith([quote('a', 10, '  \n'), quote('b', 20, 'the\nForeign   Ministry')]));
    assert.deepEqual(groups.map((g) => g.name), ['the Foreign Ministry', unattributedName()]);
  });

  it('lists the Psaki quote of the sample article under Jen Psaki', () => {
    const text = readFileSync(join(__dirname, '../../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');
    const groups = groupQuotesBySpeaker(extract(text));
    const psaki = groups.find((g) => g.name === 'Jen Psaki');
    assert.ok(psaki, `speakers: ${groups.map((g) => g.name).join(', ')}`);
    assert.ok(psaki.quotes.some((q) => q.text.startsWith('We’re now at a stage')));
    const unattributed = groups.findIndex((g) => g.name === unattributedName());
    assert.ok(unattributed === -1 || unattributed === groups.length - 1);
    assert.equal(groups.reduce((n, g) => n + g.quotes.length, 0), extract(text).quotes.length);
  });
});

describe('groupDates', () => {
  it('groups by resolved value, else by text regardless of case', () => {
    const groups = groupDates([
      { start: 0, end: 6, text: 'Friday', value: '2024-03-08' },
      { start: 10, end: 16, text: 'Friday', value: '2024-03-08' },
      { start: 20, end: 29, text: 'last week' },
      { start: 30, end: 39, text: 'Last week' },
      { start: 40, end: 50, text: 'March 8', value: '2024-03-08' },
    ]);
    assert.deepEqual(groups.map((g) => [g.label, g.value, g.dates.length]), [
      ['Friday', '2024-03-08', 3],
      ['last week', undefined, 2],
    ]);
  });
});
