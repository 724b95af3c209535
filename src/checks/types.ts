// The shapes shared by every editorial check: what a rule reads (the article, its analysis, its
// date) and what it reports (a finding with a range in UTF-16 offsets and, when certain, a fix).
import type { Analysis } from '../extractor/types';

export const RULE_IDS = [
  'unbalanced-quote',
  'weekday-mismatch',
  'mixed-script',
  'name-variant',
  'unattributed-quote',
  'quote-speaker-conflict',
  'first-reference',
  'distant-weekday',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface CheckContext {
  text: string;
  analysis: Analysis;
  /** ISO YYYY-MM-DD: the article's own date, else the one given by the user; undefined when unknown. */
  articleDate?: string;
}

export interface Fix {
  /** Replaces the finding's whole range. */
  replacement: string;
}

export interface Finding {
  rule: RuleId;
  /** UTF-16 offsets into the text; `end` exclusive. */
  start: number;
  end: number;
  /** One line of plain text. */
  message: string;
  fix?: Fix;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One sentence for help texts (SARIF, settings). */
  summary: string;
  run(context: CheckContext): Finding[];
}

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
