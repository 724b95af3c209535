// Attaches a speaker to each quote. The cue rules (cue-rules.ts) are tried in order around each
// quotation; after an edit, SpeakerReuse says which quotes keep their previous speakers.
import type { Entity, Mention, Quote } from '../types';
import type { RawQuote } from '../quotes';
import { CUE_RULES } from './cue-rules';
import { Attributor, type Cue } from './cues';
import { indexEntities, namedMentions, SpeakerLinker, type Speaker } from './linking';
import { Antecedents, honorificGenders, mentionsOutside } from './pronouns';
import type { RegionTokenCache } from './region-cache';
import { SpeakerReuse } from './reuse';
import { tokenize } from './tokenize';
import { Kind, type TokenList } from './tokens';
import { lowerBound, upperBound } from '../text/search';

/**
 * The quote being attributed and the sentences around it, as the cue rules read them. One per
 * analysis: the fields of the quote at hand are set by attribute().
 */
export class QuoteAttribution {
  /** Speakers found so far, by quote index (later quotes read earlier ones). */
  readonly speakers: (Speaker | undefined)[];
  /** The quotation being attributed, its token, its sentence [sa, sb) (sb reaching into the next sentence for “…” Trump said.). */
  quote!: RawQuote;
  t = 0;
  sa = 0;
  sb = 0;
  /** Whether a word precedes the quotation in its sentence. */
  leftHasWords = false;

  constructor(
    readonly text: string,
    readonly tokens: TokenList,
    readonly at: Attributor,
    readonly linker: SpeakerLinker,
    quotes: number,
  ) {
    this.speakers = new Array<Speaker | undefined>(quotes);
  }

  speakerOf(cue: Cue | undefined): Speaker | undefined {
    return cue ? this.linker.speakerFrom(cue) : undefined;
  }

  // Sentence numbers never decrease along the tokens, so a sentence's ends are found by bisection
  // (a long sentence would otherwise be walked token by token for every quote in it).
  /** The first token of k's sentence, at most 400 tokens back. */
  sentenceStart(k: number): number {
    const sentence = this.tokens.sentence;
    return lowerBound(sentence, sentence[k], Math.max(0, k - 400), k);
  }

  /** The token after k's sentence, at most 400 tokens on. */
  sentenceEnd(k: number): number {
    const sentence = this.tokens.sentence;
    return upperBound(sentence, sentence[k], k + 1, Math.min(this.tokens.length, k + 400));
  }

  /** The cue of a sentence without quotations ("Ms. Psaki said on Friday that …" / "She added:"). */
  sentenceCue(sa: number, sb: number): Speaker | undefined {
    const tokens = this.tokens;
    for (let k = sb - 1; k >= sa; k--) {
      if (tokens.kind[k] === Kind.Quote) return this.speakers[tokens.quoteOf(k)];
    }
    const cue = this.at.cueBefore(sb, sa);
    return cue ? this.linker.speakerFrom(this.at.reportedBy(cue, sb)) : undefined;
  }

  /**
   * For a quote opening its paragraph: the cue of the previous paragraph's last sentence, else its
   * last attributed quote; through up to three paragraphs made only of quotations.
   */
  previousParagraphSpeaker(sa: number): Speaker | undefined {
    const tokens = this.tokens;
    const speakers = this.speakers;
    for (let hops = 0; hops < 3 && sa > 0; hops++) {
      const pa = tokens.paragraph[sa - 1];
      const last = this.sentenceStart(sa - 1);
      const cue = this.sentenceCue(last, sa);
      if (cue) return cue;
      let k = sa - 1;
      let quoteOnly = true;
      while (k >= 0 && tokens.paragraph[k] === pa && sa - k < 400) {
        if (tokens.kind[k] === Kind.Quote) {
          const speaker = speakers[tokens.quoteOf(k)];
          if (speaker) return speaker;
        } else if (tokens.kind[k] === Kind.Word) quoteOnly = false;
        k--;
      }
      if (!quoteOnly || k < 0) return undefined;
      sa = k + 1;
    }
    return undefined;
  }

