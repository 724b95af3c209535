// Renaming a person in one article: the whole name, the surname alone in later mentions, and
// what stands around a name (titles, possessives) kept.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extractor/index';
import { renamePerson, type TextEdit } from '../../src/workspaceIndex/names';

const ARTICLE = [
  'MOSCOW — Maria Zakharava, the spokeswoman of the Foreign Ministry, spoke on Thursday.',
  '',
  '“We have nothing to add,” Ms. Zakharava said.',
  '',
  'Ms. Zakharava’s statement came a day after the talks in Geneva.',
  '',
].join('\n');

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function mentionsOf(text: string, name: string): number[] {
  const analysis = extract(text);
  const entity = analysis.entities.find((e) => e.name === name);
  assert.ok(entity, `${name} among ${analysis.entities.map((e) => e.name).join(', ')}`);
  return analysis.mentions.filter((m) => m.entityId === entity.id).flatMap((m) => [m.start, m.end]);
}

describe('renamePerson', () => {
  it('renames the surname in every mention, possessive kept', () => {
    const mentions = mentionsOf(ARTICLE, 'Maria Zakharava');
    const result = renamePerson({ text: ARTICLE, mentions, from: 'Zakharava', to: 'Zakharova' });
    assert.equal(result.kind, 'edits');
    const renamed = apply(ARTICLE, result.edits);
    assert.equal(renamed, ARTICLE.replaceAll('Zakharava', 'Zakharova'));
    assert.match(renamed, /Ms\. Zakharova’s statement/);
  });

  it('renames the whole name, and the surname alone where the article uses it', () => {
    const mentions = mentionsOf(ARTICLE, 'Maria Zakharava');
    const result = renamePerson({ text: ARTICLE, mentions, from: 'Maria Zakharava', to: 'Mariya Zakharova' });
    assert.equal(result.kind, 'edits');
    const renamed = apply(ARTICLE, result.edits);
    assert.match(renamed, /MOSCOW — Mariya Zakharova, the spokeswoman/);
    assert.match(renamed, /Ms\. Zakharova said/);
    assert.match(renamed, /Ms\. Zakharova’s statement/);
    assert.doesNotMatch(renamed, /Zakharava|Maria /);
  });

  it('refuses an empty or unchanged name', () => {
    const mentions = mentionsOf(ARTICLE, 'Maria Zakharava');
    assert.deepEqual(renamePerson({ text: ARTICLE, mentions, from: 'Zakharava', to: '  ' }), { kind: 'refused', reason: 'empty' });
    assert.deepEqual(renamePerson({ text: ARTICLE, mentions, from: 'Zakharava', to: 'Zakharava' }), { kind: 'refused', reason: 'unchanged' });
  });
});
