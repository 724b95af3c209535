// People, places and organizations: a local candidate pass per paragraph (entities-candidates.ts)
// and a cheap global pass that resolves weak candidates against the names the whole text
// establishes and groups mentions into entities ("Mr. Blinken" → "Antony J. Blinken").
import type { Entity, EntityType, Mention } from './types';
import { findCandidates, type Candidate } from './entities-candidates';
import { DIRECTIONAL_REGIONS } from './entities-words';
import { genderOfFirstName, isCommonWord, isFirstName, lexKey, placeKind } from './lexicon/index';

/** Start offsets of the paragraphs of `text` (split at blank lines). */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    let j = nl + 1;
    while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (j < n && text[j] === '\n') {
      while (j < n && (text[j] === '\n' || text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < n) starts.push(j);
    }
    i = j;
  }
  return starts;
}

/**
 * A copy of a candidate moved by `offset` (the paragraph's own result stays untouched for caching,
 * except for its memoised name and surface text, which depend on nothing but the paragraph).
 */
export function shifted(c: Candidate, offset: number, paragraph: string): Candidate {
  return {
    start: c.start + offset,
    end: c.end + offset,
    type: c.type,
    key: c.key,
    words: c.words,
    strong: c.strong,
    initial: c.initial,
    role: c.role,
    title: c.title,
    gender: c.gender,
    placeKind: c.placeKind,
    canonical: c.canonical,
    hint: c.hint,
    team: c.team,
    locative: c.locative,
    orgCue: c.orgCue,
    sports: c.sports,
    possessive: c.possessive,
    shapeOnly: c.shapeOnly,
    name: c.name ?? (c.name = c.words.join(' ')),
    surface: c.surface ?? (c.surface = paragraph.slice(c.start, c.end)),
    person: undefined,
  };
}

/** The candidate itself moved by `offset`, for a paragraph result that is used once and not kept. */
export function movedInPlace(c: Candidate, offset: number, paragraph: string): Candidate {
  if (c.name === undefined) c.name = c.words.join(' ');
  if (c.surface === undefined) c.surface = paragraph.slice(c.start, c.end);
  c.start += offset;
  c.end += offset;
  return c;
}

/** Strings and word lists already seen in a text, so that a name mentioned thousands of times is kept once. */
export interface KnownNames {
  strings: Map<string, string>;
  wordLists: Map<string, string[]>;
}

function known(names: KnownNames, s: string): string {
  const seen = names.strings.get(s);
  if (seen !== undefined) return seen;
  names.strings.set(s, s);
  return s;
}

/** Points a paragraph's candidates at the instances of their names seen before (and fills in their memos). */
export function shareNames(candidates: readonly Candidate[], paragraph: string, names: KnownNames): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    c.key = known(names, c.key);
    const name = known(names, c.name ?? c.words.join(' '));
    c.name = name;
    const words = names.wordLists.get(name);
    if (words === undefined) names.wordLists.set(name, c.words);
    else if (words.length === c.words.length && words.every((w, i) => w === c.words[i])) c.words = words;
    c.surface = known(names, c.surface ?? paragraph.slice(c.start, c.end));
    if (c.title !== undefined) c.title = known(names, c.title);
    if (c.role !== undefined) c.role = known(names, c.role);
  }
}

/** Sets a copy made by shifted() back to its candidate, moved by `offset` (undoes what grouping changed). */
export function resetCopy(copy: Candidate, c: Candidate, offset: number): Candidate {
  copy.start = c.start + offset;
  copy.end = c.end + offset;
  copy.type = c.type;
  copy.strong = c.strong;
  copy.words = c.words;
  copy.key = c.key;
  copy.name = c.name;
  copy.surface = c.surface;
  copy.person = undefined;
  return copy;
}

