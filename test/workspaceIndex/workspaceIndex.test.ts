// The workspace index on the sample articles: adding, changing, deleting and renaming a file,
// two folders, files skipped for their size or content, and the queries the editor asks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../src/workspaceIndex/workspaceIndex';
import { ingestBytes } from '../../src/workspaceIndex/ingest';
import { entityAt, positionOf, type ArticleRecord } from '../../src/workspaceIndex/record';
import { entityKey, normaliseName } from '../../src/workspaceIndex/names';

const seeds = join(__dirname, '../../../seeds');
const first = readFileSync(join(seeds, '000_e8a961f6e006cecf.txt'));
const second = readFileSync(join(seeds, '001_geneva_talks.txt'));
const encode = (text: string) => new TextEncoder().encode(text);

function add(index: WorkspaceIndex, uri: string, bytes: Uint8Array, options: { folder?: string; maxBytes?: number } = {}): void {
  const result = ingestBytes({ uri, folder: options.folder ?? 'file:///desk', bytes, maxBytes: options.maxBytes ?? 5 * 1024 * 1024, intern: index.intern });
  if (result.kind === 'record') index.set(result.record);
  else index.skip(uri, result.reason);
}

function articlesOf(index: WorkspaceIndex, key: string): string[] {
  return index.references(key).map((o) => o.record.uri).sort();
}

const LAVROV = entityKey('person', 'Sergey V. Lavrov');
const BLINKEN = entityKey('person', 'Antony J. Blinken');

