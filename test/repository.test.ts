// The project stands alone: a bare clone with nothing beside it must build, test and run. These
// checks read the sources of src/, test/ and scripts/ for paths that reach outside the project
// folder (only the accuracy and benchmark tools in bench/ may read the gold data kept beside it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Bundled to out/test/repository.test.js.
const root = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (/\.(ts|mts|mjs|js|sh)$/.test(name)) found.push(path);
  }
  return found;
}

// The folder beside a developer's clone that holds the gold data and copies of the seeds, spelled
// in pieces so that this file does not name it: `<dot><dot>/<name>` or `<name>/eval`, `<name>/seeds`.
const SIBLING = ['sha', 'red'].join('');
const BESIDE_THE_PROJECT = new RegExp(String.raw`\.\./${SIBLING}\b|['"\x60/]${SIBLING}/(eval|seeds)\b`);

test('no source, test or script names a path beside the project folder', () => {
  const offenders: string[] = [];
  for (const folder of ['src', 'test', 'scripts']) {
    for (const file of sourceFiles(join(root, folder))) {
      const text = readFileSync(file, 'utf8');
      text.split('\n').forEach((line, index) => {
        if (BESIDE_THE_PROJECT.test(line)) offenders.push(`${relative(root, file)}:${index + 1}`);
      });
    }
  }
  assert.deepEqual(offenders, []);
});

test('the sample article the tests read is in seeds/', () => {
  assert.ok(statSync(join(root, 'seeds/000_e8a961f6e006cecf.txt')).size > 1000);
});
