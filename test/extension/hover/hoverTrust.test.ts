// The hover providers themselves (not only the Markdown they render): every card they return
// trusts only Newsmark's own commands, renders no HTML and no theme icons, and its links all
// point at those commands (or at a fact check's http(s) sources), whatever the article or a fact-check note says. Runs the real
// providers against a stand-in `vscode` module (fakeVscode.ts), which must be imported first.
import { fakeDocument, type MarkdownString } from '../fakeVscode';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FactCheck } from '../../../src/annotations/index';
import { FactCheckHover } from '../../../src/extension/factCheck/hover';
import { HoverCards } from '../../../src/extension/hover/hover';
import { extract } from '../../../src/extractor/index';

const HOSTILE = '[the memo](command:workbench.action.quit) <img src=x onerror=alert(1)> $(zap) `rm -rf /`';
const TEXT = [
  'John Carter, a spokesman for the agency, spoke to reporters in Geneva on Monday.',
  '',
  `“Read ${HOSTILE} today,” Mr. Carter said.`,
  '',
].join('\n');

function assertOnlyOwnCommands(cards: readonly MarkdownString[]): void {
  assert.ok(cards.length > 0, 'a hover card');
  for (const card of cards) {
    const trust = card.isTrusted;
    assert.ok(typeof trust === 'object' && trust !== null, `trust is limited to a list of commands, got ${JSON.stringify(trust)}`);
    assert.ok(trust.enabledCommands.length > 0);
    for (const command of trust.enabledCommands) assert.match(command, /^newsmark\./);
    assert.notEqual(card.supportHtml, true, 'no HTML');
    assert.notEqual(card.supportThemeIcons, true, 'no theme icons');
    // Links: our commands, and the http(s) sources a fact-checker attached (validated when added).
    for (const [, target] of card.value.matchAll(/\]\(([^)\s]*)/g)) {
      if (/^https?:\/\//.test(target)) continue;
      const command = /^command:([\w.]+)/.exec(target)?.[1];
      assert.ok(command !== undefined && trust.enabledCommands.includes(command), `a link to something not trusted: ${target}`);
    }
  }
}

describe('hover providers', () => {
  const document = fakeDocument(TEXT);
  const analysis = extract(TEXT);

  it('entity, quote and date cards trust only Newsmark’s own commands', () => {
    const service = { get: () => analysis };
    const provider = new HoverCards(service as never);
    const offsets = analysis.mentions.map((m) => m.start);
    assert.ok(analysis.quotes.length > 0 && offsets.length > 2, 'the article has mentions and a quote');
    let cards = 0;
    for (const offset of offsets) {
      const hover = provider.provideHover(document as never, document.positionAt(offset) as never) as unknown as { contents: MarkdownString[] } | undefined;
      if (!hover) continue;
      assertOnlyOwnCommands(hover.contents);
      cards += hover.contents.length;
    }
    assert.ok(cards >= offsets.length);
    provider.dispose();
  });

  it('fact-check cards trust only Newsmark’s own commands, with or without edit links', () => {
    const quote = analysis.quotes[0];
    const check: FactCheck = {
      id: 'urn:uuid:5b1f0c2e-8d3a-4f6b-9c7e-2a1b3c4d5e6f',
      status: 'misleading',
      note: `See ${HOSTILE}`,
      sources: ['https://example.org/briefing'],
      creator: `Desk ${HOSTILE}`,
      created: '2026-01-05T10:00:00.000Z',
      modified: '2026-01-05T10:00:00.000Z',
      kind: 'quote',
      target: { source: 'hostile.txt', exact: TEXT.slice(quote.start, quote.end), prefix: '', suffix: '', start: quote.start, end: quote.end },
    };
    for (const reason of [undefined, 'is on a read-only file system']) {
      const service = { entries: () => [{ check, range: { start: quote.start, end: quote.end } }], unchangeableReason: () => reason, readOnlyReason: () => reason };
      const provider = new FactCheckHover(service as never);
      const hover = provider.provideHover(document as never, document.positionAt(quote.start + 2) as never) as unknown as { contents: MarkdownString[] };
      assertOnlyOwnCommands(hover.contents);
      provider.dispose();
    }
  });
});
