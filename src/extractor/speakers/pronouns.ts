// Pronouns and gender: "she said" resolves to the most recent person of her gender within reach,
// "it said" to the most recent organization; genders come from the entities or from honorifics
// ("Ms. Psaki").
import type { Entity, Mention } from '../types';
import type { RawQuote } from '../quotes';
import { GENDERED_HONORIFICS } from './lexicon';
import { WORDS } from './words';
import { firstStartingFrom, lowerBound } from '../text/search';

export type Gender = 'female' | 'male';

export function entityGender(entity: Entity | undefined): Gender | undefined {
  const g = (entity)?.gender;
  return g === 'female' || g === 'male' ? g : undefined;
}

/** How far back (characters, CRs not counted) a pronoun looks for a person; an organization looks less far. */
export const PERSON_REACH = 1500;

/** The people and organizations (outside quotations) a pronoun may stand for. */
export class Antecedents {
  /** Offsets of the text's carriage returns, found on first need. */
  private crs: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly people: Mention[],
    private readonly organizations: Mention[],
    private readonly entityById: Map<string, Entity>,
    private readonly honorificGender: Map<string, Gender>,
  ) {}

  genderOf(id: string): Gender | undefined {
    return entityGender(this.entityById.get(id)) ?? this.honorificGender.get(id);
  }

  /**
   * Whether [from, to) is shorter than `limit`. Reach is counted without carriage returns, so a
   * CRLF file resolves as its LF checkout does. CRs only shorten a distance, so they are looked
   * up only for one at or past the limit.
   */
  within(from: number, to: number, limit: number): boolean {
    if (to - from < limit) return true;
    if (this.crs === undefined) {
      const found: number[] = [];
      const text = this.text;
      for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) found.push(i);
      this.crs = found;
    }
    const crs = this.crs;
    if (crs.length === 0) return false;
    return to - from - (lowerBound(crs, to) - lowerBound(crs, from)) < limit;
  }

  /** "it said": the most recent organization before, within a few hundred characters. */
  lastOrganizationBefore(pos: number): Mention | undefined {
    const m = this.organizations[firstStartingFrom(this.organizations, pos) - 1];
    return m && this.within(m.end, pos, 600) ? m : undefined;
  }

  /**
   * "the owner said": the person or body an earlier apposition ("Ada Lorn, the owner of
   * …") or title ("owner Ada Lorn") describes with the same noun, the nearest within reach.
   */
  describedBefore(pos: number, noun: string): Mention | undefined {
    return this.described(this.people, pos, noun, PERSON_REACH) ?? this.described(this.organizations, pos, noun, PERSON_REACH);
  }

  private described(mentions: Mention[], pos: number, noun: string, reach: number): Mention | undefined {
    const text = this.text;
    const lo = firstStartingFrom(mentions, pos);
    for (let k = lo - 1; k >= 0 && k >= lo - 40 && this.within(mentions[k].end, pos, reach); k--) {
      const m = mentions[k];
      if (m.end > pos) continue;
      if (describes(text.slice(m.end, Math.min(pos, m.end + 80)), noun, true)) return m;
      // The title is read before the name: it too must lie within reach (incremental reuse counts on it).
      const titleFrom = Math.max(0, m.start - 40);
      if (this.within(titleFrom, pos, reach) && describes(text.slice(titleFrom, m.start), noun, false)) return m;
    }
    return undefined;
  }

  lastPersonBefore(pos: number, gender: Gender | undefined): Mention | undefined {
    const people = this.people;
    const lo = firstStartingFrom(people, pos);
    // The nearest person of the pronoun's gender within reach, else the nearest of unknown gender.
    let unknown: Mention | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - 40 && this.within(people[k].end, pos, PERSON_REACH); k--) {
      const m = people[k];
      const g = this.genderOf(m.entityId!);
      if (gender === undefined || g === gender) return gender === undefined ? m : this.subjectBefore(k, pos, gender) ?? m;
      if (g === undefined && !unknown) unknown = m;
    }
    return unknown;
  }

  /**
   * "Ames thanked Brody, then, as he left, he called …": when the nearest person of the
   * pronoun's gender (people[k]) is not a subject, a person of that gender opening the same
   * sentence is the one meant.
   */
  private subjectBefore(k: number, pos: number, gender: Gender): Mention | undefined {
    const people = this.people;
    const nearest = people[k];
    if (opensSentence(this.text, nearest.start)) return undefined;
    for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
      const m = people[j];
      const g = this.genderOf(m.entityId!);
      if (m.entityId === nearest.entityId || (g !== undefined && g !== gender)) continue;
      // only within the pronoun's sentence, and within reach (incremental reuse counts on it)
      if (!this.within(Math.max(0, m.start - TITLE_REACH), pos, PERSON_REACH) || endsSentenceBetween(this.text, m.end, pos)) return undefined;
      if (opensSentence(this.text, m.start)) return m;
    }
    return undefined;
  }
}

