// Runs one rule on a text the way the editor and the command line do (extract, then the rule).
import { extract } from '../../src/extractor';
import { runChecks, type RatedFinding, type RuleId } from '../../src/checks';

export function findings(rule: RuleId, text: string, articleDate?: string): RatedFinding[] {
  const analysis = extract(text, { articleDate });
  return runChecks({ text, analysis, articleDate, severities: { [rule]: 'warning' } }).filter((f) => f.rule === rule);
}

/** The flagged text of each finding. */
export function flagged(rule: RuleId, text: string, articleDate?: string): string[] {
  return findings(rule, text, articleDate).map((f) => text.slice(f.start, f.end));
}

/** The text with the fix of every finding of `rule` applied (last first, so offsets hold). */
export function fixed(rule: RuleId, text: string, articleDate?: string): string {
  let out = text;
  for (const f of findings(rule, text, articleDate).reverse()) if (f.fix) out = out.slice(0, f.start) + f.fix.replacement + out.slice(f.end);
  return out;
}
