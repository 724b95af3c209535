import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFactCheck, mergeFactChecks, updateFactCheck, type FactCheck } from '../../src/annotations';

function check(id: string, status: FactCheck['status'] = 'unverified', now = '2026-01-05T10:00:00.000Z'): FactCheck {
  return createFactCheck({
    id: `urn:uuid:00000000-0000-4000-8000-00000000000${id}`,
    now,
    status,
    creator: 'a',
    kind: 'claim',
    target: { source: 'a.txt', exact: `claim ${id}`, prefix: '', suffix: '', start: Number(id) * 10, end: Number(id) * 10 + 7 },
  });
}
const ids = (list: FactCheck[]) => list.map((c) => c.id.slice(-1)).sort().join('');

test('additions on both sides are kept', () => {
  const base = [check('1')];
  assert.equal(ids(mergeFactChecks(base, [...base, check('2')], [...base, check('3')])), '123');
});

test('a deletion here is kept when the other side did not touch the entry', () => {
  const base = [check('1'), check('2')];
  assert.equal(ids(mergeFactChecks(base, [check('1')], base)), '1');
});

test('a deletion there is respected unless we changed the entry meanwhile', () => {
  const base = [check('1'), check('2')];
  assert.equal(ids(mergeFactChecks(base, base, [check('1')])), '1');
  const changed = updateFactCheck(base[1], { note: 'keep me' }, '2026-01-05T11:00:00.000Z');
  assert.equal(ids(mergeFactChecks(base, [base[0], changed], [check('1')])), '12');
});

test('a refreshed position alone does not resurrect an entry deleted elsewhere', () => {
  const base = [check('1'), check('2')];
  const moved = { ...base[1], target: { ...base[1].target, start: 99, end: 106 } };
  assert.equal(ids(mergeFactChecks(base, [base[0], moved], [check('1')])), '1');
});

test('the side that changed wins; if both changed, the later modified wins', () => {
  const base = [check('1')];
  const ours = updateFactCheck(base[0], { status: 'verified' }, '2026-01-05T12:00:00.000Z');
  const theirs = updateFactCheck(base[0], { status: 'false' }, '2026-01-05T11:00:00.000Z');
  assert.equal(mergeFactChecks(base, [ours], base)[0].status, 'verified');
  assert.equal(mergeFactChecks(base, base, [theirs])[0].status, 'false');
  assert.equal(mergeFactChecks(base, [ours], [theirs])[0].status, 'verified');
  const laterTheirs = updateFactCheck(base[0], { status: 'misleading' }, '2026-01-05T13:00:00.000Z');
  assert.equal(mergeFactChecks(base, [ours], [laterTheirs])[0].status, 'misleading');
});

test('without a base (file never read), everything from both sides is kept', () => {
  assert.equal(ids(mergeFactChecks([], [check('1')], [check('2')])), '12');
});

test('updateFactCheck always moves modified forward, even with a stale clock', () => {
  const original = check('1', 'unverified', '2026-01-05T10:00:00.000Z');
  const updated = updateFactCheck(original, { status: 'verified' }, '2020-01-01T00:00:00.000Z');
  assert.ok(Date.parse(updated.modified) > Date.parse(original.modified));
});

test('new ids are urn:uuid version 4, also where randomUUID is missing', async () => {
  const { newAnnotationId, isAnnotationId } = await import('../../src/annotations');
  assert.ok(isAnnotationId(newAnnotationId()));
  const original = globalThis.crypto.randomUUID.bind(globalThis.crypto);
  Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    const id = newAnnotationId();
    assert.match(id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  } finally {
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
  }
});
