// name-variant: one person's surname spelled two ways in one article (Zelensky / Zelenskyy, Pena /
// Peña, a one-letter slip). Surnames within one edit of each other are found through their
// one-deletion neighbours (linear in the number of names); a pair given different first names is
// two people, not a slip.
import { fold, nameParts, type NameParts } from './names';
import type { CheckContext, Finding, Rule } from './types';

interface Form {
  surname: string;
  uses: NameParts[];
  /** First names this surname is written with ("Volodymyr"). */
  givenNames: Set<string>;
}

/** Shortest surname compared by spelling; shorter names differ by one letter too often (Lee / Lees). */
const MIN_LENGTH = 5;

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function firstGiven(given: string): string | undefined {
  const first = given.split(' ')[0];
  return first && first.replace(/\.$/, '').length > 1 ? first.toLowerCase() : undefined;
}

/** Within one insertion, deletion or substitution, or equal once diacritics are folded. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function findNameVariants(context: CheckContext): Finding[] {
  const forms = new Map<string, Form>();
  for (const mention of context.analysis.mentions) {
    if (mention.type !== 'person') continue;
    const parts = nameParts(mention);
    if (!parts || parts.surname === parts.surname.toUpperCase()) continue; // all capitals: a headline or a label
    // A spelling marked [sic] is quoted as written on purpose.
    if (/^[’'s]*\s*\[sic\]/i.test(context.text.slice(mention.end, mention.end + 12))) continue;
    let form = forms.get(parts.surname);
    if (!form) forms.set(parts.surname, (form = { surname: parts.surname, uses: [], givenNames: new Set() }));
    form.uses.push(parts);
    const given = firstGiven(parts.given);
    if (given) form.givenNames.add(given);
  }
  const buckets = new Map<string, Form[]>();
  for (const form of forms.values()) {
    const folded = fold(form.surname);
    for (const key of deletions(folded)) {
      const list = buckets.get(key);
      if (list) list.push(form);
      else buckets.set(key, [form]);
    }
  }
  const pairs = new Map<string, [Form, Form]>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a === b) continue;
        const fa = fold(a.surname);
        const fb = fold(b.surname);
        const sameFolded = fa === fb;
        if (!sameFolded && (Math.min(fa.length, fb.length) < MIN_LENGTH || !oneEditApart(fa, fb))) continue;
        // A plural or a demonym ("Lankan" / "Lankans"), not a second spelling.
        if (fa === `${fb}s` || fb === `${fa}s`) continue;
        // Different first names: two people (Mary Johnson, John Johnston).
        if (a.givenNames.size > 0 && b.givenNames.size > 0 && ![...a.givenNames].some((g) => b.givenNames.has(g))) continue;
        // Neither spelling ever has a first name: nothing ties the two to one person.
        if (a.givenNames.size === 0 && b.givenNames.size === 0) continue;
        pairs.set([a.surname, b.surname].sort().join('\u0000'), [a, b]);
      }
    }
  }
  const findings: Finding[] = [];
  for (const [a, b] of pairs.values()) {
    const [preferred, variant] = preferredFirst(a, b);
    for (const use of variant.uses) {
      findings.push({
        rule: 'name-variant',
        start: use.surnameStart,
        end: use.surnameStart + variant.surname.length,
        message: `"${variant.surname}" is spelled "${preferred.surname}" elsewhere in this article (${preferred.uses.length}×).`,
        fix: { replacement: preferred.surname },
      });
    }
  }
  return findings.sort((x, y) => x.start - y.start);
}

/** The spelling used with a first name wins, then the more frequent, then the first seen. */
function preferredFirst(a: Form, b: Form): [Form, Form] {
  const fullA = a.givenNames.size > 0;
  const fullB = b.givenNames.size > 0;
  if (fullA !== fullB) return fullA ? [a, b] : [b, a];
  if (a.uses.length !== b.uses.length) return a.uses.length > b.uses.length ? [a, b] : [b, a];
  return a.uses[0].surnameStart <= b.uses[0].surnameStart ? [a, b] : [b, a];
}

export const nameVariant: Rule = {
  id: 'name-variant',
  defaultSeverity: 'warning',
  summary: "One person's name spelled two ways in one article.",
  run: findNameVariants,
};
