// Vague time words on the sample article: which dates have no calendar anchor, how the editor
// draws them in each mode of newsmark.dates.vague, and their own group in the tree.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../src/extractor/index';
import { groupDates, vagueDatesGroupLabel } from '../../../src/extension/tree/treeModel';
import { drawnMentions, isVagueDate, partitionDates, vagueDatesMode } from '../../../src/extension/highlights/vagueDates';

const text = readFileSync(join(__dirname, '../../../../seeds/000_e8a961f6e006cecf.txt'), 'utf8');
const VAGUE = ['now', 'weeks ago', 'years'];

describe('vague time words', () => {
  it('are the dates with no calendar anchor, whether or not the article has a date', () => {
    for (const articleDate of [undefined, '2022-01-18']) {
      const analysis = extract(text, { articleDate });
      const { anchored, vague } = partitionDates(analysis);
      assert.deepEqual(vague.map((d) => d.text), VAGUE, `article date ${articleDate}`);
      // "Friday" has no value without an article date, yet it names a day: not vague.
      assert.ok(anchored.some((d) => d.text === 'Friday'));
      assert.ok(anchored.some((d) => d.text === 'late October'));
      assert.equal(anchored.length + vague.length, analysis.dates.length);
    }
  });

  it('a phrase with a value is never vague', () => {
    assert.equal(isVagueDate({ start: 0, end: 3, text: 'now', value: '2022-01-18' }, undefined), false);
    assert.equal(isVagueDate({ start: 0, end: 6, text: 'Friday' }, '2022-01-18'), true, 'left without a value in a dated article');
    assert.equal(isVagueDate({ start: 0, end: 6, text: 'Friday' }, undefined), false);
  });

  it('dim draws them apart, hide drops them, show draws them as dates; the analysis is unchanged', () => {
    const analysis = extract(text);
    const before = JSON.stringify(analysis);
    const all = analysis.mentions.filter((m) => m.type === 'date').length;
    const texts = (spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

    const shown = drawnMentions(analysis, 'show');
    assert.equal(shown.byType.get('date')?.spans.length, all);
    assert.equal(shown.vague.spans.length, 0);

    const dimmed = drawnMentions(analysis, 'dim');
    assert.deepEqual(texts(dimmed.vague.spans), VAGUE);
    assert.equal(dimmed.byType.get('date')?.spans.length, all - VAGUE.length);
    assert.ok(!texts(dimmed.byType.get('date')?.spans ?? []).some((t) => VAGUE.includes(t)));

    const hidden = drawnMentions(analysis, 'hide');
    assert.equal(hidden.vague.spans.length, 0);
    assert.equal(hidden.byType.get('date')?.spans.length, all - VAGUE.length);
    // Other categories are drawn alike in every mode.
    assert.equal(hidden.byType.get('person')?.spans.length, shown.byType.get('person')?.spans.length);
    assert.equal(JSON.stringify(analysis), before);
  });

  it('the tree lists them in a group of their own, last', () => {
    const analysis = extract(text);
    const groups = groupDates(analysis.dates, (d) => isVagueDate(d, analysis.articleDate));
    const last = groups[groups.length - 1];
    assert.equal(last.label, vagueDatesGroupLabel());
    assert.deepEqual(last.dates.map((d) => d.text), VAGUE);
    assert.ok(!groups.slice(0, -1).some((g) => VAGUE.includes(g.label)));
    assert.ok(!groupDates(analysis.dates).some((g) => g.label === vagueDatesGroupLabel()));
  });

  it('reads the setting, falling back to dim', () => {
    assert.equal(vagueDatesMode('hide'), 'hide');
    assert.equal(vagueDatesMode('show'), 'show');
    assert.equal(vagueDatesMode(undefined), 'dim');
    assert.equal(vagueDatesMode('__proto__'), 'dim');
  });
});
