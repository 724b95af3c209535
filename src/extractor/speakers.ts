import type { Entity, Mention, Quote } from './types';
import type { RawQuote } from './quotes';
import { endsParagraph, speakerLabelEnd } from './quotes';
import type { Stretch } from './edits';
import { COMMON_WORDS, WordTable } from './dates-tokens';
import {
  ABBREVIATIONS,
  DETERMINERS,
  GENDERED_HONORIFICS,
  NOUN_LIKE_VERBS,
  NOUN_MARKERS,
  NOUN_PHRASE_STOPS,
  SUBORDINATORS,
  SPEECH_NOUNS,
  SPEECH_VERB_FORMS,
  SUBJECT_PRONOUNS,
  VERB_MODIFIERS,
} from './speakers-lexicon';

// ---------------------------------------------------------------------------------------------
// Tokens: words, punctuation, and each quotation as one opaque token, with sentence and
// paragraph numbers. Attribution rules work on these, never on raw characters.

const enum Kind { Word, Punct, Quote }

/** A region reused unchanged from before the edit, from after it (moved), or anything else. */
const enum Side { Changed, Before, After }

/** Tokens as parallel arrays (no object per token); lowercase forms are made on first use. */
class TokenList {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Quote index for Kind.Quote, else -1. */
  quote: Int32Array;
  sentence: Int32Array;
  paragraph: Int32Array;
  /** Index in WORDS of a word the table holds, else -1. */
  word: Int16Array;
  length = 0;
  /** Lowercase forms made so far of words WORDS does not hold, by token index. */
  private others = new Map<number, string>();
  /**
   * With `dense`, the lowercase form of every word ("" until made) instead: a list kept from one
   * analysis to the next moves its tokens often, which an array copies faster than a map.
   */
  private norms: string[] | undefined;

  constructor(
    private text: string,
    capacity: number,
    dense = false,
  ) {
    capacity = Math.max(16, capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.quote = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
    this.paragraph = new Int32Array(capacity);
    this.word = new Int16Array(capacity);
    if (dense) this.norms = new Array<string>(capacity).fill('');
  }

  /** `word`: the index in WORDS of a word the table holds, else -1. */
  push(start: number, end: number, kind: Kind, quote: number, sentence: number, paragraph: number, word: number): void {
    if (this.length === this.start.length) this.grow();
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.kind[k] = kind;
    this.quote[k] = quote;
    this.sentence[k] = sentence;
    this.paragraph[k] = paragraph;
    this.word[k] = word;
    if (this.norms !== undefined) this.norms[k] = word >= 0 ? WORDS.words[word] : '';
    else if (this.others.size > 0) this.others.delete(k);
  }

  /** Empties the list for tokens of another text, keeping its buffers. */
  /** Tokens of the previous use still in the buffers (see reuse()). */
  previous = 0;

  /**
   * Starts over for tokens of another text, keeping its buffers and, until overwritten, its old
   * tokens (a caller may keep a prefix that it knows to be unchanged by moving `length`).
   */
  reuse(text: string): void {
    this.text = text;
    this.previous = this.length;
    this.length = 0;
  }

  /** Clears what is left of the previous use past the new end. */
  finish(): void {
    const from = this.length;
    const to = this.previous;
    if (to <= from) return;
    this.start.fill(0, from, to);
    this.end.fill(0, from, to);
    this.kind.fill(0, from, to);
    this.quote.fill(0, from, to);
    this.sentence.fill(0, from, to);
    this.paragraph.fill(0, from, to);
    this.word.fill(0, from, to);
    this.norms?.fill('', from, to);
    // Lowercase forms past the end may stay in `others`: whatever writes a token there replaces its form.
  }

  /** Appends a region's tokens, moving offsets, quotation, sentence and paragraph numbers. */
  append(other: TokenList, offset: number, quoteBase: number, sentenceBase: number, paragraphBase: number): void {
    while (this.length + other.length > this.start.length) this.grow();
    const at = this.length;
    for (let k = 0; k < other.length; k++) {
      this.start[at + k] = other.start[k] + offset;
      this.end[at + k] = other.end[k] + offset;
      this.quote[at + k] = other.quote[k] < 0 ? -1 : other.quote[k] + quoteBase;
      this.sentence[at + k] = other.sentence[k] + sentenceBase;
      this.paragraph[at + k] = other.paragraph[k] + paragraphBase;
      this.word[at + k] = other.word[k];
      if (this.norms !== undefined) this.norms[at + k] = other.word[k] >= 0 ? WORDS.words[other.word[k]] : other.madeNorm(k);
      else if (this.others.size > 0) this.others.delete(at + k);
    }
    if (this.norms === undefined) for (const [k, n] of other.others) if (k < other.length) this.others.set(at + k, n);
    this.kind.set(other.kind.subarray(0, other.length), at);
    this.length += other.length;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const widen = <T extends Int32Array | Int16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = widen(this.start, (n) => new Int32Array(n));
    this.end = widen(this.end, (n) => new Int32Array(n));
    this.kind = widen(this.kind, (n) => new Uint8Array(n));
    this.quote = widen(this.quote, (n) => new Int32Array(n));
    this.sentence = widen(this.sentence, (n) => new Int32Array(n));
    this.paragraph = widen(this.paragraph, (n) => new Int32Array(n));
    this.word = widen(this.word, (n) => new Int16Array(n));
    if (this.norms !== undefined) {
      const norms = new Array<string>(size).fill('');
      for (let k = 0; k < this.length; k++) norms[k] = this.norms[k];
      this.norms = norms;
    }
  }

  /** The lowercase form of a word that WORDS does not hold, if made already, else "". */
  private madeNorm(k: number): string {
    return (this.norms !== undefined ? this.norms[k] : this.others.get(k)) ?? '';
  }

  /** Lowercase word, the punctuation character, or "" for a quotation. */
  norm(k: number): string {
    if (this.kind[k] !== Kind.Word) return this.kind[k] === Kind.Quote ? '' : this.text[this.start[k]];
    const id = this.word[k];
    if (id >= 0) return WORDS.words[id];
    if (this.norms !== undefined) {
      let n = this.norms[k];
      if (n === '') {
        n = this.text.slice(this.start[k], this.end[k]).toLowerCase();
        this.norms[k] = n;
      }
      return n;
    }
    let n = this.others.get(k);
    if (n === undefined) {
      n = this.text.slice(this.start[k], this.end[k]).toLowerCase();
      this.others.set(k, n);
    }
    return n;
  }

}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000;
}

/** Characters that may join two word parts: U.S., O’Neill, counter-punching, AT&T. */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26;
}

function isUpperCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isPossessive(w: string): boolean {
  return w.endsWith("'s") || w.endsWith('’s') || w.endsWith("s'") || w.endsWith('s’');
}

/**
 * A character as WordTable's hash folds it: ASCII letters to lower case, and the Kelvin sign to
 * "k" (the one character outside ASCII whose lower case is ASCII), so a word's table index is
 * exactly "its lowercase form is in the table".
 */
function foldCode(c: number): number {
  return c === 0x212a ? 0x6b : c | 32;
}

function isSentenceEndCode(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026;
}

/** Character classes of ASCII for the tokenizer, as isSpaceCode() and isWordCode() say. */
const SPACE = 1;
const WORD = 2;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => (isSpaceCode(c) ? SPACE : isWordCode(c) ? WORD : 0));

/** Start offsets of the paragraphs of `text`, by the rule the quote scanner uses. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (endsParagraph(text, i, lineStart)) starts.push(i + 1);
    lineStart = i + 1;
  }
  return starts;
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The stretches of text attribution needs: each paragraph holding a quote and the non-blank
 * paragraph before it. Only these are tokenised, so long quote-free stretches cost a newline scan.
 */
function regionsAround(text: string, quotes: readonly RawQuote[], starts: number[]): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const end = (k: number): number => (k + 1 < starts.length ? starts[k + 1] : text.length);
  let p = 0;
  let seen = -1; // paragraph whose predecessor was already looked up
  let first = 0;
  for (const q of quotes) {
    while (p + 1 < starts.length && starts[p + 1] <= q.outerStart) p++;
    if (p !== seen) {
      seen = p;
      first = p - 1;
      while (first >= 0 && blank(text, starts[first], end(first))) first--;
      if (first < 0) first = p;
    }
    let last = p;
    while (last + 1 < starts.length && starts[last + 1] < q.outerEnd) last++;
    const a = starts[first];
    const b = end(last);
    const prev = regions[regions.length - 1];
    if (prev && a <= prev[1]) prev[1] = Math.max(prev[1], b);
    else regions.push([a, b]);
  }
  return regions;
}

/** The stretches of `text` that attribution reads, for quotes sorted by `outerStart`. */
export function attributionRegions(text: string, quotes: readonly RawQuote[]): Array<[number, number]> {
  return regionsAround(text, quotes, paragraphStarts(text));
}

/** The tokens of one region, numbered from its own first paragraph, sentence and quotation. */
interface RegionTokens {
  length: number;
  /** Paragraph starts inside the region and the quotation spans in it, relative to its start. */
  layout: Int32Array;
  tokens: TokenList;
  /** Sentence numbers used (the last one). */
  sentences: number;
  /** Where the last analysis put these tokens in its token list, and with which numbering. */
  placedAt: number;
  placedFrom: number;
  placedQuote: number;
  placedSentence: number;
  placedParagraph: number;
}

/**
 * Tokens of the regions of the previous analysis by their start, so that after an edit only the
 * region it touched is tokenised again. A region is reused when it lies wholly before or after
 * the edited stretch and has the same length, paragraph starts and quotation spans.
 */
export class RegionTokenCache {
  private entries = new Map<number, RegionTokens>();
  private next = new Map<number, RegionTokens>();
  private edit: Stretch | undefined;

