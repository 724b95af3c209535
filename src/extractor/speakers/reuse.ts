// Incremental reuse for speaker attribution, second half: which quotes may keep their previous
// speakers after an edit (SpeakerReuse), from what the RegionTokenCache kept of the last analysis.
// The attribution rules know nothing of it.
import type { Entity, Mention, Quote } from '../types';
import type { RawQuote } from '../quotes';
import type { Stretch } from '../edits';
import { entityGender, type Gender, PERSON_REACH } from './pronouns';
import { indexEntities, type Speaker } from './linking';
import { type RegionTokenCache, Side, type Unit } from './region-cache';
import type { TokenList } from './tokens';

/**
 * How many tokens before and after a quotation's token its attribution reads, at most: its
 * sentence (up to 400 tokens each way, and the next sentence after a quotation that ends one),
 * the sentence before, and for a quotation opening its paragraph up to three paragraphs back, up
 * to 400 tokens each; with a margin for the words around a phrase.
 */
const READS_BEFORE = 2_400;
const READS_AFTER = 640;

/**
 * Whether the previous speakers of quotes before the edit, and of those after it, may be kept as
 * far as the entities are concerned (see SpeakerReuse). The passes of attribution are
 * functions of their own, so that one meeting something new after an edit loses its optimised
 * code alone.
 */
/** Which previous speakers the entities allow to keep (see reusable()). */
interface ReuseScope {
  /** Speakers of quotes before the edit may be kept. */
  before: boolean;
  /** Speakers of quotes after the edit may be kept. */
  after: boolean;
  /** Previous entity ids and the ids of the same entities now, when the entities changed. */
  renamed: Map<string, string> | undefined;
  /** Where a person's reach after the edit is counted from. */
  reachFrom: number;
  /** Where the first mention not compared before the edit starts: a quote before it reads only compared mentions. */
  beforeLimit: number;
}

/** What attribution read in this analysis, which reuse compares with what it read in the last one. */
export interface AttributionInputs {
  text: string;
  /** The quotations by outerStart. */
  sorted: readonly RawQuote[];
  entities: readonly Entity[];
  entityById: Map<string, Entity>;
  /** Genders stated by honorifics, by entity id. */
  honorificGender: Map<string, Gender>;
  /** The entity mentions attribution reads, in order of start. */
  mentions: Mention[];
  tokens: TokenList;
}

function reusable(cache: RegionTokenCache, edit: Stretch, inputs: AttributionInputs): ReuseScope {
  const { entities, entityById, honorificGender, mentions } = inputs;
  if (sameEntities(cache.speakerEntities, entities) && sameGenders(cache.speakerGenders, honorificGender)) return { before: true, after: true, renamed: undefined, reachFrom: edit.newEnd, beforeLimit: edit.start };
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
  for (; k < mentions.length && mentions[k].end < edit.start; k++) {
    if (k >= old.length || !sameMention(mentions[k], old[k], 0)) {
      reuseBefore = false;
      break;
    }
  }
  if (reuseBefore && k < old.length && old[k].end < edit.start) reuseBefore = false;
  let reuseAfter = true;
  let a = mentions.length - 1;
  let b = old.length - 1;
  for (; a >= 0 && mentions[a].start >= edit.newEnd; a--, b--) {
    if (b < 0 || old[b].start < edit.oldEnd || !sameMention(mentions[a], old[b], edit.delta)) {
      reuseAfter = false;
      break;
    }
  }
  if (reuseAfter && b >= 0 && old[b].start >= edit.oldEnd) reuseAfter = false;
  // A person's reach after the edit is counted from the end of a mention the edit falls in.
  return { before: reuseBefore, after: reuseAfter, renamed, reachFrom: a >= 0 ? Math.max(edit.newEnd, mentions[a].end) : edit.newEnd, beforeLimit: k < mentions.length ? Math.min(edit.start, mentions[k].start) : edit.start };
}

function sameEntities(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sameGenders(a: Map<string, Gender>, b: Map<string, Gender>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, g] of a) if (b.get(id) !== g) return false;
  return true;
}

/** Whether two units next to each other are of one run: unchanged, on the same side of the edit, in the same region. */
function sameRun(a: Unit, b: Unit): boolean {
  return a.region === b.region && a.side === b.side && a.side !== Side.Changed;
}

function sameParts(a: Quote['parts'], b: Quote['parts']): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k].start !== b[k].start || a[k].end !== b[k].end) return false;
  return true;
}

function sameSpeaker(a: Speaker | undefined, b: Speaker | undefined): boolean {
  return a === undefined ? b === undefined : b !== undefined && a.start === b.start && a.end === b.end && a.name === b.name && a.entityId === b.entityId && a.cue === b.cue;
}

