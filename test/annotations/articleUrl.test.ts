// The article's address: a `url:` line of the front matter, else a base URL and the path. Only
// plain http(s) addresses pass; hostile or unclear values are ignored, never repaired.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleUrl, articleUrlFromBase, frontMatterUrl } from '../../src/annotations';

const fm = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\n# Talks stall\n`;

test('front matter: a plain url line, bare, quoted or with a comment', () => {
  assert.equal(frontMatterUrl(fm('title: Talks', 'url: https://news.example/2022/talks', 'date: 2022-01-21')), 'https://news.example/2022/talks');
  assert.equal(frontMatterUrl(fm('url: "https://news.example/a b"')), undefined, 'a space is not part of an address');
  assert.equal(frontMatterUrl(fm("url: 'https://news.example/a'")), 'https://news.example/a');
  assert.equal(frontMatterUrl(fm('url: https://news.example/a # canonical')), 'https://news.example/a');
  assert.equal(frontMatterUrl('\ufeff---\r\nurl: https://news.example/a\r\n...\r\nText'), 'https://news.example/a');
  assert.equal(frontMatterUrl(fm('url: https://News.Example')), 'https://news.example/');
});

test('front matter: nothing unless the article opens with a closed block holding one top-level url', () => {
  assert.equal(frontMatterUrl('Title\n---\nurl: https://news.example/a\n---\n'), undefined, 'not at the start');
  assert.equal(frontMatterUrl('---\nurl: https://news.example/a\n'), undefined, 'never closed');
  assert.equal(frontMatterUrl(fm('meta:', '  url: https://news.example/a')), undefined, 'nested key');
  assert.equal(frontMatterUrl(fm('url: https://news.example/a', 'url: https://news.example/b')), undefined, 'two urls');
  assert.equal(frontMatterUrl(fm('URL: https://news.example/a')), undefined, 'keys are case-sensitive');
  assert.equal(frontMatterUrl(fm(...Array.from({ length: 120 }, (_, i) => `k${i}: v`), 'url: https://news.example/a')), undefined, 'beyond the first 100 lines');
  assert.equal(frontMatterUrl(`---\nurl: https://news.example/a\n${'x'.repeat(20_000)}\n---\n`), undefined, 'beyond the first 16 KB');
});

test('front matter: hostile values are ignored', () => {
  for (const value of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'command:workbench.action.terminal.new',
    'https://user:secret@news.example/',
    'https://news.example/\u202egnp.exe',
    'https://news.example/\u200b',
    'https://news.ex\tample/',
    '"https://news.example/\\u0041"',
    '"https://news.example/" trailing',
    '//news.example/a',
    'https://',
    `https://news.example/${'a'.repeat(3000)}`,
  ]) {
    assert.equal(frontMatterUrl(fm(`url: ${value}`)), undefined, value);
  }
});

test('base URL: joined with the path, segments encoded, extension dropped', () => {
  assert.equal(articleUrlFromBase('https://news.example/stories/', '2022/talks.md'), 'https://news.example/stories/2022/talks');
  assert.equal(articleUrlFromBase('https://news.example/stories', 'a b/c#d?.txt'), 'https://news.example/stories/a%20b/c%23d%3F');
  assert.equal(articleUrlFromBase('https://news.example/', '../x.md'), undefined);
  assert.equal(articleUrlFromBase('javascript:alert(1)//', 'a.md'), undefined);
  assert.equal(articleUrlFromBase('https://news.example/?q=1', 'a.md'), undefined);
  assert.equal(articleUrlFromBase('', 'a.md'), undefined);
});

test('front matter wins over the base URL; without either the address is unknown', () => {
  assert.equal(articleUrl({ text: fm('url: https://own.example/a'), articlePath: 'a.md', baseUrl: 'https://base.example/' }), 'https://own.example/a');
  assert.equal(articleUrl({ text: 'Plain text', articlePath: 'a.md', baseUrl: 'https://base.example/' }), 'https://base.example/a');
  assert.equal(articleUrl({ text: 'Plain text', articlePath: 'a.md' }), undefined);
  assert.equal(articleUrl({ articlePath: 'a.md', baseUrl: 'https://base.example/' }), 'https://base.example/a');
});
