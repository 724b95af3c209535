// Kinds of names that news outside the development set brings: company suffixes, an office's
// portfolio, places in a list, clubs in a squad list. Invented names and text throughout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/extractor/entities';

function typesOf(text: string): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const m of findEntities(text).mentions) types.set(m.text, [...(types.get(m.text) ?? []), m.type]);
  return types;
}

test('a name ending in "Cos." is a company, and so is the name without the suffix', () => {
  const types = typesOf('Shares rose at Brenner Stotts Cos., for example. Brenner Stotts has never lost money.');
  assert.deepEqual(types.get('Brenner Stotts Cos'), ['organization']);
  assert.deepEqual(types.get('Brenner Stotts'), ['organization']);
});

test('the portfolio after "Minister for" is no person', () => {
  const types = typesOf('The Ruritanian Minister for Harbour Affairs issued the statement. Marel, the Minister for Harbour Affairs believes that it works.');
  assert.deepEqual(types.get('Harbour Affairs'), ['organization', 'organization']);
});