/** How far before a name opensSentence() reads (a title: "Deputy Fire Chief "). */
const TITLE_REACH = 40;

/** Whether the name at `start` opens its sentence, after at most a few title words ("Deputy Fire Chief", "campaign spokesman"). */
function opensSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - TITLE_REACH);
  const before = text.slice(from, start);
  const m = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:(?:[A-Z][\w.-]*|[a-z]+(?:man|woman|person|er|or|ist|ent|ant|ate|ive|ary|ief))\s+){0,4})$/u.exec(before);
  if (m === null) return false;
  // "^" only counts at the very start of the text
  return m.index > 0 || from === 0 || /[.!?\n]/.test(before[0]);
}

/** Whether a sentence ends between `from` and `to`: ". " before a capital letter or a line break. */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  return /[.!?]["”’]?\s+["“]?[A-Z]|\n/.test(text.slice(from, to));
}

/**
 * Whether `noun` describes the name next to `near`: after it in an apposition (", the longtime
 * owner of …", `after`), or right before it as a title ("the owner "). Both lowercase.
 */
function describes(near: string, noun: string, after: boolean): boolean {
  if (after) {
    // ", the|a|an" and at most four more words, the last of them the noun
    const opening = /^\s*,\s+(?:the|a|an)\s+/i.exec(near);
    if (!opening) return false;
    const words = near.slice(opening[0].length).split(/\s+/, 5);
    for (let i = 0; i < words.length; i++) {
      const word = words[i].replace(/[,.;:]+$/, '');
      if (word.toLowerCase() === noun) return true;
      if (word.length < words[i].length) return false; // the apposition ended
    }
    return false;
  }
  const tail = near.trimEnd().toLowerCase();
  return tail.endsWith(noun) && (tail.length === noun.length || !/[\p{L}\p{N}]/u.test(tail[tail.length - noun.length - 1]));
}

export function honorificGenders(text: string, mentions: Mention[]): Map<string, Gender> {
  const honorificGender = new Map<string, Gender>();
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi];
    if (m.type !== 'person' || !m.entityId || honorificGender.has(m.entityId)) continue;
    const word = honorificBefore(text, m.start);
    const g = word === undefined ? undefined : GENDERED_HONORIFICS.get(word);
    if (g) honorificGender.set(m.entityId, g);
  }
  return honorificGender;
}

/** Characters before a mention's start that honorificBefore() reads. */
const HONORIFIC_WINDOW = 6;

/**
 * Whether an edit ([edit.start, edit.newEnd) of the text now) falls in or next to the characters
 * before a person mention that honorificGenders() reads. `mentions` by start.
 */
export function honorificEdited(mentions: readonly Mention[], edit: { start: number; newEnd: number }): boolean {
  for (let k = firstStartingFrom(mentions, edit.start); k < mentions.length && mentions[k].start <= edit.newEnd + HONORIFIC_WINDOW + 1; k++) {
    if (mentions[k].type === 'person') return true;
  }
  return false;
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

export function mentionsOutside(sorted: readonly RawQuote[], mentions: Mention[], people: Mention[], organizations: Mention[]): void {
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi];
    if (m.type === 'person') {
      if (!insideQuote(sorted, m.start)) people.push(m);
    } else if (m.type === 'organization' && !insideQuote(sorted, m.start)) organizations.push(m);
  }
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
  const from = Math.max(0, start - HONORIFIC_WINDOW);
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
