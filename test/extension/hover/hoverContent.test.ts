import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Analysis } from '../../../src/extractor/types';
import {
  buildHoverCards,
  commandUri,
  escapeMarkdown,
  mentionsAt,
  renderHoverCard,
  REVEAL_RANGE_COMMAND,
  type EntityCard,
  type QuoteCard,
} from '../../../src/extension/hover/hoverContent';
import { oneLine } from '../../../src/extension/ui/preview';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Removes backslash escapes; what a CommonMark renderer shows for escaped text. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** True when every ASCII punctuation character is escaped by a backslash. */
function fullyEscaped(markdown: string): boolean {
  return !ASCII_PUNCTUATION.test(markdown.replace(/\\[!-/:-@[-`{-~]/g, ''));
}

const HOSTILE = [
  '[click me](command:workbench.action.terminal.new)',
  '[run](command:newsmark.revealRange?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%2C0%2C1%5D)',
  '[x](javascript:alert(1))',
  'javascript:alert(document.cookie)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="command:workbench.action.quit">quit</a>',
  '`rm -rf /` and ```fenced```',
  '**bold** __strong__ *em* _em_ ~~gone~~',
  '# Heading\n> quote\n- item\n1. item\n---',
  '![image](https://evil.example/x.png)',
  'https://evil.example/ www.evil.example someone@evil.example <https://evil.example>',
  '&amp; &#60;script&#62; &lt;b&gt;',
  '\\[already escaped\\] \\',
  '[ref]: command:workbench.action.quit\n[ref]',
  '| a | b |\n|---|---|',
  '$(zap) $(alert~spin)',
  'line one\r\nline two\rline three\u2028four\u2029five\tsix\u0000seven',
];

describe('escapeMarkdown', () => {
  for (const text of HOSTILE) {
    it(`shows ${JSON.stringify(text.slice(0, 40))} literally`, () => {
      const escaped = escapeMarkdown(text);
      assert.ok(fullyEscaped(escaped), escaped);
      assert.equal(unescape(escaped), oneLine(text));
      assert.ok(!/[\r\n\u2028\u2029]/.test(escaped));
      assert.ok(!escaped.includes(']('), 'no link syntax survives');
    });
  }

  it('escapes every ASCII punctuation character of any string and loses nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const escaped = escapeMarkdown(text);
        return fullyEscaped(escaped) && unescape(escaped) === oneLine(text) && !/[\r\n]/.test(escaped);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('commandUri', () => {
  it('encodes arguments so they cannot end the Markdown link', () => {
    const uri = 'file:///news/a (draft) [final]\'s "copy".txt';
    const link = commandUri(REVEAL_RANGE_COMMAND, [uri, 3, 9]);
    assert.ok(link.startsWith('command:newsmark.revealRange?'));
    assert.ok(!/[()[\]\s"'<>]/.test(link.slice('command:'.length)), link);
    const query = link.slice(link.indexOf('?') + 1);
    assert.deepEqual(JSON.parse(decodeURIComponent(query)), [uri, 3, 9]);
  });
});

// A sentence written for these tests; offsets are found, not hard-coded.
const TEXT = 'Secretary Jane Q. Doe said on Friday in Paris: “We will [act](command:evil) <b>now</b>.” Doe left.\nLater, “another line,” Doe added.';
function at(needle: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
}

function sampleAnalysis(): Analysis {
  const doe1 = at('Jane Q. Doe');
  const doe2 = at('Doe left');
  const doe3 = at('Doe added');
  const friday = at('Friday');
  const paris = at('Paris');
  const q1 = at('We will [act](command:evil) <b>now</b>.');
  const q2 = at('another line,');
  return {
    mentions: [
      { ...doe1, type: 'person', text: 'Jane Q. Doe', entityId: 'p1' },
      { ...friday, type: 'date', text: 'Friday' },
      { ...paris, type: 'place', text: 'Paris', entityId: 'l1' },
      { ...q1, type: 'quote', text: TEXT.slice(q1.start, q1.end) },
      { start: doe2.start, end: doe2.start + 3, type: 'person', text: 'Doe', entityId: 'p1' },
      { ...q2, type: 'quote', text: TEXT.slice(q2.start, q2.end) },
      { start: doe3.start, end: doe3.start + 3, type: 'person', text: 'Doe', entityId: 'p1' },
    ],
    entities: [
      { id: 'p1', type: 'person', name: 'Jane Q. Doe', aliases: ['Doe', '[Doe](javascript:x)'], mentionCount: 3, role: 'Secretary <i>of</i> `State`' },
      { id: 'l1', type: 'place', name: 'Paris', aliases: [], mentionCount: 1 },
    ],
    quotes: [
      { id: 'q1', ...q1, text: TEXT.slice(q1.start, q1.end), outerStart: q1.start - 1, outerEnd: q1.end + 1, short: false, speakerEntityId: 'p1', speaker: 'Jane Q. Doe', speakerStart: doe1.start, speakerEnd: doe1.end, cue: 'said' },
      { id: 'q2', ...q2, text: TEXT.slice(q2.start, q2.end), outerStart: q2.start - 1, outerEnd: q2.end + 1, short: false, speakerEntityId: 'p1', speaker: 'Jane Q. Doe', cue: 'added' },
    ],
    dates: [{ ...friday, text: 'Friday', value: '2024-03-08' }],
    articleDate: '2024-03-10',
  };
}

const lineOf = (offset: number) => TEXT.slice(0, offset).split('\n').length - 1;
const all = () => true;
const URI = 'file:///articles/doe.txt';

/** Destinations of all Markdown links in `markdown` that are not escaped. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  const pattern = /(?<!\\)\]\(([^)\s]*)\)/g;
  for (const match of markdown.matchAll(pattern)) targets.push(match[1]);
  return targets;
}

describe('hover cards', () => {
  it('lists the innermost mention first', () => {
    const analysis = sampleAnalysis();
    const inside = TEXT.indexOf('act]');
    assert.deepEqual(mentionsAt(analysis, inside, all).map((m) => m.type), ['quote']);
    const friday = TEXT.indexOf('Friday') + 2;
    assert.deepEqual(mentionsAt(analysis, friday, all).map((m) => m.type), ['date']);
    assert.deepEqual(mentionsAt(analysis, friday, (t) => t !== 'date'), []);
  });

  it('renders a person with aliases, role, count and links to each quote', () => {
    const analysis = sampleAnalysis();
    const [card] = buildHoverCards(analysis, TEXT.indexOf('Jane'), all, lineOf) as EntityCard[];
    assert.equal(card.kind, 'entity');
    assert.equal(card.quotes.length, 2);
    const markdown = renderHoverCard(card, URI);
    assert.match(markdown, /^\*\*Person\*\* · Jane Q\\\. Doe/);
    assert.match(markdown, /Mentions: 3/);
    assert.ok(markdown.includes('Role: Secretary \\<i\\>of\\<\\/i\\> \\`State\\`'), markdown);
    assert.match(markdown, /Also: Doe, \\\[Doe\\\]\\\(javascript\\:x\\\)/);
    assert.match(markdown, /Quotes \(2\):/);
    assert.match(markdown, /— line 2$/m);
    const targets = linkTargets(markdown);
    assert.equal(targets.length, 2);
    for (const target of targets) assert.ok(target.startsWith(`command:${REVEAL_RANGE_COMMAND}?`), target);
    const args = JSON.parse(decodeURIComponent(targets[0].slice(targets[0].indexOf('?') + 1)));
    assert.deepEqual(args, [URI, analysis.quotes[0].start, analysis.quotes[0].end]);
  });

  it('renders a quote with its speaker, cue and escaped text', () => {
    const analysis = sampleAnalysis();
    const [card] = buildHoverCards(analysis, TEXT.indexOf('We will'), all, lineOf) as QuoteCard[];
    assert.equal(card.kind, 'quote');
    const markdown = renderHoverCard(card, URI);
    assert.match(markdown, /^\*\*Quote\*\* · line 1/);
    assert.match(markdown, /Cue: said/);
    assert.ok(markdown.includes('“We will \\[act\\]\\(command\\:evil\\) \\<b\\>now\\<\\/b\\>\\.”'), markdown);
    const targets = linkTargets(markdown);
    assert.equal(targets.length, 1, 'only the speaker link');
    assert.ok(targets[0].startsWith(`command:${REVEAL_RANGE_COMMAND}?`));
  });

  it('renders an unattributed quote and a date with its value', () => {
    const analysis = sampleAnalysis();
    analysis.quotes[1] = { ...analysis.quotes[1], speaker: undefined, speakerEntityId: undefined, cue: undefined };
    const [quote] = buildHoverCards(analysis, TEXT.indexOf('another'), all, lineOf);
    assert.match(renderHoverCard(quote, URI), /Speaker: unattributed/);
    const [date] = buildHoverCards(analysis, TEXT.indexOf('Friday'), all, lineOf);
    const markdown = renderHoverCard(date, URI);
    assert.match(markdown, /\*\*Date\*\* · Friday/);
    assert.match(markdown, /Value: 2024\\-03\\-08/);
    assert.match(markdown, /Article date: 2024\\-03\\-10/);
  });

  it('never produces a link other than our own command, whatever the article says', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }), (name, role, aliases) => {
        const card: EntityCard = {
          kind: 'entity',
          category: 'person',
          name,
          aliases,
          role,
          mentionCount: 1,
          quotes: [{ label: name + role, line: 0, start: 0, end: 1 }],
          moreQuotes: 0,
        };
        const targets = linkTargets(renderHoverCard(card, URI));
        return targets.length === 1 && targets[0].startsWith(`command:${REVEAL_RANGE_COMMAND}?`);
      }),
      { numRuns: 1000 },
    );
  });
});
