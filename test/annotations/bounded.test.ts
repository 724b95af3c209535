// Re-anchoring and edit tracking stay bounded whatever an annotation file holds: work is counted
// (edit-distance units, budget units, text reads), never timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  anchor,
  anchorAll,
  applyEdits,
  approxSearch,
  approxWork,
  GramIndex,
  scanningFinder,
  MAX_TARGET_UNITS,
  nearestOccurrences,
  OrphanMemo,
  SelectorText,
  targetFor,
  WorkBudget,
  type TextTarget,
} from '../../src/annotations';

const article = readFileSync(new URL('../../../seeds/000_e8a961f6e006cecf.txt', `file://${__filename}`), 'utf8');

/** The edit-distance work `run` does. */
function workOf(run: () => void): number {
  const before = approxWork.units;
  run();
  return approxWork.units - before;
}

/** A target whose quote is common and whose position and context are wrong, as a hostile file can write. */
function hostile(exact: string, contextLength: number): TextTarget {
  return { source: 'a.txt', exact, prefix: 'q'.repeat(contextLength), suffix: 'z'.repeat(contextLength), start: 3, end: 3 + exact.length };
}

test('stored context longer than 32 characters is cut on read: its length costs no work', () => {
  const short = workOf(() => assert.equal(anchor(article, hostile(' the ', 32)).orphan, true));
  const long = workOf(() => assert.equal(anchor(article, hostile(' the ', 16_000)).orphan, true));
  assert.ok(short > 0);
  assert.equal(long, short);
});

test('truncated context still anchors: the 32 characters next to the quote decide', () => {
  const at = article.indexOf('Secretary Blinken');
  const target = targetFor(article, at, at + 'Secretary Blinken'.length, 'a.txt');
  const padded = { ...target, prefix: `${'x'.repeat(5000)}${target.prefix}`, suffix: `${target.suffix}${'y'.repeat(5000)}`, start: 0, end: 0 };
  const result = anchor(`Lede.\n\n${article}`, padded);
  assert.equal(result.orphan, false);
  if (!result.orphan) assert.equal(result.method, 'context');
});

test('one target never costs more than its cap, however long its quote', () => {
  // A 20,000-character claim, every fourth word since rewritten: its surviving pieces still point
  // at the paragraph, where comparing the whole claim would cost more than the cap.
  const big = article.repeat(8);
  const claim = big.slice(1000, 21_000);
  const rewritten = claim.replace(/(\S+\s+\S+\s+\S+\s+)\S+/g, (_m, kept: string) => `${kept}REWORDED`);
  const text = `${big.slice(0, 1000)}${rewritten}${big.slice(21_000)}`;
  const budget = new WorkBudget();
  const work = workOf(() => anchor(text, { source: 'a.txt', exact: claim, prefix: '', suffix: '', start: 0, end: claim.length }, { budget }));
  assert.ok(budget.spent <= MAX_TARGET_UNITS, `${budget.spent} units`);
  assert.ok(work <= MAX_TARGET_UNITS, `${work} units of edit distance`);
});

test('a file of costly targets stops at its budget and leaves the rest unfinished, then finishes in later passes', () => {
  const text = new SelectorText(article.repeat(10));
  const targets = Array.from({ length: 40 }, (_, i) => hostile(`the quote number ${i} that is gone`, 32));
  const budget = new WorkBudget({ units: 200_000 });
  const first = anchorAll(text, targets, { budget });
  assert.ok(first.unfinished > 0 && first.unfinished < targets.length, `${first.unfinished} unfinished`);
  assert.ok(budget.spent <= 200_000);
  assert.deepEqual(first.results.filter((r) => r.orphan && r.unfinished).length, first.unfinished);
  // Each later pass makes progress, even with no budget at all.
  let left = targets.filter((_, i) => first.results[i]!.orphan && (first.results[i] as { unfinished?: true }).unfinished);
  for (let pass = 0; left.length > 0 && pass < 100; pass++) {
    const next = anchorAll(text, left, { budget: new WorkBudget({ units: 0 }) });
    assert.ok(next.unfinished < left.length);
    left = left.filter((_, i) => next.results[i]!.orphan && (next.results[i] as { unfinished?: true }).unfinished);
  }
  assert.equal(left.length, 0);
});

