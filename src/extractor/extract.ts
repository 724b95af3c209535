import type { Analysis, DateMention, Entity, ExtractOptions, Mention } from './types';
import { findArticleDate, findDates, type DateToken } from './dates';
import { CopyrightScan } from './dates/copyright';
import { groupCandidates, movedInPlace, shareNames, type KnownNames, resetCopy, shifted } from './entities';
import { findCandidates, type Candidate } from './entities/candidates';
import type { CandidateFields } from './entities/candidate';
import type { Token } from './entities/tokens';
import { findQuotes, QuoteScanCache, type RawQuote } from './quotes';
import { attributeSpeakers, RegionTokenCache } from './speakers';
import { changedStretch, type Stretch } from './edits';
import { pieceStarts } from './pieces';

/** What one paragraph yields on its own: its dates (for one article date) and its name candidates. */
export interface ParagraphResult {
  /**
   * The paragraph's text as a string of its own: a slice of the document would keep that whole
   * version of the document alive for as long as the paragraph stays unchanged (a version per
   * keystroke), and so would the names and dates sliced from it.
   */
  paragraph: string;
  candidates: Candidate[];
  dates: DateMention[] | undefined;
  datesFor: string | undefined;
}

/**
 * Per-paragraph results that depend only on a paragraph's own text (and the article date), kept
 * between analyses by the incremental extractor, so an edit re-analyses just the paragraph it touched.
 */
export class ParagraphCache {
  private results = new Map<string, ParagraphResult>();
  private nextResults = new Map<string, ParagraphResult>();
  private articleDate: string | undefined;
  /** Token objects reused from one paragraph to the next. */
  private readonly tokenPool: Token[] = [];
  private readonly datePool: DateToken[] = [];
  /** Tokens of the text around quotations. */
  readonly regions = new RegionTokenCache();
  /** The quotations of the last analysis, found again only around an edit. */
  readonly quotes = new QuoteScanCache();
  /** The first copyright notice, for the year of a dateline without one. */
  readonly copyright = new CopyrightScan();
  /** Characters of the paragraphs and pieces the current analysis found no result for and analysed. */
  analysedCharacters = 0;

  /** Starts a new analysis; entries not used by it are dropped when it ends. */
  begin(articleDate: string | undefined, edit?: Stretch): void {
    this.articleDate = articleDate;
    this.nextResults = new Map();
    this.analysedCharacters = 0;
    this.regions.begin(edit);
  }

  end(): void {
    this.results = this.nextResults;
    this.regions.end();
  }

  /** The cached result of a paragraph, computed on first use in this analysis. */
  of(paragraph: string): ParagraphResult {
    let r = this.nextResults.get(paragraph);
    if (r === undefined) {
      r = this.results.get(paragraph);
      if (r === undefined) {
        const own = (' ' + paragraph).slice(1);
        this.analysedCharacters += own.length;
        r = { paragraph: own, candidates: findCandidates(own, this.tokenPool), dates: undefined, datesFor: undefined };
      }
      this.nextResults.set(r.paragraph, r);
    }
    if (r.dates === undefined || r.datesFor !== this.articleDate) {
      r.dates = findDates(r.paragraph, this.articleDate, this.datePool);
      r.datesFor = this.articleDate;
    }
    return r;
  }
}

/**
 * Analyses a whole article: people, places, organizations, dates and quotes with their speakers.
 * Paragraph results are consumed as they come (a repeated paragraph is analysed once and kept only
 * until its last occurrence), so little but the candidates outlives a paragraph.
 */
export function extract(text: string, options: ExtractOptions = {}): Analysis {
  const articleDate = findArticleDate(text) ?? validDay(options.articleDate);
  const dates: DateMention[] = [];
  // The candidate list is only an argument here, so it can be collected as soon as grouping is done.
  const grouped = groupCandidates(text, streamParagraphs(text, articleDate, dates));
  return finish(text, findQuotes(text), articleDate, dates, [], grouped, undefined).analysis;
}