/**
 * After an edit, a quote keeps its previous speaker when everything its attribution reads is
 * unchanged: the entities and honorific genders are the same, its region and the next one are
 * unchanged regions before the edit (with all regions before them), or its region, the four
 * before it (as far back as a speaker is looked for) and the next one are unchanged regions
 * after the edit, beyond a person's reach from it, and the quotes in them kept their speakers.
 * Inside a long region, tokenised in blocks, the same holds of the tokens it reads (READS_BEFORE
 * and READS_AFTER around its own): they lie in unchanged blocks before the edit (with all blocks
 * before them), or in one run of unchanged blocks of its region after the edit, a person's reach
 * from the edit and from the run's start, and the quotes among them kept their speakers.
 * The same entity objects mean the grouping was moved past the edit, mentions and all; else
 * (the edit changed a name) the mentions before and after the edit are compared with the
 * previous ones, and the entities they name by what attribution reads of them (not their ids,
 * which shift when an entity comes or goes, nor their names, which a kept speaker takes anew).
 * Quotes are visited in order: keep() first, then attributed() for those attributed afresh.
 */
export class SpeakerReuse {
  /** Quotes whose previous speaker, and so possibly previous Quote object, were kept unchanged. */
  readonly kept: Uint8Array;
  private readonly edit: Stretch | undefined;
  private readonly scope: ReuseScope;
  private readonly reuse: boolean;
  private readonly regions: Array<[number, number]>;
  private readonly sides: Side[];
  private readonly previous: (Speaker | undefined)[];
  private readonly previousStarts: number[];
  private readonly beforePrefix: number;
  /** Where a region must start to be beyond a person's reach (counted without CRs) from the edit. */
  private readonly far: number;
  private readonly regionFirstQuote: number[] = [];
  private region = -1;
  /** The last quote whose speaker may differ from its previous one, and the last token of such a quote. */
  private lastChanged = -1;
  private lastChangedToken = -1;
  /** The regions and blocks of this analysis, the one holding the quote at hand, and for each the first and last of its run (see window()). */
  private readonly units: Unit[];
  private unit = 0;
  private readonly runFirst: Int32Array;
  private readonly runLast: Int32Array;
  /** Where a quote's reads must start to be beyond a person's reach from the start of a run after the edit, by its first unit. */
  private readonly runReach = new Map<number, number>();
  /** Whether the last speaker carried() returned is the previous one itself. */
  private unchanged = false;

  private readonly sorted: readonly RawQuote[];
  private readonly entityById: Map<string, Entity>;

  constructor(
    private readonly cache: RegionTokenCache | undefined,
    private readonly inputs: AttributionInputs,
  ) {
    const { sorted, text } = inputs;
    this.sorted = sorted;
    this.entityById = inputs.entityById;
    const edit = cache?.stretch;
    this.edit = edit;
    this.scope = cache !== undefined && edit !== undefined ? reusable(cache, edit, inputs) : { before: false, after: false, renamed: undefined, reachFrom: 0, beforeLimit: 0 };
    this.reuse = this.scope.before || this.scope.after;
    this.regions = cache?.regions ?? [];
    this.sides = cache?.sides ?? [];
    this.previous = cache?.speakers ?? [];
    this.previousStarts = cache?.quoteStarts ?? [];
    this.kept = new Uint8Array(sorted.length);
    let beforePrefix = 0;
    while (this.scope.before && beforePrefix < this.sides.length && this.sides[beforePrefix] === Side.Before) beforePrefix++;
    this.beforePrefix = beforePrefix;
    let far = text.length + 1;
    if (this.scope.after) {
      let counted = 0;
      let i = this.scope.reachFrom;
      while (i < text.length && counted < PERSON_REACH) if (text.charCodeAt(i++) !== 0x0d) counted++;
      if (counted >= PERSON_REACH) far = i;
    }
    this.far = far;
    const units = cache?.units ?? [];
    this.units = units;
    this.runFirst = new Int32Array(units.length);
    this.runLast = new Int32Array(units.length);
    for (let u = 0; u < units.length; u++) this.runFirst[u] = u > 0 && sameRun(units[u - 1], units[u]) ? this.runFirst[u - 1] : u;
    for (let u = units.length - 1; u >= 0; u--) this.runLast[u] = u + 1 < units.length && sameRun(units[u], units[u + 1]) ? this.runLast[u + 1] : u;
  }

  /** Where the unit after `u` starts in the token list (its end). */
  private unitEnd(u: number): number {
    return u + 1 < this.units.length ? this.units[u + 1].firstToken : this.inputs.tokens.length;
  }

  /** Where text PERSON_REACH characters (CRs not counted) after `from` ends. */
  private reachAfter(from: number): number {
    const text = this.inputs.text;
    let counted = 0;
    let i = from;
    while (i < text.length && counted < PERSON_REACH) if (text.charCodeAt(i++) !== 0x0d) counted++;
    return counted >= PERSON_REACH ? i : text.length + 1;
  }

