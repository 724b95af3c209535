/**
 * The fact-check part of a hover card, as Markdown. Pure, so the escaping is unit-tested.
 *
 * Safety: notes, names and article text are flattened to one line and every ASCII punctuation
 * character is backslash-escaped, which CommonMark treats as a literal character: no link, HTML,
 * code span or autolink can come from them. Source URLs are only ever http(s) (validated when
 * added and when the file is read) and are shown as escaped text inside a link whose destination
 * is the percent-encoded URL. The only command links are the ones built here.
 *
 * The card's fixed text is English unless the caller passes a translation (the extension passes
 * `vscode.l10n`); values are escaped before they are put into a translated message.
 */
import { STATUS_LABELS, type FactCheck, type FactCheckStatus } from './model';

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
  /** Opens source passage i: called with the card's `args` and then i (never with a path). */
  openPassage?: string;
}

export interface CardOptions {
  /** Arguments passed to each command link (e.g. the document and fact-check id). */
  args: readonly unknown[];
  commands: CardCommands;
  /** The fact check is orphaned: its text is no longer found. */
  orphaned?: boolean;
  readOnly?: boolean;
  /** Translates the card's fixed text; English by default. */
  l10n?: CardTranslation;
  /** The status as shown; `STATUS_LABELS` by default. */
  statusLabel?: (status: FactCheckStatus) => string;
}

export interface CardTranslation {
  /** The message translated, `{0}`, `{1}`… filled with `args` (the shape of `vscode.l10n.t`). */
  t(message: string, ...args: (string | number)[]): string;
}

/** English: `{0}`, `{1}`… filled in one pass. */
const ENGLISH: CardTranslation = {
  t: (message, ...args) => message.replace(/{(\d+)}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match)),
};

function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

export function renderFactCheckCard(check: FactCheck, options: CardOptions): string {
  const l10n = options.l10n ?? ENGLISH;
  const status = escapeMarkdownText((options.statusLabel ?? ((s: FactCheckStatus) => STATUS_LABELS[s]))(check.status));
  const lines = [options.orphaned ? l10n.t('**Fact check** · {0} · orphaned', status) : l10n.t('**Fact check** · {0}', status)];
  lines.push(check.note.trim() ? l10n.t('Note: {0}', escapeMarkdownText(check.note)) : l10n.t('Note: none'));
  if (check.sources.length > 0) {
    lines.push(l10n.t('Sources: {0}', check.sources.map((s) => `[${escapeMarkdownText(s)}](${urlDestination(s)})`).join(', ')));
  }
  const passages = check.passages ?? [];
  if (passages.length > 0 && options.commands.openPassage) {
    const open = options.commands.openPassage;
    // The link carries the fact check's reference and an index; the command reads the path from the file and checks it.
    const links = passages.map((p, i) => `[${escapeMarkdownText(p.source)}](${commandLink(open, [...options.args, i])})`);
    lines.push(l10n.t('Source passages: {0}', links.join(', ')));
  }
  const author = check.creator.trim() ? escapeMarkdownText(check.creator) : l10n.t('anonymous');
  const when = escapeMarkdownText(day(check.created));
  const changed = escapeMarkdownText(day(check.modified));
  if (check.modified !== check.created) {
    lines.push(check.kind === 'quote' ? l10n.t('Quote checked by {0} · {1}, changed {2}', author, when, changed) : l10n.t('Claim checked by {0} · {1}, changed {2}', author, when, changed));
  } else {
    lines.push(check.kind === 'quote' ? l10n.t('Quote checked by {0} · {1}', author, when) : l10n.t('Claim checked by {0} · {1}', author, when));
  }
  const blocks = [lines.join('  \n')];
  if (!options.readOnly) {
    const { commands, args } = options;
    blocks.push(
      [
        `[${l10n.t('Change status…')}](${commandLink(commands.change, args)})`,
        `[${l10n.t('Add source…')}](${commandLink(commands.addSource, args)})`,
        `[${l10n.t('Remove')}](${commandLink(commands.remove, args)})`,
      ].join(' · '),
    );
  }
  return blocks.join('\n\n');
}
