import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideInclusion, looksBinary, type InclusionInput } from '../../../src/extension/analysis/inclusion';

const MB = 1024 * 1024;
const base: InclusionInput = {
  languageMatches: true,
  includeMatches: false,
  excludeMatches: false,
  fileOverride: undefined,
  sizeChars: 5000,
  limitMB: 5,
  sizeOverride: false,
  binary: false,
};

describe('decideInclusion', () => {
  it('annotates plain text and Markdown by language or by glob', () => {
    assert.equal(decideInclusion(base).kind, 'annotate');
    assert.equal(decideInclusion({ ...base, languageMatches: false, includeMatches: true }).kind, 'annotate');
    assert.equal(decideInclusion({ ...base, languageMatches: false }).kind, 'notIncluded');
  });

  it('lets exclude win over include, and the per-file toggle win over both', () => {
    assert.equal(decideInclusion({ ...base, includeMatches: true, excludeMatches: true }).kind, 'notIncluded');
    assert.equal(decideInclusion({ ...base, excludeMatches: true, fileOverride: true }).kind, 'annotate');
    assert.equal(decideInclusion({ ...base, fileOverride: false }).kind, 'off');
    assert.equal(decideInclusion({ ...base, languageMatches: false, fileOverride: true }).kind, 'annotate');
  });

  it('skips large files with their size and the limit, unless asked to annotate anyway', () => {
    const verdict = decideInclusion({ ...base, sizeChars: 12 * MB });
    assert.deepEqual(verdict, { kind: 'tooLarge', sizeMB: 12, limitMB: 5 });
    assert.equal(decideInclusion({ ...base, sizeChars: 12 * MB, sizeOverride: true }).kind, 'annotate');
    assert.equal(decideInclusion({ ...base, sizeChars: 5 * MB }).kind, 'annotate');
    assert.equal(decideInclusion({ ...base, sizeChars: 500 * MB, limitMB: 0 }).kind, 'annotate');
  });

  it('skips binary-looking files even when forced on, and turned-off files before anything else', () => {
    assert.equal(decideInclusion({ ...base, binary: true }).kind, 'binary');
    assert.equal(decideInclusion({ ...base, binary: true, fileOverride: true }).kind, 'binary');
    assert.equal(decideInclusion({ ...base, binary: true, fileOverride: false }).kind, 'off');
    assert.equal(decideInclusion({ ...base, languageMatches: false, binary: true }).kind, 'notIncluded');
  });
});

describe('looksBinary', () => {
  it('accepts article text in any script, with tabs and CRLF', () => {
    assert.equal(looksBinary('KYIV, Ukraine — “We’re here,” she said.\r\n\tNext paragraph. Привет 你好 مرحبا 👋🏽'), false);
    assert.equal(looksBinary(''), false);
  });

  it('flags NUL bytes and text full of control or replacement characters', () => {
    assert.equal(looksBinary('PK\u0003\u0004\u0000\u0000'), true);
    assert.equal(looksBinary('abc\u0000def'), true);
    assert.equal(looksBinary('\ufffd\ufffd\ufffdPNG\ufffd\ufffd'.repeat(10)), true);
    assert.equal(looksBinary('An ordinary paragraph with a stray control character \u0001 in it.'), false);
  });
});
