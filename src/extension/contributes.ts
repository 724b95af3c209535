// Every command id and every `newsmark.*` setting's default, in one place. package.json's
// `contributes` says the same; test/extension/contributes.test.ts holds the two equal.
// Pure data: no `vscode` import, so helpers and tests can use it in plain Node.

/** The commands package.json contributes, by the name the code uses for them. */
export const COMMANDS = {
  nextQuote: 'newsmark.nextQuote',
  previousQuote: 'newsmark.previousQuote',
  goToQuote: 'newsmark.goToQuote',
  goToEntity: 'newsmark.goToEntity',
  toggleFile: 'newsmark.toggleFile',
  toggleCategory: 'newsmark.toggleCategory',
  togglePeople: 'newsmark.togglePeople',
  togglePlaces: 'newsmark.togglePlaces',
  toggleDates: 'newsmark.toggleDates',
  toggleQuotes: 'newsmark.toggleQuotes',
  toggleOrganizations: 'newsmark.toggleOrganizations',
  showView: 'newsmark.showView',
  setArticleDate: 'newsmark.setArticleDate',
  annotateAnyway: 'newsmark.annotateAnyway',
  setFactCheckStatus: 'newsmark.setFactCheckStatus',
  removeFactCheck: 'newsmark.removeFactCheck',
  addFactCheckSource: 'newsmark.addFactCheckSource',
  exportFactCheckReport: 'newsmark.exportFactCheckReport',
  nextUncheckedQuote: 'newsmark.nextUncheckedQuote',
  openSampleArticle: 'newsmark.openSampleArticle',
  ignoreCheckInArticle: 'newsmark.ignoreCheckInArticle',
  disableCheck: 'newsmark.disableCheck',
  findQuotesBy: 'newsmark.findQuotesBy',
  checkQuoteAgainstSource: 'newsmark.checkQuoteAgainstSource',
  checkAllQuotesAgainstFolder: 'newsmark.checkAllQuotesAgainstFolder',
  keepQuoteSourceResult: 'newsmark.keepQuoteSourceResult',
  keepAllQuoteSourceResults: 'newsmark.keepAllQuoteSourceResults',
} as const;

/** Registered but not contributed: used only by tree entries and hover links. */
export const INTERNAL_COMMANDS = {
  revealRange: 'newsmark.revealRange',
  openSourcePassage: 'newsmark.openSourcePassage',
} as const;

/** The default of every setting package.json contributes, by its full id. */
export const SETTING_DEFAULTS = {
  'newsmark.languages': ['plaintext', 'markdown'],
  'newsmark.include': ['**/*.txt', '**/*.text', '**/*.md', '**/*.markdown'],
  'newsmark.exclude': ['**/node_modules/**'],
  'newsmark.files': {},
  'newsmark.debounceMs': 200,
  'newsmark.articleDate': '',
  'newsmark.articleBaseUrl': '',
  'newsmark.maxFileSizeMB': 5,
  'newsmark.highlight.people': true,
  'newsmark.highlight.places': true,
  'newsmark.highlight.dates': true,
  'newsmark.highlight.quotes': true,
  'newsmark.highlight.organizations': false,
  'newsmark.annotationsFolder': '.newsmark',
  'newsmark.factCheck.author': '',
  'newsmark.factCheck.organization': '',
  'newsmark.factCheck.organizationUrl': '',
  'newsmark.dates.vague': 'dim',
  'newsmark.checks.unbalanced-quote': 'error',
  'newsmark.checks.weekday-mismatch': 'error',
  'newsmark.checks.mixed-script': 'warning',
  'newsmark.checks.name-variant': 'warning',
  'newsmark.checks.unattributed-quote': 'off',
  'newsmark.checks.quote-speaker-conflict': 'warning',
  'newsmark.checks.first-reference': 'off',
  'newsmark.checks.distant-weekday': 'off',
} as const;

/** A contributed setting's full id; `'newsmark.x' satisfies SettingId` catches a misspelt one. */
export type SettingId = keyof typeof SETTING_DEFAULTS;
