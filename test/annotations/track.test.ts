import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor, applyEdit, applyEdits, similarity, targetFor, EDIT_MIN_SIMILARITY, MIN_SIMILARITY, type TextChange, type TrackedRange } from '../../src/annotations';

const RUNS = Number(process.env['NEWSMARK_PROPERTY_RUNS'] ?? 300);

/** Article text: lowercase words, spaces and line breaks. */
const lower = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', ' ', ' ', '\n'), maxLength, size: 'max' });
/** Annotated text written in letters the rest of the article never uses, so it is unique. */
const marked = fc.string({ unit: fc.constantFrom('X', 'Y', 'Z', 'W'), minLength: 1, maxLength: 24, size: 'max' });

interface RawEdit {
  before: boolean;
  a: number;
  b: number;
  text: string;
}
const rawEdit = fc.record({ before: fc.boolean(), a: fc.nat(1000), b: fc.nat(1000), text: lower(12) });

function apply(doc: string, change: TextChange, inserted: string): string {
  return doc.slice(0, change.start) + inserted + doc.slice(change.end);
}

/** An edit placed entirely before or after the range (touching its boundary at most). */
function outsideChange(doc: string, range: TrackedRange, edit: RawEdit): TextChange {
  const [lo, hi] = edit.before ? [0, range.start] : [range.end, doc.length];
  const x = lo + (edit.a % (hi - lo + 1));
  const y = lo + (edit.b % (hi - lo + 1));
  return { start: Math.min(x, y), end: Math.max(x, y), newTextLength: edit.text.length };
}

/** An edit anywhere. */
function anyChange(doc: string, edit: RawEdit): TextChange {
  const x = edit.a % (doc.length + 1);
  const y = edit.b % (doc.length + 1);
  return { start: Math.min(x, y), end: Math.max(x, y), newTextLength: edit.text.length };
}

const scenario = fc.record({ head: lower(120), span: marked, tail: lower(120) });

test('property: edits that leave the annotated text intact keep selecting exactly it (tracked and re-anchored)', () => {
  fc.assert(
    fc.property(scenario, fc.array(rawEdit, { maxLength: 12 }), ({ head, span, tail }, edits) => {
      let doc = head + span + tail;
      const target = targetFor(doc, head.length, head.length + span.length, 'a.txt');
      let range: TrackedRange | undefined = { start: head.length, end: head.length + span.length, exact: span };
      for (const edit of edits) {
        const change = outsideChange(doc, range!, edit);
        doc = apply(doc, change, edit.text);
        range = applyEdit(range!, change, doc);
        assert.ok(range, 'orphaned by an edit outside the text');
        assert.equal(doc.slice(range.start, range.end), span);
      }
      const anchored = anchor(doc, target);
      assert.equal(anchored.orphan, false);
      if (!anchored.orphan) assert.deepEqual([anchored.start, anchored.end], [range!.start, range!.end]);
    }),
    { numRuns: RUNS },
  );
});

test('property: with ordinary repeated text, tracking keeps the exact text and re-anchoring never selects different text', () => {
  fc.assert(
    fc.property(lower(150), fc.nat(), fc.nat(), fc.array(rawEdit, { maxLength: 10 }), (initial, p, q, edits) => {
      fc.pre(initial.length > 0);
      const start = p % initial.length;
      const end = start + 1 + (q % (initial.length - start));
      let doc = initial;
      const exact = doc.slice(start, end);
      const target = targetFor(doc, start, end, 'a.txt');
      let range: TrackedRange | undefined = { start, end, exact };
      for (const edit of edits) {
        const change = outsideChange(doc, range!, edit);
        doc = apply(doc, change, edit.text);
        range = applyEdit(range!, change, doc);
        assert.ok(range);
        assert.equal(doc.slice(range.start, range.end), exact);
      }
      const anchored = anchor(doc, target);
      if (!anchored.orphan) assert.equal(doc.slice(anchored.start, anchored.end), exact);
    }),
    { numRuns: RUNS },
  );
});

