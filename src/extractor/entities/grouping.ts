// The global pass over a text's candidates: resolves weak candidates against the names the whole
// text establishes (full names, surnames, companies named after people, teams, places) and groups
// mentions into entities ("Mr. Blinken" → "Antony J. Blinken").
import type { Entity, Mention } from '../types';
import type { Candidate } from './candidate';
import { makeEntities } from './mentions';
import { addPersonMention, CORPORATE_SUFFIXES, countIn, findPerson, nameOf, newPerson, NONE, type People, type PersonRecord, personOf, placeGroup, surnameOf } from './people';
import { resolveCandidates } from './resolve';
import { DIRECTIONAL_REGIONS } from './words';
import { PLACE_NOUNS_AFTER } from './cues';
import { isCommonWord, isFirstName, placeKind } from '../lexicon/index';

/**
 * Groups candidates into mentions and entities. Reads `text` only inside candidate spans and
 * compares positions only by order: the incremental extractor moves a previous grouping past an
 * edit on that basis (see sameCandidates in extract.ts), so keep it so or update that check.
 * Each pass over the candidates is a function of its own: when an edit brings a kind of candidate
 * a pass has not met before, only that pass loses its optimised code, not the rest of the grouping.
 */
/** `previous`: the mentions of an earlier grouping, whose objects are handed out again where equal. */
export function groupCandidates(text: string, candidates: Candidate[], previous: readonly Mention[] = NONE): { mentions: Mention[]; entities: Entity[] } {
  const people: People = { list: [], bySurname: new Map(), byFirst: new Map(), byFull: new Map() };
  // Names only by their shape stand when the context supports them, in sports results, or when
  // their surname recurs alone ("Jianhong Tao … Tao said").
  // Grouping reads every candidate several times; passes that depend only on what earlier passes
  // completed share one loop, since the candidates do not fit in a processor cache.
  const singleKeys = new Set<string>();
  // 0. Companies named after people ("Pellworth Corp." … "Pellworth said"): a name that is the core of an
  // organization of this text, or stands where a company does, is the organization.
  const orgCores = new Map<string, number>();
  const orgFirstWords = new Map<string, number>();
  const teamHints = countOrgCores(candidates, singleKeys, orgCores, orgFirstWords);
  // A surname shared by a person and a company ("Martin Pellworth" and "Pellworth Organization", "Edith
  // Anne Carrow" and "Carrow Corp."): the text's more frequent use wins.
  const personNames = countPersonNames(candidates, teamHints >= 2, singleKeys, orgCores);
  // The first word of a body a leader heads ("the Pellworth White House", "Pellworth government")
  // is that person when the text names the person in full; else it is the body's short name.
  for (const [word, count] of orgFirstWords) if (!personNames.has(word)) orgCores.set(word, (orgCores.get(word) ?? 0) + count);
  // "Injecting Marlow", "Crooked Helena Marlow": a sentence-initial word glued to a known name.
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  findFullNames(candidates, orgCores, personNames, fullNames, surnames);
  // 1. Full names (two or more words) with evidence found the people of the text.
  linkFullNames(text, candidates, people, fullNames, surnames);
  // 2. Single-word people: link to a full name with that surname (or first name), else their own.
  // Sports results: a city or region standing for its team ("Dorset beat Cumbria",
  // "TACOMA 4 Spokane 3") is an organization throughout the text; countries stay places.
  const teamKeys = linkSingleNames(text, candidates, people);
  // 3. Places known from the text, for resolving weak words.
  const placeKeys = findPlaces(candidates, teamKeys);
  return makeEntities(text, resolveCandidates(text, candidates, people, placeKeys), previous);
}

/** Bodies named after the one who leads them ("the Pellworth White House"). */
const LED_BODIES = new Set(['house', 'administration', 'government', 'cabinet', 'campaign', 'presidency', 'regime', 'team', 'camp']);

/** Counts organization cores, notes one-word keys and returns the number of team hints. */
function countOrgCores(candidates: Candidate[], singleKeys: Set<string>, orgCores: Map<string, number>, orgFirstWords: Map<string, number>): number {
  let teamHints = 0;
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    c.person = undefined;
    if (c.team && c.type === 'place') teamHints++;
    if (c.words.length === 1 && c.key.indexOf(' ') < 0) singleKeys.add(c.key);
    // A name the text once uses as a company ("X said its profit rose") is the company in every
    // mention, unless it opens with a given name ("John Smith said its …" is a person's slip).
    if (c.orgCue === 'itself' && c.type !== 'place' && !c.title && !c.role && !isFirstName(c.words[0])) countIn(orgCores, nameOf(c));
    if (c.type !== 'organization' || !c.strong) continue;
    // The name without "&" and corporate suffixes ("Smith & Wesson Holdings Corp." → "smith wesson").
    let words = c.words;
    let kept = words.length;
    if (words.indexOf('&') >= 0) {
      words = words.filter((w) => w !== '&');
      kept = words.length;
    }
    while (kept > 1 && CORPORATE_SUFFIXES.has(words[kept - 1])) kept--;
    if (kept < c.words.length || kept >= 2) countIn(orgCores, kept === c.words.length ? nameOf(c) : words.slice(0, kept).join(' '));
    if (kept >= 2 && !isFirstName(words[0]) && !placeKind(words[0])) countIn(LED_BODIES.has(words[kept - 1]) ? orgFirstWords : orgCores, words[0]);
  }
  return teamHints;
}

