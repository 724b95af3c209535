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

/** Every offset pair must be integers with 0 ≤ start ≤ end ≤ the text's length; `what` names the pair in the message. */
function readRange(start: unknown, end: unknown, what: string, textLength: number): { start: number; end: number } {
  if (!isOffset(start) || !isOffset(end) || start > end || end > textLength) {
    throw new GoldFormatError(`${what} offsets ${String(start)}..${String(end)} are not inside the text`);
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
    const range = readRange(span.start, span.end, `${where}: span ${i}`, text.length);
    const out: GoldSpan = { ...range, type: span.type };
    if (typeof span.text === 'string') out.text = span.text;
    if (typeof span.speaker === 'string') out.speaker = span.speaker;
    if (span.speaker_start !== undefined || span.speaker_end !== undefined) {
      const speaker = readRange(span.speaker_start, span.speaker_end, `${where}: span ${i} speaker`, text.length);
      // An empty speaker range marks no words: kept out, as before.
      if (speaker.start < speaker.end) {
        out.speaker_start = speaker.start;
        out.speaker_end = speaker.end;
      }
    }
    return out;
  });
  // Without a `types` list, the types present in the spans are the ones annotated.
  const types = Array.isArray(doc.types)
    ? doc.types.filter((t): t is string => typeof t === 'string')
    : [...new Set(spans.map((s) => s.type))];
  if (doc.other !== undefined && !Array.isArray(doc.other)) throw new GoldFormatError(`${where}: "other" must be an array`);
  const other: GoldOther[] = (doc.other ?? []).flatMap((o: unknown, i: number) => {
    if (o === null || typeof o !== 'object') throw new GoldFormatError(`${where}: other ${i} is not an object`);
    const rec = o as Record<string, unknown>;
    const range = readRange(rec.start, rec.end, `${where}: other ${i}`, text.length);
    // An empty region covers nothing; one without a label matches no kindred label.
    if (typeof rec.label !== 'string' || range.start === range.end) return [];
    return [{ ...range, label: rec.label }];
  });
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
