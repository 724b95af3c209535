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

  lastPersonBefore(pos: number, gender: Gender | undefined): Mention | undefined {
    const people = this.people;
    const lo = firstStartingFrom(people, pos);
    // The nearest person of the pronoun's gender within reach, else the nearest of unknown gender.
    let unknown: Mention | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - 40 && this.within(people[k].end, pos, PERSON_REACH); k--) {
      const m = people[k];
      const g = this.genderOf(m.entityId!);
      if (gender === undefined || g === gender) return m;
      if (g === undefined && !unknown) unknown = m;
    }
    return unknown;
  }
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