  begin(edit: Stretch | undefined): void {
    this.edit = edit;
    this.next = new Map();
  }

  end(): void {
    this.entries = this.next;
    this.edit = undefined;
  }

  /** Where each region of the current analysis lies relative to the edit (see Side). */
  regions: Array<[number, number]> = [];
  sides: Side[] = [];

  /** Whether a region of this analysis is the unchanged one from before or after the edit. */
  side(from: number, n: number): Side {
    const e = this.edit!;
    return n <= e.start ? Side.Before : from >= e.newEnd ? Side.After : Side.Changed;
  }

  /** The edit of the current analysis, if it follows another. */
  get stretch(): Stretch | undefined {
    return this.edit;
  }

  /** The last analysis's quotations (by outerStart), their speakers and the quotes handed out, with the entities and genders they were found with. */
  quoteStarts: number[] = [];
  speakers: (Speaker | undefined)[] = [];
  quotes: Quote[] = [];
  speakerEntities: readonly Entity[] = [];
  speakerGenders = new Map<string, Gender>();
  speakerMentions: Mention[] = [];

  private indexed: readonly Entity[] = [];
  private index = new Map<string, Entity>();

  /** Entities by id; the previous index when the entities are the same objects as last time. */
  entityIndex(entities: readonly Entity[]): Map<string, Entity> {
    let same = entities.length === this.indexed.length;
    for (let k = 0; same && k < entities.length; k++) same = entities[k] === this.indexed[k];
    if (!same) {
      this.index = indexEntities(entities);
      this.indexed = entities;
    }
    return this.index;
  }

  /** The token list of the whole text, its buffers kept from one analysis to the next. */
  tokenList(text: string): TokenList {
    if (this.list) this.list.reuse(text);
    else this.list = new TokenList(text, 1024, true);
    return this.list;
  }

  private list: TokenList | undefined;

  get(from: number, n: number, quotes: readonly RawQuote[], qi: number, starts: number[], paragraph: number): RegionTokens | undefined {
    const e = this.edit;
    if (e === undefined) return undefined;
    const before = n <= e.start ? from : from >= e.newEnd ? from - e.delta : -1;
    const r = before < 0 ? undefined : this.entries.get(before);
    if (r === undefined || r.length !== n - from) return undefined;
    return sameLayout(r.layout, from, n, quotes, qi, starts, paragraph) ? r : undefined;
  }

  set(from: number, r: RegionTokens): void {
    this.next.set(from, r);
  }
}

/**
 * Tokenises text[from, n) — and reads nothing outside it, which lets RegionTokenCache reuse the
 * result for the same text, paragraph starts and quotation spans — where `qi` is the first quotation with `outerStart >= from` and
 * `paragraph` the index of the paragraph starting at `from`. Numbers sentences from 1 (plus
 * `sentenceBase`) and paragraphs and quotations from the given indices minus the bases.
 */
function tokenizeRegion(text: string, from: number, n: number, quotes: readonly RawQuote[], qi: number, starts: number[], paragraph: number, tokens: TokenList, quoteBase: number, paragraphBase: number, offset: number, sentenceBase = 0): number {
  let sentence = 0;
  let pendingBoundary = false; // a sentence end was seen; the next token may start a new sentence
  const first = tokens.length;
  let nextParagraph = paragraph + 1 < starts.length ? starts[paragraph + 1] : Infinity;
  let nextQuote = qi < quotes.length ? quotes[qi].outerStart : Infinity;

  for (let i = from; i < n; ) {
    let start = i;
    let end = i;
    let kind = Kind.Punct;
    let quote = -1;
    let word = -1;
    let boundaryAfter = false;
    if (i >= nextQuote) {
      const q = quotes[qi];
      const at = i;
      if (i === q.outerStart) {
        start = q.outerStart;
        end = q.outerEnd;
        kind = Kind.Quote;
        quote = qi;
        let e = q.end;
        while (e > q.start && isSpaceCode(text.charCodeAt(e - 1))) e--;
        boundaryAfter = e > q.start && isSentenceEndCode(text.charCodeAt(e - 1));
        i = Math.max(q.outerEnd, i + 1);
      }
      qi++;
      nextQuote = qi < quotes.length ? quotes[qi].outerStart : Infinity;
      if (i === at) continue;
    } else {
      const c = text.charCodeAt(i);
      const cls = c < 128 ? ASCII_CLASS[c] : isSpaceCode(c) ? SPACE : isWordCode(c) ? WORD : 0;
      if (cls === SPACE) {
        i++;
        continue;
      }
      if (cls === WORD) {
        let j = i + 1;
        let dotted = false;
        let h = foldCode(c);
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 128 ? ASCII_CLASS[d] === WORD : isWordCode(d)) {
            h = (Math.imul(h, 31) + (d < 128 ? d | 32 : foldCode(d))) | 0;
            j++;
          } else if (isJoiner(d) && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
            if (d === 0x2e) dotted = true;
            h = (Math.imul(Math.imul(h, 31) + (d | 32), 31) + foldCode(text.charCodeAt(j + 1))) | 0;
            j += 2;
          } else break;
        }
        let id = -2; // not looked up
        // A period belongs to an abbreviation or an initial, and then ends no sentence.
        if (j < n && text.charCodeAt(j) === 0x2e) {
          let abbreviation = dotted || (j - i === 1 && isUpperCode(c));
          if (!abbreviation && j - i <= 5) {
            id = WORDS.find(text, i, j, h);
            abbreviation = id >= 0 && (WORD_FLAGS[id] & W_ABBREVIATION) !== 0;
          }
          if (abbreviation) {
            j++;
            h = (Math.imul(h, 31) + 0x2e) | 0;
            id = -2;
          }
        }
        if (id === -2) id = WORDS.find(text, i, j, h);
        word = id;
        start = i;
        end = j;
        kind = Kind.Word;
        i = j;
      } else {
        start = i;
        end = i + 1;
        kind = Kind.Punct;
        boundaryAfter = isSentenceEndCode(c) && (i + 1 >= n || isSpaceCode(text.charCodeAt(i + 1)));
        i++;
      }
    }
    if (start >= nextParagraph || tokens.length === first) {
      if (start >= nextParagraph) {
        do paragraph++;
        while (paragraph + 1 < starts.length && starts[paragraph + 1] <= start);
        nextParagraph = paragraph + 1 < starts.length ? starts[paragraph + 1] : Infinity;
      }
      sentence++;
      pendingBoundary = false;
    }
    if (pendingBoundary) {
      pendingBoundary = false;
      const c = text.charCodeAt(start);
      if (kind === Kind.Quote || isUpperCode(c) || (c >= 0x30 && c <= 0x39)) sentence++;
    }
    tokens.push(start - offset, end - offset, kind, quote < 0 ? -1 : quote - quoteBase, sentence + sentenceBase, paragraph - paragraphBase, word);
    if (kind === Kind.Quote) {
      while (paragraph + 1 < starts.length && starts[paragraph + 1] < end) paragraph++;
      nextParagraph = paragraph + 1 < starts.length ? starts[paragraph + 1] : Infinity;
    }
    if (boundaryAfter) pendingBoundary = true;
  }
  return sentence;
}

/** The index of the last paragraph start at or before `at`. */
function paragraphAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether `layout` is the layout regionLayout() would make. */
function sameLayout(layout: Int32Array, from: number, n: number, quotes: readonly RawQuote[], qi: number, starts: number[], paragraph: number): boolean {
  const count = layout[0]!;
  let k = 1;
  let p = paragraph + 1;
  for (; p < starts.length && starts[p] < n; p++) {
    if (k > count || layout[k] !== starts[p] - from) return false;
    k++;
  }
  if (k !== count + 1) return false;
  let q = qi;
  for (; q < quotes.length && quotes[q].outerStart < n; q++) {
    const r = quotes[q];
    if (k + 4 > layout.length || layout[k] !== r.outerStart - from || layout[k + 1] !== r.outerEnd - from || layout[k + 2] !== r.start - from || layout[k + 3] !== r.end - from) return false;
    k += 4;
  }
  return k === layout.length;
}

/** What a region's tokens depend on besides its text: its paragraph starts and quotation spans. */
function regionLayout(from: number, n: number, quotes: readonly RawQuote[], qi: number, starts: number[], paragraph: number): Int32Array {
  let p = paragraph + 1;
  while (p < starts.length && starts[p] < n) p++;
  let q = qi;
  while (q < quotes.length && quotes[q].outerStart < n) q++;
  const layout = new Int32Array(1 + (p - paragraph - 1) + 4 * (q - qi));
  let k = 0;
  layout[k++] = p - paragraph - 1;
  for (let i = paragraph + 1; i < p; i++) layout[k++] = starts[i] - from;
  for (let i = qi; i < q; i++) {
    const r = quotes[i];
    layout[k++] = r.outerStart - from;
    layout[k++] = r.outerEnd - from;
    layout[k++] = r.start - from;
    layout[k++] = r.end - from;
  }
  return layout;
}