/** Candidates of every paragraph, with offsets into the whole text. */
export function collectCandidates(text: string, candidatesOf: (paragraph: string) => Candidate[] = findCandidates): Candidate[] {
  const starts = paragraphStarts(text);
  const all: Candidate[] = [];
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p]!;
    const end = p + 1 < starts.length ? starts[p + 1]! : text.length;
    const paragraph = text.slice(start, end);
    for (const c of candidatesOf(paragraph)) all.push(shifted(c, start, paragraph));
  }
  return all;
}

interface PersonRecord {
  first: string;
  surname: string;
  words: string[];
  titleForms: Set<string> | undefined;
  role?: string;
  gender?: 'female' | 'male';
  lastAt: number;
  /** Index into the entity list once the person has one. */
  entity: number;
}

const SPEECH_PERSON = false;
const NONE: readonly never[] = [];
const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'lp', 'ag', 'sa', 'nv', 'gmbh', 'group', 'holdings', 'corporation', 'company', 'cos', 'bhd', 'spa', 'cie', 'industries', 'international', 'partners', 'associates', 'brothers', 'bros', 'enterprises', 'and', 'communications', 'securities', 'capital', 'financial', 'systems', 'technologies']);
const SUFFIX_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const placeGroup = (c: Candidate): string => (c.canonical ? lexKey(c.canonical) : c.key);

const longer = (f: string, best: string): boolean => f.length > best.length;
const moreWords = (f: string, best: string): boolean => {
  const n = f.split(/\s+/).length;
  const m = best.split(/\s+/).length;
  return n > m || (n === m && f.length > best.length);
};

/** Prefers a form as written in running text over an ALL-CAPS headline or dateline form. */
function preferredForm(forms: string[], better: (a: string, b: string) => boolean): string {
  let best = forms[0] ?? '';
  let bestUpper = best === best.toUpperCase();
  for (const f of forms) {
    const upper = f === f.toUpperCase();
    if (upper !== bestUpper ? bestUpper : better(f, best)) {
      best = f;
      bestUpper = upper;
    }
  }
  return best;
}

/** The name words joined by spaces ("antony blinken"). */
function nameOf(c: Candidate): string {
  return c.name ?? (c.name = c.words.join(' '));
}

/** The text of the span. */
function surfaceOf(text: string, c: Candidate): string {
  return c.surface ?? (c.surface = text.slice(c.start, c.end));
}

function surnameOf(words: string[]): string {
  for (let k = words.length - 1; k >= 0; k--) if (!SUFFIX_WORDS.has(words[k]!)) return words[k]!;
  return words[words.length - 1] ?? '';
}

/** The people of a text found so far, by surname, first name and full name. */
interface People {
  list: PersonRecord[];
  bySurname: Map<string, PersonRecord[]>;
  byFirst: Map<string, PersonRecord[]>;
  byFull: Map<string, PersonRecord>;
}

const personOf = (c: Candidate): PersonRecord | undefined => c.person as PersonRecord | undefined;

