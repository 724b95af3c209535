// `.newsmark.json`, the project file a team keeps in git: severities per rule and rules ignored in
// particular articles. Parsing never throws: a bad key is reported (file and key named) and the
// rest of the file still applies.
import { isRuleId, isSeverity, RULE_IDS, SEVERITIES, type RuleId, type Severity } from './types';

export const CONFIG_FILE_NAME = '.newsmark.json';

export interface ChecksConfig {
  severities: Partial<Record<RuleId, Severity>>;
  /** Article path (relative to the file's folder, "/" separated) → rules ignored in it. */
  ignore: Map<string, Set<RuleId>>;
}

export type ConfigResult =
  | { kind: 'ok'; config: ChecksConfig; problems: string[] }
  | { kind: 'invalid'; problem: string };

export function emptyConfig(): ChecksConfig {
  return { severities: {}, ignore: new Map() };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Controls, bidirectional overrides and line separators: shown as \uXXXX so a key cannot reorder or break a message.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** A key or value as it may appear in one line of a message: JSON-quoted, made inert and cut short. */
function show(value: unknown): string {
  const json = (JSON.stringify(value) ?? String(value)).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

export function parseChecksConfig(text: string, fileName: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { kind: 'invalid', problem: `${fileName}: not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})` };
  }
  if (!isPlainObject(data)) return { kind: 'invalid', problem: `${fileName}: expected a JSON object` };
  const config = emptyConfig();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'checks') readSeverities(value, { fileName, config, problems });
    else if (key === 'ignore') readIgnores(value, { fileName, config, problems });
    else if (key !== '$schema') problems.push(`${fileName}: unknown key ${show(key)} (expected "checks" or "ignore")`);
  }
  return { kind: 'ok', config, problems };
}

interface Reading {
  fileName: string;
  config: ChecksConfig;
  problems: string[];
}

function readSeverities(value: unknown, { fileName, config, problems }: Reading): void {
  if (!isPlainObject(value)) {
    problems.push(`${fileName}: "checks" must be an object of rule id → severity`);
    return;
  }
  for (const [rule, severity] of Object.entries(value)) {
    if (!isRuleId(rule)) problems.push(`${fileName}: unknown rule ${show(`checks.${rule}`)} (rules: ${RULE_IDS.join(', ')})`);
    else if (!isSeverity(severity)) problems.push(`${fileName}: "checks.${rule}" is ${show(severity)}; expected one of ${SEVERITIES.join(', ')}`);
    else config.severities[rule] = severity;
  }
}

function readIgnores(value: unknown, { fileName, config, problems }: Reading): void {
  if (!isPlainObject(value)) {
    problems.push(`${fileName}: "ignore" must be an object of article path → list of rule ids`);
    return;
  }
  for (const [path, rules] of Object.entries(value)) {
    if (!Array.isArray(rules)) {
      problems.push(`${fileName}: ${show(`ignore.${path}`)} must be a list of rule ids`);
      continue;
    }
    const set = new Set<RuleId>();
    for (const rule of rules) {
      if (typeof rule === 'string' && isRuleId(rule)) set.add(rule);
      else problems.push(`${fileName}: ${show(`ignore.${path}`)} lists unknown rule ${show(rule)}`);
    }
    config.ignore.set(normalisePath(path), set);
  }
}

/** "./a\\b.txt" → "a/b.txt". */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** The JSON text of `source` with `rule` added to the ignore list of `articlePath`. */
export function withIgnoredRule(source: string | undefined, articlePath: string, rule: RuleId): { kind: 'ok'; text: string } | { kind: 'invalid'; problem: string } {
  let data: Record<string, unknown> = {};
  if (source !== undefined && source.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(source.replace(/^\uFEFF/, ''));
      if (!isPlainObject(parsed)) return { kind: 'invalid', problem: 'the file is not a JSON object' };
      data = parsed;
    } catch {
      return { kind: 'invalid', problem: 'the file is not valid JSON' };
    }
  }
  const ignore = isPlainObject(data.ignore) ? { ...data.ignore } : {};
  const key = normalisePath(articlePath);
  const current = Array.isArray(ignore[key]) ? (ignore[key] as unknown[]) : [];
  if (!current.includes(rule)) ignore[key] = [...current, rule];
  data.ignore = ignore;
  return { kind: 'ok', text: `${JSON.stringify(data, null, 2)}\n` };
}
