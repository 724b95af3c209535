/** Gold annotations in JSON Lines, one document a line (see the eval data README). Pure: parses text, reads nothing. */

export type ScoredType = 'person' | 'place' | 'date' | 'quote';
export const SCORED_TYPES: readonly ScoredType[] = ['person', 'place', 'date', 'quote'];

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
  text?: string;
  /** Quotes only: who said it, as the source wrote it (may be a pronoun or a description). */
  speaker?: string;
  speaker_start?: number;
  speaker_end?: number;
}

export interface GoldOther {
  start: number;
  end: number;
  label: string;
}

export interface GoldDocument {
  id: string;
  types: string[];
  text: string;
  spans: GoldSpan[];
  other: GoldOther[];
}

/** A gold line that cannot be used; the message names the line. */
export class GoldFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFormatError';
  }
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function readSpanRange(raw: Record<string, unknown>, where: string, textLength: number): { start: number; end: number } {
  const { start, end } = raw;
  if (!isOffset(start) || !isOffset(end) || start > end || end > textLength) {
    throw new GoldFormatError(`${where}: span offsets ${String(start)}..${String(end)} are not inside the text`);
  }
  return { start, end };
}

/** Parses one gold document; `where` (e.g. "dev.jsonl:12") prefixes any error. */
export function parseGoldDocument(line: string, where: string): GoldDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new GoldFormatError(`${where}: not valid JSON`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new GoldFormatError(`${where}: expected a JSON object`);
  const doc = raw as Record<string, unknown>;
  if (typeof doc.text !== 'string') throw new GoldFormatError(`${where}: "text" must be a string`);
  if (!Array.isArray(doc.spans)) throw new GoldFormatError(`${where}: "spans" must be an array`);
  const text = doc.text;
  const spans: GoldSpan[] = doc.spans.map((s: unknown, i: number) => {
    if (s === null || typeof s !== 'object') throw new GoldFormatError(`${where}: span ${i} is not an object`);
    const span = s as Record<string, unknown>;
    if (typeof span.type !== 'string') throw new GoldFormatError(`${where}: span ${i} has no "type"`);
    const range = readSpanRange(span, `${where}: span ${i}`, text.length);
    const out: GoldSpan = { ...range, type: span.type };
    if (typeof span.text === 'string') out.text = span.text;
    if (typeof span.speaker === 'string') out.speaker = span.speaker;
    if (isOffset(span.speaker_start) && isOffset(span.speaker_end) && span.speaker_start < span.speaker_end) {
      out.speaker_start = span.speaker_start;
      out.speaker_end = span.speaker_end;
    }
    return out;
  });
  // Without a `types` list, the types present in the spans are the ones annotated.
  const types = Array.isArray(doc.types)
    ? doc.types.filter((t): t is string => typeof t === 'string')
    : [...new Set(spans.map((s) => s.type))];
  const other: GoldOther[] = Array.isArray(doc.other)
    ? doc.other.flatMap((o: unknown) => {
        if (o === null || typeof o !== 'object') return [];
        const rec = o as Record<string, unknown>;
        if (typeof rec.label !== 'string' || !isOffset(rec.start) || !isOffset(rec.end) || rec.start >= rec.end) return [];
        return [{ start: rec.start, end: rec.end, label: rec.label }];
      })
    : [];
  const id = typeof doc.id === 'string' ? doc.id : where;
  return { id, types, text, spans, other };
}

/** Parses a whole JSON Lines file; blank lines are skipped, line numbers start at 1. */
export function parseGoldFile(content: string, name: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    docs.push(parseGoldDocument(line, `${name}:${i + 1}`));
  }
  return docs;
}
