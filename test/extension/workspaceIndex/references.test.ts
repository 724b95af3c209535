// Find All References, highlights and Rename over the index, on the sample articles: references
// reach the other article, Rename is refused on anything but a person's name and renames every
// mention of the person in the article, possessive kept.
import { fakeDocument } from '../fakeVscode';
import '../fakeWorkspace';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../../src/workspaceIndex/workspaceIndex';
import { ingestBytes } from '../../../src/workspaceIndex/ingest';
import { ReferenceProviders } from '../../../src/extension/workspaceIndex/references';
import type { IndexService } from '../../../src/extension/workspaceIndex/indexService';

const seeds = join(__dirname, '../../../../seeds');
const FIRST = readFileSync(join(seeds, '000_e8a961f6e006cecf.txt'), 'utf8');
const SECOND = readFileSync(join(seeds, '001_geneva_talks.txt'), 'utf8');
const BRIEFING = [
  'MOSCOW — Maria Zakharava, the spokeswoman of the Russian Foreign Ministry, spoke on Thursday.',
  '',
  '“We have nothing to add,” Ms. Zakharava said.',
  '',
  'Ms. Zakharava’s remarks came a day after the talks in Geneva.',
  '',
].join('\n');

type Doc = ReturnType<typeof fakeDocument>;
const docs = {
  first: fakeDocument(FIRST, 'file:///desk/first.txt'),
  second: fakeDocument(SECOND, 'file:///desk/second.txt'),
  briefing: fakeDocument(BRIEFING, 'file:///desk/briefing.txt'),
};

function providers(): ReferenceProviders {
  const index = new WorkspaceIndex();
  for (const doc of Object.values(docs)) {
    const result = ingestBytes({ uri: doc.uri.toString(), folder: 'file:///desk', bytes: new TextEncoder().encode(doc.getText()), maxBytes: 0, intern: index.intern });
    if (result.kind === 'record') index.set(result.record);
  }
  const service = { index, recordFor: (document: Doc) => index.get(document.uri.toString()) };
  return new ReferenceProviders(service as unknown as IndexService);
}

const at = (doc: Doc, text: string, occurrence = 0) => {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = doc.getText().indexOf(text, offset + 1);
  assert.ok(offset >= 0, text);
  return doc.positionAt(offset + 1);
};
type AnyDoc = Parameters<ReferenceProviders['provideReferences']>[0];

describe('reference providers', () => {
  it('Find All References on Lavrov lists his mentions in both articles', () => {
    const locations = providers().provideReferences(docs.first as unknown as AnyDoc, at(docs.first, 'Lavrov') as never) ?? [];
    const files = locations.map((l) => (l.uri as unknown as { toString(): string }).toString());
    assert.equal(files.filter((f) => f === 'file:///desk/first.txt').length, 5);
    assert.equal(files.filter((f) => f === 'file:///desk/second.txt').length, 5);
  });

  it('highlights the other mentions in the article only', () => {
    const highlights = providers().provideDocumentHighlights(docs.second as unknown as AnyDoc, at(docs.second, 'Blinken') as never) ?? [];
    assert.equal(highlights.length, 5);
  });

  it('Rename is refused on a place, a plain word and a quote', () => {
    const p = providers();
    for (const word of ['MOSCOW', 'Geneva', 'spokeswoman', 'nothing to add']) {
      assert.throws(() => p.prepareRename(docs.briefing as unknown as AnyDoc, at(docs.briefing, word) as never), /name of a person/, word);
    }
  });

  it('Rename of a misspelt surname changes every mention of the person, possessive kept', () => {
    const p = providers();
    const position = at(docs.briefing, 'Zakharava', 1);
    const prepared = p.prepareRename(docs.briefing as unknown as AnyDoc, position as never);
    assert.equal(prepared.placeholder, 'Zakharava');
    const edit = p.provideRenameEdits(docs.briefing as unknown as AnyDoc, position as never, 'Zakharova') as unknown as { edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] };
    let text = BRIEFING;
    const offsets = edit.edits.map((e) => ({ start: docs.briefing.offsetAt(e.range.start as never), end: docs.briefing.offsetAt(e.range.end as never), text: e.newText }));
    for (const e of offsets.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    assert.equal(text, BRIEFING.replaceAll('Zakharava', 'Zakharova'));
    assert.throws(() => p.provideRenameEdits(docs.briefing as unknown as AnyDoc, position as never, ' '), /empty/);
  });
});
