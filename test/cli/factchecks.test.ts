/**
 * `newsmark factchecks FOLDER`: every format from a workspace folder's annotation files and their
 * articles; corrupt files and links leading outside the folder named on stderr and skipped (exit 1)
 * while the rest is still reported; file names kept inert; usage errors (exit 2).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFactCheck, serializeAnnotationFile, type FactCheckStatus } from '../../src/annotations';
import { assertOneLineError, cli, sampleText, scratch } from './run';

const QUOTE = 'urge Russia to take immediate steps to de-escalate';
const ORG_QUOTE = 'military-technical';
const ARTICLE = `---\nurl: https://news.example/2022/01/blinken-lavrov\ndate: 2022-01-18\n---\n\n${sampleText}`;

function factCheck(text: string, exact: string, status: FactCheckStatus, note = '') {
  const start = [...text.slice(0, text.indexOf(exact))].length;
  return createFactCheck({
    status,
    note,
    creator: 'Desk',
    kind: 'quote',
    now: '2026-01-05T10:00:00.000Z',
    target: { source: 'stories/talks.md', exact, prefix: '', suffix: '', start, end: start + [...exact].length },
  });
}

/** A workspace folder with one article and its annotation file, plus whatever `extra` adds. */
function workspace(name: string, extra: (folder: string) => void = () => {}): string {
  const folder = join(scratch, name);
  mkdirSync(join(folder, 'stories'), { recursive: true });
  mkdirSync(join(folder, '.newsmark', 'stories'), { recursive: true });
  writeFileSync(join(folder, 'stories', 'talks.md'), ARTICLE);
  const checks = [factCheck(ARTICLE, QUOTE, 'misleading', 'The transcript differs | see <b>notes</b>'), factCheck(ARTICLE, ORG_QUOTE, 'disputed')];
  writeFileSync(join(folder, '.newsmark', 'stories', 'talks.md.annotations.json'), serializeAnnotationFile(checks));
  extra(folder);
  return folder;
}

