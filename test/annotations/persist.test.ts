import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createFactCheck,
  mergeFactChecks,
  readFactChecks,
  saveFactChecks,
  serializeAnnotationFile,
  updateFactCheck,
  type AnnotationFs,
  type FactCheck,
  type FileContent,
} from '../../src/annotations';

type Fault = 'ENOSPC: no space left on device' | 'EACCES: permission denied';

/** An in-memory file system that can fail writes or renames on demand. */
class MemoryFs implements AnnotationFs<string> {
  readonly files = new Map<string, string>();
  failWrite?: Fault;
  failRename?: Fault;
  private counter = 0;

  async read(file: string): Promise<FileContent> {
    const text = this.files.get(file);
    return text === undefined ? { kind: 'missing' } : { kind: 'text', text };
  }
  async createParent(): Promise<void> {}
  async writeFile(file: string, content: string): Promise<void> {
    if (this.failWrite) {
      // A full disk typically leaves a truncated file behind.
      this.files.set(file, content.slice(0, 10));
      throw new Error(this.failWrite);
    }
    this.files.set(file, content);
  }
  async rename(from: string, to: string): Promise<void> {
    if (this.failRename) throw new Error(this.failRename);
    const content = this.files.get(from);
    if (content === undefined) throw new Error('ENOENT');
    this.files.set(to, content);
    this.files.delete(from);
  }
  async delete(file: string): Promise<void> {
    this.files.delete(file);
  }
  temporaryFor(file: string): string {
    return `${file}.${++this.counter}.tmp`;
  }
}

const FILE = '.newsmark/a.txt.annotations.json';
let ids = 0;
function check(note = '', now = '2026-01-05T10:00:00.000Z'): FactCheck {
  const n = ++ids;
  return createFactCheck({
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    now,
    status: 'unverified',
    note,
    creator: 'a',
    kind: 'claim',
    target: { source: 'a.txt', exact: `claim ${n}`, prefix: '', suffix: '', start: n * 10, end: n * 10 + 7 },
  });
}

test('a save writes the merged file and leaves no temporary file', async () => {
  const fs = new MemoryFs();
  const outcome = await saveFactChecks(fs, FILE, [], [check()]);
  assert.equal(outcome.kind, 'saved');
  assert.deepEqual([...fs.files.keys()], [FILE]);
  const read = await readFactChecks(fs, FILE);
  assert.equal(read.kind === 'ok' && read.items.length, 1);
});

test('nothing to save and no file: no empty file is created; same content: no write', async () => {
  const fs = new MemoryFs();
  assert.deepEqual(await saveFactChecks(fs, FILE, [], []), { kind: 'saved', merged: [], written: false });
  assert.equal(fs.files.size, 0);
  const one = [check()];
  await saveFactChecks(fs, FILE, [], one);
  const again = await saveFactChecks(fs, FILE, one, one);
  assert.equal(again.kind === 'saved' && again.written, false);
});

for (const [where, fault] of [
  ['write', 'ENOSPC: no space left on device'],
  ['write', 'EACCES: permission denied'],
  ['rename', 'ENOSPC: no space left on device'],
  ['rename', 'EACCES: permission denied'],
] as const) {
  test(`a failed ${where} (${fault.split(':')[0]}) leaves the previous file intact and says why`, async () => {
    const fs = new MemoryFs();
    const first = [check('first')];
    await saveFactChecks(fs, FILE, [], first);
    const before = fs.files.get(FILE);
    if (where === 'write') fs.failWrite = fault;
    else fs.failRename = fault;
    const outcome = await saveFactChecks(fs, FILE, first, [...first, check('second')]);
    assert.deepEqual(outcome, { kind: 'failed', message: fault });
    assert.equal(fs.files.get(FILE), before);
    assert.deepEqual([...fs.files.keys()], [FILE], 'no temporary file left behind');
  });
}

