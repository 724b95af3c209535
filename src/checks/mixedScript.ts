// mixed-script: a word mixing Latin letters with Cyrillic or Greek ones, as when a name is typed
// or pasted with a look-alike ("Zеlensky" with a Cyrillic е). The fix swaps in the Latin letters
// when every foreign letter has an unambiguous Latin twin.
import type { CheckContext, Finding, Rule } from './types';

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const FOREIGN_ALL = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/** Cyrillic and Greek letters drawn like a Latin one. */
const TWINS: Readonly<Record<string, string>> = {
  а: 'a', в: 'B', е: 'e', к: 'k', м: 'M', о: 'o', р: 'p', с: 'c', т: 'T', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', υ: 'u', χ: 'x', α: 'a',
};

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const LETTER = /[\p{L}\p{M}'’]/u;

/** Greek, Cyrillic and their supplements, by code unit: a plain character class, which V8 scans natively, far faster than a Unicode-property regex or a JavaScript loop. */
const MAYBE_FOREIGN = /[\u0370-\u052f\u1c80-\u1c8f\u1d26-\u1d2b\u1f00-\u1fff\u2de0-\u2dff\ua640-\ua69f]/g;

/** The words around each Cyrillic or Greek letter: English text has few, so this stays fast. */
function* foreignWords(text: string): Generator<{ word: string; index: number }> {
  let after = 0;
  MAYBE_FOREIGN.lastIndex = 0;
  for (let found = MAYBE_FOREIGN.exec(text); found; found = MAYBE_FOREIGN.exec(text)) {
    const i = found.index;
    if (i < after || !FOREIGN.test(text[i])) continue;
    let start = i;
    while (start > 0 && LETTER.test(text[start - 1])) start--;
    let end = i + 1;
    while (end < text.length && LETTER.test(text[end])) end++;
    after = end;
    MAYBE_FOREIGN.lastIndex = end;
    WORD.lastIndex = start;
    for (let w = WORD.exec(text); w && w.index < end; w = WORD.exec(text)) yield { word: w[0], index: w.index };
  }
}

export function findMixedScripts(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const m of foreignWords(context.text)) {
    const word = m.word;
    if (!FOREIGN.test(word) || !LATIN.test(word)) continue;
    const foreign = word.match(FOREIGN_ALL) ?? [];
    const latinCount = [...word].filter((ch) => LATIN.test(ch)).length;
    const first = foreign[0] ?? '';
    const script = /\p{Script=Cyrillic}/u.test(first) ? 'Cyrillic' : 'Greek';
    const fixable = latinCount >= foreign.length && foreign.every((ch) => TWINS[ch] !== undefined);
    findings.push({
      rule: 'mixed-script',
      start: m.index,
      end: m.index + word.length,
      message: `"${word}" mixes Latin letters with ${script} ones (${first} is ${codePoint(first)}${foreign.length > 1 ? `, ${foreign.length} in all` : ''}).`,
      fix: fixable ? { replacement: word.replace(FOREIGN_ALL, (ch) => TWINS[ch]) } : undefined,
    });
  }
  return findings;
}

export const mixedScript: Rule = {
  id: 'mixed-script',
  defaultSeverity: 'warning',
  summary: 'A word that mixes Latin letters with Cyrillic or Greek look-alikes.',
  run: findMixedScripts,
};
