// Highlight categories shared by decorations, hovers, the tree and the status bar.
// Pure data: no `vscode` import, so helpers and tests can use it in plain Node.
import type { MentionType } from '../../extractor/types';

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
  { type: 'person', setting: 'people', toggleCommand: 'newsmark.togglePeople', singular: 'Person', plural: 'People', icon: 'person', defaultEnabled: true },
  { type: 'place', setting: 'places', toggleCommand: 'newsmark.togglePlaces', singular: 'Place', plural: 'Places', icon: 'location', defaultEnabled: true },
  { type: 'organization', setting: 'organizations', toggleCommand: 'newsmark.toggleOrganizations', singular: 'Organization', plural: 'Organizations', icon: 'organization', defaultEnabled: false },
  { type: 'date', setting: 'dates', toggleCommand: 'newsmark.toggleDates', singular: 'Date', plural: 'Dates', icon: 'calendar', defaultEnabled: true },
  { type: 'quote', setting: 'quotes', toggleCommand: 'newsmark.toggleQuotes', singular: 'Quote', plural: 'Quotes', icon: 'quote', defaultEnabled: true },
];

export function categoryOf(type: MentionType): CategoryInfo {
  const found = CATEGORIES.find((c) => c.type === type);
  if (!found) throw new Error(`Unknown category ${type}`);
  return found;
}
