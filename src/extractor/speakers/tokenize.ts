// Tokenizing for speaker attribution: only the paragraphs around quotations (regions) are
// tokenised, each region on its own (a long one in blocks cut after quotations) so that
// RegionTokenCache can reuse its tokens after an edit.
import type { RawQuote } from '../quotes';
import { endsParagraph } from '../quotes';
import { ASCII_CLASS, foldCode, isJoiner, isSentenceEndCode, isSpaceCode, isUpperCode, isWordCode, Kind, SPACE, TokenList, WORD } from './tokens';
import { W_ABBREVIATION, WORD_FLAGS, WORDS } from './words';
import { regionLayout, type RegionTokenCache, Side } from './region-cache';
import { upperBound } from '../text/search';

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

/** A region of the text to tokenise: text[from, n), with the quotations and paragraph starts of the whole text. */
export interface Region {
  text: string;
  from: number;
  n: number;
  quotes: readonly RawQuote[];
  /** The first quotation with `outerStart >= from`. */
  qi: number;
  starts: number[];
  /** The index of the paragraph starting at `from`; for a block, of the paragraph holding the character before it. */
  paragraph: number;
  /** A block after the first of a long region: its first token may continue the sentence before. */
  continued?: boolean;
}

/** How a block's first token stands to the sentence before: starts a new one, starts one after a sentence end, or continues it. */
export const enum Opens { Continues, AfterSentenceEnd, New }

/** What tokenizeRegion() found besides the tokens. */
interface Tokenized {
  /** Sentence numbers used (the last one). */
  sentences: number;
  opens: Opens;
  /** Whether the last token ends a sentence, so that a capitalised word, a digit or a quotation after it starts one. */
  pending: boolean;
}

/** How a region's tokens are numbered: positions minus `offset`, quotation and paragraph indices minus their bases, sentences from 1 plus `sentenceBase`. */
interface Numbering {
  quoteBase: number;
  paragraphBase: number;
  offset: number;
  sentenceBase: number;
}

/** Numbering in the whole text's token list. */
function inWholeText(sentenceBase: number): Numbering {
  return { quoteBase: 0, paragraphBase: 0, offset: 0, sentenceBase };
}

/**
 * Tokenises a region or a block of one — and reads nothing outside it, which lets RegionTokenCache
 * reuse the result for the same text, paragraph starts and quotation spans.
 */
