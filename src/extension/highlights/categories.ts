// Highlight categories shared by decorations, hovers, the tree and the status bar.
// Pure data: no `vscode` import, so helpers and tests can use it in plain Node.
import type { MentionType } from '../../extractor/types';
import { COMMANDS, SETTING_DEFAULTS } from '../contributes';
import { l10n } from '../ui/l10n';

export interface CategoryInfo {
  readonly type: MentionType;
  /** Suffix of the `newsmark.highlight.*` setting and of the toggle command. */
  readonly setting: 'people' | 'places' | 'organizations' | 'dates' | 'quotes';
  readonly toggleCommand: string;
  /** Codicon id used in the tree, quick picks and status bar. */
  readonly icon: string;
  readonly defaultEnabled: boolean;
}

export const CATEGORIES: readonly CategoryInfo[] = [
  { type: 'person', setting: 'people', toggleCommand: COMMANDS.togglePeople, icon: 'person', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.people'] },
  { type: 'place', setting: 'places', toggleCommand: COMMANDS.togglePlaces, icon: 'location', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.places'] },
  { type: 'organization', setting: 'organizations', toggleCommand: COMMANDS.toggleOrganizations, icon: 'organization', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.organizations'] },
  { type: 'date', setting: 'dates', toggleCommand: COMMANDS.toggleDates, icon: 'calendar', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.dates'] },
  { type: 'quote', setting: 'quotes', toggleCommand: COMMANDS.toggleQuotes, icon: 'quote', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.quotes'] },
];

/** The category's name in the display language: "Person" or "People". */
export function categoryName(type: MentionType, number: 'singular' | 'plural'): string {
  const singular = number === 'singular';
  switch (type) {
    case 'person':
      return singular ? l10n.t('Person') : l10n.t('People');
    case 'place':
      return singular ? l10n.t('Place') : l10n.t('Places');
    case 'organization':
      return singular ? l10n.t('Organization') : l10n.t('Organizations');
    case 'date':
      return singular ? l10n.t('Date') : l10n.t('Dates');
    case 'quote':
      return singular ? l10n.t('Quote') : l10n.t('Quotes');
  }
}

export function categoryOf(type: MentionType): CategoryInfo {
  const found = CATEGORIES.find((c) => c.type === type);
  if (!found) throw new Error(`Unknown category ${type}`);
  return found;
}
