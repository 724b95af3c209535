// The editorial checks in the order they report, and the one function every face calls (editor,
// command line, benchmark) so that all of them show the same findings for the same text.
import type { Analysis } from '../extractor/types';
import { distantWeekday } from './distantWeekday';
import { firstReference } from './firstReference';
import { mixedScript } from './mixedScript';
import { nameVariant } from './nameVariant';
import { quoteSpeakerConflict } from './quoteSpeakerConflict';
import type { Finding, Rule, RuleId, Severity } from './types';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuote } from './unbalancedQuote';
import { weekdayMismatch } from './weekdayMismatch';

export * from './types';

export const RULES: readonly Rule[] = [
  unbalancedQuote,
  weekdayMismatch,
  mixedScript,
  nameVariant,
  unattributedQuote,
  quoteSpeakerConflict,
  firstReference,
  distantWeekday,
];

export function ruleById(id: RuleId): Rule {
  return RULES.find((rule) => rule.id === id)!;
}

export interface RatedFinding extends Finding {
  severity: Exclude<Severity, 'off'>;
}

export interface RunChecksOptions {
  text: string;
  analysis: Analysis;
  articleDate?: string;
  /** Severity per rule; a rule not listed keeps its default. */
  severities?: Partial<Record<RuleId, Severity>>;
  /** Rules switched off for this article. */
  ignored?: ReadonlySet<RuleId>;
}

/** Runs every rule that is not off, sorted by position; rule order breaks ties. */
export function runChecks(options: RunChecksOptions): RatedFinding[] {
  const out: RatedFinding[] = [];
  const context = { text: options.text, analysis: options.analysis, articleDate: options.articleDate };
  for (const rule of RULES) {
    const severity = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off' || options.ignored?.has(rule.id)) continue;
    for (const finding of rule.run(context)) out.push({ ...finding, severity });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The section of the README that explains a rule: its heading's anchor. The README ships in the
 * extension and sits at the top of the repository; no web address is assumed for it.
 */
export function ruleHelpAnchor(id: RuleId): string {
  return id;
}