test('a file that does not parse is never overwritten', async () => {
  for (const broken of ['{"items": [', JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', version: 9, items: [] }), '{"version": 1, "items": {}}']) {
    const fs = new MemoryFs();
    fs.files.set(FILE, broken);
    const outcome = await saveFactChecks(fs, FILE, [], [check()]);
    assert.equal(outcome.kind, 'invalid');
    assert.equal(fs.files.get(FILE), broken);
  }
  const fs = new MemoryFs();
  fs.files.set(FILE, '{"version": 2}');
  const read = await readFactChecks(fs, FILE);
  assert.deepEqual(read, { kind: 'invalid', message: 'is invalid: unknown version 2 (written by a newer Newsmark); this Newsmark reads version 1' });
});

test('a byte-order mark is accepted', async () => {
  const fs = new MemoryFs();
  fs.files.set(FILE, `\ufeff${serializeAnnotationFile([check()])}`);
  const read = await readFactChecks(fs, FILE);
  assert.equal(read.kind, 'ok');
});

/** One editor window: what it last read (base) and its current state. */
interface Window {
  base: FactCheck[];
  items: FactCheck[];
}

const action = fc.record({ window: fc.constantFrom(0 as const, 1 as const), op: fc.constantFrom('add' as const, 'edit' as const, 'delete' as const, 'save' as const, 'reload' as const), pick: fc.nat() });

test('property: two windows editing the same article never lose each other’s entries', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { maxLength: 30 }), async (actions) => {
      const fs = new MemoryFs();
      const windows: Window[] = [
        { base: [], items: [] },
        { base: [], items: [] },
      ];
      let clock = Date.parse('2026-01-05T10:00:00.000Z');
      const added = new Set<string>();
      const deleted = new Set<string>();
      const lastNote = new Map<string, string>();
      for (const { window, op, pick } of actions) {
        const w = windows[window];
        clock += 1000;
        const now = new Date(clock).toISOString();
        if (op === 'add') {
          const c = check(`w${window}`, now);
          w.items = [...w.items, c];
          added.add(c.id);
        } else if (op === 'edit' && w.items.length > 0) {
          const target = w.items[pick % w.items.length];
          const note = `edit ${clock}`;
          w.items = w.items.map((c) => (c.id === target.id ? updateFactCheck(c, { note }, now) : c));
          lastNote.set(target.id, note);
        } else if (op === 'delete' && w.items.length > 0) {
          const target = w.items[pick % w.items.length];
          w.items = w.items.filter((c) => c.id !== target.id);
          deleted.add(target.id);
        } else if (op === 'save') {
          const outcome = await saveFactChecks(fs, FILE, w.base, w.items);
          assert.equal(outcome.kind, 'saved');
          if (outcome.kind === 'saved') {
            const ours = w.items;
            w.base = outcome.merged;
            w.items = mergeFactChecks(ours, w.items, outcome.merged);
          }
        } else if (op === 'reload') {
          const read = await readFactChecks(fs, FILE);
          assert.equal(read.kind, 'ok');
          if (read.kind === 'ok') {
            w.items = mergeFactChecks(w.base, w.items, read.items);
            w.base = read.items;
          }
        }
      }
      // Both windows save in turn; then the file holds every entry that nobody deleted.
      for (const w of [...windows, ...windows]) {
        const outcome = await saveFactChecks(fs, FILE, w.base, w.items);
        if (outcome.kind === 'saved') {
          w.base = outcome.merged;
          w.items = outcome.merged;
        }
      }
      const final = await readFactChecks(fs, FILE);
      assert.equal(final.kind, 'ok');
      if (final.kind !== 'ok') return;
      const inFile = new Set(final.items.map((c) => c.id));
      for (const id of added) if (!deleted.has(id)) assert.ok(inFile.has(id), `entry ${id} lost`);
      for (const c of final.items) {
        // Nothing is invented, and an entry keeps a note someone actually wrote.
        assert.ok(added.has(c.id));
        if (lastNote.has(c.id)) assert.match(c.note, /^edit /);
      }
    }),
    { numRuns: 300 },
  );
});
