// Resolving each candidate to a person, place or organization (or nothing) once the people and
// places of the text are known.
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import { addPersonMention, findByOpeningName, findPerson, nameOf, newPerson, type People, type PersonRecord, personOf, placeGroup, SPEECH_PERSON } from './people';
import { isFirstName } from '../lexicon/index';

/** Resolved candidates with their entity type and group (for places and organizations), side by side. */
export interface Resolved {
  candidates: Candidate[];
  types: EntityType[];
  groups: string[];
}

// Helpers of passes are functions of the module, not closures made on each call: a call to a new
// closure is a call target that optimised code has not seen, and deoptimises it.
function resolveAs(r: Resolved, c: Candidate, type: EntityType, group: string): void {
  r.candidates.push(c);
  r.types.push(type);
  r.groups.push(group);
}

function linkAs(text: string, r: Resolved, p: PersonRecord, c: Candidate): void {
  addPersonMention(text, p, c);
  resolveAs(r, c, 'person', '');
}

export function resolveCandidates(text: string, candidates: Candidate[], people: People, placeKeys: Map<string, string>): Resolved {
  const r: Resolved = { candidates: [], types: [], groups: [] };
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    const p = personOf(c);
    if (p) {
      resolveAs(r, c, 'person', '');
      continue;
    }
    const single = c.words.length === 1 ? c.words[0] : c.key;
    if (c.type === 'place') {
      // "Jordan" after "Wendell Jordan" is the person.
      const person = c.words.length === 1 && !(c.placeKind === 'country' && c.possessive) ? findPerson(people, single, c.start, true) : undefined;
      // Not when the person's name of three words or more ends in the place: a town glued to a
      // name ("… intern Li Ming Harbin, the largest city …") names no one "Harbin".
      if (person && person.words.length >= 2 && !(person.words.length >= 3 && person.surname === single)) linkAs(text, r, person, c);
      else resolveAs(r, c, 'place', placeGroup(c));
      continue;
    }
    if (c.type === 'organization') {
      if (c.strong) resolveAs(r, c, 'organization', c.key);
      continue;
    }
    // Weak candidates: a known person or place of this text, else a guess from context.
    const full = nameOf(c);
    const person = c.words.length >= 2 ? people.byFull.get(full) : (findPerson(people, single, c.start, false) ?? (c.initial && c.hint !== 'speech' ? undefined : findByOpeningName(people, single)));
    if (person) {
      linkAs(text, r, person, c);
      continue;
    }
    const place = placeKeys.get(c.key);
    if (place) {
      resolveAs(r, c, 'place', place);
      continue;
    }
    if (c.initial) continue;
    if (c.hint === 'acronym') {
      resolveAs(r, c, 'organization', c.key);
      continue;
    }
    if (c.type === 'person' || (c.hint === 'speech' && (SPEECH_PERSON || isFirstName(c.key))) || c.hint === 'personCue') {
      linkAs(text, r, newPerson(people, c), c);
      continue;
    }
    if (c.hint === 'locative') {
      resolveAs(r, c, 'place', c.key);
      continue;
    }
  }
  return r;
}
