// Grouping behind the Article tree, kept free of `vscode` so that it is unit-tested in plain Node.
import type { Analysis, DateMention, Quote } from '../../extractor/types';
import { oneLine } from '../ui/preview';
import { l10n } from '../ui/l10n';

/** The name of the group of quotes without a speaker. */
export function unattributedName(): string {
  return l10n.t('Unattributed');
}

export interface SpeakerGroup {
  key: string;
  name: string;
  entityId?: string;
  quotes: Quote[];
}

/** Quotes grouped by speaker, speakers in order of their first quote, unattributed quotes last. */
export function groupQuotesBySpeaker(analysis: Analysis): SpeakerGroup[] {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const groups = new Map<string, SpeakerGroup>();
  const unattributed: Quote[] = [];
  for (const quote of analysis.quotes) {
    const name = (quote.speakerEntityId !== undefined && names.get(quote.speakerEntityId)) || quote.speaker;
    if (!name || !oneLine(name)) {
      unattributed.push(quote);
      continue;
    }
    const key = quote.speakerEntityId !== undefined && names.has(quote.speakerEntityId) ? `entity:${quote.speakerEntityId}` : `name:${oneLine(name).toLowerCase()}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, name: oneLine(name), entityId: key.startsWith('entity:') ? quote.speakerEntityId : undefined, quotes: [] }));
    group.quotes.push(quote);
  }
  const result = [...groups.values()];
  if (unattributed.length > 0) result.push({ key: 'unattributed', name: unattributedName(), quotes: unattributed });
  return result;
}

export interface DateGroup {
  key: string;
  label: string;
  value?: string;
  dates: DateMention[];
}

/** The label of the group of vague time words (newsmark.dates.vague). */
export function vagueDatesGroupLabel(): string {
  return l10n.t('Vague time words');
}

/**
 * Dates grouped by resolved value, or by their text when unresolved, in order of first mention.
 * Dates that `isVague` picks are listed together in one last group of their own.
 */
export function groupDates(dates: readonly DateMention[], isVague?: (date: DateMention) => boolean): DateGroup[] {
  const groups = new Map<string, DateGroup>();
  const vague: DateMention[] = [];
  for (const date of dates) {
    if (isVague?.(date)) {
      vague.push(date);
      continue;
    }
    const key = date.value ? `value:${date.value}` : `text:${oneLine(date.text).toLowerCase()}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: oneLine(date.text), value: date.value, dates: [] }));
    group.dates.push(date);
  }
  const result = [...groups.values()];
  if (vague.length > 0) result.push({ key: 'vague', label: vagueDatesGroupLabel(), dates: vague });
  return result;
}
