// Renders hover cards with a real CommonMark renderer, configured more permissively than VS Code
// (raw HTML allowed, bare URLs linkified), and checks that article text only ever shows as text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { REVEAL_RANGE_COMMAND, renderHoverCard, type EntityCard, type HoverCard } from '../../../src/extension/hover/hoverContent';
import { oneLine } from '../../../src/extension/ui/preview';

const markdown = new MarkdownIt({ html: true, linkify: true });
// Let command: links through so that the test sees every link, not only the ones markdown-it trusts.
markdown.validateLink = () => true;

const URI = 'file:///articles/hostile.txt';

const HOSTILE = [
  '[click me](command:workbench.action.terminal.new)',
  '[x](javascript:alert(1)) <javascript:alert(1)>',
  '<img src=x onerror=alert(1)><script>alert(1)</script>',
  '<a href="command:workbench.action.quit">quit</a>',
  '`code` ``double`` ```fenced```',
  '**bold** __strong__ *em* _em_ ~~gone~~',
  '# Heading\n> quote\n- item\n1. item\n---\n    indented code',
  '![image](https://evil.example/x.png)',
  'https://evil.example/ www.evil.example someone@evil.example <https://evil.example>',
  '&amp; &#60;script&#62; &lt;b&gt; &copy;',
  '[ref]: command:workbench.action.quit\n[ref] [ref][]',
  '| a | b |\n|---|---|\n| c | d |',
  '\\[escaped\\] trailing backslash \\',
  '$(zap) $(alert~spin)',
];

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function entityCard(text: string): EntityCard {
  return {
    kind: 'entity',
    category: 'person',
    name: text,
    aliases: [text],
    role: text,
    mentionCount: 2,
    quotes: [{ label: text, line: 4, start: 10, end: 20 }],
    moreQuotes: 0,
  };
}

function cards(text: string): HoverCard[] {
  return [
    entityCard(text),
    { kind: 'quote', text, line: 1, short: false, speaker: text, cue: text, speakerMention: { label: text, line: 0, start: 0, end: 3 } },
    { kind: 'quote', text, line: 1, short: true, speaker: text, cue: text },
    { kind: 'date', text, value: text, articleDate: text },
  ];
}

/** Tags in rendered card HTML that our own Markdown produces. */
const OWN_TAGS = new Set(['p', '/p', 'br', 'strong', '/strong', 'a', '/a', 'ul', '/ul', 'li', '/li']);

function checkRendering(text: string, card: HoverCard): void {
  const html = markdown.render(renderHoverCard(card, URI));
  const tags = [...html.matchAll(/<(\/?[a-z0-9]+)/gi)].map((m) => m[1].toLowerCase());
  for (const tag of tags) assert.ok(OWN_TAGS.has(tag), `unexpected <${tag}> in ${html}`);
  const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
  for (const href of hrefs) assert.ok(href.startsWith(`command:${REVEAL_RANGE_COMMAND}?`), href);
  const expectedLinks = card.kind === 'entity' ? card.quotes.length : card.kind === 'quote' && card.speakerMention ? 1 : 0;
  assert.equal(hrefs.length, expectedLinks, html);
  assert.ok(decode(html).includes(oneLine(text)), `the text shows literally in ${html}`);
}

describe('hover cards rendered by a CommonMark renderer', () => {
  for (const text of HOSTILE) {
    it(`show ${JSON.stringify(text.slice(0, 40))} as text`, () => {
      for (const card of cards(text)) checkRendering(text, card);
    });
  }

  it('show any text built from Markdown and HTML syntax as text', () => {
    const pieces = fc.constantFrom('[', ']', '(', ')', '<', '>', '`', '*', '_', '~', '#', '!', '&', ';', '\\', '|', '-', '+', '=', ':', '/', '"', "'",
      'command:', 'javascript:', 'https://x.example', 'www.', '@', 'a', ' ', '\n', '\n\n', '    ', 'lt', '#60', 'img', 'script');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        for (const card of cards(text)) checkRendering(text, card);
      }),
      { numRuns: 500 },
    );
  });
});