  /** The speaker of quotation `q` at token `t`: the first cue rule that finds one. */
  attribute(t: number, q: RawQuote): Speaker | undefined {
    if (t < 0) return undefined;
    const tokens = this.tokens;
    const sa = this.sentenceStart(t);
    // The reporting clause may follow in the next sentence when the quote ends one: “…” Trump said.
    let sb = this.sentenceEnd(t);
    if (sb === t + 1 && sb < tokens.length && tokens.paragraph[sb] === tokens.paragraph[t]) sb = this.sentenceEnd(sb);
    let leftHasWords = false;
    for (let k = sa; k < t && !leftHasWords; k++) leftHasWords = tokens.kind[k] === Kind.Word;
    this.quote = q;
    this.t = t;
    this.sa = sa;
    this.sb = sb;
    this.leftHasWords = leftHasWords;
    for (let r = 0; r < CUE_RULES.length; r++) {
      const speaker = CUE_RULES[r](this);
      if (speaker !== undefined) return speaker;
    }
    return undefined;
  }
}

/**
 * Attaches a speaker to each quote from the cue around it: a reporting clause after the quote
 * (“…,” she said / said Ms. Psaki / Ms. Psaki said), one earlier in the same sentence (Ms. Psaki
 * said: “…” / according to …), a transcript label ("NAME: …"), or else the speaker of the previous
 * sentence or paragraph. Pronouns resolve to the most recent fitting person before the quote.
 *
 * `quoteMentions`, when given, receives each quote's mention, made from the quotation as found (a
 * quote comes in many shapes, with or without a speaker, a cue or parts, and code reading them is
 * deoptimised by each shape it has not met).
 */
export function attributeSpeakers(text: string, quotes: RawQuote[], entityMentions: Mention[], entities: Entity[], cache?: RegionTokenCache, quoteMentions?: Mention[]): Quote[] {
  if (quotes.length === 0) {
    // Nothing to attribute: the passes below would only read the entities and mentions.
    cache?.forgetQuotes();
    return [];
  }
  const sorted = [...quotes].sort((a, b) => a.outerStart - b.outerStart);
  const tokens = tokenize(text, sorted, cache);
  const at = new Attributor(text, tokens);
  const entityById = cache ? cache.entityIndex(entities) : indexEntities(entities);
  const mentions = namedMentions(entityMentions);
  // Gender hints from honorifics in front of a person's mentions ("Ms. Psaki").
  const honorificGender = cache ? cache.honorificGenders(text, mentions, entities) : honorificGenders(text, mentions);
  // Person mentions outside quotations, for resolving pronouns.
  const people: Mention[] = [];
  const organizations: Mention[] = [];
  mentionsOutside(sorted, mentions, people, organizations);
  const antecedents = new Antecedents(text, people, organizations, entityById, honorificGender);
  const attribution = new QuoteAttribution(text, tokens, at, new SpeakerLinker(text, tokens, at, mentions, entityById, antecedents), sorted.length);
  const quoteToken = quoteTokens(tokens, sorted.length);
  const reuse = new SpeakerReuse(cache, { text, sorted, entities, entityById, honorificGender, mentions, tokens });
  const speakers = attribution.speakers;
  for (let qi = 0; qi < sorted.length; qi++) {
    const q = sorted[qi];
    const t = quoteToken[qi];
    const previous = reuse.keep(qi, q, t);
    if (previous !== null) {
      speakers[qi] = previous;
      continue;
    }
    speakers[qi] = attribution.attribute(t, q);
    reuse.attributed(qi, q, t, speakers[qi]);
  }
  reuse.store(speakers);
  // Lists handed on are built by push, not map(): map() makes a packed or a holey array depending
  // on whether it runs optimised, and code reading the list is deoptimised whenever that changes.
  const out: Quote[] = [];
  for (let i = 0; i < sorted.length; i++) out.push(quoteOf(text, sorted[i], i, speakers[i], reuse, quoteMentions));
  if (cache) cache.quotes = out;
  return out;
}

/** The Quote of quotation `q`: the previous one when its speaker was kept and nothing differs. */
function quoteOf(text: string, q: RawQuote, i: number, s: Speaker | undefined, reuse: SpeakerReuse, quoteMentions: Mention[] | undefined): Quote {
  const old = reuse.previousQuote(q, i);
  if (old !== undefined) {
    quoteMentions?.push({ start: q.start, end: q.end, type: 'quote', text: old.text });
    return old;
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
  if (s) {
    out.speaker = s.name;
    out.speakerStart = s.start;
    out.speakerEnd = s.end;
    if (s.entityId) out.speakerEntityId = s.entityId;
    if (s.cue) out.cue = s.cue;
  }
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
  for (let k = 0; k < tokens.length; k++) if (tokens.kind[k] === Kind.Quote) quoteToken[tokens.quoteOf(k)] = k;
  return quoteToken;
}
