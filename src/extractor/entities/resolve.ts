// Resolving each candidate to a person, place or organization (or nothing) once the people and
// places of the text are known.
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import { addPersonMention, findByOpeningName, findPerson, nameOf, newPerson, type People, type PersonRecord, personOf, placeGroup, SPEECH_PERSON } from './people';
import { isCommonWord, isFirstName } from '../lexicon/index';

/** The entity type a candidate resolves to, by code (code 0: not resolved, no mention). */
export const RESOLVED_TYPES: readonly (EntityType | undefined)[] = [undefined, 'person', 'place', 'organization'];
const PERSON = RESOLVED_TYPES.indexOf('person');
const PLACE = RESOLVED_TYPES.indexOf('place');
const ORGANIZATION = RESOLVED_TYPES.indexOf('organization');

/**
 * Resolved candidates, by candidate index: the code of the entity type (RESOLVED_TYPES) and, for
 * places and organizations, the group. Columns of the candidates' number, made once: lists grown
 * one resolved candidate at a time would leave their outgrown copies behind for every long text.
 */
export interface Resolved {
  candidates: readonly Candidate[];
  types: Uint8Array;
  groups: (string | undefined)[];
}

// Helpers of passes are functions of the module, not closures made on each call: a call to a new
// closure is a call target that optimised code has not seen, and deoptimises it.
function resolveAs(r: Resolved, ci: number, type: number, group: string | undefined): void {
  r.types[ci] = type;
  r.groups[ci] = group;
}

function linkAs(text: string, r: Resolved, p: PersonRecord, ci: number): void {
  addPersonMention(text, p, r.candidates[ci]);
  resolveAs(r, ci, PERSON, undefined);
}

const LIST_GAPS = new Set([', ', ' and ', ', and ', ' or ', ', or ']);
const LIST_ENDS = /^(?:$|[,.;:)]|\s+(?:and|or)\s|\s+\d{4}-)/;

/**
 * `left` and `right` stand next to each other in a list, and the other of the two is a place:
 * not a possessive ("Ruritania's Velmo, Norland's …"), an acronym, a word with more after it
 * ("Velmo news agency"), a name after a city and its state ("Dunmore, Calif., Herons") or
 * before a town in apposition. A dateline's date may follow ("PORTVALE, Norland 2003-05-12").
 */
function listedWith(text: string, left: Candidate | undefined, right: Candidate | undefined): boolean {
  if (!left || !right || left.end >= right.start || right.start - left.end > 6) return false;
  const place = left.type === 'place' ? left : right.type === 'place' ? right : undefined;
  const other = place === left ? right : left;
  if (!place || !place.strong || place.team || place.sports || place.possessive || other.possessive || other.hint === 'acronym') return false;
  if (text.charCodeAt(place.end - 1) === 46 || !LIST_GAPS.has(text.slice(left.end, right.start))) return false;
  const before = text.slice(Math.max(0, other.start - 3), other.start);
  // "Velmo Holdings, Dunmore, said": a company and its town in apposition, not a list.
  if (other === left && /^,\s+[a-z]/.test(text.slice(place.end, place.end + 4))) return false;
  return !/['’]s\s$/.test(before) && LIST_ENDS.test(text.slice(other.end, other.end + 6));
}

export function resolveCandidates(text: string, candidates: Candidate[], people: People, placeKeys: Map<string, string>): Resolved {
  const r: Resolved = { candidates, types: new Uint8Array(candidates.length), groups: new Array<string | undefined>(candidates.length).fill(undefined) };
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    const p = personOf(c);
    if (p) {
      resolveAs(r, ci, PERSON, undefined);
      continue;
    }
    const single = c.words.length === 1 ? c.words[0] : c.key;
    if (c.type === 'place') {
      // "Jordan" after "Wendell Jordan" is the person.
      const person = c.words.length === 1 && !(c.placeKind === 'country' && c.possessive) ? findPerson(people, single, c.start, true) : undefined;
      // Not when the person's name of three words or more ends in the place: a town glued to a
      // name ("… intern Li Ming Harbin, the largest city …") names no one "Harbin".
      if (person && person.words.length >= 2 && !(person.words.length >= 3 && person.surname === single)) linkAs(text, r, person, ci);
      else resolveAs(r, ci, PLACE, placeGroup(c));
      continue;
    }
    if (c.type === 'organization') {
      if (c.strong) resolveAs(r, ci, ORGANIZATION, c.key);
      continue;
    }
    // Weak candidates: a known person or place of this text, else a guess from context.
    const full = nameOf(c);
    const person = c.words.length >= 2 ? people.byFull.get(full) : (findPerson(people, single, c.start, false) ?? (c.initial && c.hint !== 'speech' ? undefined : findByOpeningName(people, single)));
    if (person) {
      linkAs(text, r, person, ci);
      continue;
    }
    const place = placeKeys.get(c.key);
    if (place) {
      resolveAs(r, ci, PLACE, place);
      continue;
    }
    // "provinces such as Velmora, Quzhou and Harbin": an unknown name listed with places is one.
    if (c.type === 'unknown' && c.words.length === 1 && !isCommonWord(c.key) && (listedWith(text, candidates[ci - 1], c) || listedWith(text, c, candidates[ci + 1]))) {
      resolveAs(r, ci, PLACE, c.key);
      continue;
    }
    if (c.initial) continue;
    if (c.hint === 'acronym') {
      resolveAs(r, ci, ORGANIZATION, c.key);
      continue;
    }
    if (c.type === 'person' || (c.hint === 'speech' && (SPEECH_PERSON || isFirstName(c.key))) || c.hint === 'personCue') {
      linkAs(text, r, newPerson(people, c), ci);
      continue;
    }
    if (c.hint === 'locative') {
      resolveAs(r, ci, PLACE, c.key);
      continue;
    }
  }
  return r;
}
