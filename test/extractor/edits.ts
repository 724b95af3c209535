/** A text edit for the tests: remove `remove` characters at `at`, then insert `insert` there. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export function applyEdit(text: string, e: Edit): string {
  const at = Math.min(e.at, text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
