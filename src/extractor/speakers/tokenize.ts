// Tokenizing for speaker attribution: only the paragraphs around quotations (regions) are
// tokenised, each region on its own so that RegionTokenCache can reuse its tokens after an edit.
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
  /** The index of the paragraph starting at `from`. */
  paragraph: number;
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
 * Tokenises a region — and reads nothing outside it, which lets RegionTokenCache reuse the result
 * for the same text, paragraph starts and quotation spans. Returns the sentence numbers used.
 */
function tokenizeRegion(region: Region, tokens: TokenList, numbering: Numbering): number {
  const { text, from, n, quotes, starts } = region;
  let { qi, paragraph } = region;
  const { quoteBase, paragraphBase, offset, sentenceBase } = numbering;
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
export function paragraphAt(starts: number[], at: number): number {
  return Math.max(0, upperBound(starts, at) - 1);
}

export function tokenize(text: string, quotes: readonly RawQuote[], cache?: RegionTokenCache): TokenList {
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
    const span: Region = { text, from, n, quotes, qi, starts, paragraph };
    if (!cache) {
      sentences += tokenizeRegion(span, tokens, inWholeText(sentences));
      continue;
    }
    let region = cache.get(span);
    cache.sides.push(region ? cache.side(from, n) : Side.Changed);
    if (!region) {
      const layout = regionLayout(span);
      // A copy, not a slice: a slice would keep this whole version of the document alive in the cache.
      const own = new TokenList((' ' + text.slice(from, n)).slice(1), (n - from) >> 2, true);
      const used = tokenizeRegion(span, own, { quoteBase: qi, paragraphBase: paragraph, offset: from, sentenceBase: 0 });
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