function tokenize(text: string, quotes: readonly RawQuote[], cache?: RegionTokenCache): TokenList {
  const starts = paragraphStarts(text);
  const regions = regionsAround(text, quotes, starts);
  let covered = 0;
  for (const [a, b] of regions) covered += b - a;
  // News text has about one token per 7–8 characters; a denser text grows the list.
  const tokens = cache ? cache.tokenList(text) : new TokenList(text, Math.ceil(covered / 6));
  if (cache) {
    cache.regions = regions;
    cache.sides = [];
  }
  let qi = 0;
  let sentences = 0;
  // Regions before the edit sit where they were in the kept token list: they are not copied again.
  let intact = cache !== undefined;
  for (const [from, n] of regions) {
    while (qi < quotes.length && quotes[qi].outerStart < from) qi++;
    const paragraph = paragraphAt(starts, from);
    if (!cache) {
      sentences += tokenizeRegion(text, from, n, quotes, qi, starts, paragraph, tokens, 0, 0, 0, sentences);
      continue;
    }
    let region = cache.get(from, n, quotes, qi, starts, paragraph);
    cache.sides.push(region ? cache.side(from, n) : Side.Changed);
    if (!region) {
      const layout = regionLayout(from, n, quotes, qi, starts, paragraph);
      // A copy, not a slice: a slice would keep this whole version of the document alive in the cache.
      const own = new TokenList((' ' + text.slice(from, n)).slice(1), (n - from) >> 2, true);
      const used = tokenizeRegion(text, from, n, quotes, qi, starts, paragraph, own, qi, paragraph, from);
      // Lower-case forms made once per region rather than once per analysis.
      for (let k = 0; k < own.length; k++) if (own.kind[k] === Kind.Word) own.norm(k);
      region = { length: n - from, layout, tokens: own, sentences: used, placedAt: -1, placedFrom: -1, placedQuote: -1, placedSentence: -1, placedParagraph: -1 };
    }
    cache.set(from, region);
    const at = tokens.length;
    if (
      intact &&
      region.placedAt === at &&
      region.placedFrom === from &&
      region.placedQuote === qi &&
      region.placedSentence === sentences &&
      region.placedParagraph === paragraph &&
      at + region.tokens.length <= tokens.previous
    ) {
      tokens.length += region.tokens.length;
    } else {
      intact = false;
      tokens.append(region.tokens, from, qi, sentences, paragraph);
    }
    region.placedAt = at;
    region.placedFrom = from;
    region.placedQuote = qi;
    region.placedSentence = sentences;
    region.placedParagraph = paragraph;
    sentences += region.sentences;
  }
  if (cache) tokens.finish();
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Noun phrases around a reporting verb.

interface Phrase {
  /** Token range [first, last] of the speaker phrase. */
  first: number;
  last: number;
  /** For a relative pronoun ("…, who said"), the phrase it stands for. */
  refers?: Phrase;
}

interface Cue {
  phrase: Phrase;
  verb: number;
  /** Token count of the cue (2 for "according to"). */
  verbLength: number;
  /** Used only when no other cue is found in the clause (an infinitive: "quick to add"). */
  weak?: boolean;
}

function isDashCode(c: number): boolean {
  return c === 0x2014 || c === 0x2015 || c === 0x2013;
}
/** Last words of short introductory phrases of time or place ("Two years ago,", "At one point,"). */
const INTRO_ENDINGS = new Set(
  'ago later earlier there then now however meanwhile instead also too though today tonight yesterday year years week weeks month months day days time times point night morning afternoon evening weekend'.split(' '),
);
const SENTENCE_ADVERBS = new Set(
  'however meanwhile first second third finally still instead now then separately also moreover indeed again nevertheless nonetheless likewise similarly though too yes no well so overall ultimately initially previously afterward afterwards eventually otherwise anyway besides additionally specifically notably importantly'.split(' '),
);
const HEADLINE_VERBS = new Set(['says', 'said', 'tells', 'warns', 'claims', 'insists', 'admits', 'urges', 'vows', 'argues', 'asks', 'declares']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', 'am']);
const COORDINATORS = new Set(['but', 'and', 'while', 'whereas', 'yet', 'so']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'of', 'to']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);

/** The period of an abbreviation or a title ("Gov.", "Jan.") ends no sentence. */
const W_ABBREVIATION = 1;
/** A form of a reporting verb, or "according": the only words a cue can turn on. */
const W_CUE = 2;

/**
 * Words whose lowercase form the tokenizer hands out as a shared string (no string made per
 * token): those the rules look up and the most frequent words of news text, with their W_* bits.
 */
const WORDS = new WordTable()
  .add(W_CUE, SPEECH_VERB_FORMS.keys(), ['according'])
  .add(W_ABBREVIATION, ABBREVIATIONS)
  .add(
    0, NOUN_LIKE_VERBS, SUBORDINATORS, NOUN_MARKERS, SPEECH_NOUNS, SUBJECT_PRONOUNS.keys(), NOUN_PHRASE_STOPS, VERB_MODIFIERS, DETERMINERS,
    Array.from(ABBREVIATIONS, (w) => w + '.'), GENDERED_HONORIFICS.keys(), INTRO_ENDINGS, SENTENCE_ADVERBS, HEADLINE_VERBS, COORDINATORS,
    PREPOSITIONS, WEEKDAYS, COMMON_WORDS,
  );
const IN_WORDS: ReadonlySet<string> = new Set(WORDS.words);
/** Words that may open a main clause before its subject ("But …", "And …"). */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet']);
const WORD_FLAGS = WORDS.flags;

class Attributor {
  constructor(
    private readonly text: string,
    private readonly tokens: TokenList,
  ) {}

  isWord(k: number): boolean {
    return k >= 0 && k < this.tokens.length && this.tokens.kind[k] === Kind.Word;
  }

  isPunct(k: number, ch: string): boolean {
    // A punctuation token is one UTF-16 unit and `ch` one character: compared by code, without a string.
    return k >= 0 && k < this.tokens.length && this.tokens.kind[k] === Kind.Punct && this.text.charCodeAt(this.tokens.start[k]) === ch.charCodeAt(0);
  }

  /** A punctuation token that is a dash (—, ―, –). */
  isDash(k: number): boolean {
    return this.tokens.kind[k] === Kind.Punct && isDashCode(this.text.charCodeAt(this.tokens.start[k]));
  }

  capitalised(k: number): boolean {
    return isUpperCode(this.text.charCodeAt(this.tokens.start[k]));
  }

  /** A reporting verb used as a verb here (not "his remarks", "the United States", "late-night tweets"). */
  speechVerb(k: number): boolean {
    // Every reporting verb form is in WORDS: a word it does not hold is none.
    if (!this.isWord(k) || this.tokens.word[k] < 0) return false;
    const w = this.tokens.norm(k);
    const lemma = SPEECH_VERB_FORMS.get(w);
    if (lemma === undefined) return false;
    if (this.capitalised(k) && k > 0 && this.tokens.sentence[k - 1] === this.tokens.sentence[k]) {
      // Title case only in a headline that ends with the verb: "…, Senator Says."
      const last = k + 1 >= this.tokens.length || this.tokens.sentence[k + 1] !== this.tokens.sentence[k] || this.isPunct(k + 1, '.') || this.isPunct(k + 1, ':');
      if (!(last && HEADLINE_VERBS.has(w) && this.capitalised(k - 1))) return false;
    }
    if (lemma === 'put' && !(this.isWord(k + 1) && this.tokens.norm(k + 1) === 'it')) return false;
    if (w === lemma && k > 0 && this.isWord(k - 1) && this.tokens.norm(k - 1) === 'to') return false; // an infinitive
    if (k > 0 && this.isWord(k - 1)) {
      const prev = this.tokens.norm(k - 1);
      if (NOUN_MARKERS.has(prev) || isPossessive(prev)) return false;
      if (NOUN_LIKE_VERBS.has(lemma) && w !== lemma && (w === lemma + 's' || w === lemma + 'es')) {
        if (prev === 'he' || prev === 'she' || prev === 'it') return true;
        // "Trump claims" but not "of Republican claims", "the Trump tweets"
        const before = k > 1 && this.isWord(k - 2) ? this.tokens.norm(k - 2) : '';
        return this.capitalised(k - 1) && !NOUN_MARKERS.has(before) && before !== 'of' && !/^\d/.test(before);
      }
      if (NOUN_LIKE_VERBS.has(lemma) && w === lemma) {
        return prev === 'i' || prev === 'we' || prev === 'you' || prev === 'they' || (prev.endsWith('s') && !prev.endsWith('ss') && !isPossessive(prev));
      }
    }
    return true;
  }

  /** Word k's lowercase form is in `set`, one of the word sets WORDS holds entirely (false for any other token). */
  inTable(k: number, set: ReadonlySet<string>): boolean {
    if (k < 0 || k >= this.tokens.length) return false;
    const id = this.tokens.word[k];
    return id >= 0 && set.has(WORDS.words[id]);
  }

  /** Word k is the word `lit` (in lower case). */
  is(k: number, lit: string): boolean {
    if (k < 0 || k >= this.tokens.length || this.tokens.kind[k] !== Kind.Word) return false;
    const id = this.tokens.word[k];
    if (id >= 0) return WORDS.words[id] === lit;
    // A word outside the table spells no table word.
    return !IN_WORDS.has(lit) && this.tokens.norm(k) === lit;
  }

  /** Word k ends in "ed", or in "s" but not "'s" (its lowercase form, read from the text). */
  endsLikeVerb(k: number): boolean {
    const id = this.tokens.word[k];
    if (id >= 0) {
      const w = WORDS.words[id];
      return w.endsWith('ed') || (w.endsWith('s') && !isPossessive(w));
    }
    const a = this.tokens.start[k];
    const e = this.tokens.end[k];
    const last = this.text.charCodeAt(e - 1) | 32;
    if (e - a >= 2 && (this.text.charCodeAt(e - 2) | 32) === 0x65 && last === 0x64) return true;
    if (last !== 0x73) return false;
    if (e - a < 2) return true;
    const b = this.text.charCodeAt(e - 2);
    return b !== 0x27 && b !== 0x2019;
  }

  /** Word k is four ASCII digits ("2010"). */
  fourDigits(k: number): boolean {
    const a = this.tokens.start[k];
    if (this.tokens.end[k] - a !== 4) return false;
    for (let i = a; i < a + 4; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return false;
    }
    return true;
  }

  /** Word k ends in "n't" or "n’t", in any case (as its lowercase form would). */
  endsWithNt(k: number): boolean {
    const e = this.tokens.end[k];
    if (e - this.tokens.start[k] < 3) return false;
    const a = this.text.charCodeAt(e - 3);
    const b = this.text.charCodeAt(e - 2);
    return (a | 32) === 0x6e && (b === 0x27 || b === 0x2019) && (this.text.charCodeAt(e - 1) | 32) === 0x74;
  }

  /** Word k ends in the two lower-case ASCII letters `a` `b`, in any case. */
  endsWithFolded(k: number, a: number, b: number): boolean {
    const e = this.tokens.end[k];
    return e - this.tokens.start[k] >= 2 && (this.text.charCodeAt(e - 2) | 32) === a && (this.text.charCodeAt(e - 1) | 32) === b;
  }

  /** Whether a cue may turn on token k: false unless it is a form of a reporting verb or "according". */
  mayCue(k: number): boolean {
    if (!this.isWord(k)) return false;
    const id = this.tokens.word[k];
    return id >= 0 && (WORD_FLAGS[id] & W_CUE) !== 0;
  }

  isParticiple(k: number): boolean {
    const w = this.tokens.norm(k);
    const lemma = SPEECH_VERB_FORMS.get(w);
    return lemma !== undefined && lemma !== w && w.endsWith('ing');
  }

  accordingTo(k: number): boolean {
    return this.is(k, 'according') && this.is(k + 1, 'to');
  }

  /** A word that may sit between a speaker and the verb: "also", "later", "on Monday", "-ly" adverbs. */
  modifier(k: number): boolean {
    if (!this.isWord(k)) return false;
    // A word WORDS does not hold is in none of these sets: only its ending counts ("-n't", "-ly").
    if (this.tokens.word[k] < 0 && !this.endsWithNt(k) && !this.endsWithFolded(k, 0x6c, 0x79)) return false;
    const w = this.tokens.norm(k);
    if (VERB_MODIFIERS.has(w) || WEEKDAYS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return true;
    return w.length > 4 && w.endsWith('ly') && !this.capitalised(k);
  }

  /** A word that can be part of a speaker phrase. */
  phraseWord(k: number): boolean {
    if (!this.isWord(k)) return false;
    if (this.tokens.word[k] < 0) return !this.endsWithNt(k);
    const w = this.tokens.norm(k);
    if (NOUN_PHRASE_STOPS.has(w) || (SPEECH_VERB_FORMS.has(w) && this.speechVerb(k))) return false;
    if (w === 'according' || w.endsWith("n't") || w.endsWith('n’t')) return false;
    return true;
  }

  pronoun(k: number): boolean {
    return this.isWord(k) && this.tokens.word[k] >= 0 && SUBJECT_PRONOUNS.has(this.tokens.norm(k));
  }

  /** A common noun for people or bodies ("officials", "spokesman", "director", "consultant") by its ending. */
  personNoun(k: number): boolean {
    if (!this.isWord(k)) return false;
    return /(?:s|man|woman|person|er|or|ist|ent|ant)$/.test(this.tokens.norm(k)) && !isPossessive(this.tokens.norm(k));
  }

  /** The words right before token `k` (inclusive) that form a speaker phrase, at most 8, not before `lo`. */
  wordsBack(k: number, lo: number): Phrase | undefined {
    if (k >= lo && this.isPunct(k, ')')) {
      let j = k - 1;
      while (j >= lo && j > k - 12 && !this.isPunct(j, '(')) j--;
      if (j < lo || !this.isPunct(j, '(')) return undefined;
      k = j - 1;
    }
    if (k < lo) return undefined;
    if (this.pronoun(k)) return { first: k, last: k };
    let first = k + 1;
    while (first - 1 >= lo && k - first < 7 && this.phraseWord(first - 1)) first--;
    if (first > k) return undefined;
    // "Officials in the United States said": through a preposition when that reaches the clause start
    if (first - 1 > lo && this.inTable(first - 1, PREPOSITIONS) && this.tokens.norm(first - 1) !== 'to' && this.personNoun(first - 2)) {
      let j = first - 1;
      while (j - 1 >= lo && k - j < 10 && (this.phraseWord(j - 1) || (this.inTable(j - 1, PREPOSITIONS)))) j--;
      const opensClause = j === lo || (j > 0 && this.tokens.kind[j - 1] === Kind.Punct && this.tokens.norm(j - 1) !== ')');
      if (opensClause && this.phraseWord(j) && !this.inTable(j, PREPOSITIONS)) first = j;
    }
    // A phrase does not start with a preposition-like "of" nor end in one.
    while (first <= k && this.tokens.norm(first) === 'of') first++;
    if (first > k || this.tokens.norm(k) === 'of') return undefined;
    return { first, last: k };
  }

  /** The speaker phrase before a reporting verb at `v`: "Ms. Psaki said", "Psaki, the press secretary, said", "she later told". */
  phraseBefore(v: number, lo: number): Phrase | undefined {
    let k = v - 1;
    for (;;) {
      while (k >= lo && this.modifier(k) && !this.pronoun(k)) k--;
      // "on Monday", "in 2010" between speaker and verb
      const timeWord = k >= lo && this.isWord(k) && (this.inTable(k, WEEKDAYS) || this.fourDigits(k));
      if (timeWord && k - 1 >= lo && this.isWord(k - 1) && (this.tokens.norm(k - 1) === 'on' || this.tokens.norm(k - 1) === 'in')) k -= 2;
      else break;
    }
    if (k < lo) return undefined;
    // "…, who said": the relative pronoun, standing for the phrase before it
    if (this.isWord(k) && (this.tokens.norm(k) === 'who' || this.tokens.norm(k) === 'which')) {
      const refers = this.wordsBack(this.isPunct(k - 1, ',') ? k - 2 : k - 1, lo);
      return refers ? { first: k, last: k, refers } : undefined;
    }
    if (this.isPunct(k, ',')) {
      // "Clinton, during a town hall meeting in Columbus, Ohio, said": a subject set off by commas
      const subject = this.subject(lo, k);
      if (subject && this.isPunct(subject.last + 1, ',') && subject.last + 1 < k) return subject;
      // Appositions or relative clauses between commas ("Psaki, the press secretary, said"): the
      // speaker stands before them, unless a common-noun description precedes a name in the
      // apposition ("the campaign chairman, John Podesta, said").
      let right = k;
      for (let level = 0; level < 3; level++) {
        let j = right - 1;
        while (j >= lo && j > right - 40 && !this.isPunct(j, ',') && this.tokens.kind[j] !== Kind.Quote && this.tokens.sentence[j] === this.tokens.sentence[k]) j--;
        if (j < lo || !this.isPunct(j, ',')) return undefined;
        const segment = this.wordsBack(right - 1, j + 1);
        if (segment && segment.first === j + 1 && (this.allCapitalised(segment) || this.pronoun(segment.first))) {
          if (level > 0) return segment; // "Of Carson, Levine, who has …, said"
          const before = this.wordsBack(j - 1, lo);
          if (!before || !this.capitalised(before.last)) return segment;
        }
        const before = this.wordsBack(j - 1, lo);
        if (!before) return undefined;
        if (before.first === lo || !this.isPunct(before.first - 1, ',')) return before;
        right = j;
      }
      return undefined;
    }
    return this.wordsBack(k, lo);
  }

  /** Words only, none of them a clause link or auxiliary (prepositions allowed): "a narrator in the ad". */
  plainPhrase(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (!this.isWord(k)) return false;
      const w = this.tokens.norm(k);
      if (NOUN_PHRASE_STOPS.has(w) && !PREPOSITIONS.has(w) && !this.pronoun(k)) return false;
      if (this.pronoun(k) && k !== from) return false;
    }
    return to > from;
  }

  allCaps(k: number): boolean {
    if (!this.isWord(k)) return false;
    const from = this.tokens.start[k];
    const to = this.tokens.end[k];
    // ASCII by character codes: no lower-case letter and at least one upper-case one.
    let upper = false;
    let i = from;
    for (; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 128) break;
      if (c >= 0x61 && c <= 0x7a) return false;
      if (c >= 0x41 && c <= 0x5a) upper = true;
    }
    if (i === to) return to - from > 1 && upper;
    const t = this.text.slice(from, to);
    return t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase();
  }

  /** "Trump’s claim that …": the possessor of a noun for something said. */
  possessorCue(t: number, lo: number): Cue | undefined {
    for (let v = t - 1; v > lo; v--) {
      if (this.tokens.kind[v] === Kind.Quote) return undefined;
      if (!this.inTable(v, SPEECH_NOUNS)) continue;
      let k = v - 1;
      if (this.isWord(k) && !this.capitalised(k) && !isPossessive(this.tokens.norm(k))) k--; // "Trump’s latest claim"
      if (!this.isWord(k) || !isPossessive(this.tokens.norm(k)) || !this.capitalised(k)) continue;
      const phrase = this.wordsBack(k, lo);
      if (phrase) return { phrase, verb: v, verbLength: 0 };
    }
    return undefined;
  }

  allCapitalised(p: Phrase): boolean {
    for (let k = p.first; k <= p.last; k++) if (!this.capitalised(k)) return false;
    return true;
  }

  /** The speaker phrase after a reporting verb: "said Ms. Psaki", "according to officials". */
  phraseAfter(k: number, hi: number): Phrase | undefined {
    if (k >= hi) return undefined;
    if (this.pronoun(k)) return { first: k, last: k };
    let last = k - 1;
    while (last + 1 < hi && last + 1 - k < 8 && this.phraseWord(last + 1)) last++;
    if (last < k) return undefined;
    while (last >= k && this.tokens.norm(last) === 'of') last--;
    if (last < k) return undefined;
    return { first: k, last };
  }

  /** Where the main clause of a sentence starts: after "But"/"And" and an introductory clause ending in a comma. */
  clauseStart(sa: number, hi: number): number {
    let k = sa;
    if (this.allCaps(k)) {
      // A dateline or a heading run into the text: "WASHINGTON — …", "LOS ANGELES, Sept. 28 (UPI) — …"
      let j = k;
      while (j < hi && j < k + 15 && !this.isDash(j)) j++;
      if (j < hi && j < k + 15) k = j + 1;
    }
    while (k < hi && this.inTable(k, CLAUSE_LINKS)) k++;
    // "However, …", "First, …", "Wednesday, …" (but not "Graham, who …")
    if (k + 1 < hi && this.isPunct(k + 1, ',') && this.sentenceAdverb(k)) k += 2;
    while (k < hi && this.inTable(k, WEEKDAYS)) k++;
    // "Then he …", "Still, …"
    if (k + 1 < hi && this.sentenceAdverb(k) && !this.pronoun(k) && this.isWord(k + 1) && (this.pronoun(k + 1) || this.capitalised(k + 1))) k++;
    if (k < hi && this.isWord(k) && (this.inTable(k, SUBORDINATORS) || this.introParticiple(k))) {
      let j = k;
      while (j < hi && j < k + 30 && !this.isPunct(j, ',') && !(this.tokens.kind[j] === Kind.Quote && this.quoteEndsWithComma(j))) j++;
      if (j < hi && (this.isPunct(j, ',') || this.tokens.kind[j] === Kind.Quote)) {
        k = j + 1;
        if (k + 1 < hi && this.isPunct(k + 1, ',') && this.sentenceAdverb(k)) k += 2; // "…, though, Allen said"
      }
      return k;
    }
    // "Eight years ago, …", "A month later, …", "Somewhere in there, …"
    for (let j = k + 1; j < hi && j <= k + 5; j++) {
      if (this.isPunct(j, ',')) {
        if (this.inTable(j - 1, INTRO_ENDINGS)) return j + 1;
        break;
      }
      if (!this.isWord(j)) break;
    }
    return k;
  }

  /** An adverb that can open a sentence before a comma: "However,", "First,", "Unfortunately,", "Monday,". */
  sentenceAdverb(k: number): boolean {
    if (!this.isWord(k)) return false;
    // A word outside the table is in none of the sets: only an -ly ending can make it one.
    if (this.tokens.word[k] < 0 && !this.endsWithFolded(k, 0x6c, 0x79)) return false;
    const w = this.tokens.norm(k);
    return SENTENCE_ADVERBS.has(w) || WEEKDAYS.has(w) || INTRO_ENDINGS.has(w) || (w.length > 4 && w.endsWith('ly'));
  }

  /** "Reading from a prepared text, …", "Bemoaning the …": an -ing word opening the sentence. */
  introParticiple(k: number): boolean {
    if (!this.capitalised(k) || !this.endsWithFolded(k, 0x6e, 0x67)) return false; // "…ng"
    const w = this.tokens.norm(k);
    return w.length > 5 && w.endsWith('ing') && w !== 'according' && this.capitalised(k);
  }

  /** A quotation whose text ends with a comma (“…,”), which closes the clause around it. */
  quoteEndsWithComma(k: number): boolean {
    let e = this.tokens.end[k] - 1;
    while (e > this.tokens.start[k] && (this.text.charCodeAt(e) === 0x201d || this.text.charCodeAt(e) === 0x22 || isSpaceCode(this.text.charCodeAt(e)))) e--;
    return this.text.charCodeAt(e) === 0x2c;
  }

  /** True when the sentence opens with a subordinate clause whose end (a comma) is not found before `hi`. */
  openIntro(sa: number, hi: number): boolean {
    const k = this.clauseStart(sa, hi);
    return k < hi && this.inTable(k, SUBORDINATORS) && !this.pronoun(k);
  }

  /**
   * Sentence subject: a pronoun, or the phrase that opens the main clause, cut after its last
   * capitalised word ("Former Republican presidential candidate Jeb Bush"), or a determiner and a
   * noun ("The piece").
   */
  subject(sa: number, hi: number): Phrase | undefined {
    const k = this.clauseStart(sa, hi);
    if (k >= hi || !this.isWord(k)) return undefined;
    if (this.pronoun(k)) return { first: k, last: k };
    let last = -1;
    let lower = 0; // lowercase words since the last capitalised one
    for (let j = k; j < hi && j - k < 8 && this.phraseWord(j); j++) {
      const determiner = this.inTable(j, DETERMINERS);
      if (this.capitalised(j) && !determiner) {
        last = j;
        lower = 0;
        continue;
      }
      if (determiner && j === k) continue;
      // A lowercase word may sit inside a name phrase ("Republican presidential candidate Jeb
      // Bush"), but one that looks like a verb ends it ("Trump attacked Romney").
      if (this.endsLikeVerb(j) || ++lower > 2) break;
    }
    if (last >= k) return { first: k, last };
    if (this.inTable(k, DETERMINERS) && this.phraseWord(k + 1) && k + 1 < hi) return { first: k, last: k + 1 };
    return undefined;
  }

  /** A reporting clause after the quote: ", she said", ", said Ms. Psaki", " — Name", "…, according to X". */
  cueAfter(t: number, hi: number): Cue | undefined {
    let r = t + 1;
    if (this.isPunct(r, ',')) r++;
    if (r >= hi) return undefined;
    if (this.isDash(r)) {
      const phrase = this.phraseAfter(r + 1, hi);
      if (phrase && this.capitalised(phrase.first)) return { phrase, verb: r, verbLength: 1 };
      return undefined;
    }
    if (this.accordingTo(r)) {
      const phrase = this.phraseAfter(r + 2, hi);
      return phrase ? { phrase, verb: r, verbLength: 2 } : undefined;
    }
    if (this.speechVerb(r)) {
      if (this.isParticiple(r)) return undefined; // "…,” answering questions: no speaker after it
      const phrase = this.phraseAfter(r + 1, hi);
      return phrase ? { phrase, verb: r, verbLength: 1 } : undefined;
    }
    const sentence = this.tokens.sentence[r];
    const crossed = sentence !== this.tokens.sentence[t];
    for (let v = r + 1; v < hi && v < r + 26; v++) {
      if (this.tokens.kind[v] === Kind.Quote || this.tokens.sentence[v] !== sentence) break;
      if (!this.speechVerb(v) || this.isParticiple(v)) continue;
      const phrase = this.phraseBefore(v, r);
      if (!phrase || phrase.first !== r) {
        // "“…” a narrator in the campaign ad asks.": a longer phrase with prepositions
        if (v - r <= 10 && this.plainPhrase(r, v)) return { phrase: { first: r, last: v - 1 }, verb: v, verbLength: 1 };
        break;
      }
      // In the next sentence ("“…” Trump said."), only a clause that quotes nothing else.
      if (crossed) {
        for (let u = v + 1; u < hi && this.tokens.sentence[u] === sentence; u++) if (this.tokens.kind[u] === Kind.Quote) return undefined;
      }
      return { phrase, verb: v, verbLength: 1 };
    }
    if (crossed) return undefined;
    // "…, according to X" or "as X put it" later in the sentence
    for (let v = r; v < hi && v < r + 40; v++) {
      if (this.tokens.kind[v] === Kind.Quote || this.tokens.sentence[v] !== sentence) break;
      if (this.accordingTo(v)) {
        const phrase = this.phraseAfter(v + 2, hi);
        if (phrase) return { phrase, verb: v, verbLength: 2 };
      }
      if (this.isWord(v) && this.tokens.norm(v) === 'as') {
        for (let u = v + 2; u < hi && u < v + 10; u++) {
          if (this.tokens.norm(u) === 'put' && this.speechVerb(u)) {
            const phrase = this.phraseBefore(u, v + 1);
            if (phrase) return { phrase, verb: u, verbLength: 2 };
          }
        }
      }
    }
    return undefined;
  }

  /** A reporting clause earlier in the sentence: "Ms. Psaki said: “…”", "X said he was “…”"; the main clause's verb first. */
  cueBefore(t: number, sa: number): Cue | undefined {
    const lo = Math.max(sa, t - 80);
    let from = this.clauseStart(lo, t);
    if (from >= t) from = lo;
    // With an opening subordinate clause whose end is not marked, the verb nearest the quote is the main one.
    // In "…, but X said …", "…; X said …" the clause nearest the quote comes first.
    let clause = from;
    let clauseWord = -1; // first word of the coordinate clause
    for (let k = t - 1; k > from; k--) {
      const comma = this.isPunct(k, ',') || (this.tokens.kind[k] === Kind.Quote && this.quoteEndsWithComma(k));
      if (this.isPunct(k, ';') || (comma && this.inTable(k + 1, COORDINATORS))) {
        clauseWord = this.isPunct(k, ';') ? k + 1 : k + 2;
        clause = this.clauseStart(clauseWord, t);
        if (clause >= t) clause = clauseWord;
        break;
      }
    }
    const starts = clause > from && clause < t ? [clause, from] : [from];
    for (const start of starts) {
      const nearestFirst = this.openIntro(start, t);
      let relative: Cue | undefined; // "X, who says …, wrote": the main verb's cue is preferred
      for (let step = 0; step < t - start; step++) {
        const v = nearestFirst ? t - 1 - step : start + step;
        const cue = this.cueAt(v, start, t);
        if (!cue) continue;
        if ((cue.phrase.refers && this.isPunct(cue.phrase.first - 1, ',') && !nearestFirst) || cue.weak) {
          relative ??= cue;
          continue;
        }
        return cue;
      }
      if (relative) return relative;
      if (start === clause && clause > from) {
        // A coordinate clause with its own subject and no reporting verb: "…, and as Trump went on about “…”"
        let k = clauseWord;
        if (this.inTable(k, SUBORDINATORS)) k++;
        const subject = k < t && (this.pronoun(k) || this.capitalised(k)) ? this.subject(k, t) : undefined;
        if (subject) return { phrase: subject, verb: subject.first, verbLength: 0 };
      }
    }
    return undefined;
  }

  /** The cue whose reporting verb is at `v`, with its speaker between `from` and `t`. */
  cueAt(v: number, from: number, t: number): Cue | undefined {
    if (!this.mayCue(v)) return undefined;
    if (this.accordingTo(v)) {
      const phrase = this.phraseAfter(v + 2, t);
      return phrase ? { phrase, verb: v, verbLength: 2 } : undefined;
    }
    if (this.isWord(v) && SPEECH_VERB_FORMS.get(this.tokens.norm(v)) === this.tokens.norm(v) && v > from && this.isWord(v - 1) && this.tokens.norm(v - 1) === 'to') {
      // "Trump was quick to add that …": the subject of the clause, unless a finite verb speaks
      const phrase = this.subject(from, v);
      return phrase ? { phrase, verb: v, verbLength: 1, weak: true } : undefined;
    }
    if (!this.speechVerb(v)) return undefined;
    if (this.isParticiple(v) && !this.progressive(v)) {
      // "…, saying “…”": the speaker is the subject of the clause the participle hangs on.
      const phrase = this.subject(from, v);
      return phrase ? { phrase, verb: v, verbLength: 1 } : undefined;
    }
    // "Said Ms. Psaki: …", "“…”, said Ms. Psaki", "“…,” said Ms. Psaki, explaining …: “…”"
    const afterQuote = (k: number): boolean => k >= 0 && this.tokens.kind[k] === Kind.Quote;
    const inverted = v === from || afterQuote(v - 1) || (this.isPunct(v - 1, ',') && afterQuote(v - 2));
    const phrase = this.phraseBefore(v, from) ?? (inverted ? this.phraseAfter(v + 1, t) : undefined);
    return phrase ? { phrase, verb: v, verbLength: 1 } : undefined;
  }

  /** "is claiming", "was already telling": a participle after a form of "be". */
  progressive(v: number): boolean {
    let k = v - 1;
    while (k >= 0 && this.inTable(k, VERB_MODIFIERS) && !BE_FORMS.has(this.tokens.norm(k))) k--;
    return k >= 0 && this.isWord(k) && BE_FORMS.has(this.tokens.norm(k));
  }

  /** A reporting clause closing the sentence: "A cashier who “…” is held accountable, Warren said." */
  closingCue(t: number, sb: number): Cue | undefined {
    let end = sb;
    while (end > t + 1 && this.tokens.kind[end - 1] === Kind.Punct && !this.isPunct(end - 1, ',')) end--;
    for (let c = end - 2; c > t && c >= end - 14; c--) {
      if (this.tokens.kind[c] === Kind.Quote) return undefined;
      if (!this.isPunct(c, ',')) continue;
      const r = c + 1;
      if (this.speechVerb(r)) {
        const phrase = this.phraseAfter(r + 1, end);
        return phrase && phrase.last === end - 1 ? { phrase, verb: r, verbLength: 1 } : undefined;
      }
      for (let v = r + 1; v < end; v++) {
        if (!this.speechVerb(v) || this.isParticiple(v)) continue;
        const phrase = this.phraseBefore(v, r);
        if (!phrase || phrase.first !== r) return undefined;
        // only modifiers, an addressee or a time after the verb: "…, he told reporters on Monday."
        for (let u = v + 1; u < end; u++) if (!this.isWord(u) || this.speechVerb(u)) return undefined;
        return { phrase, verb: v, verbLength: 1 };
      }
      return undefined;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Linking a speaker phrase to the people and organizations found in the text.

interface Speaker {
  start: number;
  end: number;
  name: string;
  entityId?: string;
  cue?: string;
}

type Gender = 'female' | 'male';

function entityGender(entity: Entity | undefined): Gender | undefined {
  const g = (entity as (Entity & { gender?: Gender }) | undefined)?.gender;
  return g === 'female' || g === 'male' ? g : undefined;
}

/**
 * Attaches a speaker to each quote from the cue around it: a reporting clause after the quote
 * (“…,” she said / said Ms. Psaki / Ms. Psaki said), one earlier in the same sentence (Ms. Psaki
 * said: “…” / according to …), a transcript label ("NAME: …"), or else the speaker of the previous
 * sentence or paragraph. Pronouns resolve to the most recent fitting person before the quote.
 */
/**
 * `quoteMentions`, when given, receives each quote's mention, made from the quotation as found (a
 * quote comes in many shapes, with or without a speaker, a cue or parts, and code reading them is
 * deoptimised by each shape it has not met).
 */
export function attributeSpeakers(text: string, quotes: RawQuote[], entityMentions: Mention[], entities: Entity[], cache?: RegionTokenCache, quoteMentions?: Mention[]): Quote[] {
  const sorted = [...quotes].sort((a, b) => a.outerStart - b.outerStart);
  const tokens = tokenize(text, sorted, cache);
  const at = new Attributor(text, tokens);
  const entityById = cache ? cache.entityIndex(entities) : indexEntities(entities);
  const mentions = namedMentions(entityMentions);
  // Gender hints from honorifics in front of a person's mentions ("Ms. Psaki").
  const honorificGender = honorificGenders(text, mentions);
  const genderOf = (id: string): Gender | undefined => entityGender(entityById.get(id)) ?? honorificGender.get(id);

  // Person mentions outside quotations, for resolving pronouns.
  const people: Mention[] = [];
  const organizations: Mention[] = [];
  mentionsOutside(sorted, mentions, people, organizations);

  // Reach is counted without carriage returns, so a CRLF file resolves as its LF checkout does.
  // CRs only shorten a distance, so they are looked up only for one at or past the limit.
  let crs: number[] | undefined;
  const within = (from: number, to: number, limit: number): boolean => {
    if (to - from < limit) return true;
    if (crs === undefined) {
      crs = [];
      for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) crs.push(i);
    }
    if (crs.length === 0) return false;
    const before = (p: number): number => {
      let lo = 0;
      let hi = crs!.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (crs![mid]! < p) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return to - from - (before(to) - before(from)) < limit;
  };

  /** "it said": the most recent organization before, within a few hundred characters. */
  const lastOrganizationBefore = (pos: number): Mention | undefined => {
    let lo = 0;
    let hi = organizations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (organizations[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    const m = organizations[lo - 1];
    return m && within(m.end, pos, 600) ? m : undefined;
  };

  const lastPersonBefore = (pos: number, gender: Gender | undefined): Mention | undefined => {
    let lo = 0;
    let hi = people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (people[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    // The nearest person of the pronoun's gender within reach, else the nearest of unknown gender.
    let unknown: Mention | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - 40 && within(people[k].end, pos, PERSON_REACH); k--) {
      const m = people[k];
      const g = genderOf(m.entityId!);
      if (gender === undefined || g === gender) return m;
      if (g === undefined && !unknown) unknown = m;
    }
    return unknown;
  };

  /** The entity mention that overlaps the phrase, the last one when several do. */
  const mentionIn = (start: number, end: number): Mention | undefined => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    let found: Mention | undefined;
    for (let k = lo; k < mentions.length && mentions[k].start < end; k++) {
      if (mentions[k].end > start && (!found || mentions[k].type === 'person' || found.type !== 'person')) found = mentions[k];
    }
    return found;
  };

  const speakerFrom = (cue: Cue): Speaker => {
    if (cue.phrase.refers) {
      // "…, who said": the pronoun is the mention, the phrase it stands for names the speaker
      const named = speakerFrom({ ...cue, phrase: cue.phrase.refers });
      return { ...named, start: tokens.start[cue.phrase.first], end: tokens.end[cue.phrase.first] };
    }
    const first = { start: tokens.start[cue.phrase.first], end: tokens.end[cue.phrase.first] };
    const last = { start: tokens.start[cue.phrase.last], end: tokens.end[cue.phrase.last] };
    const cueText =
      cue.verbLength === 0 || at.isDash(cue.verb)
        ? undefined
        : cue.verbLength === 1
          ? tokens.norm(cue.verb) // one token: no space inside, and its lowercase form made once
          : text.slice(tokens.start[cue.verb], tokens.end[cue.verb + cue.verbLength - 1]).replace(/\s+/g, ' ').toLowerCase();
    const phraseText = text.slice(first.start, last.end);
    const firstWord = tokens.norm(cue.phrase.first);
    if (cue.phrase.first === cue.phrase.last && SUBJECT_PRONOUNS.has(firstWord)) {
      const gender = SUBJECT_PRONOUNS.get(firstWord);
      if (firstWord === 'he' || firstWord === 'she' || firstWord === 'it') {
        const m = firstWord === 'it' ? lastOrganizationBefore(first.start) : lastPersonBefore(first.start, gender);
        if (m) {
          const e = entityById.get(m.entityId!);
          return { start: first.start, end: first.end, name: e?.name ?? m.text, entityId: m.entityId, cue: cueText };
        }
      }
      return { start: first.start, end: first.end, name: phraseText, cue: cueText };
    }
    // Linked only when the name is the head of the phrase ("pollster Stan Greenberg"), not a
    // modifier ("the Biden administration", "Trump’s campaign", "a spokesman for the ministry").
    let head = cue.phrase.last;
    for (let k = cue.phrase.first + 1; k < cue.phrase.last; k++) {
      if (at.inTable(k, PREPOSITIONS) && at.personNoun(k - 1) && (!at.capitalised(k - 1) || k - 1 === cue.phrase.first)) {
        head = k - 1;
        break;
      }
    }
    const m = mentionIn(first.start, tokens.end[head]);
    if (m && m.end > tokens.start[head]) {
      const e = entityById.get(m.entityId!);
      return { start: m.start, end: m.end, name: e?.name ?? m.text, entityId: m.entityId, cue: cueText };
    }
    return { start: first.start, end: last.end, name: phraseText, cue: cueText };
  };

  const quoteToken = quoteTokens(tokens, sorted.length);
  // Sentence numbers never decrease along the tokens, so a sentence's ends are found by bisection
  // (a long sentence would otherwise be walked token by token for every quote in it).
  /** The first token of k's sentence, at most 400 tokens back. */
  const sentenceStart = (k: number): number => {
    const sentence = tokens.sentence[k];
    let lo = Math.max(0, k - 400);
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.sentence[mid] < sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The token after k's sentence, at most 400 tokens on. */
  const sentenceEnd = (k: number): number => {
    const sentence = tokens.sentence[k];
    let lo = k + 1;
    let hi = Math.min(tokens.length, k + 400);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.sentence[mid] <= sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const speakers: (Speaker | undefined)[] = new Array(sorted.length);
  /** The cue of a sentence without quotations ("Ms. Psaki said on Friday that …" / "She added:"). */
  const sentenceCue = (sa: number, sb: number): Speaker | undefined => {
    for (let k = sb - 1; k >= sa; k--) {
      if (tokens.kind[k] === Kind.Quote) return speakers[tokens.quote[k]];
    }
    const cue = at.cueBefore(sb, sa);
    return cue ? speakerFrom(cue) : undefined;
  };

  /**
   * For a quote opening its paragraph: the cue of the previous paragraph's last sentence, else its
   * last attributed quote; through up to three paragraphs made only of quotations.
   */
  const previousParagraphSpeaker = (sa: number): Speaker | undefined => {
    for (let hops = 0; hops < 3 && sa > 0; hops++) {
      const pa = tokens.paragraph[sa - 1];
      const last = sentenceStart(sa - 1);
      const cue = sentenceCue(last, sa);
      if (cue) return cue;
      let k = sa - 1;
      let quoteOnly = true;
      while (k >= 0 && tokens.paragraph[k] === pa && sa - k < 400) {
        if (tokens.kind[k] === Kind.Quote) {
          if (speakers[tokens.quote[k]]) return speakers[tokens.quote[k]];
        } else if (tokens.kind[k] === Kind.Word) quoteOnly = false;
        k--;
      }
      if (!quoteOnly || k < 0) return undefined;
      sa = k + 1;
    }
    return undefined;
  };

  // After an edit, a quote keeps its previous speaker when everything its attribution reads is
  // unchanged: the entities and honorific genders are the same, its region and the next one are
  // unchanged regions before the edit (with all regions before them), or its region, the four
  // before it (as far back as a speaker is looked for) and the next one are unchanged regions
  // after the edit, beyond a person's reach from it, and the quotes in them kept their speakers.
  // The same entity objects mean the grouping was moved past the edit, mentions and all; else
  // (the edit changed a name) the mentions before and after the edit are compared with the
  // previous ones, and the entities they name by what attribution reads of them (not their ids,
  // which shift when an entity comes or goes, nor their names, which a kept speaker takes anew).
  const edit = cache?.stretch;
  const [reuseBefore, reuseAfter, renamed, reachFrom] = cache !== undefined && edit !== undefined ? reusable(cache, edit, entities, entityById, honorificGender, mentions) : [false, false, undefined, 0];
  const reuse = reuseBefore || reuseAfter;
  const regions = cache?.regions ?? [];
  const sides = cache?.sides ?? [];
  const previous = cache?.speakers ?? [];
  const previousStarts = cache?.quoteStarts ?? [];
  const kept = new Uint8Array(sorted.length);
  /** The index of the same quotation in the previous analysis, if it is unmoved before the edit or moved after it. */
  const previousIndex = (qi: number, q: RawQuote): number => {
    if (q.outerStart < edit!.start) return previousStarts[qi] === q.outerStart ? qi : -1;
    if (q.outerStart < edit!.newEnd) return -1;
    const j = qi - (sorted.length - previousStarts.length);
    return j >= 0 && previousStarts[j] === q.outerStart - edit!.delta ? j : -1;
  };
  let beforePrefix = 0;
  while (reuseBefore && beforePrefix < sides.length && sides[beforePrefix] === Side.Before) beforePrefix++;
  // Where a region must start to be beyond a person's reach (counted without CRs) from the edit.
  let far = text.length + 1;
  if (reuseAfter) {
    let counted = 0;
    let i = reachFrom;
    while (i < text.length && counted < PERSON_REACH) if (text.charCodeAt(i++) !== 0x0d) counted++;
    if (counted >= PERSON_REACH) far = i;
  }
  const regionFirstQuote: number[] = [];
  let region = -1;
  let lastChanged = -1; // the last quote whose speaker may differ from its previous one
  const sameSpeaker = (a: Speaker | undefined, b: Speaker | undefined): boolean =>
    a === undefined ? b === undefined : b !== undefined && a.start === b.start && a.end === b.end && a.name === b.name && a.entityId === b.entityId && a.cue === b.cue;
  /** Whether the last speaker carried() returned is the previous one itself. */
  let unchanged = false;
  /** A previous speaker moved by `delta`, with its entity's new id and name (itself when nothing changes); null when its entity was not matched. */
  const carried = (old: Speaker | undefined, delta: number): Speaker | undefined | null => {
    unchanged = old === undefined;
    if (old === undefined) return undefined;
    let id = old.entityId;
    let name = old.name;
    if (id !== undefined && renamed !== undefined) {
      id = renamed.get(id);
      if (id === undefined) return null;
      name = entityById.get(id)!.name;
    }
    unchanged = delta === 0 && id === old.entityId && name === old.name;
    return unchanged ? old : { ...old, start: old.start + delta, end: old.end + delta, name, entityId: id };
  };

  for (let qi = 0; qi < sorted.length; qi++) {
    const q = sorted[qi];
    while (region + 1 < regions.length && regions[region + 1]![0] <= q.outerStart) {
      region++;
      regionFirstQuote[region] = qi;
    }
    if (reuse) {
      let side = Side.Changed;
      if (region >= 0 && (region + 1 < beforePrefix || (region + 1 === regions.length && region < beforePrefix))) side = Side.Before;
      else if (region >= 0) {
        const lo = Math.max(0, region - 4);
        const hi = Math.min(regions.length - 1, region + 1);
        let all = regions[lo]![0] >= far && lastChanged < regionFirstQuote[lo]!;
        for (let r = lo; all && r <= hi; r++) all = sides[r] === Side.After;
        if (all) side = Side.After;
      }
      const j = side === Side.Changed ? -1 : previousIndex(qi, q);
      const s = j >= 0 ? carried(previous[j], side === Side.Before ? 0 : edit!.delta) : null;
      if (s !== null) {
        speakers[qi] = s;
        if (unchanged) kept[qi] = 1;
        continue;
      }
    }
    speakers[qi] = attribute(qi, q);
    if (reuse) {
      // Compared with the previous speaker of the same quotation, when it has one.
      const j = previousIndex(qi, q);
      const old = j < 0 ? null : carried(previous[j], q.outerStart < edit!.start ? 0 : edit!.delta);
      if (old === null || !sameSpeaker(speakers[qi], old)) lastChanged = qi;
    } else lastChanged = qi;
  }
  if (cache) {
    const starts: number[] = new Array(sorted.length);
    for (let qi = 0; qi < sorted.length; qi++) starts[qi] = sorted[qi].outerStart;
    cache.quoteStarts = starts;
    cache.speakers = speakers;
    cache.speakerEntities = entities;
    cache.speakerGenders = honorificGender;
    cache.speakerMentions = mentions;
  }

  function attribute(qi: number, q: RawQuote): Speaker | undefined {
    const t = quoteToken[qi];
    if (t < 0) return undefined;
    const sa = sentenceStart(t);
    // The reporting clause may follow in the next sentence when the quote ends one: “…” Trump said.
    let sb = sentenceEnd(t);
    if (sb === t + 1 && sb < tokens.length && tokens.paragraph[sb] === tokens.paragraph[t]) sb = sentenceEnd(sb);

    let speaker: Speaker | undefined;
    let possessor: Cue | undefined;
    const label = transcriptLabel(text, q);
    let leftHasWords = false;
    for (let k = sa; k < t && !leftHasWords; k++) leftHasWords = tokens.kind[k] === Kind.Word;
    const after = at.cueAfter(t, sb);
    const before = after ? undefined : at.cueBefore(t, sa);
    const closing = after || before ? undefined : at.closingCue(t, sentenceEnd(t));
    if (label) speaker = label;
    else if (after) speaker = speakerFrom(after);
    else if (before) speaker = speakerFrom(before);
    else if (closing) speaker = speakerFrom(closing);
    else if (leftHasWords && (possessor = at.possessorCue(t, sa))) speaker = { ...speakerFrom(possessor), cue: undefined };
    else if (!leftHasWords) {
      // A quote opening its sentence with no cue: the speaker of the previous sentence in the
      // paragraph, or, for a quote opening its paragraph, of the previous paragraph.
      if (sa > 0 && tokens.paragraph[sa - 1] === tokens.paragraph[t]) {
        speaker = sentenceCue(sentenceStart(sa - 1), sa);
      } else {
        speaker = previousParagraphSpeaker(sa);
      }
    } else {
      // A phrase quoted inside a sentence without a reporting verb: the sentence's subject.
      // A phrase quoted inside an introductory clause belongs to the main clause's subject.
      const main = at.clauseStart(sa, sentenceEnd(t));
      const subject = main > t ? at.subject(sa, sentenceEnd(t)) : at.subject(sa, t);
      if (subject) {
        speaker = { ...speakerFrom({ phrase: subject, verb: subject.first, verbLength: 0 }), cue: undefined };
      }
    }
    return speaker;
  }

  const previousQuotes = cache?.quotes ?? [];
  const quoteOf = (q: RawQuote, i: number): Quote => {
    // A quotation before the edit with its speaker kept is the previous quote, when nothing differs.
    if (kept[i]) {
      const old = previousQuotes[i];
      if (old !== undefined && old.start === q.start && old.end === q.end && old.outerStart === q.outerStart && old.outerEnd === q.outerEnd && old.short === q.short && sameParts(old.parts, q.parts)) {
        quoteMentions?.push({ start: q.start, end: q.end, type: 'quote', text: old.text });
        return old;
      }
    }
    const quoted = text.slice(q.start, q.end);
    quoteMentions?.push({ start: q.start, end: q.end, type: 'quote', text: quoted });
    const out: Quote = {
      id: `q${i}`,
      start: q.start,
      end: q.end,
      text: quoted,
      outerStart: q.outerStart,
      outerEnd: q.outerEnd,
      short: q.short,
    };
    if (q.parts) out.parts = q.parts;
    const s = speakers[i];
    if (s) {
      out.speaker = s.name;
      out.speakerStart = s.start;
      out.speakerEnd = s.end;
      if (s.entityId) out.speakerEntityId = s.entityId;
      if (s.cue) out.cue = s.cue;
    }
    return out;
  };
  // Lists handed on are built by push, not map(): map() makes a packed or a holey array depending
  // on whether it runs optimised, and code reading the list is deoptimised whenever that changes.
  const out: Quote[] = [];
  for (let i = 0; i < sorted.length; i++) out.push(quoteOf(sorted[i]!, i));
  if (cache) cache.quotes = out;
  return out;
}

/**
 * The token of each quotation. A loop over every token of its own: optimised while it runs (on
 * the first analysis), it would otherwise be the entry to optimised code for all of
 * attributeSpeakers compiled before the code after it had run, which each later analysis entered
 * and left again.
 */
function quoteTokens(tokens: TokenList, quotes: number): Int32Array {
  const quoteToken = new Int32Array(quotes).fill(-1);
  for (let k = 0; k < tokens.length; k++) if (tokens.kind[k] === Kind.Quote) quoteToken[tokens.quote[k]] = k;
  return quoteToken;
}

/** The entity mentions attribution reads (people, organizations and places), in order of start. */
function namedMentions(entityMentions: Mention[]): Mention[] {
  // Entity mentions are usually all of these, in order: then the list itself serves (it is never changed).
  let all = true;
  for (let mi = 0; all && mi < entityMentions.length; mi++) {
    const m = entityMentions[mi]!;
    all = m.entityId !== undefined && (m.type === 'person' || m.type === 'organization' || m.type === 'place') && (mi === 0 || entityMentions[mi - 1]!.start <= m.start);
  }
  if (all) return entityMentions;
  const mentions: Mention[] = [];
  let inOrder = true;
  for (let mi = 0; mi < entityMentions.length; mi++) {
    const m = entityMentions[mi]!;
    if (m.entityId === undefined || !(m.type === 'person' || m.type === 'organization' || m.type === 'place')) continue;
    if (mentions.length > 0 && mentions[mentions.length - 1].start > m.start) inOrder = false;
    mentions.push(m);
  }
  if (!inOrder) mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

function honorificGenders(text: string, mentions: Mention[]): Map<string, Gender> {
  const honorificGender = new Map<string, Gender>();
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.type !== 'person' || !m.entityId || honorificGender.has(m.entityId)) continue;
    const word = honorificBefore(text, m.start);
    const g = word === undefined ? undefined : GENDERED_HONORIFICS.get(word);
    if (g) honorificGender.set(m.entityId, g);
  }
  return honorificGender;
}

function insideQuote(sorted: readonly RawQuote[], pos: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].outerEnd <= pos) lo = mid + 1;
    else if (sorted[mid].outerStart > pos) hi = mid - 1;
    else return true;
  }
  return false;
}

function mentionsOutside(sorted: readonly RawQuote[], mentions: Mention[], people: Mention[], organizations: Mention[]): void {
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.type === 'person') {
      if (!insideQuote(sorted, m.start)) people.push(m);
    } else if (m.type === 'organization' && !insideQuote(sorted, m.start)) organizations.push(m);
  }
}

/**
 * Whether the previous speakers of quotes before the edit, and of those after it, may be kept as
 * far as the entities are concerned (see attributeSpeakers). The passes of attribution are
 * functions of their own, so that one meeting something new after an edit loses its optimised
 * code alone.
 */
function reusable(cache: RegionTokenCache, edit: Stretch, entities: readonly Entity[], entityById: Map<string, Entity>, honorificGender: Map<string, Gender>, mentions: Mention[]): [boolean, boolean, Map<string, string> | undefined, number] {
  if (sameEntities(cache.speakerEntities, entities) && sameGenders(cache.speakerGenders, honorificGender)) return [true, true, undefined, edit.newEnd];
  const oldById = indexEntities(cache.speakerEntities);
  const oldGenders = cache.speakerGenders;
  /** Previous entity ids and the ids of the same entities now, one to one. */
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  const sameEntity = (id: string | undefined, oldId: string | undefined): boolean => {
    if (id === undefined || oldId === undefined) return id === oldId;
    const seen = renamed.get(oldId);
    if (seen !== undefined) return seen === id;
    const a = entityById.get(id);
    const b = oldById.get(oldId);
    if (taken.has(id) || a === undefined || b === undefined || a.type !== b.type || entityGender(a) !== entityGender(b) || honorificGender.get(id) !== oldGenders.get(oldId)) return false;
    renamed.set(oldId, id);
    taken.add(id);
    return true;
  };
  const old = cache.speakerMentions;
  const sameMention = (a: Mention, b: Mention, delta: number): boolean =>
    a.start === b.start + delta && a.end === b.end + delta && a.type === b.type && a.text === b.text && sameEntity(a.entityId, b.entityId);
  let k = 0;
  let reuseBefore = true;
  // Quotes before the edit read no mention that reaches it (one the edit changed, say).
  for (; k < mentions.length && mentions[k]!.end < edit.start; k++) {
    if (k >= old.length || !sameMention(mentions[k]!, old[k]!, 0)) {
      reuseBefore = false;
      break;
    }
  }
  if (reuseBefore && k < old.length && old[k]!.end < edit.start) reuseBefore = false;
  let reuseAfter = true;
  let a = mentions.length - 1;
  let b = old.length - 1;
  for (; a >= 0 && mentions[a]!.start >= edit.newEnd; a--, b--) {
    if (b < 0 || old[b]!.start < edit.oldEnd || !sameMention(mentions[a]!, old[b]!, edit.delta)) {
      reuseAfter = false;
      break;
    }
  }
  if (reuseAfter && b >= 0 && old[b]!.start >= edit.oldEnd) reuseAfter = false;
  // A person's reach after the edit is counted from the end of a mention the edit falls in.
  return [reuseBefore, reuseAfter, renamed, a >= 0 ? Math.max(edit.newEnd, mentions[a]!.end) : edit.newEnd];
}

/** How far back (characters, CRs not counted) a pronoun looks for a person; an organization looks less far. */
const PERSON_REACH = 1500;

function sameEntities(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sameGenders(a: Map<string, Gender>, b: Map<string, Gender>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, g] of a) if (b.get(id) !== g) return false;
  return true;
}