function findPerson(people: People, word: string, at: number, bySurnameOnly: boolean): PersonRecord | undefined {
  let best: PersonRecord | undefined;
  let bestScore = -Infinity;
  const bySurname = people.bySurname.get(word) ?? NONE;
  const byFirst = bySurnameOnly || !isFirstName(word) ? NONE : (people.byFirst.get(word) ?? NONE);
  for (let k = 0; k < bySurname.length + byFirst.length; k++) {
    const p = k < bySurname.length ? bySurname[k]! : byFirst[k - bySurname.length]!;
    let score: number;
    if (p.surname === word) score = 2;
    else if (p.words.length >= 2) score = 1;
    else continue;
    // Prefer the most recent one before this mention.
    score += p.lastAt <= at ? 1 + p.lastAt / (at + 1) : 0;
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

function addPersonMention(text: string, p: PersonRecord, c: Candidate): void {
  c.person = p;
  if (c.title) (p.titleForms ??= new Set()).add(`${c.title} ${surfaceOf(text, c)}`);
  if (!p.role && c.role) p.role = c.role;
  if (!p.gender && c.gender) p.gender = c.gender;
  if (c.start > p.lastAt) p.lastAt = c.start;
}

function addTo(map: Map<string, PersonRecord[]>, k: string, p: PersonRecord): void {
  const list = map.get(k);
  if (list) list.push(p);
  else map.set(k, [p]);
}

function newPerson(people: People, c: Candidate): PersonRecord {
  const words = c.words.length ? c.words : [c.key];
  const p: PersonRecord = { first: words[0]!, surname: surnameOf(words), words, titleForms: undefined, lastAt: c.start, entity: -1 };
  people.list.push(p);
  addTo(people.bySurname, p.surname, p);
  if (p.first !== p.surname) addTo(people.byFirst, p.first, p);
  people.byFull.set(words.join(' '), p);
  return p;
}

function countIn(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

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
  // their surname recurs alone ("Xianglong Dai … Dai said").
  // Grouping reads every candidate several times; passes that depend only on what earlier passes
  // completed share one loop, since the candidates do not fit in a processor cache.
  const singleKeys = new Set<string>();
  // 0. Companies named after people ("Hearst Corp." … "Hearst said"): a name that is the core of an
  // organization of this text, or stands where a company does, is the organization.
  const orgCores = new Map<string, number>();
  const teamHints = countOrgCores(candidates, singleKeys, orgCores);
  // A surname shared by a person and a company ("Donald Trump" and "Trump Organization", "William
  // Randolph Hearst" and "Hearst Corp."): the text's more frequent use wins.
  const personNames = countPersonNames(candidates, teamHints >= 2, singleKeys, orgCores);
  // "Injecting Clinton", "Crooked Hillary Clinton": a sentence-initial word glued to a known name.
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  findFullNames(candidates, orgCores, personNames, fullNames, surnames);
  // 1. Full names (two or more words) with evidence found the people of the text.
  linkFullNames(text, candidates, people, fullNames, surnames);
  // 2. Single-word people: link to a full name with that surname (or first name), else their own.
  // Sports results: a city or region standing for its team ("Leicestershire beat Somerset",
  // "SEATTLE 9 Baltimore 6") is an organization throughout the text; countries stay places.
  const teamKeys = linkSingleNames(text, candidates, people);
  // 3. Places known from the text, for resolving weak words.
  const placeKeys = findPlaces(candidates, teamKeys);
  return makeEntities(text, resolveCandidates(text, candidates, people, placeKeys), previous);
}

/** Counts organization cores, notes one-word keys and returns the number of team hints. */
function countOrgCores(candidates: Candidate[], singleKeys: Set<string>, orgCores: Map<string, number>): number {
  let teamHints = 0;
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    c.person = undefined;
    if (c.team && c.type === 'place') teamHints++;
    if (c.words.length === 1 && c.key.indexOf(' ') < 0) singleKeys.add(c.key);
    if (c.type !== 'organization' || !c.strong) continue;
    // The name without "&" and corporate suffixes ("Smith & Wesson Holdings Corp." → "smith wesson").
    let words = c.words;
    let kept = words.length;
    if (words.indexOf('&') >= 0) {
      words = words.filter((w) => w !== '&');
      kept = words.length;
    }
    while (kept > 1 && CORPORATE_SUFFIXES.has(words[kept - 1]!)) kept--;
    if (kept < c.words.length || kept >= 2) countIn(orgCores, kept === c.words.length ? nameOf(c) : words.slice(0, kept).join(' '));
    if (kept >= 2 && !isFirstName(words[0]!) && !placeKind(words[0]!)) countIn(orgCores, words[0]!);
  }
  return teamHints;
}

function countPersonNames(candidates: Candidate[], teams: boolean, singleKeys: Set<string>, orgCores: Map<string, number>): Map<string, number> {
  const personNames = new Map<string, number>();
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    if (c.shapeOnly === 'bare' && c.type === 'person' && !(teams || singleKeys.has(c.words[c.words.length - 1]!))) {
      c.type = 'unknown';
      c.strong = false;
    }
    if (c.type !== 'person' || !c.strong || c.shapeOnly || c.orgCue) continue;
    if (c.words.length >= 2 && !orgCores.has(nameOf(c))) {
      countIn(personNames, c.words[c.words.length - 1]!);
      countIn(personNames, nameOf(c));
    } else if (c.words.length === 1 && c.title) countIn(personNames, c.words[0]!);
  }
  return personNames;
}