/** The candidates of every paragraph with offsets into the whole text; their dates go to `dates`. */
function streamParagraphs(text: string, articleDate: string | undefined, dates: DateMention[]): Candidate[] {
  const starts = pieceStarts(text);
  const paragraphs: string[] = new Array<string>(starts.length);
  const usesLeft = new Map<string, number>();
  for (let p = 0; p < starts.length; p++) {
    const paragraph = text.slice(starts[p], p + 1 < starts.length ? starts[p + 1] : text.length);
    paragraphs[p] = paragraph;
    usesLeft.set(paragraph, (usesLeft.get(paragraph) ?? 0) + 1);
  }
  const tokenPool: Token[] = [];
  const datePool: DateToken[] = [];
  /** Results of paragraphs that occur again further on. */
  const pending = new Map<string, { candidates: Candidate[]; dates: DateMention[] }>();
  const names: KnownNames = { strings: new Map(), wordLists: new Map() };
  // Each paragraph's list, joined at the end into one list of their total: a list grown candidate by
  // candidate leaves its outgrown copies behind, as large as itself and more, for a long text.
  const lists: Candidate[][] = [];
  let total = 0;
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p];
    const paragraph = paragraphs[p];
    let r = pending.get(paragraph);
    if (r === undefined) {
      r = { candidates: findCandidates(paragraph, tokenPool), dates: findDates(paragraph, articleDate, datePool) };
      shareNames(r.candidates, names);
    }
    const left = usesLeft.get(paragraph)! - 1;
    usesLeft.set(paragraph, left);
    if (left > 0) pending.set(paragraph, r);
    else pending.delete(paragraph);
    for (let k = 0; k < r.dates.length; k++) {
      const d = r.dates[k];
      const moved: DateMention = { start: d.start + start, end: d.end + start, text: d.text };
      if (d.value !== undefined) moved.value = d.value;
      dates.push(moved);
    }
    const own = r.candidates;
    if (own.length === 0) continue;
    // The last occurrence takes the paragraph's own candidates; earlier ones take copies.
    if (left === 0) {
      for (let k = 0; k < own.length; k++) movedInPlace(own[k], start);
      lists.push(own);
    } else {
      const copies = new Array<Candidate>(own.length);
      for (let k = 0; k < own.length; k++) copies[k] = shifted(own[k], start, paragraph);
      lists.push(copies);
    }
    total += own.length;
  }
  const candidates = new Array<Candidate>(total);
  let at = 0;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l];
    for (let k = 0; k < list.length; k++) candidates[at++] = list[k];
  }
  return candidates;
}

/** What an analysis keeps so that the next one, of an edited text, can reuse its unchanged parts. */
export interface AnalysisState {
  text: string;
  articleDate: string | undefined;
  starts: number[];
  results: ParagraphResult[];
  /** Per paragraph, the copies of its candidates that grouping last worked on (it changes them). */
  copies: (Candidate[] | undefined)[];
  entityMentions: Mention[];
  /** The dates and their mentions as handed out (never changed afterwards, so they can be shared). */
  dates: DateMention[];
  dateMentions: Mention[];
  entities: Entity[];
}

/**
 * The incremental extractor's analysis (the same results as extract()). With the state of
 * the previous analysis, paragraphs outside the edited stretch keep their results without being
 * looked up, and when the edited paragraphs yield the same name candidates as before (most
 * keystrokes), the entity grouping is the previous one with offsets moved past the edit.
 */
