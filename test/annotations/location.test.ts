import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationFilePath, articlePathOf, normalizeAnnotationsFolder, relativeArticlePath } from '../../src/annotations';

test('the annotations folder setting must stay inside the workspace folder', () => {
  assert.equal(normalizeAnnotationsFolder('.newsmark'), '.newsmark');
  assert.equal(normalizeAnnotationsFolder(' ./notes\\fact-checks/ '), 'notes/fact-checks');
  for (const bad of ['', '  ', '/etc', '..', 'a/../../b', 'C:\\x', 'c:/x', '\\\\server\\share', 42, undefined]) {
    assert.equal(normalizeAnnotationsFolder(bad), undefined, String(bad));
  }
});

test('annotation files mirror the article path and map back', () => {
  assert.equal(relativeArticlePath('/ws', '/ws/news/a.md'), 'news/a.md');
  assert.equal(relativeArticlePath('/ws/', '/ws/news/a.md'), 'news/a.md');
  assert.equal(relativeArticlePath('/ws', '/wsx/a.md'), undefined);
  assert.equal(annotationFilePath('.newsmark', 'news/a.md'), '.newsmark/news/a.md.annotations.json');
  assert.equal(annotationFilePath('.newsmark', '.newsmark/news/a.md.annotations.json'), undefined);
  assert.equal(articlePathOf('.newsmark', '.newsmark/news/a.md.annotations.json'), 'news/a.md');
  assert.equal(articlePathOf('.newsmark', 'other/a.md.annotations.json'), undefined);
});