function sameParts(a: Quote['parts'], b: Quote['parts']): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k]!.start !== b[k]!.start || a[k]!.end !== b[k]!.end) return false;
  return true;
}

const LONGEST_HONORIFIC = Math.max(...[...GENDERED_HONORIFICS.keys()].map((k) => k.length));
/** Character codes of the last letters of the honorifics. */
const HONORIFIC_ENDINGS: ReadonlySet<number> = new Set([...GENDERED_HONORIFICS.keys()].map((k) => k.charCodeAt(k.length - 1)));

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * The last word of the few characters before `start`, lower case, without a final period ("Ms. "
 * → "ms"); undefined when it is too long to be an honorific.
 */
function honorificBefore(text: string, start: number): string | undefined {
  const from = Math.max(0, start - 6);
  // Most names follow no honorific: an ASCII character before them that no honorific (or its
  // period) ends with rules one out before anything is trimmed or copied.
  let last = start;
  while (last > from && isAsciiSpace(text.charCodeAt(last - 1))) last--;
  if (last === from) return '';
  const c = text.charCodeAt(last - 1);
  if (c < 128 && c !== 0x2e && !HONORIFIC_ENDINGS.has(c | 32)) return '';
  for (let i = from; i < start; i++) {
    if (text.charCodeAt(i) >= 128) {
      const before = text.slice(from, start).trim().replace(/\.$/, '').toLowerCase();
      return before.slice(before.lastIndexOf(' ') + 1);
    }
  }
  let s = from;
  let e = start;
  while (e > s && isAsciiSpace(text.charCodeAt(e - 1))) e--;
  while (s < e && isAsciiSpace(text.charCodeAt(s))) s++;
  if (e > s && text.charCodeAt(e - 1) === 46) e--;
  let w = e;
  while (w > s && text.charCodeAt(w - 1) !== 32) w--;
  if (e - w > LONGEST_HONORIFIC) return undefined;
  // Honorifics are among WORDS: a word it does not hold is none, and needs no lowercase copy.
  let h = 0;
  for (let i = w; i < e; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  const id = WORDS.find(text, w, e, h);
  return id >= 0 ? WORDS.words[id] : '';
}

function indexEntities(entities: readonly Entity[]): Map<string, Entity> {
  const byId = new Map<string, Entity>();
  for (let k = 0; k < entities.length; k++) byId.set(entities[k]!.id, entities[k]!);
  return byId;
}

/** "SMITH: …" — a transcript turn whose speaker label opens the quotation. */
function transcriptLabel(text: string, q: RawQuote): Speaker | undefined {
  const end = speakerLabelEnd(text, q.start);
  if (end < 0) return undefined;
  const name = text.slice(q.start, end).trim();
  return { start: q.start, end: q.start + name.length, name };
}