function countPersonNames(candidates: Candidate[], teams: boolean, singleKeys: Set<string>, orgCores: Map<string, number>): Map<string, number> {
  const personNames = new Map<string, number>();
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    if (c.shapeOnly === 'bare' && c.type === 'person' && !(teams || singleKeys.has(c.words[c.words.length - 1]))) {
      c.type = 'unknown';
      c.strong = false;
    }
    if (c.type !== 'person' || !c.strong || c.shapeOnly || c.orgCue) continue;
    if (c.words.length >= 2 && !orgCores.has(nameOf(c))) {
      countIn(personNames, c.words[c.words.length - 1]);
      countIn(personNames, nameOf(c));
    } else if (c.words.length === 1 && c.title) countIn(personNames, c.words[0]);
  }
  return personNames;
}

function morePerson(personNames: Map<string, number>, orgCores: Map<string, number>, name: string): boolean {
  return (personNames.get(name) ?? 0) > (orgCores.get(name) ?? 0);
}

/**
 * "Dunmore Corp." … "a Dunmore Vista": two words opening with the name of a company of this text
 * name its product or unit, not a person, unless the text uses that first word more as a person's.
 */
function brandAndModel(c: Candidate, orgCores: Map<string, number>, personNames: Map<string, number>): boolean {
  if (c.words.length !== 2) return false;
  const brand = c.words[0];
  return orgCores.has(brand) && !isCommonWord(brand) && !morePerson(personNames, orgCores, brand);
}

function findFullNames(candidates: Candidate[], orgCores: Map<string, number>, personNames: Map<string, number>, fullNames: Set<string>, surnames: Set<string>): void {
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    if ((c.type === 'person' || c.type === 'unknown') && !c.title && !c.role) {
      const name = nameOf(c);
      if ((orgCores.has(name) && !(c.words.length === 1 && morePerson(personNames, orgCores, name))) || (c.orgCue && !morePerson(personNames, orgCores, name)) || brandAndModel(c, orgCores, personNames)) {
        c.type = 'organization';
        c.strong = true;
      }
    }
    if (c.type === 'person' && c.strong && c.words.length >= 2 && !c.initial && !c.shapeOnly) {
      fullNames.add(nameOf(c));
      surnames.add(surnameOf(c.words));
    }
  }
}

/** A sentence-initial word glued to a known name is dropped from the candidate. */
function glue(text: string, c: Candidate, fullNames: Set<string>, surnames: Set<string>): void {
  if ((c.type !== 'person' && c.type !== 'unknown') || c.words.length < 2 || c.title || isFirstName(c.words[0])) return;
  const name = nameOf(c);
  if (fullNames.has(name) || text.charCodeAt(c.start + 1) === 46) return;
  // The name without its first word, as the words after the first joined (no array made for most candidates).
  const restName = name.slice(c.words[0].length + 1);
  if (fullNames.has(restName) || ((c.initial || c.shapeOnly) && c.words.length === 2 && surnames.has(c.words[1]) && (isCommonWord(c.words[0]) || /(?:ing|ed|ly)$/.test(c.words[0])))) {
    const rest = c.words.slice(1);
    c.type = 'person';
    c.strong = true;
    let s = c.start;
    while (s < c.end && text.charCodeAt(s) > 32) s++;
    while (s < c.end && text.charCodeAt(s) <= 32) s++;
    if (s >= c.end) return;
    c.start = s;
    c.words = rest;
    c.name = rest.join(' ');
    c.surface = undefined;
    c.key = c.key.slice(c.key.indexOf(' ') + 1);
  }
}

function linkFullNames(text: string, candidates: Candidate[], people: People, fullNames: Set<string>, surnames: Set<string>): void {
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    glue(text, c, fullNames, surnames);
    if (c.type !== 'person' || !c.strong || c.words.length < 2) continue;
    const surname = surnameOf(c.words);
    let match: PersonRecord | undefined;
    for (const p of people.bySurname.get(surname) ?? NONE) {
      if (p.first === c.words[0] || p.words.length < 2 || c.words.length < 2) {
        match = p;
        break;
      }
    }
    addPersonMention(text, match ?? newPerson(people, c), c);
  }
}

function linkSingleNames(text: string, candidates: Candidate[], people: People): Set<string> {
  const teamKeys = new Set<string>();
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    if (c.type === 'place' && c.team && c.placeKind !== 'country') teamKeys.add(c.key);
    if (c.type !== 'person' || personOf(c) !== undefined || c.words.length !== 1 || !c.strong) continue;
    const p = findPerson(people, c.words[0], c.start, false);
    if (p) addPersonMention(text, p, c);
    // A lone word with no title and no full name in the text ("Justin", "Fidelity") is as often a
    // company or a product: leave it to the weak rules below.
    else if (c.title || c.role || c.key.indexOf(' ') >= 0) addPersonMention(text, newPerson(people, c), c);
    else c.type = 'unknown';
  }
  return teamKeys;
}

function findPlaces(candidates: Candidate[], teamKeys: Set<string>): Map<string, string> {
  const placeKeys = new Map<string, string>();
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    if (c.type !== 'place') continue;
    if (teamKeys.size >= 2 && teamKeys.has(c.key) && !c.locative && c.placeKind !== 'country') c.type = 'organization';
    // In a sports report, a city or county not used as a location ("Derbyshire closed in on victory").
    else if (c.sports && !c.locative && (c.placeKind === 'city' || c.placeKind === 'region') && !DIRECTIONAL_REGIONS.has(c.key) && (c.team || teamKeys.size >= 1)) c.type = 'organization';
    else if (c.strong) {
      placeKeys.set(c.key, placeGroup(c));
      // "Quzhou Province" … "Quzhou": the name without its place noun is the same place.
      const last = c.words.length - 1;
      if (last >= 1 && PLACE_NOUNS_AFTER.has(c.words[last]) && !placeKeys.has(c.words.slice(0, last).join(' '))) placeKeys.set(c.words.slice(0, last).join(' '), placeGroup(c));
    }
  }
  return placeKeys;
}
