// What the workspace index keeps of one article: the entities (kind, canonical name, aliases,
// mention spans), quotes (span, speaker, first words) and dates (span, text), plus the start of
// every line so that locations can be given without the text. Nothing else of the analysis is
// kept, and no string keeps the article text alive. Pure: no `vscode`, no I/O.
import type { Analysis, EntityType } from '../extractor/types';
import { entityKey } from './names';

/**
 * One entity of an article. Its mention spans live in one array shared by the whole article
 * (`mentions` is a view of its part): a typed array per entity would cost more than the spans.
 */
export class IndexedEntity {
  /** How many quotes of the article this entity speaks. */
  quoteCount = 0;

  constructor(
    readonly kind: EntityType,
    /** Canonical name: the fullest form seen. */
    readonly name: string,
    readonly aliases: readonly string[],
    /** `kind:normalised name`: the same person in two articles has the same key. */
    readonly key: string,
    private readonly spans: Uint32Array,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** Mention spans as start, end pairs, in order. */
  get mentions(): Uint32Array {
    return this.spans.subarray(this.from, this.to);
  }

  get mentionCount(): number {
    return (this.to - this.from) / 2;
  }
}

export interface IndexedQuote {
  start: number;
  end: number;
  /** Index into the article's entities; -1 when the speaker is no entity (or unknown). */
  speakerIndex: number;
  /** The speaker as the article names it (an entity's canonical name or the cue's words); '' when unattributed. */
  speaker: string;
  /** The first words of the quote, for labels. */
  firstWords: string;
}

export interface IndexedDate {
  start: number;
  end: number;
  text: string;
  value?: string;
}

export interface ArticleRecord {
  /** The article's URI (or path, for the command line). */
  uri: string;
  /** The workspace folder (or directory given to the command line) the article belongs to. */
  folder: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  /** Offset at which each line starts (line breaks \n, \r\n, \r, as VS Code counts them). */
  lineStarts: Uint32Array;
  entities: IndexedEntity[];
  quotes: IndexedQuote[];
  dates: IndexedDate[];
}

export interface RecordOptions {
  uri: string;
  folder: string;
  text: string;
  analysis: Analysis;
  /** Shares equal strings (names that recur across articles); optional. */
  intern?: (text: string) => string;
}

const FIRST_WORDS = 8;
const NO_ALIASES: readonly string[] = Object.freeze([]);
const FIRST_WORDS_CHARS = 70;

/** The compact record of one analysed article. */
export function recordArticle(options: RecordOptions): ArticleRecord {
  const { analysis, text } = options;
  const intern = options.intern ?? detach;
  const indexById = new Map<string, number>();
  analysis.entities.forEach((entity, i) => indexById.set(entity.id, i));
  const perEntity: number[][] = analysis.entities.map(() => []);
  for (const mention of analysis.mentions) {
    const i = mention.entityId === undefined ? undefined : indexById.get(mention.entityId);
    if (i !== undefined) perEntity[i].push(mention.start, mention.end);
  }
  const spans = new Uint32Array(perEntity.reduce((n, list) => n + list.length, 0));
  let at = 0;
  const entities: IndexedEntity[] = analysis.entities.map((entity, i) => {
    spans.set(perEntity[i], at);
    at += perEntity[i].length;
    const aliases = entity.aliases.length === 0 ? NO_ALIASES : entity.aliases.map(intern);
    return new IndexedEntity(entity.type, intern(entity.name), aliases, intern(entityKey(entity.type, entity.name)), spans, at - perEntity[i].length, at);
  });
  const quotes: IndexedQuote[] = analysis.quotes.map((quote) => {
    const speakerIndex = quote.speakerEntityId === undefined ? -1 : (indexById.get(quote.speakerEntityId) ?? -1);
    if (speakerIndex >= 0) entities[speakerIndex].quoteCount++;
    const speaker = speakerIndex >= 0 ? entities[speakerIndex].name : intern(oneLine(quote.speaker ?? ''));
    return { start: quote.start, end: quote.end, speakerIndex, speaker, firstWords: detach(firstWords(quote.text)) };
  });
  const dates: IndexedDate[] = analysis.dates.map((date) => ({
    start: date.start,
    end: date.end,
    text: detach(oneLine(date.text)),
    ...(date.value === undefined ? {} : { value: intern(date.value) }),
  }));
  return { uri: options.uri, folder: options.folder, length: text.length, lineStarts: lineStarts(text), entities, quotes, dates };
}

/** The entity whose mention covers `offset` (start inclusive, end inclusive so a cursor right after a name counts). */
export function entityAt(record: ArticleRecord, offset: number): { index: number; start: number; end: number } | undefined {
  for (let index = 0; index < record.entities.length; index++) {
    const spans = record.entities[index].mentions;
    for (let j = 0; j < spans.length; j += 2) {
      if (spans[j] <= offset && offset <= spans[j + 1]) return { index, start: spans[j], end: spans[j + 1] };
    }
  }
  return undefined;
}

/** Line and character (UTF-16) of an offset. */
export function positionOf(record: ArticleRecord, offset: number): { line: number; character: number } {
  const starts = record.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

export function lineStarts(text: string): Uint32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return Uint32Array.from(starts);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function firstWords(text: string): string {
  const words = oneLine(text).split(' ');
  let result = words.slice(0, FIRST_WORDS).join(' ');
  if (result.length > FIRST_WORDS_CHARS) result = `${result.slice(0, FIRST_WORDS_CHARS - 1).trimEnd()}…`;
  else if (words.length > FIRST_WORDS) result += '…';
  return result;
}

/**
 * A copy of `text` that shares no memory with the string it was cut from: V8 keeps a long
 * substring as a view of its parent, which would keep the whole article in memory.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
