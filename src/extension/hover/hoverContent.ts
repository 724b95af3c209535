// Hover card content for a highlighted span, rendered as Markdown. Pure (no `vscode`), so the
// escaping of hostile article text is unit-tested in plain Node. Its fixed text is translated
// through `l10n.t` (ui/l10n.ts); the values put into it are escaped first, and a translated
// message is Markdown written by us, like the English one.
//
// Safety: every piece of article text goes through `escapeMarkdown`, which flattens it to one
// line and backslash-escapes every ASCII punctuation character. CommonMark gives such escapes no
// meaning, so article text can open no link, image, HTML tag, code span or emphasis, and no
// autolink (`https\:`, `www\.`, `a\@b` are not recognised). The only links in a card are the
// ones built here, and they point at our own command.
import type { Analysis, DateMention, Entity, Mention, MentionType, Quote } from '../../extractor/types';
import { categoryName } from '../highlights/categories';
import { l10n } from '../ui/l10n';
import { firstWords, oneLine, truncate } from '../ui/preview';
import { INTERNAL_COMMANDS } from '../contributes';

export const REVEAL_RANGE_COMMAND = INTERNAL_COMMANDS.revealRange;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Article text as literal, single-line Markdown. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(ASCII_PUNCTUATION, '\\$&');
}

/** A `command:` URI whose arguments survive inside a Markdown link destination. */
export function commandUri(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
  return `command:${command}?${encoded}`;
}

/** A Markdown link that reveals [start, end) of the document `uri`. */
export function revealLink(label: string, uri: string, start: number, end: number): string {
  return `[${escapeMarkdown(label)}](${commandUri(REVEAL_RANGE_COMMAND, [uri, start, end])})`;
}

export interface JumpTarget {
  label: string;
  /** Zero-based line of `start`. */
  line: number;
  start: number;
  end: number;
}

export interface EntityCard {
  kind: 'entity';
  category: 'person' | 'place' | 'organization';
  name: string;
  aliases: string[];
  mentionCount: number;
  role?: string;
  /** A person's quotes in article order (at most MAX_QUOTES). */
  quotes: JumpTarget[];
  moreQuotes: number;
}

export interface QuoteCard {
  kind: 'quote';
  text: string;
  line: number;
  short: boolean;
  speaker?: string;
  cue?: string;
  /** Where the cue names the speaker ("she", "Ms. Psaki"). */
  speakerMention?: JumpTarget;
}

export interface DateCard {
  kind: 'date';
  text: string;
  value?: string;
  articleDate?: string;
}

export type HoverCard = EntityCard | QuoteCard | DateCard;

export const MAX_QUOTES = 10;
const QUOTE_PREVIEW_CHARS = 280;

/** Mentions of the enabled categories that contain `offset`, innermost first. */
export function mentionsAt(analysis: Analysis, offset: number, enabled: (type: MentionType) => boolean): Mention[] {
  const found: Mention[] = [];
  for (const mention of analysis.mentions) {
    if (mention.start > offset) break;
    if (offset < mention.end && enabled(mention.type)) found.push(mention);
  }
  return found.sort((a, b) => a.end - a.start - (b.end - b.start));
}

export function buildHoverCards(
  analysis: Analysis,
  offset: number,
  enabled: (type: MentionType) => boolean,
  lineOf: (offset: number) => number,
): HoverCard[] {
  const cards: HoverCard[] = [];
  for (const mention of mentionsAt(analysis, offset, enabled)) {
    const card = cardFor(analysis, mention, lineOf);
    if (card) cards.push(card);
  }
  return cards;
}

function cardFor(analysis: Analysis, mention: Mention, lineOf: (offset: number) => number): HoverCard | undefined {
  switch (mention.type) {
    case 'person':
    case 'place':
    case 'organization': {
      const entity = analysis.entities.find((e) => e.id === mention.entityId);
      return entity ? entityCard(analysis, entity, lineOf) : undefined;
    }
    case 'quote': {
      const quote = analysis.quotes.find((q) => q.start === mention.start && q.end === mention.end);
      return quote ? quoteCard(quote, lineOf) : undefined;
    }
    case 'date': {
      const date = analysis.dates.find((d) => d.start === mention.start && d.end === mention.end);
      return date ? dateCard(date, analysis.articleDate) : undefined;
    }
  }
}

