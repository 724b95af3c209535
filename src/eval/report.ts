/** Formats scores as a Markdown table (readable in a terminal too). Pure. */
import { SCORED_TYPES, type GoldDocument, type ScoredType } from './gold';
import { prf, type DocumentScore, type TypeCounts } from './score';

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

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Up to `limit` examples of each kind of lenient error per type, with a little context. */
export function formatErrors(docs: readonly GoldDocument[], scores: readonly DocumentScore[], limit: number): string {
  const textOf = new Map(docs.map((d) => [d.id, d.text]));
  const out: string[] = [];
  const kinds = [
    ['missed', (s: DocumentScore) => s.missed],
    ['spurious', (s: DocumentScore) => s.spurious],
    ['wrong speaker', (s: DocumentScore) => s.wrongSpeakers],
  ] as const;
  for (const type of SCORED_TYPES) {
    for (const [kind, pick] of kinds) {
      const examples: string[] = [];
      let total = 0;
      for (const score of scores) {
        for (const e of pick(score)) {
          if (e.type !== type) continue;
          total++;
          if (examples.length >= limit) continue;
          const text = textOf.get(score.id) ?? '';
          const before = oneLine(text.slice(Math.max(0, e.start - 40), e.start), 40);
          const after = oneLine(text.slice(e.end, e.end + 40), 40);
          const speakers = kind === 'wrong speaker' ? `  expected ${JSON.stringify(e.expected ?? null)}, got ${JSON.stringify(e.predicted ?? null)}` : '';
          examples.push(`  ${score.id}: …${before}[${oneLine(e.text, 80)}]${after}…${speakers}`);
        }
      }
      if (total > 0) out.push(`${type} ${kind} (${total}):`, ...examples);
    }
  }
  return out.join('\n');
}