describe('workspace index', () => {
  it('adds articles and finds a person in each article that names him', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk/a.txt', first);
    add(index, 'file:///desk/b.txt', second);
    assert.deepEqual(index.findKeys('Lavrov'), [LAVROV]);
    assert.deepEqual(index.findKeys('lav'), [LAVROV], 'a prefix of a word');
    assert.deepEqual(index.findKeys('sergey v. lavrov'), [LAVROV], 'the whole name, initials ignored');
    assert.deepEqual(index.findKeys('avrov'), [], 'not the middle of a word');
    assert.deepEqual(articlesOf(index, LAVROV), ['file:///desk/a.txt', 'file:///desk/b.txt']);
    const people = index.entities('person');
    const blinken = people.find((p) => p.key === BLINKEN);
    assert.equal(blinken?.name, 'Antony J. Blinken');
    assert.equal(blinken?.articleCount, 2);
    assert.equal(blinken?.quoteCount, 1, 'one quote, in the second article');
    const psaki = people.find((p) => p.name === 'Jen Psaki');
    assert.equal(psaki?.articleCount, 2);
    assert.equal(psaki?.quoteCount, 6);
    assert.deepEqual(new Set(index.quotesBy(psaki.key).map((q) => q.record.uri)), new Set(['file:///desk/a.txt', 'file:///desk/b.txt']));
    assert.ok(index.entities('place').some((p) => p.name === 'Geneva' && p.articleCount === 2));
  });

  it('a changed article replaces its record; the others stay', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk/a.txt', first);
    add(index, 'file:///desk/b.txt', second);
    add(index, 'file:///desk/b.txt', encode('The mayor, Ann Okafor, said “taxes will fall” on Monday.\n'));
    assert.deepEqual(articlesOf(index, LAVROV), ['file:///desk/a.txt']);
    assert.deepEqual(index.findKeys('okafor'), [entityKey('person', 'Ann Okafor')]);
    assert.equal(index.stats().articles, 2);
  });

  it('a deleted article is forgotten, names it alone held included', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk/a.txt', first);
    add(index, 'file:///desk/b.txt', second);
    assert.ok(index.delete('file:///desk/a.txt'));
    assert.deepEqual(articlesOf(index, LAVROV), ['file:///desk/b.txt']);
    assert.deepEqual(index.findKeys('Zelensky'), [], 'named only in the deleted article');
    assert.equal(index.delete('file:///desk/a.txt'), false);
    assert.equal(index.stats().articles, 1);
  });

  it('a renamed article keeps its record under the new name', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk/a.txt', first);
    assert.ok(index.rename('file:///desk/a.txt', 'file:///desk/moved/a.txt'));
    assert.equal(index.get('file:///desk/a.txt'), undefined);
    assert.deepEqual(articlesOf(index, LAVROV), ['file:///desk/moved/a.txt']);
    assert.equal(index.stats().articles, 1);
  });

  it('keeps articles of two folders apart and drops a removed folder', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk-a/a.txt', first, { folder: 'file:///desk-a' });
    add(index, 'file:///desk-b/b.txt', second, { folder: 'file:///desk-b' });
    add(index, 'file:///desk-b/big.txt', first, { folder: 'file:///desk-b', maxBytes: 1000 });
    assert.deepEqual(articlesOf(index, LAVROV), ['file:///desk-a/a.txt', 'file:///desk-b/b.txt']);
    index.deleteFolder('file:///desk-b');
    assert.deepEqual(articlesOf(index, LAVROV), ['file:///desk-a/a.txt']);
    assert.deepEqual(index.stats(), { articles: 1, skipped: { tooLarge: 0, binary: 0, unreadable: 0, link: 0 } });
  });

  it('skips and counts a file over the size limit, a binary file and invalid UTF-8', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk/a.txt', first, { maxBytes: first.length - 1 });
    add(index, 'file:///desk/b.bin', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    add(index, 'file:///desk/c.txt', Uint8Array.from([0x41, 0xff, 0xfe, 0x41]));
    add(index, 'file:///desk/d.txt', second, { maxBytes: 0 });
    assert.deepEqual(index.stats(), { articles: 1, skipped: { tooLarge: 1, binary: 2, unreadable: 0, link: 0 } });
    assert.deepEqual(articlesOf(index, LAVROV), ['file:///desk/d.txt'], 'the large file is not indexed; 0 means no limit');
    add(index, 'file:///desk/a.txt', first);
    assert.deepEqual(index.stats().skipped.tooLarge, 0, 'indexed once it fits');
  });

  it('finds references by surname too: "Mr. Lavrov" alone in an article is the same person', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk/a.txt', first);
    add(index, 'file:///desk/c.txt', encode('Mr. Lavrov said on Monday that the talks would go on.\n'));
    assert.deepEqual(articlesOf(index, LAVROV), ['file:///desk/a.txt', 'file:///desk/c.txt']);
    assert.deepEqual(articlesOf(index, entityKey('person', 'Lavrov')), ['file:///desk/a.txt', 'file:///desk/c.txt']);
  });

  it('keeps mention spans and line positions without the text', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk/a.txt', first);
    const record = index.get('file:///desk/a.txt') as ArticleRecord;
    const text = first.toString('utf8');
    const at = text.indexOf('Mr. Lavrov') + 5;
    const hit = entityAt(record, at);
    assert.ok(hit);
    assert.equal(record.entities[hit.index].key, LAVROV);
    assert.equal(text.slice(hit.start, hit.end), 'Lavrov');
    const lines = text.split('\n');
    const position = positionOf(record, hit.start);
    assert.equal(lines[position.line].slice(position.character, position.character + 6), 'Lavrov');
    assert.equal(record.quotes.filter((q) => q.speaker === 'Jen Psaki').length, 5);
    assert.ok(record.quotes.every((q) => q.firstWords.length <= 71));
  });
});

describe('names', () => {
  it('normalises case, accents, periods and middle initials', () => {
    assert.equal(normaliseName('Antony J. Blinken'), 'antony blinken');
    assert.equal(normaliseName('ANTONY BLINKEN'), 'antony blinken');
    assert.equal(normaliseName('José Martí'), 'jose marti');
    assert.equal(normaliseName('U.S.'), 'u s');
  });
});

describe('summary version', () => {
  it('stays when an article is replaced by one with the same names and counts, moves otherwise', () => {
    const index = new WorkspaceIndex();
    add(index, 'file:///desk/b.txt', second);
    const before = index.summaryVersion;
    add(index, 'file:///desk/b.txt', encode(`Preface line.\n\n${second.toString('utf8')}`));
    assert.equal(index.summaryVersion, before, 'text moved, nothing else');
    assert.ok(index.version > 1);
    add(index, 'file:///desk/b.txt', encode(second.toString('utf8').replace('Ms. Psaki said.', 'Ms. Psaki said. Mr. Lavrov agreed.')));
    assert.notEqual(index.summaryVersion, before, 'one more mention of Lavrov');
  });
});
