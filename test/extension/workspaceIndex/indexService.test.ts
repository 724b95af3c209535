// The workspace index in the extension, over the in-memory disk of the stand-in workspace: the
// background scan indexes the articles the settings admit, skips and counts a file over the size
// limit, a binary file and an unreadable one, leaves out excluded files, and never shows a message.
import { fakeVscode } from '../fakeVscode';
import { disk, setSetting, shown, Uri } from '../fakeWorkspace';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndexService } from '../../../src/extension/workspaceIndex/indexService';
import type { AnalysisService } from '../../../src/extension/analysis/analysisService';

const seeds = join(__dirname, '../../../../seeds');
const noDisposable = { dispose(): void {} };
const log = { info() {}, warn() {}, error() {}, debug() {}, trace() {} };
const analysis = {
  onDidUpdate: () => noDisposable,
  get: () => undefined,
  isAnnotated: () => false,
  state: () => undefined,
  fileSwitch: () => undefined,
} as unknown as AnalysisService;

/** VS Code's glob match, as far as these tests' patterns go: `**` then `/*.ext`. */
function globMatch(pattern: string, path: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*\*/g, '.*').replace(/\*/g, '[^/]*');
  return new RegExp(`^/?${source}$`).test(path);
}

Object.assign(fakeVscode.languages, {
  match: (selector: { pattern: string }, document: { uri: Uri }) => (globMatch(selector.pattern, document.uri.path.replace(/^\/desk\//, '')) ? 10 : 0),
});
/** The files of the folder as a search that follows links finds them (VS Code's default). */
function filesUnderDesk(): string[] {
  const found = [...disk.files.keys()].filter((path) => path.startsWith('/desk/'));
  for (const [link, target] of disk.links) {
    if (!link.startsWith('/desk/')) continue;
    if (disk.files.has(target)) found.push(link);
    for (const path of disk.files.keys()) if (path.startsWith(`${target}/`)) found.push(link + path.slice(target.length));
  }
  return found;
}
Object.assign(fakeVscode.workspace, {
  findFiles: async () => filesUnderDesk().map((path) => Uri.file(path)),
});

async function settled(service: IndexService, done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(done(), JSON.stringify(service.index.stats()));
}

describe('IndexService', () => {
  it('indexes the admitted articles of the folder and counts the files it skips', async () => {
    disk.reset();
    disk.addFolder('/desk/politics');
    disk.addFolder('/desk/node_modules/pkg');
    disk.files.set('/desk/000.txt', readFileSync(join(seeds, '000_e8a961f6e006cecf.txt')));
    disk.files.set('/desk/politics/001.md', readFileSync(join(seeds, '001_geneva_talks.txt')));
    disk.files.set('/desk/photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    disk.files.set('/desk/huge.txt', new TextEncoder().encode(`Mr. Lavrov spoke.\n${'x'.repeat(30_000)}`));
    disk.files.set('/desk/node_modules/pkg/readme.md', new TextEncoder().encode('Mr. Lavrov said nothing.\n'));
    disk.files.set('/desk/notes.json', new TextEncoder().encode('{"Mr. Lavrov": 1}'));
    setSetting('newsmark.include', ['**/*.txt', '**/*.md']);
    setSetting('newsmark.exclude', ['**/node_modules/**']);
    setSetting('newsmark.maxFileSizeMB', 0.02);
    shown.messages.length = 0;
    const service = new IndexService(analysis, log as never);
    try {
      await settled(service, () => service.index.stats().articles === 2 && service.index.stats().skipped.tooLarge === 1);
      assert.deepEqual(service.index.stats(), { articles: 2, skipped: { tooLarge: 1, binary: 1, unreadable: 0, link: 0 } });
      const lavrov = service.index.findKeys('Lavrov');
      assert.equal(lavrov.length, 1);
      assert.deepEqual(service.index.references(lavrov[0]).map((o) => o.record.uri).sort(), ['file:///desk/000.txt', 'file:///desk/politics/001.md']);
      assert.equal(shown.messages.length, 0, 'no notification');
    } finally {
      service.dispose();
      setSetting('newsmark.maxFileSizeMB', 5);
    }
  });

  it('does not read what a symbolic link of a cloned repository points to, and counts it', async () => {
    disk.reset();
    disk.addFolder('/desk');
    disk.addFolder('/home/user/private');
    disk.files.set('/desk/000.txt', readFileSync(join(seeds, '000_e8a961f6e006cecf.txt')));
    disk.files.set('/home/user/private/diary.txt', new TextEncoder().encode('Mr. Quennell said he would resign on Friday.\n'));
    disk.files.set('/home/user/notes.txt', new TextEncoder().encode('Ms. Ottoline Marsh said nothing.\n'));
    disk.links.set('/desk/linked', '/home/user/private');
    disk.links.set('/desk/notes.txt', '/home/user/notes.txt');
    setSetting('newsmark.include', ['**/*.txt']);
    setSetting('newsmark.exclude', []);
    const service = new IndexService(analysis, log as never);
    try {
      await settled(service, () => service.index.stats().articles === 1 && service.index.stats().skipped.link === 2);
      assert.deepEqual(service.index.findKeys('Quennell'), []);
      assert.deepEqual(service.index.findKeys('Marsh'), []);
      assert.equal(service.index.findKeys('Lavrov').length, 1);
      assert.equal(shown.messages.length, 0, 'no notification');
    } finally {
      service.dispose();
    }
  });
});
