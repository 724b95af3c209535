// Highlight categories shared by decorations, hovers, the tree and the status bar.
// Pure data: no `vscode` import, so helpers and tests can use it in plain Node.
import type { MentionType } from '../../extractor/types';
import { COMMANDS, SETTING_DEFAULTS } from '../contributes';

export interface CategoryInfo {
  readonly type: MentionType;
  /** Suffix of the `newsmark.highlight.*` setting and of the toggle command. */
  readonly setting: 'people' | 'places' | 'organizations' | 'dates' | 'quotes';
  readonly toggleCommand: string;
  readonly singular: string;
  readonly plural: string;
  /** Codicon id used in the tree, quick picks and status bar. */
  readonly icon: string;
  readonly defaultEnabled: boolean;
}

export const CATEGORIES: readonly CategoryInfo[] = [
  { type: 'person', setting: 'people', toggleCommand: COMMANDS.togglePeople, singular: 'Person', plural: 'People', icon: 'person', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.people'] },
  { type: 'place', setting: 'places', toggleCommand: COMMANDS.togglePlaces, singular: 'Place', plural: 'Places', icon: 'location', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.places'] },
  { type: 'organization', setting: 'organizations', toggleCommand: COMMANDS.toggleOrganizations, singular: 'Organization', plural: 'Organizations', icon: 'organization', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.organizations'] },
  { type: 'date', setting: 'dates', toggleCommand: COMMANDS.toggleDates, singular: 'Date', plural: 'Dates', icon: 'calendar', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.dates'] },
  { type: 'quote', setting: 'quotes', toggleCommand: COMMANDS.toggleQuotes, singular: 'Quote', plural: 'Quotes', icon: 'quote', defaultEnabled: SETTING_DEFAULTS['newsmark.highlight.quotes'] },
];

export function categoryOf(type: MentionType): CategoryInfo {
  const found = CATEGORIES.find((c) => c.type === type);
  if (!found) throw new Error(`Unknown category ${type}`);
  return found;
}
