// first-reference: a person first named by surname alone ("Mr. Blinken") while a later mention
// gives the full name ("Antony J. Blinken"). Headlines (short lines without a full stop) don't
// count as a first reference, nor does a short first sentence (a headline run into the body). The fix writes the full name, keeping a title but not Mr./Ms.
import type { Mention } from '../extractor/types';
import { HONORIFICS, nameParts } from './names';
import type { CheckContext, Finding, Rule } from './types';

/** A short line with no closing punctuation, followed by a line break: a headline or a label. */
function inHeadline(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  while (lineEnd > lineStart && /\s/.test(text[lineEnd - 1])) lineEnd--;
  return line.length < 140 && !/[.!?:;"”’)]$/.test(line);
}

/** End of the text's first sentence when it is short enough to be a headline run into the body ("Trump rips Scarborough. Now that…"). */
function runInHeadlineEnd(text: string): number {
  const m = /^[^\n]{1,100}?[.!?](?= +\S)/.exec(text);
  return m ? m[0].length : 0;
}

export function findFirstReferences(context: CheckContext): Finding[] {
  const byEntity = new Map<string, Mention[]>();
  const headlineEnd = runInHeadlineEnd(context.text);
  const headlineLines = new Map<number, boolean>();
  const headline = (offset: number): boolean => {
    const lineStart = context.text.lastIndexOf('\n', offset - 1) + 1;
    let known = headlineLines.get(lineStart);
    if (known === undefined) headlineLines.set(lineStart, (known = inHeadline(context.text, offset)));
    return known;
  };
  for (const mention of context.analysis.mentions) {
    if (mention.type !== 'person' || !mention.entityId) continue;
    if (mention.start < headlineEnd || headline(mention.start)) continue;
    const list = byEntity.get(mention.entityId);
    if (list) list.push(mention);
    else byEntity.set(mention.entityId, [mention]);
  }
  const findings: Finding[] = [];
  for (const mentions of byEntity.values()) {
    const first = nameParts(mentions[0]);
    if (!first || first.given !== '') continue;
    const full = mentions.slice(1).map(nameParts).find((p) => p && p.given !== '' && p.surname === first.surname && !/^\p{Ll}/u.test(p.given));
    if (!full) continue;
    const title = HONORIFICS.has(first.title.replace(/\.$/, '').toLowerCase()) ? '' : first.title;
    // An honorific just before the mention goes with the full name ("Mr. Alvarez" → "Pedro Alvarez"); other titles stay.
    const before = /(?:^|[^\p{L}])((?:Mr|Mrs|Ms|Miss|Mme)\.?\s+)$/u.exec(context.text.slice(Math.max(0, mentions[0].start - 8), mentions[0].start));
    const start = mentions[0].start - (before ? before[1].length : 0);
    findings.push({
      rule: 'first-reference',
      start,
      end: first.surnameStart + first.surname.length,
      message: `First reference to ${full.given} ${full.surname} without the full name, which comes later.`,
      fix: { replacement: `${title ? `${title} ` : ''}${full.given} ${full.surname}` },
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const firstReference: Rule = {
  id: 'first-reference',
  // Off by default: on published news most flags were headlines run into the body and firm names read as people (bench/CHECKS.md).
  defaultSeverity: 'off',
  summary: "A person's first mention is not their full name, while a later mention is.",
  run: findFirstReferences,
};