test('property: deleting the annotated text orphans it — tracked or re-anchored — and it stays orphaned', () => {
  fc.assert(
    fc.property(scenario, fc.array(rawEdit, { maxLength: 6 }), rawEdit, fc.array(rawEdit, { maxLength: 6 }), ({ head, span, tail }, before, killer, after) => {
      let doc = head + span + tail;
      const target = targetFor(doc, head.length, head.length + span.length, 'a.txt');
      let range: TrackedRange | undefined = { start: head.length, end: head.length + span.length, exact: span };
      for (const edit of before) {
        const change = outsideChange(doc, range!, edit);
        doc = apply(doc, change, edit.text);
        range = applyEdit(range!, change, doc)!;
      }
      // Replace a stretch that covers the whole annotated text with ordinary text.
      const r = range!;
      const change: TextChange = {
        start: killer.a % (r.start + 1),
        end: r.end + (killer.b % (doc.length - r.end + 1)),
        newTextLength: killer.text.length,
      };
      doc = apply(doc, change, killer.text);
      assert.equal(applyEdit(r, change, doc), undefined);
      for (const edit of after) doc = apply(doc, anyChange(doc, edit), edit.text);
      assert.deepEqual(anchor(doc, target), { orphan: true });
    }),
    { numRuns: RUNS },
  );
});

test('property: whatever the edits, a tracked range is orphaned or still resembles its text', () => {
  fc.assert(
    fc.property(scenario, fc.array(rawEdit, { maxLength: 12 }), ({ head, span, tail }, edits) => {
      let doc = head + span + tail;
      let range: TrackedRange | undefined = { start: head.length, end: head.length + span.length, exact: span };
      for (const edit of edits) {
        const change = anyChange(doc, edit);
        doc = apply(doc, change, edit.text);
        if (range) range = applyEdit(range, change, doc);
        if (range) {
          assert.ok(range.start >= 0 && range.start < range.end && range.end <= doc.length);
          assert.ok(similarity(span, doc.slice(range.start, range.end)) >= EDIT_MIN_SIMILARITY);
        }
      }
    }),
    { numRuns: RUNS },
  );
});

test('property: re-anchoring after arbitrary edits selects the text or something very like it, never other text', () => {
  fc.assert(
    fc.property(scenario, fc.array(rawEdit, { maxLength: 8 }), ({ head, span, tail }, edits) => {
      let doc = head + span + tail;
      const target = targetFor(doc, head.length, head.length + span.length, 'a.txt');
      for (const edit of edits) doc = apply(doc, anyChange(doc, edit), edit.text);
      const anchored = anchor(doc, target);
      if (!anchored.orphan) assert.ok(similarity(span, doc.slice(anchored.start, anchored.end)) >= MIN_SIMILARITY);
    }),
    { numRuns: RUNS },
  );
});

test('typing at the boundaries stays outside; typing inside grows the range', () => {
  const doc = 'say “hello world” now';
  const range = { start: 5, end: 16, exact: 'hello world' };
  const atStart = applyEdit(range, { start: 5, end: 5, newTextLength: 3 }, 'say “xx hello world” now');
  assert.deepEqual(atStart, { start: 8, end: 19, exact: 'hello world' });
  const atEnd = applyEdit(range, { start: 16, end: 16, newTextLength: 1 }, 'say “hello world!” now');
  assert.deepEqual(atEnd, range);
  const inside = applyEdit(range, { start: 11, end: 11, newTextLength: 4 }, 'say “hello big world” now');
  assert.deepEqual(inside, { start: 5, end: 20, exact: 'hello world', edits: 4 });
  assert.equal(doc.length, 21);
});

test('an edit that rewrites most of the text orphans it; a small fix keeps it', () => {
  const range = { start: 0, end: 17, exact: 'rose by 5 percent' };
  assert.deepEqual(applyEdit(range, { start: 8, end: 9, newTextLength: 2 }, 'rose by 15 percent'), { start: 0, end: 18, exact: 'rose by 5 percent', edits: 2 });
  assert.equal(applyEdit(range, { start: 0, end: 17, newTextLength: 9 }, 'fell hard'), undefined);
  assert.equal(applyEdit(range, { start: 0, end: 17, newTextLength: 0 }, ''), undefined);
});

test('a replacement that contains the same text keeps it (e.g. a paragraph pasted over itself)', () => {
  const doc = 'Intro. He said rose by 5 percent today.';
  const at = doc.indexOf('rose');
  const range = { start: at, end: at + 17, exact: 'rose by 5 percent' };
  const moved = applyEdit(range, { start: 0, end: doc.length, newTextLength: doc.length + 4 }, `New ${doc}`);
  assert.deepEqual(moved, { start: at + 4, end: at + 21, exact: 'rose by 5 percent', edits: 0 });
});

test('several changes in one event are applied in order', () => {
  // Two cursors typing "ab" before and after the range, reported last first as VS Code does.
  const range = { start: 4, end: 8, exact: 'WXYZ' };
  const changes = [
    { start: 10, end: 10, newTextLength: 2 },
    { start: 1, end: 1, newTextLength: 2 },
  ];
  assert.deepEqual(applyEdits(range, changes, 'aabbbWXYZbbabb'), { start: 6, end: 10, exact: 'WXYZ' });
});
