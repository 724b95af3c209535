// Translation for the extension's pure modules (hover cards, category names, tree groups), which
// import no `vscode` so that they run in plain Node. Modules that import `vscode` call
// `vscode.l10n.t` themselves; these call `l10n.t`, which `activate` points at `vscode.l10n.t`
// (see extension.ts). Until then, and in unit tests, it gives the English message with its
// values filled in, as VS Code does for English. `npm run l10n` collects the messages of both
// into l10n/bundle.l10n.json.

export type MessageArgument = string | number | boolean;
/** The shape of `vscode.l10n`, as far as the pure modules use it. */
export interface Translation {
  t(message: string, ...args: MessageArgument[]): string;
}

const PLACEHOLDER = /{([^}]+)}/g;

/**
 * `{0}`, `{1}`… (or `{name}` for an object of values) in `message` replaced by `args`, in one pass
 * (a value holding `{1}` stays as it is), as VS Code's `l10n.t` does.
 */
export function formatMessage(message: string, args: readonly MessageArgument[] | Readonly<Record<string, MessageArgument>>): string {
  const values: Readonly<Record<string, MessageArgument>> = isList(args) ? Object.fromEntries(args.map((value, i) => [String(i), value])) : args;
  return message.replace(PLACEHOLDER, (match, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match));
}

function isList(args: readonly MessageArgument[] | Readonly<Record<string, MessageArgument>>): args is readonly MessageArgument[] {
  return Array.isArray(args);
}

let translation: Translation = { t: (message, ...args) => formatMessage(message, args) };

export const l10n = {
  /** The message in the user's display language, `{0}`, `{1}`… filled with `args`. Values from files, settings or articles still go through safeText. */
  t(message: string, ...args: MessageArgument[]): string {
    return translation.t(message, ...args);
  },
};

/** Called once by `activate` with `vscode.l10n`. */
export function useTranslation(use: Translation): void {
  translation = use;
}