export function analyse(text: string, options: ExtractOptions, cache: ParagraphCache, previous?: AnalysisState): { analysis: Analysis; state: AnalysisState } {
  const stretch = previous !== undefined ? changedStretch(previous.text, text) : undefined;
  const before = previous !== undefined && stretch !== undefined ? { text: previous.text, edit: stretch } : undefined;
  const articleDate = findArticleDate(text, (t) => cache.copyright.year(t, before)) ?? validDay(options.articleDate);
  const prev = previous !== undefined && previous.articleDate === articleDate ? previous : undefined;
  const edit = prev ? stretch : undefined;
  cache.begin(articleDate, edit);

  const starts = pieceStarts(text, { previous: prev && edit ? { starts: prev.starts, edit } : undefined });
  const results: ParagraphResult[] = new Array<ParagraphResult>(starts.length);
  const reused = new Uint8Array(starts.length);
  const reusedBefore = prev ? new Uint8Array(prev.starts.length) : undefined;
  const copies: (Candidate[] | undefined)[] = new Array<Candidate[] | undefined>(starts.length);
  let op = 0;
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p];
    const end = p + 1 < starts.length ? starts[p + 1] : text.length;
    if (prev && edit) {
      // The same text at the same place before the edit, or moved by it after.
      const target = end <= edit.start ? start : start >= edit.newEnd ? start - edit.delta : -1;
      if (target >= 0) {
        while (op < prev.starts.length && prev.starts[op] < target) op++;
        if (op < prev.starts.length && prev.starts[op] === target) {
          const oldEnd = op + 1 < prev.starts.length ? prev.starts[op + 1] : prev.text.length;
          if (oldEnd - target === end - start) {
            results[p] = prev.results[op]!;
            copies[p] = prev.copies[op];
            reused[p] = 1;
            reusedBefore![op] = 1;
            continue;
          }
        }
      }
    }
    results[p] = cache.of(text.slice(start, end));
  }

  // Dates of the unchanged paragraphs before the edit are the previous ones, objects and all.
  let first = 0;
  let kept = 0;
  if (prev && edit) {
    while (first < starts.length && reused[first] && (first + 1 < starts.length ? starts[first + 1] : text.length) <= edit.start) kept += results[first++].dates!.length;
  }
  const dates: DateMention[] = kept > 0 ? prev!.dates.slice(0, kept) : [];
  for (let p = first; p < starts.length; p++) {
    const start = starts[p];
    const own = results[p].dates!;
    for (let k = 0; k < own.length; k++) {
      const d = own[k];
      const moved: DateMention = { start: d.start + start, end: d.end + start, text: d.text };
      if (d.value !== undefined) moved.value = d.value;
      dates.push(moved);
    }
  }

  let grouped: Grouping | undefined;
  if (prev && edit && edit.start > 0 && sameCandidates(prev, reusedBefore!, starts, results, reused, edit)) grouped = movedGrouping(prev, edit);
  if (!grouped) {
    const candidates: Candidate[] = [];
    for (let p = 0; p < starts.length; p++) {
      const start = starts[p];
      const r = results[p];
      if (r.candidates.length === 0) continue;
      if (copies[p] !== undefined) {
        // The copies grouping changed last time, set back to the paragraph's own candidates: no
        // new objects for the unchanged paragraphs.
        const own = copies[p]!;
        for (let k = 0; k < own.length; k++) candidates.push(resetCopy(own[k], r.candidates[k], start));
      } else {
        const own: Candidate[] = [];
        for (let k = 0; k < r.candidates.length; k++) own.push(shifted(r.candidates[k], start, r.paragraph));
        for (let k = 0; k < own.length; k++) candidates.push(own[k]);
        copies[p] = own;
      }
    }
    grouped = groupCandidates(text, candidates, prev?.entityMentions);
  }
  const { analysis, dateMentions } = finish(text, cache.quotes.find(text, edit), articleDate, dates, kept > 0 ? prev!.dateMentions.slice(0, kept) : [], grouped, cache.regions);
  cache.end();
  return { analysis, state: { text, articleDate, starts, results, copies, entityMentions: grouped.mentions, entities: grouped.entities, dates, dateMentions } };
}

type Grouping = { mentions: Mention[]; entities: Entity[] };

/** Quotes and their speakers, and every mention in one list; `dateMentions` holds those of the first dates already. */
function finish(text: string, found: RawQuote[], articleDate: string | undefined, dates: DateMention[], dateMentions: Mention[], grouped: Grouping, regions: RegionTokenCache | undefined): { analysis: Analysis; dateMentions: Mention[] } {
  const { mentions: entityMentions, entities } = grouped;
  const quoteMentions: Mention[] = [];
  const quotes = attributeSpeakers(text, found, entityMentions, entities, regions, quoteMentions);
  for (let k = dateMentions.length; k < dates.length; k++) {
    const d = dates[k];
    dateMentions.push({ start: d.start, end: d.end, type: 'date', text: d.text });
  }
  return { analysis: { mentions: mergeMentions(entityMentions, dateMentions, quoteMentions), entities, quotes, dates, articleDate }, dateMentions };
}

const CANDIDATE_FIELDS = ['type', 'key', 'strong', 'initial', 'role', 'title', 'gender', 'placeKind', 'canonical', 'hint', 'team', 'locative', 'orgCue', 'sports', 'possessive', 'shapeOnly'] as const;
/** Candidate fields compared otherwise (positions, words) or derived from the others (memos, grouping's link). */
type OtherCandidateFields = 'start' | 'end' | 'words' | 'name' | 'surface' | 'person';
// A field added to Candidate must be compared by sameCandidates(): this fails to type-check until it is listed.
const EVERY_FIELD_COMPARED: [Exclude<keyof CandidateFields, (typeof CANDIDATE_FIELDS)[number] | OtherCandidateFields>] extends [never] ? true : never = true;
void EVERY_FIELD_COMPARED;