test('targets at their position are placed even when the budget is spent', () => {
  const at = article.indexOf('Secretary Blinken');
  const good = targetFor(article, at, at + 17, 'a.txt');
  const targets = [...Array.from({ length: 5 }, (_, i) => hostile(`gone ${i} entirely from here`, 32)), good];
  const { results } = anchorAll(new SelectorText(article), targets, { budget: new WorkBudget({ units: 0 }) });
  const last = results[5]!;
  assert.equal(last.orphan, false);
  if (!last.orphan) assert.equal(last.method, 'position');
});

test('orphans are searched again only in a text they were not searched in (undo/redo)', () => {
  const targets = Array.from({ length: 20 }, (_, i) => hostile(`a claim number ${i} that was deleted`, 32));
  const memo = new OrphanMemo();
  const original = new SelectorText(article);
  const edited = new SelectorText(`${article} More.`);
  const first = workOf(() => assert.equal(anchorAll(original, targets, { memo }).remembered, 0));
  assert.ok(first > 0);
  const redo = workOf(() => assert.equal(anchorAll(edited, targets, { memo }).remembered, 0));
  assert.ok(redo > 0);
  // Back and forth between texts already searched: nothing is searched again.
  for (const text of [original, edited, original]) {
    assert.equal(workOf(() => assert.equal(anchorAll(text, targets, { memo }).remembered, targets.length)), 0);
  }
  // A new text, or new targets, are searched.
  assert.ok(workOf(() => anchorAll(new SelectorText(`${article} Other.`), targets, { memo })) > 0);
  assert.ok(workOf(() => anchorAll(original, targets.map((t) => ({ ...t })), { memo })) > 0);
});

test('typing inside a long claim is linear in the edit: the text is neither read nor compared', () => {
  const claim = 'The ministry said the figures were revised. '.repeat(5000); // 220,000 characters
  let text = `Intro. ${claim} Outro.`;
  let range: ReturnType<typeof applyEdits> = { start: 7, end: 7 + claim.length, exact: claim };
  let reads = 0;
  const work = workOf(() => {
    for (let i = 0; i < 200; i++) {
      const at = 1000 + i * 37;
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      const current = text;
      range = applyEdits(range!, [{ start: at, end: at, newTextLength: 1 }], () => {
        reads++;
        return current;
      });
      assert.ok(range);
    }
  });
  assert.equal(reads, 0);
  assert.equal(work, 0);
  assert.deepEqual({ start: range!.start, end: range!.end, edits: range!.edits }, { start: 7, end: 7 + claim.length + 200, edits: 200 });
});

test('when the bound no longer vouches, the comparison sets the common start and end aside', () => {
  const claim = 'abcdefghij'.repeat(20_000);
  const text = `${claim.slice(0, 1000)}${'#'.repeat(50)}${claim.slice(1000)}`;
  // An inflated bound (e.g. after typing and deleting) forces a real comparison.
  const range = { start: 0, end: claim.length, exact: claim, edits: claim.length };
  let kept: ReturnType<typeof applyEdits>;
  const work = workOf(() => {
    kept = applyEdits(range, [{ start: 1000, end: 1000, newTextLength: 50 }], text);
  });
  assert.deepEqual(kept!, { start: 0, end: claim.length + 50, exact: claim, edits: 50 });
  assert.ok(work < 10_000, `${work} units`);
});

test('property: the gram index finds exactly the occurrences a scan finds, in order', () => {
  const unit = fc.constantFrom('a', 'b', 'ab', ' ', '😀', '\n', 'x');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 300 }), fc.string({ unit, minLength: 1, maxLength: 12 }), (text, needle) => {
      const found = (finder: { forEach(n: string, v: (at: number) => boolean): void }) => {
        const all: number[] = [];
        finder.forEach(needle, (at) => (all.push(at), true));
        return all;
      };
      assert.deepEqual(found(new GramIndex(text)), found(scanningFinder(text)));
    }),
    { numRuns: 500 },
  );
});