function entityCard(analysis: Analysis, entity: Entity, lineOf: (offset: number) => number): EntityCard {
  const quotes = entity.type === 'person' ? analysis.quotes.filter((q) => q.speakerEntityId === entity.id) : [];
  return {
    kind: 'entity',
    category: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    mentionCount: entity.mentionCount,
    role: entity.role,
    quotes: quotes.slice(0, MAX_QUOTES).map((q) => ({ label: firstWords(q.text), line: lineOf(q.start), start: q.start, end: q.end })),
    moreQuotes: Math.max(0, quotes.length - MAX_QUOTES),
  };
}

function quoteCard(quote: Quote, lineOf: (offset: number) => number): QuoteCard {
  const card: QuoteCard = { kind: 'quote', text: quote.text, line: lineOf(quote.start), short: quote.short, speaker: quote.speaker, cue: quote.cue };
  if (quote.speakerStart !== undefined && quote.speakerEnd !== undefined && quote.speakerEnd > quote.speakerStart) {
    card.speakerMention = { label: quote.speaker ?? '', line: lineOf(quote.speakerStart), start: quote.speakerStart, end: quote.speakerEnd };
  }
  return card;
}

function dateCard(date: DateMention, articleDate: string | undefined): DateCard {
  return { kind: 'date', text: date.text, value: date.value, articleDate };
}

/** Markdown for one card; `uri` is the document the jump links open. */
export function renderHoverCard(card: HoverCard, uri: string): string {
  const lines: string[] = [];
  switch (card.kind) {
    case 'entity': {
      lines.push(`**${escapeMarkdown(categoryName(card.category, 'singular'))}** · ${escapeMarkdown(card.name)}`);
      if (card.role) lines.push(l10n.t('Role: {0}', escapeMarkdown(card.role)));
      if (card.aliases.length > 0) lines.push(l10n.t('Also: {0}', card.aliases.map(escapeMarkdown).join(', ')));
      lines.push(l10n.t('Mentions: {0}', card.mentionCount));
      const blocks = [lines.join('  \n')];
      if (card.quotes.length > 0) {
        const total = card.quotes.length + card.moreQuotes;
        const items = card.quotes.map((q) => `- ${l10n.t('{0} — line {1}', revealLink(`“${q.label}”`, uri, q.start, q.end), q.line + 1)}`);
        if (card.moreQuotes > 0) items.push(`- ${l10n.t('and {0} more', card.moreQuotes)}`);
        blocks.push(`${l10n.t('Quotes ({0}):', total)}\n\n${items.join('\n')}`);
      }
      return blocks.join('\n\n');
    }
    case 'quote': {
      const title = card.short ? l10n.t('Quoted phrase') : l10n.t('Quote');
      lines.push(`**${escapeMarkdown(title)}** · ${l10n.t('line {0}', card.line + 1)}`);
      if (card.speaker !== undefined && card.speakerMention) {
        lines.push(l10n.t('Speaker: {0}', revealLink(card.speaker, uri, card.speakerMention.start, card.speakerMention.end)));
      } else if (card.speaker !== undefined) {
        lines.push(l10n.t('Speaker: {0}', escapeMarkdown(card.speaker)));
      } else {
        lines.push(l10n.t('Speaker: unattributed'));
      }
      if (card.cue) lines.push(l10n.t('Cue: {0}', escapeMarkdown(card.cue)));
      const text = truncate(oneLine(card.text), QUOTE_PREVIEW_CHARS);
      return `${lines.join('  \n')}\n\n“${escapeMarkdown(text)}”`;
    }
    case 'date': {
      lines.push(`**${escapeMarkdown(categoryName('date', 'singular'))}** · ${escapeMarkdown(card.text)}`);
      lines.push(card.value ? l10n.t('Value: {0}', escapeMarkdown(card.value)) : l10n.t('Value: not resolved'));
      if (card.articleDate) lines.push(l10n.t('Article date: {0}', escapeMarkdown(card.articleDate)));
      return lines.join('  \n');
    }
  }
}