/**
 * Whether the paragraphs that were re-analysed yield the candidates they yielded before the edit:
 * the same ones in the same order, none touching the edited stretch, each at its old place moved
 * by the edit. Grouping reads nothing but candidates and the text inside their spans, and compares
 * positions only by order, which such a move keeps; so its result is the old one, moved.
 */
function sameCandidates(prev: AnalysisState, reusedBefore: Uint8Array, starts: number[], results: ParagraphResult[], reused: Uint8Array, edit: Stretch): boolean {
  const before: Candidate[] = [];
  const beforeAt: number[] = [];
  for (let p = 0; p < prev.starts.length; p++) {
    if (reusedBefore[p]) continue;
    for (const c of prev.results[p].candidates) {
      before.push(c);
      beforeAt.push(prev.starts[p]);
    }
  }
  let k = 0;
  for (let p = 0; p < starts.length; p++) {
    if (reused[p]) continue;
    for (const c of results[p].candidates) {
      if (k >= before.length) return false;
      const o = before[k];
      const oldStart = o.start + beforeAt[k];
      const oldEnd = o.end + beforeAt[k];
      k++;
      let moveBy: number;
      if (oldEnd <= edit.start) moveBy = 0;
      else if (oldStart >= edit.oldEnd) moveBy = edit.delta;
      else return false;
      if (c.start + starts[p] !== oldStart + moveBy || c.end + starts[p] !== oldEnd + moveBy) return false;
      for (const f of CANDIDATE_FIELDS) if (c[f] !== o[f]) return false;
      if (c.words.length !== o.words.length) return false;
      for (let w = 0; w < c.words.length; w++) if (c.words[w] !== o.words[w]) return false;
    }
  }
  return k === before.length;
}

/** The previous grouping with mentions after the edit moved by it. */
function movedGrouping(prev: AnalysisState, edit: Stretch): Grouping {
  const delta = edit.delta;
  // Mentions, like entities, are never changed once made: past an edit that kept the length they are the same.
  if (delta === 0) return { mentions: prev.entityMentions.slice(), entities: prev.entities.slice() };
  const mentions: Mention[] = [];
  for (let k = 0; k < prev.entityMentions.length; k++) {
    const m = prev.entityMentions[k];
    mentions.push(m.start < edit.oldEnd ? m : { start: m.start + delta, end: m.end + delta, type: m.type, text: m.text, entityId: m.entityId });
  }
  // Entities are never changed once made, so the new analysis shares them.
  const entities = prev.entities.slice();
  return { mentions, entities };
}

const byPosition = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

function isSorted(list: readonly Mention[]): boolean {
  for (let k = 1; k < list.length; k++) if (byPosition(list[k - 1], list[k]) > 0) return false;
  return true;
}

/**
 * The three lists as one, by start (longer first on a tie), in the order a stable sort of their
 * concatenation gives; a linear merge when each list is already in order.
 */
function mergeMentions(a: Mention[], b: Mention[], c: Mention[]): Mention[] {
  if (!isSorted(a) || !isSorted(b) || !isSorted(c)) return [...a, ...b, ...c].sort(byPosition);
  const out: Mention[] = new Array<Mention>(a.length + b.length + c.length);
  let i = 0;
  let j = 0;
  let k = 0;
  let o = 0;
  while (o < out.length) {
    // On a tie the earlier list wins, as in a stable sort.
    let best: Mention | undefined;
    let from = 0;
    if (i < a.length) {
      best = a[i]!;
      from = 1;
    }
    if (j < b.length && (best === undefined || byPosition(b[j], best) < 0)) {
      best = b[j]!;
      from = 2;
    }
    if (k < c.length && (best === undefined || byPosition(c[k], best) < 0)) {
      best = c[k]!;
      from = 3;
    }
    out[o++] = best!;
    if (from === 1) i++;
    else if (from === 2) j++;
    else k++;
  }
  return out;
}

/** The option's date when it is a real calendar day in ISO form (YYYY-MM-DD), else nothing. */
function validDay(iso: string | undefined): string | undefined {
  if (iso === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? iso : undefined;
}
