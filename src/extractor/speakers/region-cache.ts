// Incremental reuse for speaker attribution, first half: the tokens of the regions around
// quotations (a long region's in blocks) kept from the last analysis, so that after an edit only
// the region or block it touched is tokenised again; the cache also keeps what SpeakerReuse
// (reuse.ts) compares with next time.
import type { Entity, Mention, Quote } from '../types';
import type { Stretch } from '../edits';
import { type Gender, honorificEdited, honorificGenders } from './pronouns';
import { indexEntities, type Speaker } from './linking';
import type { Opens, Region } from './tokenize';
import { TokenList } from './tokens';

/** A region reused unchanged from before the edit, from after it (moved), or anything else. */
export const enum Side { Changed, Before, After }

/** A region or a block of a long one, as placed in the current analysis's token list. */
export interface Unit {
  region: number;
  /** Its first character and its first token. */
  from: number;
  firstToken: number;
  side: Side;
  /** Whether it and every unit before it sit where they sat in the last analysis's token list. */
  intact: boolean;
}

/** The tokens of one region, numbered from its own first paragraph, sentence and quotation. */
export interface RegionTokens {
  length: number;
  /** Paragraph starts inside the region and the quotation spans in it, relative to its start. */
  layout: Int32Array;
  tokens: TokenList;
  /** Sentence numbers used (the last one). */
  sentences: number;
  /** How a block's first token stands to the sentence before, and whether its last one ends a sentence. */
  opens: Opens;
  pending: boolean;
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
    this.cutAt = 0;
  }

  end(): void {
    this.entries = this.next;
    this.edit = undefined;
    this.cuts = this.newCuts;
    this.newCuts = [];
  }

  /** Where each region of the current analysis lies relative to the edit (see Side): Changed when any of its blocks is. */
  regions: Array<[number, number]> = [];
  sides: Side[] = [];
  /** The regions and blocks in order, and the tokens of those that sit where they sat in the last analysis (all of them before the edit). */
  units: Unit[] = [];
  intactTokens = 0;
  /** Where the last analysis cut long regions into blocks (see wasCut()), and where this one does. */
  private cuts: number[] = [];
  private newCuts: number[] = [];
  private cutAt = 0;

  startUnits(regions: Array<[number, number]>): void {
    this.regions = regions;
    this.sides = new Array<Side>(regions.length);
    this.units = [];
    this.intactTokens = -1;
  }

  addUnit(unit: Unit): void {
    const last = this.units[this.units.length - 1];
    if (last !== undefined && last.region === unit.region) {
      this.newCuts.push(unit.from);
      if (this.sides[unit.region] !== unit.side) this.sides[unit.region] = Side.Changed;
    } else this.sides[unit.region] = unit.side;
    if (this.intactTokens < 0 && !(unit.intact && unit.side === Side.Before)) this.intactTokens = unit.firstToken;
    this.units.push(unit);
  }

  endUnits(tokens: number): void {
    if (this.intactTokens < 0) this.intactTokens = tokens;
  }

  /** Whether the last analysis cut a long region into blocks at `at` (a place outside the edit); asked in order of `at`. */
  wasCut(at: number): boolean {
    const e = this.edit;
    if (e === undefined) return false;
    const old = at <= e.start ? at : at >= e.newEnd ? at - e.delta : -1;
    if (old < 0) return false;
    const cuts = this.cuts;
    while (this.cutAt < cuts.length && cuts[this.cutAt] < old) this.cutAt++;
    return this.cutAt < cuts.length && cuts[this.cutAt] === old;
  }

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

  /** After an analysis without quotations: nothing of it can be reused, and its tokens are let go. */
  forgetQuotes(): void {
    this.regions = [];
    this.sides = [];
    this.units = [];
    this.cuts = [];
    this.newCuts = [];
    this.quoteStarts = [];
    this.speakers = [];
    this.quotes = [];
    this.speakerEntities = [];
    this.speakerGenders = new Map();
    this.speakerMentions = [];
    this.list = undefined;
  }

  /**
   * Genders stated by honorifics ("Ms. Psaki"): the last analysis's when it had these entities
   * (the grouping moved past the edit, mentions and all) and the edit is not in the characters
   * before a person mention that honorifics are read from.
   */
  honorificGenders(text: string, mentions: Mention[], entities: readonly Entity[]): Map<string, Gender> {
    const e = this.edit;
    if (e !== undefined && entities.length > 0 && sameObjects(this.speakerEntities, entities) && !honorificEdited(mentions, e)) return this.speakerGenders;
    return honorificGenders(text, mentions);
  }

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

  get(region: Region): RegionTokens | undefined {
    const from = region.from;
    const n = region.n;
    const e = this.edit;
    if (e === undefined) return undefined;
    const before = n <= e.start ? from : from >= e.newEnd ? from - e.delta : -1;
    const r = before < 0 ? undefined : this.entries.get(before);
    if (r === undefined || r.length !== n - from) return undefined;
    return sameLayout(r.layout, region) ? r : undefined;
  }

  set(from: number, r: RegionTokens): void {
    this.next.set(from, r);
  }
}

function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether `layout` is the layout regionLayout() would make. */
function sameLayout(layout: Int32Array, region: Region): boolean {
  const { from, n, quotes, qi, starts, paragraph } = region;
  const count = layout[0];
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
export function regionLayout(region: Region): Int32Array {
  const { from, n, quotes, qi, starts, paragraph } = region;
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
