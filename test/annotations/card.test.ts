import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFactCheck, renderFactCheckCard } from '../../src/annotations';

const commands = { change: 'newsmark.setFactCheckStatus', addSource: 'newsmark.addFactCheckSource', remove: 'newsmark.removeFactCheck' };

function card(note: string, creator = 'Dana', sources: string[] = []): string {
  const check = createFactCheck({
    id: 'urn:uuid:6f1c0e52-4a59-4c3e-9d0a-2b7f3c1d9e01',
    now: '2026-01-05T10:00:00.000Z',
    status: 'misleading',
    note,
    sources,
    creator,
    kind: 'quote',
    target: { source: 'a.md', exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
  });
  return renderFactCheckCard(check, { args: [{ uri: 'file:///a.md', id: check.id }], commands });
}

test('the card shows status, note, sources, author and date, with our command links', () => {
  const md = card('Numbers are from 2019.', 'Dana', ['https://example.org/report']);
  assert.match(md, /^\*\*Fact check\*\* · Misleading/);
  assert.match(md, /Note: Numbers are from 2019\\\./);
  assert.match(md, /Sources: \[https\\:\\\/\\\/example\\\.org\\\/report\]\(https:\/\/example\.org\/report\)/);
  assert.match(md, /Quote checked by Dana · 2026\\-01\\-05/);
  assert.match(md, /\[Change status…\]\(command:newsmark\.setFactCheckStatus\?%5B%7B%22uri%22/);
  assert.match(md, /\[Remove\]\(command:newsmark\.removeFactCheck\?/);
});

test('hostile notes and names are literal text: no links, HTML, code or commands', () => {
  const hostile = '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> `code` javascript:alert(1) **bold**\nsecond line';
  const md = card(hostile, '[me](https://evil.example)');
  const commandLinks = md.match(/\]\(command:/g) ?? [];
  assert.equal(commandLinks.length, 3);
  assert.ok(!md.includes('](command:workbench'));
  // Every markup character from the note is escaped.
  assert.ok(md.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'));
  assert.ok(md.includes('\\`code\\`'));
  assert.ok(md.includes('\\*\\*bold\\*\\*'));
  assert.doesNotMatch(md, /(^|[^\\])[<`]/);
  assert.ok(!md.includes('](https://evil'));
  assert.ok(!md.includes('\nsecond line'));
});

test('a source URL with parentheses or quotes cannot break out of its link', () => {
  const md = card('', 'Dana', ['https://example.org/a_(b)"c']);
  assert.match(md, /\(https:\/\/example\.org\/a_%28b%29%22c\)/);
});