test('an approximate search keeps only its best matches as it goes, and chooses the same ones', () => {
  // Thousands of separate near-matches: the pattern's halves alternate with other text.
  const text = 'aaaaaaaabbbbbbbbcccccccc'.repeat(2000);
  const all = approxSearch(text, 'aaaaaaaabbbbbbbb', 4, 0, text.length, 100_000);
  assert.ok(all.length > 1000);
  for (const limit of [1, 7, 200]) assert.deepEqual(approxSearch(text, 'aaaaaaaabbbbbbbb', 4, 0, text.length, limit), all.slice(0, limit));
});

test('property: the occurrences scored are the nearest to the old position, found without collecting all', () => {
  const unit = fc.constantFrom('a', 'b', ' ');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 200 }), fc.string({ unit, minLength: 1, maxLength: 3 }), fc.nat(220), fc.integer({ min: 1, max: 6 }), (text, needle, near, limit) => {
      const all: number[] = [];
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) all.push(at);
      const expected = all.sort((a, b) => Math.abs(a - near) - Math.abs(b - near) || a - b).slice(0, limit).sort((a, b) => a - b);
      const visited: number[] = [];
      const finder = scanningFinder(text);
      const counting = { lookupUnits: 0, forEach: (n: string, visit: (at: number) => boolean) => finder.forEach(n, (at) => (visited.push(at), visit(at))) };
      assert.deepEqual(nearestOccurrences(counting, needle, near, limit), expected);
      // It stops at the first occurrence beyond the window: never more than one past the nearest `limit` on the far side.
      assert.ok(visited.filter((at) => at > near).length <= limit + 1);
    }),
    { numRuns: 500 },
  );
});

test('a claim of several thousand characters with a few words changed is still found within its cap', () => {
  const claim = article.slice(0, 4000);
  const big = `${'Unrelated filler words for the test. '.repeat(20_000)}${article}`;
  const changed = claim.replace('Blinken', 'Blinkin').replace('Ukraine', 'Ukrania').replace(' the ', ' a ');
  const edited = big.replace(claim, changed);
  const budget = new WorkBudget();
  const result = anchor(edited, { source: 'a.txt', exact: claim, prefix: '', suffix: '', start: 5, end: 5 + claim.length }, { budget });
  assert.equal(result.orphan, false);
  if (!result.orphan) assert.equal(edited.slice(result.start, result.end), changed);
  assert.ok(budget.spent <= MAX_TARGET_UNITS);
});

test('typing over a boundary of a long claim keeps the part of it left alone, without searching', () => {
  const claim = 'The ministry said the figures were revised. '.repeat(2000); // 88,000 characters
  const doc = `Intro. ${claim} Outro.`;
  const range = { start: 7, end: 7 + claim.length, exact: claim };
  // "Intro. The" selected and replaced by "Hello, t": across the start of the claim.
  const overStart = { start: 0, end: 10, newTextLength: 8 };
  const after = `Hello, t${doc.slice(10)}`;
  let moved: ReturnType<typeof applyEdits>;
  const work = workOf(() => {
    moved = applyEdits(range, [overStart], after);
  });
  assert.deepEqual(moved!, { start: 8, end: 8 + claim.length - 3, exact: claim, edits: 3 });
  assert.equal(after.slice(moved!.start, moved!.end), claim.slice(3));
  assert.ok(work < 1000, `${work} units`);
  // Across the end: the claim's last two characters and " Outro." replaced.
  const overEnd = { start: 7 + claim.length - 2, end: doc.length, newTextLength: 1 };
  const cut = applyEdits(range, [overEnd], `${doc.slice(0, 7 + claim.length - 2)}!`);
  assert.deepEqual(cut, { start: 7, end: 7 + claim.length - 2, exact: claim, edits: 2 });
});