function factchecks(args: string[], cwd = scratch) {
  const r = spawnSync(process.execPath, [cli, 'factchecks', ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const good = workspace('good');

test('factchecks: a Markdown report by default, with line, speaker, status and note; exit 0', () => {
  const r = factchecks(['good']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^# Fact-check report\n/);
  assert.match(r.stdout, /2 fact checks — Disputed: 1, Misleading: 1\./);
  assert.match(r.stdout, /^## stories\/talks\.md$/m);
  assert.match(r.stdout, /^\| 16 \| quote \| urge Russia to take immediate steps to de-escalate \| Jen Psaki \| Misleading \| The transcript differs \\\| see \\<b\\>notes\\<\/b\\> \|/m);
});

test('factchecks --format csv and json: the same rows', () => {
  const csv = factchecks(['good', '--format', 'csv']);
  assert.equal(csv.status, 0, csv.stderr);
  const lines = csv.stdout.split('\r\n');
  assert.equal(lines[0], 'article,line,kind,text,speaker,status,note,sources,orphaned,creator,modified');
  assert.match(lines[1], /^stories\/talks\.md,16,quote,urge Russia to take immediate steps to de-escalate,Jen Psaki,misleading,/);
  const json = factchecks(['good', '--format=json']);
  assert.equal(json.status, 0, json.stderr);
  const report = JSON.parse(json.stdout) as { items: Array<Record<string, unknown>> };
  assert.equal(report.items.length, 2);
  assert.equal(report.items[0].speaker, 'Jen Psaki');
  assert.equal(report.items[0].articleUrl, 'https://news.example/2022/01/blinken-lavrov');
});

test('factchecks --format claimreview: schema.org JSON-LD with speaker, article, rating and organization', () => {
  const r = factchecks([good, '--format', 'claimreview', '--organization', 'Desk Checks', '--organization-url', 'https://checks.example/']);
  assert.equal(r.status, 0, r.stderr);
  const reviews = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  assert.equal(reviews.length, 2);
  for (const review of reviews) {
    assert.equal(review['@context'], 'https://schema.org');
    assert.equal(review['@type'], 'ClaimReview');
    assert.deepEqual(review.author, { '@type': 'Organization', name: 'Desk Checks', url: 'https://checks.example/' });
    assert.equal(review.datePublished, '2026-01-05');
  }
  assert.deepEqual(reviews[0].itemReviewed, {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Jen Psaki' },
    appearance: { '@type': 'CreativeWork', url: 'https://news.example/2022/01/blinken-lavrov' },
    datePublished: '2022-01-18',
  });
  assert.deepEqual(reviews[0].reviewRating, { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 });
  assert.deepEqual((reviews[1].itemReviewed as Record<string, unknown>).author, { '@type': 'Organization', name: 'Kremlin' });
  assert.doesNotMatch(r.stdout, /[<>]/, 'markup in a note is escaped for a <script> element');
});

test('a corrupt annotation file is named on one line and skipped; the rest is still reported; exit 1', () => {
  const name = `bad\u001b[31m\u202e.md${'.annotations.json'}`;
  workspace('corrupt', (folder) => {
    writeFileSync(join(folder, '.newsmark', 'stories', name), '{"version": 1, "items": [');
    writeFileSync(join(folder, '.newsmark', 'wrong.md.annotations.json'), JSON.stringify({ version: 1, '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [{ id: 'x' }] }));
  });
  for (const format of ['md', 'csv', 'json', 'claimreview']) {
    const r = factchecks(['corrupt', '--format', format]);
    assert.equal(r.status, 1, format);
    const warnings = r.stderr.trimEnd().split('\n');
    assert.equal(warnings.length, 2, r.stderr);
    assert.match(warnings[0], /^newsmark: corrupt\/\.newsmark\/stories\/bad\\u001b\[31m\\u202e\.md\.annotations\.json: is not valid JSON \([^\n]*\); skipped$/, format);
    assert.match(warnings[1], /^newsmark: corrupt\/\.newsmark\/wrong\.md\.annotations\.json: is invalid: wrong shape at items\[0\]\.type: expected "Annotation"; skipped$/);
    assert.doesNotMatch(r.stderr + r.stdout, /[\u001b\u202e]/, 'no control or bidi character reaches the terminal');
    assert.match(r.stdout, /urge Russia to take immediate steps/, `${format}: the good file is still reported`);
  }
});

test('links that lead outside FOLDER are not followed: named and skipped, exit 1', () => {
  const outside = join(scratch, 'outside');
  mkdirSync(join(outside, 'stories'), { recursive: true });
  writeFileSync(join(outside, 'secret.md.annotations.json'), serializeAnnotationFile([factCheck('Secret “classified words” here.', 'classified words', 'false')]));
  workspace('linked', (folder) => {
    symlinkSync(join(outside, 'secret.md.annotations.json'), join(folder, '.newsmark', 'secret.md.annotations.json'));
    symlinkSync(outside, join(folder, '.newsmark', 'elsewhere'));
    symlinkSync(join(folder, '.newsmark', 'stories'), join(folder, '.newsmark', 'again'));
    symlinkSync(join(folder, '.newsmark', 'stories', 'talks.md.annotations.json'), join(folder, '.newsmark', 'copy.md.annotations.json'));
  });
  const r = factchecks(['linked', '--format', 'json']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^newsmark: linked\/\.newsmark\/elsewhere: is a symbolic link that leads outside the folder; skipped$/m);
  assert.match(r.stderr, /^newsmark: linked\/\.newsmark\/secret\.md\.annotations\.json: is a symbolic link that leads outside the folder; skipped$/m);
  assert.match(r.stderr, /^newsmark: linked\/\.newsmark\/again: is a symbolic link to a folder, which is not followed; skipped$/m);
  assert.equal(r.stderr.trimEnd().split('\n').filter((l) => l.endsWith('; skipped')).length, 3, r.stderr);
  assert.match(r.stderr, /^newsmark: linked\/copy\.md: was not found; its fact checks are listed as orphaned$/m);
  assert.doesNotMatch(r.stdout, /classified/);
  const items = (JSON.parse(r.stdout) as { items: Array<{ article: string }> }).items;
  assert.deepEqual([...new Set(items.map((i) => i.article))].sort(), ['copy.md', 'stories/talks.md'], 'a link to a file inside the folder is read');

  // An article that is a link to outside: not read, its fact checks listed as orphaned.
  const articleLinked = workspace('article-linked');
  writeFileSync(join(outside, 'talks.md'), ARTICLE);
  rmSync(join(articleLinked, 'stories', 'talks.md'));
  symlinkSync(join(outside, 'talks.md'), join(articleLinked, 'stories', 'talks.md'));
  const a = factchecks(['article-linked', '--format', 'json']);
  assert.equal(a.status, 0, 'no annotation file was skipped');
  assert.match(a.stderr, /^newsmark: article-linked\/stories\/talks\.md: is a symbolic link that leads outside the folder; its fact checks are listed as orphaned$/m);
  assert.ok((JSON.parse(a.stdout) as { items: Array<{ orphaned: boolean }> }).items.every((i) => i.orphaned));
});

test('a .newsmark that is itself a link outside FOLDER is skipped', () => {
  const outside = join(scratch, 'outside-annotations');
  mkdirSync(outside, { recursive: true });
  const folder = join(scratch, 'linked-root');
  mkdirSync(folder, { recursive: true });
  symlinkSync(outside, join(folder, '.newsmark'));
  const r = factchecks(['linked-root']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^newsmark: linked-root\/\.newsmark: is a symbolic link that leads outside the folder; skipped\n$/);
});

test('--annotations-folder, a folder without fact checks, and usage errors', () => {
  workspace('custom', (folder) => {
    mkdirSync(join(folder, 'checks'), { recursive: true });
    writeFileSync(join(folder, 'checks', 'stories'), '');
  });
  const none = factchecks(['custom', '--annotations-folder', 'nowhere']);
  assert.equal(none.status, 0);
  assert.match(none.stderr, /^newsmark: custom\/nowhere: no such folder; no fact checks to report\n$/);
  assert.match(none.stdout, /^0 fact checks\.$/m);
  assertOneLineError(factchecks([]), /factchecks needs one FOLDER/, 2);
  assertOneLineError(factchecks(['good', 'custom']), /factchecks needs one FOLDER/, 2);
  assertOneLineError(factchecks(['good', '--format', 'sarif']), /--format must be md, csv, json or claimreview, not "sarif"/, 2);
  assertOneLineError(factchecks(['missing-folder']), /cannot read missing-folder: no such file/, 2);
  assertOneLineError(factchecks(['good', '--annotations-folder', '../elsewhere']), /--annotations-folder must be a folder inside FOLDER/, 2);
  assertOneLineError(factchecks([join('good', 'stories', 'talks.md')]), /not a folder/, 2);
  assertOneLineError(factchecks(['good', '--organization-url', 'javascript:alert(1)']), /--organization-url must be an http\(s\) address/, 2);
  assertOneLineError(factchecks(['good', '--article-base-url=ftp://news.example/']), /--article-base-url must be an http\(s\) address/, 2);
  assertOneLineError(factchecks(['good', '--organization', 'x', '--organization', 'y']), /--organization given more than once/, 2);
});