function morePerson(personNames: Map<string, number>, orgCores: Map<string, number>, name: string): boolean {
  return (personNames.get(name) ?? 0) > (orgCores.get(name) ?? 0);
}

function findFullNames(candidates: Candidate[], orgCores: Map<string, number>, personNames: Map<string, number>, fullNames: Set<string>, surnames: Set<string>): void {
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    if ((c.type === 'person' || c.type === 'unknown') && !c.title && !c.role) {
      const name = nameOf(c);
      if ((orgCores.has(name) && !(c.words.length === 1 && morePerson(personNames, orgCores, name))) || (c.orgCue && !morePerson(personNames, orgCores, name))) {
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
  if ((c.type !== 'person' && c.type !== 'unknown') || c.words.length < 2 || c.title || isFirstName(c.words[0]!)) return;
  const rest = c.words.slice(1);
  if (fullNames.has(nameOf(c)) || text.charCodeAt(c.start + 1) === 46) return;
  const glued = isCommonWord(c.words[0]!) || /(?:ing|ed|ly)$/.test(c.words[0]!);
  if (fullNames.has(rest.join(' ')) || ((c.initial || c.shapeOnly) && glued && rest.length === 1 && surnames.has(rest[0]!))) {
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
    const c = candidates[ci]!;
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
    const c = candidates[ci]!;
    if (c.type === 'place' && c.team && c.placeKind !== 'country') teamKeys.add(c.key);
    if (c.type !== 'person' || personOf(c) !== undefined || c.words.length !== 1 || !c.strong) continue;
    const p = findPerson(people, c.words[0]!, c.start, false);
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
    const c = candidates[ci]!;
    if (c.type !== 'place') continue;
    if (teamKeys.size >= 2 && teamKeys.has(c.key) && !c.locative && c.placeKind !== 'country') c.type = 'organization';
    // In a sports report, a city or county not used as a location ("Derbyshire closed in on victory").
    else if (c.sports && !c.locative && (c.placeKind === 'city' || c.placeKind === 'region') && !DIRECTIONAL_REGIONS.has(c.key) && (c.team || teamKeys.size >= 1)) c.type = 'organization';
    else if (c.strong) placeKeys.set(c.key, placeGroup(c));
  }
  return placeKeys;
}

/** Resolved candidates with their entity type and group (for places and organizations), side by side. */
interface Resolved {
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

function resolveCandidates(text: string, candidates: Candidate[], people: People, placeKeys: Map<string, string>): Resolved {
  const r: Resolved = { candidates: [], types: [], groups: [] };
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    const p = personOf(c);
    if (p) {
      resolveAs(r, c, 'person', '');
      continue;
    }
    const single = c.words.length === 1 ? c.words[0]! : c.key;
    if (c.type === 'place') {
      // "Jordan" after "Michael Jordan" is the person.
      const person = c.words.length === 1 && !(c.placeKind === 'country' && c.possessive) ? findPerson(people, single, c.start, true) : undefined;
      if (person && person.words.length >= 2) linkAs(text, r, person, c);
      else resolveAs(r, c, 'place', placeGroup(c));
      continue;
    }
    if (c.type === 'organization') {
      if (c.strong) resolveAs(r, c, 'organization', c.key);
      continue;
    }
    // Weak candidates: a known person or place of this text, else a guess from context.
    const full = nameOf(c);
    const person = c.words.length >= 2 ? people.byFull.get(full) : findPerson(people, single, c.start, false);
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

// 4. Entities in order of first mention.
function makeEntities(text: string, r: Resolved, previous: readonly Mention[]): { mentions: Mention[]; entities: Entity[] } {
  let resolved = r.candidates;
  let resolvedTypes = r.types;
  let resolvedGroups = r.groups;
  let inOrder = true;
  for (let k = 1; k < resolved.length && inOrder; k++) if (resolved[k - 1]!.start > resolved[k]!.start) inOrder = false;
  if (!inOrder) {
    const order = resolved.map((_, k) => k).sort((x, y) => resolved[x]!.start - resolved[y]!.start);
    resolved = order.map((k) => r.candidates[k]!);
    resolvedTypes = order.map((k) => r.types[k]!);
    resolvedGroups = order.map((k) => r.groups[k]!);
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const people: PersonRecord[] = [];
  const entityOfGroup: Record<'place' | 'organization', Map<string, number>> = { place: new Map(), organization: new Map() };
  const counters: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  // Surface forms of each entity (by entity index), in order of first use.
  const surfaces: Set<string>[] = [];
  let lastEnd = -1;
  for (let ri = 0; ri < resolved.length; ri++) {
    const c = resolved[ri]!;
    const type = resolvedTypes[ri]!;
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    let index: number;
    if (type === 'person') {
      const p = personOf(c)!;
      index = p.entity;
      if (index < 0) {
        index = p.entity = entities.length;
        entities.push({ id: `person-${++counters.person}`, type: 'person', name: '', aliases: [], mentionCount: 0 });
        surfaces.push(new Set());
        people.push(p);
      }
    } else {
      const groups = entityOfGroup[type];
      const group = resolvedGroups[ri]!;
      index = groups.get(group) ?? -1;
      if (index < 0) {
        index = entities.length;
        groups.set(group, index);
        const entity: Entity = { id: `${type}-${++counters[type]}`, type, name: '', aliases: [], mentionCount: 0 };
        entities.push(entity);
        surfaces.push(new Set());
        if (type === 'place' && c.canonical) entity.name = c.canonical;
      }
    }
    const entity = entities[index]!;
    const surface = surfaceOf(text, c);
    entity.mentionCount++;
    surfaces[index]!.add(surface);
    // The previous mention at the same place when equal (before an edit, or past one that kept the
    // length): an analysis after an edit then holds few new objects.
    const old = previous[mentions.length];
    mentions.push(old !== undefined && old.start === c.start && old.end === c.end && old.type === type && old.text === surface && old.entityId === entity.id ? old : { start: c.start, end: c.end, type, text: surface, entityId: entity.id });
  }

  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi]!;
    const entity = entities[p.entity]!;
    const forms = [...surfaces[p.entity]!];
    const name = preferredForm(forms, moreWords);
    entity.name = name;
    entity.aliases = [...forms.filter((f) => f !== name), ...(p.titleForms ?? NONE)].filter((f, k, all) => all.indexOf(f) === k && f !== name);
    if (p.role) entity.role = p.role;
    const gender = p.gender ?? genderOfFirstName(name.split(/\s+/)[0]!.toLowerCase());
    if (gender) entity.gender = gender;
  }
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index]!;
    if (entity.type === 'person') continue;
    const forms = [...surfaces[index]!];
    if (!entity.name) entity.name = preferredForm(forms, longer);
    entity.aliases = forms.filter((f) => f !== entity.name);
  }
  return { mentions, entities };
}

/**
 * People, places and organizations mentioned in `text`, grouped into entities.
 * `candidatesOf` may be a memoised `findCandidates` (keyed by paragraph text) for incremental
 * analysis: the per-paragraph pass is pure, and only the cheap grouping pass sees the whole text.
 */
export function findEntities(text: string, candidatesOf: (paragraph: string) => Candidate[] = findCandidates): { mentions: Mention[]; entities: Entity[] } {
  return groupCandidates(text, collectCandidates(text, candidatesOf));
}

export { findCandidates, type Candidate };
