// Per-file switches for any file name, `__proto__`, `constructor` and `hasOwnProperty` included,
// with settings that behave as VS Code's do: values go through JSON into settings.json and are
// copied by assignment when read (VS Code's deepClone), which drops a `__proto__` key.
import { fakeVscode } from './fakeVscode';
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FileToggles } from '../../src/extension/fileToggles';

const FOLDER = { uri: { scheme: 'file', authority: '', path: '/desk', toString: () => 'file:///desk' }, name: 'desk', index: 0 };

function copyLikeVscode(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = Array.isArray(value) ? ([] as never) : {};
  for (const [key, entry] of Object.entries(value)) result[key] = copyLikeVscode(entry);
  return result;
}

let folderSettings: unknown;
const settings = {
  get: (key: string) => (key === 'files' ? copyLikeVscode(folderSettings) : undefined),
  inspect: (key: string) => (key === 'files' ? { workspaceFolderValue: copyLikeVscode(folderSettings) } : undefined),
  update: async (key: string, value: unknown) => {
    if (key === 'files') folderSettings = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  },
};
Object.assign(fakeVscode.workspace, { getConfiguration: () => settings, getWorkspaceFolder: () => FOLDER, isTrusted: true });

function documentAt(name: string) {
  const uri = { scheme: 'file', authority: '', path: `/desk/${name}`, toString: () => `file:///desk/${name}` };
  return { uri, isUntitled: false } as never;
}

describe('FileToggles', () => {
  const warnings: string[] = [];
  const toggles = new FileToggles({ warn: (message: string) => warnings.push(message) } as never);
  beforeEach(() => {
    folderSettings = undefined;
  });

  for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'notes/__proto__', 'article.txt']) {
    it(`switches ${name} off and on again, and only it`, async () => {
      assert.equal(toggles.get(documentAt(name)), undefined);
      await toggles.set(documentAt(name), false);
      assert.equal(toggles.get(documentAt(name)), false, JSON.stringify(folderSettings));
      assert.equal(toggles.get(documentAt('other.txt')), undefined);
      await toggles.set(documentAt('other.txt'), true);
      await toggles.set(documentAt(name), true);
      assert.equal(toggles.get(documentAt(name)), true, JSON.stringify(folderSettings));
      assert.equal(toggles.get(documentAt('other.txt')), true);
      await toggles.set(documentAt(name), undefined);
      assert.equal(toggles.get(documentAt(name)), undefined);
      assert.deepEqual(Object.keys(folderSettings as object), ['other.txt']);
      assert.deepEqual(warnings, []);
    });
  }

  it('reads only switches the settings hold: nothing inherited counts', () => {
    folderSettings = JSON.parse('{"a.txt": "yes", "__proto__": {"b.txt": true}}');
    assert.equal(toggles.get(documentAt('a.txt')), undefined);
    assert.equal(toggles.get(documentAt('b.txt')), undefined);
  });
});