  /** Whether all the tokens quote token `t` is attributed from lie in unchanged blocks before the edit, or in one run of them after it (see the class). */
  private window(t: number): Side {
    const units = this.units;
    while (this.unit + 1 < units.length && units[this.unit + 1].firstToken <= t) this.unit++;
    const u = this.unit;
    const tokens = this.inputs.tokens;
    const lo = t - READS_BEFORE;
    const hi = t + READS_AFTER;
    const side = units[u]?.side;
    if (side === Side.Before) return this.scope.before && hi < this.cache!.intactTokens && tokens.end[hi] <= this.scope.beforeLimit ? Side.Before : Side.Changed;
    if (side !== Side.After || !this.scope.after || lo < 0 || lo <= this.lastChangedToken) return Side.Changed;
    const first = this.runFirst[u];
    if (lo < units[first].firstToken || hi >= this.unitEnd(this.runLast[u]) || tokens.start[lo] < this.far) return Side.Changed;
    let reach = this.runReach.get(first);
    if (reach === undefined) {
      reach = this.reachAfter(units[first].from);
      this.runReach.set(first, reach);
    }
    return tokens.start[lo] >= reach ? Side.After : Side.Changed;
  }

  /** The index of the same quotation in the previous analysis, if it is unmoved before the edit or moved after it. */
  private previousIndex(qi: number, q: RawQuote): number {
    const edit = this.edit!;
    if (q.outerStart < edit.start) return this.previousStarts[qi] === q.outerStart ? qi : -1;
    if (q.outerStart < edit.newEnd) return -1;
    const j = qi - (this.sorted.length - this.previousStarts.length);
    return j >= 0 && this.previousStarts[j] === q.outerStart - edit.delta ? j : -1;
  }

  /** A previous speaker moved by `delta`, with its entity's new id and name (itself when nothing changes); null when its entity was not matched. */
  private carried(old: Speaker | undefined, delta: number): Speaker | undefined | null {
    this.unchanged = old === undefined;
    if (old === undefined) return undefined;
    let id = old.entityId;
    let name = old.name;
    const renamed = this.scope.renamed;
    if (id !== undefined && renamed !== undefined) {
      id = renamed.get(id);
      if (id === undefined) return null;
      name = this.entityById.get(id)!.name;
    }
    this.unchanged = delta === 0 && id === old.entityId && name === old.name;
    return this.unchanged ? old : { ...old, start: old.start + delta, end: old.end + delta, name, entityId: id };
  }

  /** The previous speaker quote `qi` (at token `t`) keeps (possibly none), or null when it must be attributed afresh. */
  keep(qi: number, q: RawQuote, t: number): Speaker | undefined | null {
    const regions = this.regions;
    while (this.region + 1 < regions.length && regions[this.region + 1][0] <= q.outerStart) {
      this.region++;
      this.regionFirstQuote[this.region] = qi;
    }
    if (!this.reuse) return null;
    const region = this.region;
    let side = Side.Changed;
    if (region >= 0 && (region + 1 < this.beforePrefix || (region + 1 === regions.length && region < this.beforePrefix))) side = Side.Before;
    else if (region >= 4) {
      // The four regions before must all be there: a window cut short by the start of the text
      // may have lost regions the previous speaker was read from (quotations the edit undid).
      const lo = region - 4;
      const hi = Math.min(regions.length - 1, region + 1);
      let all = regions[lo][0] >= this.far && this.lastChanged < this.regionFirstQuote[lo];
      for (let r = lo; all && r <= hi; r++) all = this.sides[r] === Side.After;
      if (all) side = Side.After;
    }
    if (side === Side.Changed && t >= 0) side = this.window(t);
    const j = side === Side.Changed ? -1 : this.previousIndex(qi, q);
    const s = j >= 0 ? this.carried(this.previous[j], side === Side.Before ? 0 : this.edit!.delta) : null;
    if (s !== null && this.unchanged) this.kept[qi] = 1;
    return s;
  }

  /** Notes the speaker found afresh for quote `qi` (at token `t`). */
  attributed(qi: number, q: RawQuote, t: number, speaker: Speaker | undefined): void {
    if (this.reuse) {
      // Compared with the previous speaker of the same quotation, when it has one.
      const j = this.previousIndex(qi, q);
      const old = j < 0 ? null : this.carried(this.previous[j], q.outerStart < this.edit!.start ? 0 : this.edit!.delta);
      if (old !== null && sameSpeaker(speaker, old)) return;
    }
    this.lastChanged = qi;
    if (t > this.lastChangedToken) this.lastChangedToken = t;
  }

  /** The previous analysis's Quote for quotation `i`, when its speaker was kept and nothing of it differs. */
  previousQuote(q: RawQuote, i: number): Quote | undefined {
    if (!this.kept[i] || this.cache === undefined) return undefined;
    const old = this.cache.quotes[i];
    return old !== undefined && old.start === q.start && old.end === q.end && old.outerStart === q.outerStart && old.outerEnd === q.outerEnd && old.short === q.short && sameParts(old.parts, q.parts) ? old : undefined;
  }

  /** Keeps this analysis's quotations, speakers and what they were found with for the next one. */
  store(speakers: (Speaker | undefined)[]): void {
    const { entities, honorificGender, mentions } = this.inputs;
    const cache = this.cache;
    if (!cache) return;
    const starts: number[] = new Array<number>(this.sorted.length);
    for (let qi = 0; qi < this.sorted.length; qi++) starts[qi] = this.sorted[qi].outerStart;
    cache.quoteStarts = starts;
    cache.speakers = speakers;
    cache.speakerEntities = entities;
    cache.speakerGenders = honorificGender;
    cache.speakerMentions = mentions;
  }
}
