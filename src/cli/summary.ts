/** The readable summary `newsmark extract FILE` prints. Pure: builds a string. */
import type { Analysis, Entity, EntityType } from '../extractor/types';
import { upperBound } from '../extractor/text/search';
import { inert } from './display';

const GROUPS: Array<{ type: EntityType; title: string }> = [
  { type: 'person', title: 'People' },
  { type: 'place', title: 'Places' },
  { type: 'organization', title: 'Organizations' },
];

/** Offsets of the first character of each line, for 1-based line numbers. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  return upperBound(starts, offset);
}

/** One line of article text for the terminal: control and bidi-override characters shown as spaces, long text cut. */
function preview(text: string, max = 80): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function describeEntity(entity: Entity): string {
  let line = `  ${preview(entity.name, 60)} ×${entity.mentionCount}`;
  if (entity.role) line += ` — ${preview(entity.role, 60)}`;
  if (entity.aliases.length > 0) line += ` (also: ${entity.aliases.map((a) => preview(a, 40)).join(', ')})`;
  return line;
}

export function formatSummary(name: string, text: string, analysis: Analysis): string {
  const starts = lineStarts(text);
  const out: string[] = [];
  const dateNote = analysis.articleDate ? `, article date ${analysis.articleDate}` : '';
  out.push(`${inert(name)}: ${text.length} characters${dateNote}`);

  for (const { type, title } of GROUPS) {
    const entities = analysis.entities.filter((e) => e.type === type).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    if (entities.length === 0 && type === 'organization') continue;
    out.push('', `${title} (${entities.length})`);
    for (const entity of entities) out.push(describeEntity(entity));
  }

  out.push('', `Dates (${analysis.dates.length})`);
  for (const d of analysis.dates) {
    const value = d.value && d.value !== d.text ? ` → ${d.value}` : '';
    out.push(`  ${preview(d.text, 60)}${value}  (line ${lineOf(starts, d.start)})`);
  }

  out.push('', `Quotes (${analysis.quotes.length})`);
  for (const q of analysis.quotes) {
    const speaker = q.speaker ? preview(q.speaker, 40) : 'unattributed';
    const cue = q.cue ? `, ${preview(q.cue, 30)}` : '';
    const short = q.short ? ', short' : '';
    out.push(`  ${speaker}: “${preview(q.text, 70)}”  (line ${lineOf(starts, q.start)}${cue}${short})`);
  }
  return out.join('\n');
}