function tokenizeRegion(region: Region, tokens: TokenList, numbering: Numbering): Tokenized {
  const { text, from, n, quotes, starts } = region;
  let { qi, paragraph } = region;
  const { quoteBase, paragraphBase, offset, sentenceBase } = numbering;
  let sentence = 0;
  let pendingBoundary = false; // a sentence end was seen; the next token may start a new sentence
  const first = tokens.length;
  let nextParagraph = paragraph + 1 < starts.length ? starts[paragraph + 1] : Infinity;
  let nextQuote = qi < quotes.length ? quotes[qi].outerStart : Infinity;
  let opens = Opens.New;

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
    if (tokens.length === first && region.continued && start < nextParagraph) {
      const c = text.charCodeAt(start);
      opens = kind === Kind.Quote || isUpperCode(c) || (c >= 0x30 && c <= 0x39) ? Opens.AfterSentenceEnd : Opens.Continues;
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
  return { sentences: sentence, opens, pending: pendingBoundary };
}

/**
 * About as many tokens as tokenizeRegion() makes of text[from, n), for sizing token lists: one for
 * each quotation and one per five characters outside quotations (news has about one per five and a
 * half). Made from the quotations alone, not the characters; a guess from the region's length
 * alone is several times too large for a text that quotations fill. A denser text grows the list.
 */
function estimateTokens(from: number, n: number, quotes: readonly RawQuote[], qi: number): number {
  let count = 0;
  let inside = 0;
  let reach = from;
  for (let k = qi; k < quotes.length && quotes[k].outerStart < n; k++) {
    const q = quotes[k];
    if (q.outerStart >= reach) count++;
    const a = Math.max(q.outerStart, reach);
    const b = Math.min(q.outerEnd, n);
    if (b > a) {
      inside += b - a;
      reach = b;
    }
  }
  return count + Math.ceil((n - from - inside) / 5);
}

/** The index of the last paragraph start at or before `at`. */
export function paragraphAt(starts: number[], at: number): number {
  return Math.max(0, upperBound(starts, at) - 1);
}

export function tokenize(text: string, quotes: readonly RawQuote[], cache?: RegionTokenCache): TokenList {
  const starts = paragraphStarts(text);
  const regions = regionsAround(text, quotes, starts);
  if (cache) return tokenizeCached(text, quotes, starts, regions, cache);
  let count = 0;
  let qi = 0;
  for (const [from, n] of regions) {
    while (qi < quotes.length && quotes[qi].outerStart < from) qi++;
    count += estimateTokens(from, n, quotes, qi);
  }
  const tokens = new TokenList(text, count);
  qi = 0;
  let sentences = 0;
  for (const [from, n] of regions) {
    while (qi < quotes.length && quotes[qi].outerStart < from) qi++;
    sentences += tokenizeRegion({ text, from, n, quotes, qi, starts, paragraph: paragraphAt(starts, from) }, tokens, inWholeText(sentences)).sentences;
  }
  return tokens;
}

/** A region longer than this is tokenised in blocks of about BLOCK characters when its tokens are kept for the next analysis. */
export const LONG_REGION = 16_000;
const BLOCK = 4_000;

/**
 * Where a long region [from, n) is cut into blocks: right after a quotation that no other one
 * overlaps and that opens with no character a word runs through (the tokenizer then stands between
 * two tokens there, whatever came before), at the first such place BLOCK characters after the last
 * cut, or at one the last analysis cut at, so that the blocks after an edit fall in with the earlier ones.
 */
function blockCuts(text: string, from: number, n: number, quotes: readonly RawQuote[], qi: number, cache: RegionTokenCache): number[] {
  const cuts: number[] = [];
  let last = from;
  let reach = from; // the furthest end of a quotation so far
  for (let k = qi; k < quotes.length && quotes[k].outerStart < n; k++) {
    const q = quotes[k];
    const clean = q.outerStart >= reach && q.outerEnd > q.outerStart && q.outerEnd < n && !isJoiner(text.charCodeAt(q.outerStart)) && (k + 1 >= quotes.length || quotes[k + 1].outerStart >= q.outerEnd);
    reach = Math.max(reach, q.outerEnd);
    if (clean && (cache.wasCut(q.outerEnd) || q.outerEnd - last >= BLOCK)) {
      cuts.push(q.outerEnd);
      last = q.outerEnd;
    }
  }
  return cuts;
}

/** Tokens of the regions, each region's (or block's) taken from the cache when the edit left it alone. */
function tokenizeCached(text: string, quotes: readonly RawQuote[], starts: number[], regions: Array<[number, number]>, cache: RegionTokenCache): TokenList {
  const tokens = cache.tokenList(text);
  cache.startUnits(regions);
  let qi = 0;
  let sentences = 0;
  let pending = false;
  // Blocks before the edit sit where they were in the kept token list: they are not copied again.
  let intact = true;
  for (let r = 0; r < regions.length; r++) {
    const [from, n] = regions[r];
    const cuts = n - from > LONG_REGION ? blockCuts(text, from, n, quotes, qi, cache) : [];
    for (let b = 0; b <= cuts.length; b++) {
      const a = b === 0 ? from : cuts[b - 1];
      const e = b < cuts.length ? cuts[b] : n;
      while (qi < quotes.length && quotes[qi].outerStart < a) qi++;
      const paragraph = paragraphAt(starts, b === 0 ? a : a - 1);
      const span: Region = { text, from: a, n: e, quotes, qi, starts, paragraph, continued: b > 0 };
      let block = cache.get(span);
      const side = block ? cache.side(a, e) : Side.Changed;
      if (!block) {
        const layout = regionLayout(span);
        // A copy, not a slice: a slice would keep this whole version of the document alive in the cache.
        const own = new TokenList((' ' + text.slice(a, e)).slice(1), estimateTokens(a, e, quotes, qi), true);
        const found = tokenizeRegion(span, own, { quoteBase: qi, paragraphBase: paragraph, offset: a, sentenceBase: 0 });
        // Lower-case forms made once per block rather than once per analysis.
        for (let k = 0; k < own.length; k++) if (own.kind[k] === Kind.Word) own.norm(k);
        block = { length: e - a, layout, tokens: own, ...found, placedAt: -1, placedFrom: -1, placedQuote: -1, placedSentence: -1, placedParagraph: -1 };
      }
      cache.set(a, block);
      const at = tokens.length;
      const continues = b > 0 && block.tokens.length > 0 && (block.opens === Opens.Continues || (block.opens === Opens.AfterSentenceEnd && !pending));
      const base = continues ? sentences - 1 : sentences;
      // Where the last analysis left these tokens, numbered the same: at most their offsets move.
      const inPlace = block.placedAt === at && block.placedQuote === qi && block.placedSentence === base && block.placedParagraph === paragraph && at + block.tokens.length <= tokens.previous;
      intact &&= inPlace && block.placedFrom === a;
      if (intact) tokens.length += block.tokens.length;
      else if (inPlace) tokens.keepMoved(block.tokens.length, a - block.placedFrom);
      else tokens.append(block.tokens, a, qi, base, paragraph);
      cache.addUnit({ region: r, from: a, firstToken: at, side, intact });
      block.placedAt = at;
      block.placedFrom = a;
      block.placedQuote = qi;
      block.placedSentence = base;
      block.placedParagraph = paragraph;
      sentences = base + block.sentences;
      if (block.tokens.length > 0) pending = block.pending;
    }
  }
  cache.endUnits(tokens.length);
  tokens.finish();
  return tokens;
}
