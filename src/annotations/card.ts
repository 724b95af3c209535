/**
 * The fact-check part of a hover card, as Markdown. Pure, so the escaping is unit-tested.
 *
 * Safety: notes, names and article text are flattened to one line and every ASCII punctuation
 * character is backslash-escaped, which CommonMark treats as a literal character: no link, HTML,
 * code span or autolink can come from them. Source URLs are only ever http(s) (validated when
 * added and when the file is read) and are shown as escaped text inside a link whose destination
 * is the percent-encoded URL. The only command links are the ones built here.
 */
import { STATUS_LABELS, type FactCheck } from './model';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ASCII_PUNCTUATION, '\\$&');
}

/** A `command:` link target whose JSON arguments survive inside a Markdown link destination. */
export function commandLink(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

function urlDestination(url: string): string {
  // Percent-encode everything that could end or alter a link destination.
  return url.replace(/[\s<>()[\]`"'\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export interface CardCommands {
  change: string;
  addSource: string;
  remove: string;
}

export interface CardOptions {
  /** Arguments passed to each command link (e.g. the document and fact-check id). */
  args: readonly unknown[];
  commands: CardCommands;
  /** The fact check is orphaned: its text is no longer found. */
  orphaned?: boolean;
  readOnly?: boolean;
}

function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

export function renderFactCheckCard(check: FactCheck, options: CardOptions): string {
  const kind = check.kind === 'quote' ? 'Quote' : 'Claim';
  const lines = [`**Fact check** · ${STATUS_LABELS[check.status]}${options.orphaned ? ' · orphaned' : ''}`];
  lines.push(check.note.trim() ? `Note: ${escapeMarkdownText(check.note)}` : `Note: none`);
  if (check.sources.length > 0) {
    lines.push(`Sources: ${check.sources.map((s) => `[${escapeMarkdownText(s)}](${urlDestination(s)})`).join(', ')}`);
  }
  const author = check.creator.trim() ? escapeMarkdownText(check.creator) : 'anonymous';
  const when = check.modified !== check.created ? `${day(check.created)}, changed ${day(check.modified)}` : day(check.created);
  lines.push(`${kind} checked by ${author} · ${escapeMarkdownText(when)}`);
  const blocks = [lines.join('  \n')];
  if (!options.readOnly) {
    const { commands, args } = options;
    blocks.push(
      [`[Change status…](${commandLink(commands.change, args)})`, `[Add source…](${commandLink(commands.addSource, args)})`, `[Remove](${commandLink(commands.remove, args)})`].join(' · '),
    );
  }
  return blocks.join('\n\n');
}
