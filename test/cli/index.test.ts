/** `newsmark index DIR…`: people across the articles of folders, as text and JSON, skipped files counted. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOneLineError, root, run, scratch } from './run';

const seeds = join(root, 'seeds');

test('index DIR prints people with their articles and quotes', async () => {
  const r = await run(['index', seeds]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^2 articles; skipped: 0 too large, 0 binary, 0 unreadable$/m);
  assert.match(r.stdout, /^ {2}Jen Psaki — 2 articles, 6 quotes$/m);
  assert.match(r.stdout, /^ {2}Sergey V\. Lavrov — 2 articles, 3 quotes$/m);
  assert.match(r.stdout, /^ {4}seeds\/001_geneva_talks\.txt: 2 mentions, 1 quote$/m);
  assert.match(r.stdout, /^ {6}\d+: “Diplomacy is still the preferred path, and the…”$/m);
  // People named in both articles come first.
  assert.ok(r.stdout.indexOf('Antony J. Blinken') < r.stdout.indexOf('Volodymyr Zelensky'));
});

test('index --json gives the same index as data', async () => {
  const r = await run(['index', '--json', seeds]);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.articles, 2);
  const lavrov = result.people.find((p: { name: string }) => p.name === 'Sergey V. Lavrov');
  assert.equal(lavrov.articleCount, 2);
  assert.deepEqual(lavrov.articles.map((a: { file: string }) => a.file), ['seeds/000_e8a961f6e006cecf.txt', 'seeds/001_geneva_talks.txt']);
  const quote = lavrov.articles[1].quotes[0];
  const line = readFileSync(join(seeds, '001_geneva_talks.txt'), 'utf8').split('\n')[quote.line - 1];
  assert.ok(line.includes('constructive and useful'), line);
});

test('index skips and counts files over the limit and binary files, in nested folders', async () => {
  const desk = join(scratch, 'index-desk');
  mkdirSync(join(desk, 'politics'), { recursive: true });
  mkdirSync(join(desk, 'node_modules'), { recursive: true });
  writeFileSync(join(desk, 'politics', 'mayor.md'), 'Ann Okafor, the mayor, spoke on Monday.\n\n“Taxes will fall next year,” Ms. Okafor said.\n');
  writeFileSync(join(desk, 'big.txt'), `Ann Okafor spoke.\n${'x'.repeat(2 * 1024 * 1024)}`);
  writeFileSync(join(desk, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(join(desk, 'node_modules', 'readme.md'), 'Mr. Lavrov said nothing.\n');
  const r = await run(['index', '--json', '--max-file-mb', '1', desk]);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.articles, 1);
  assert.deepEqual(result.skipped, { tooLarge: 1, binary: 1, unreadable: 0, link: 0 });
  assert.deepEqual(result.people.map((p: { name: string }) => p.name), ['Ann Okafor']);
  assert.equal(result.people[0].quoteCount, 1);
});

test('index without folders, or with a missing one, is a one-line error', async () => {
  assertOneLineError(await run(['index']), /index needs DIR/, 2);
  assertOneLineError(await run(['index', join(scratch, 'no-such-folder')]), /cannot read .*no such file/);
});
