/** `newsmark quotes ARTICLE --against …`: each quote of the sample article against a transcript written here. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extractor';
import { assertOneLineError, run, sample, sampleText, scratch } from './run';

const quotes = extract(sampleText).quotes.filter((q) => q.end - q.start > 40).map((q) => ({ ...q, text: sampleText.slice(q.start, q.end) }));
const folder = join(scratch, 'transcripts');
mkdirSync(folder, { recursive: true });
// One quote as said, one with a word changed; the others were never said in this transcript.
const verbatim = quotes[0];
const altered = quotes[1];
const words = altered.text.split(' ');
const changedAt = Math.floor(words.length / 2);
const said = [...words.slice(0, changedAt), 'certainly', ...words.slice(changedAt + 1)].join(' ');
writeFileSync(join(folder, 'briefing.txt'), `PRESS BRIEFING\n\nQ: Any comment?\n\nMS. PSAKI: ${verbatim.text.replace(/^[“"]|[”"]$/g, '')} Thank you.\n\nQ: And the talks?\n\nMS. PSAKI: ${said.replace(/^[“"]|[”"]$/g, '')}\n`);
writeFileSync(join(folder, 'notes.md'), '# Notes\n\nNothing said here.\n');

test('quotes checks every quote against a folder of transcripts: verbatim, altered with the words that differ, not found', async () => {
  const r = await run(['quotes', sample, '--against', folder]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  const line = (q: { start: number }) => sampleText.slice(0, q.start).split('\n').length;
  assert.ok(lines.some((l) => l.includes(`:${line(verbatim)}:`) && / verbatim — .*briefing\.txt:5: /.test(l)), r.stdout);
  assert.ok(lines.some((l) => l.includes(`:${line(altered)}:`) && / altered \(1 word differs\) — .*briefing\.txt:9: /.test(l)), r.stdout);
  assert.ok(lines.some((l) => l.includes('→ "certainly"')), r.stdout);
  assert.match(lines[lines.length - 1], /^\d+ quotes: 1 verbatim, 1 altered, \d+ not found$/);
});

test('quotes --json gives each verdict as data, and exits 0 when every quote is verbatim', async () => {
  const r = await run(['quotes', sample, '--against', join(folder, 'briefing.txt'), '--json']);
  const verdicts = JSON.parse(r.stdout) as Array<{ verdict: string; differingWords?: number; source?: string }>;
  assert.deepEqual(verdicts.map((v) => v.verdict).filter((v) => v !== 'notFound'), ['verbatim', 'altered']);
  assert.equal(r.status, 1);
  assert.equal(verdicts.find((v) => v.verdict === 'altered')?.differingWords, 1);
  const single = join(scratch, 'one-quote.txt');
  writeFileSync(single, `Ann Okafor, the mayor, spoke on Monday.\n\n“Taxes will fall next year,” Ms. Okafor said.\n`);
  const transcript = join(scratch, 'one-quote-transcript.txt');
  writeFileSync(transcript, 'MAYOR OKAFOR: Taxes will fall next year. That is my promise.\n');
  const all = await run(['quotes', single, '--against', transcript]);
  assert.equal(all.status, 0, all.stdout + all.stderr);
  assert.match(all.stdout, /^1 quote: 1 verbatim, 0 altered, 0 not found$/m);
});

test('quotes without --against, or with a missing source, is a one-line usage error', async () => {
  assertOneLineError(await run(['quotes', sample]), /quotes needs --against/, 2);
  assertOneLineError(await run(['quotes', sample, '--against', join(scratch, 'no-such-folder')]), /cannot read/, 2);
});
