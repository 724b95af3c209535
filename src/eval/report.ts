/** Formats scores as a Markdown table (readable in a terminal too). Pure. */
import type { ScoredType } from './gold';
import { prf, type TypeCounts } from './score';

export interface ReportRow {
  system: string;
  data: string;
  type: ScoredType;
  counts: TypeCounts;
}

const HEADER = ['system', 'data', 'type', 'gold', 'pred', 'strict P', 'strict R', 'strict F1', 'lenient P', 'lenient R', 'lenient F1', 'speaker acc.'];
const RIGHT_ALIGNED = new Set(HEADER.slice(3));

function fixed(value: number): string {
  return value.toFixed(3);
}

function cells(row: ReportRow): string[] {
  const { counts } = row;
  const strict = prf(counts.strict);
  const lenient = prf(counts.lenient);
  const nothing = counts.gold === 0 && counts.predicted === 0;
  const score = (v: number) => (nothing ? '–' : fixed(v));
  const speaker =
    row.type !== 'quote' ? '' : counts.speakers.total === 0 ? '–' : `${fixed(counts.speakers.correct / counts.speakers.total)} (${counts.speakers.correct}/${counts.speakers.total})`;
  return [
    row.system,
    row.data,
    row.type,
    String(counts.gold),
    String(counts.predicted),
    score(strict.precision),
    score(strict.recall),
    score(strict.f1),
    score(lenient.precision),
    score(lenient.recall),
    score(lenient.f1),
    speaker,
  ];
}

/** A Markdown table with one row per system, data file and type, columns padded to line up. */
export function formatScoreTable(rows: readonly ReportRow[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, c) => Math.max(3, ...table.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => (RIGHT_ALIGNED.has(HEADER[c]) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (RIGHT_ALIGNED.has(HEADER[c]) ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(HEADER), rule, ...table.slice(1).map(line)].join('\n');
}
