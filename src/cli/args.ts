import { CliError, USAGE_EXIT } from './errors';

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

/**
 * Splits argv into a command, positional arguments, boolean flags and valued options.
 * `valued` lists options that take values; `--gold` may take several ("--gold a.jsonl b.jsonl").
 */
export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>, multiValued: ReadonlySet<string>, known: ReadonlySet<string>): ParsedArgs {
  const result: ParsedArgs = { command: undefined, positional: [], flags: new Set(), values: new Map() };
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      if (result.command === undefined && !onlyPositional && arg !== '-') result.command = arg;
      else result.positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const alias = name === '-h' ? '--help' : name === '-v' ? '--version' : name;
    if (!known.has(alias) && !valued.has(alias)) throw new CliError(`unknown option ${name} (see newsmark --help)`, USAGE_EXIT);
    if (!valued.has(alias)) {
      if (eq > 0) throw new CliError(`option ${name} takes no value`, USAGE_EXIT);
      result.flags.add(alias);
      continue;
    }
    const values = result.values.get(alias) ?? [];
    if (eq > 0) {
      values.push(arg.slice(eq + 1));
    } else {
      let taken = 0;
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--') && (taken === 0 || multiValued.has(alias))) {
        values.push(argv[++i]);
        taken++;
      }
      if (taken === 0) throw new CliError(`option ${name} needs a value`, USAGE_EXIT);
    }
    result.values.set(alias, values);
  }
  return result;
}
