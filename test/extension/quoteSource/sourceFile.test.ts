// Source files for checking quotes are read only inside the workspace folder, through no symbolic
// link, within the size limit and only as UTF-8 text; stored passage paths lead back only into
// the folder. Real modules, with the in-memory workspace of fakeWorkspace.ts.
import '../fakeVscode';
import { disk, FOLDER, setSetting, Uri } from '../fakeWorkspace';
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filesBelow, readSourceText, sourcePathIn, sourceUriIn } from '../../../src/extension/quoteSource/sourceFile';

const TRANSCRIPT = "MS. PSAKI: There's a diplomatic path forward.\n";
const bytes = (text: string) => new TextEncoder().encode(text);

describe('source files', () => {
  beforeEach(() => {
    disk.reset();
    disk.addFolder('/desk/transcripts');
    disk.addFolder('/elsewhere');
    disk.files.set('/desk/transcripts/briefing.txt', bytes(TRANSCRIPT));
    disk.files.set('/elsewhere/secret.txt', bytes('not for Newsmark'));
    setSetting('newsmark.maxFileSizeMB', 5);
  });

  it('reads a text file of the workspace folder', async () => {
    assert.deepEqual(await readSourceText(Uri.file('/desk/transcripts/briefing.txt') as never), { kind: 'text', text: TRANSCRIPT });
  });

  it('refuses a file outside the workspace folder', async () => {
    const read = await readSourceText(Uri.file('/elsewhere/secret.txt') as never);
    assert.equal(read.kind, 'refused');
    assert.match(read.kind === 'refused' ? read.reason : '', /not inside a workspace folder/);
  });

  it('refuses a file reached through a symbolic link, even one leading outside', async () => {
    disk.links.set('/desk/linked', '/elsewhere');
    const read = await readSourceText(Uri.file('/desk/linked/secret.txt') as never);
    assert.equal(read.kind, 'refused');
    assert.match(read.kind === 'refused' ? read.reason : '', /symbolic link/);
  });

  it('refuses a file over newsmark.maxFileSizeMB, and reads it when the limit is 0', async () => {
    disk.files.set('/desk/transcripts/huge.txt', bytes('word '.repeat(300_000)));
    setSetting('newsmark.maxFileSizeMB', 1);
    const read = await readSourceText(Uri.file('/desk/transcripts/huge.txt') as never);
    assert.match(read.kind === 'refused' ? read.reason : '', /larger than the 1 MB limit/);
    setSetting('newsmark.maxFileSizeMB', 0);
    assert.equal((await readSourceText(Uri.file('/desk/transcripts/huge.txt') as never)).kind, 'text');
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    disk.files.set('/desk/transcripts/audio.mp3', new Uint8Array([0xff, 0xfb, 0x90, 0x00]));
    disk.files.set('/desk/transcripts/nul.txt', bytes('a\u0000b'));
    for (const name of ['audio.mp3', 'nul.txt']) {
      const read = await readSourceText(Uri.file(`/desk/transcripts/${name}`) as never);
      assert.match(read.kind === 'refused' ? read.reason : '', /not UTF-8 text/, name);
    }
  });

  it('stores paths relative to the folder, and turns stored paths back only into files of the folder', () => {
    assert.equal(sourcePathIn(FOLDER as never, Uri.file('/desk/transcripts/briefing.txt') as never), 'transcripts/briefing.txt');
    assert.equal(sourcePathIn(FOLDER as never, Uri.file('/elsewhere/secret.txt') as never), undefined);
    assert.equal(sourcePathIn(FOLDER as never, Uri.file('/desk/../elsewhere/secret.txt') as never), undefined);
    assert.equal(sourceUriIn(FOLDER as never, 'transcripts/briefing.txt')?.toString(), 'file:///desk/transcripts/briefing.txt');
    for (const hostile of ['../elsewhere/secret.txt', '/elsewhere/secret.txt', 'transcripts/../../elsewhere/secret.txt', 'C:/x.txt', 'file:///elsewhere/secret.txt']) {
      assert.equal(sourceUriIn(FOLDER as never, hostile), undefined, hostile);
    }
  });

  it('lists the files below a folder without following links or entering dot folders', async () => {
    disk.addFolder('/desk/transcripts/.hidden');
    disk.files.set('/desk/transcripts/.hidden/x.txt', bytes('x'));
    disk.links.set('/desk/transcripts/out', '/elsewhere');
    const listed = await filesBelow(Uri.file('/desk/transcripts') as never);
    assert.deepEqual(listed.files.map((u) => u.path), ['/desk/transcripts/briefing.txt']);
  });
});
