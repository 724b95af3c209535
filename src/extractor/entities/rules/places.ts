// Classification rules for places: a city before its state ("Reno, Nev."), an AP state
// abbreviation, a name before a place noun ("Halvang province"), a place in the lexicon, and a
// place naming a body after it ("Iceland Customs"); a currency is no place.
import { CURRENCY_WORDS, NUMBER_WORDS, PLACE_NOUNS_AFTER, US_STATE_ABBREVIATIONS } from '../cues';
import { commonWordOf, demonymOf, firstNameOf, isInitial, placeKindOf, titleCased, withPlace } from '../token-facts';
import { TokenKind } from '../tokens';
import { MISC_WORDS } from '../words';
import { placeKind } from '../../lexicon/index';
import type { SegmentRule } from './segment';

/** "Dunmore, Calif.", "Pelican Shores, Fla.": a name followed by a state is a place. */
export const CITY_BEFORE_STATE: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b, first, last } = g;
  const state = tokens[b + 1];
  const afterState = tokens[b + 2];
  const stateLike =
    state !== undefined &&
    ((state.text.endsWith('.') && US_STATE_ABBREVIATIONS.has(state.key)) ||
      (state.cap && !firstNameOf(first) && (placeKindOf(state) === 'region' || placeKindOf(state) === 'country') && (afterState === undefined || afterState.kind === TokenKind.Punct)));
  if (!isInitial(last) && tokens[b]?.text === ',' && stateLike && (!afterState || afterState.kind !== TokenKind.Word || !afterState.cap)) {
    s.emit(withPlace(s.makeCandidate(a, b, 'place', true, g.initial), 'city', undefined));
    return true;
  }
  return false;
};

/** AP state abbreviations after a city: "Reno, Nev.", "Glens Ferry, N.Y.". */
export const STATE_ABBREVIATION: SegmentRule = (s, g) => {
  const { a, b, first } = g;
  if (g.len === 1 && first.text.endsWith('.') && s.tokens[a - 1]?.text === ',' && placeKind(US_STATE_ABBREVIATIONS.get(first.key) ?? '')) {
    s.emit(withPlace(s.makeCandidate(a, b, 'place', true, false), 'region', titleCased(US_STATE_ABBREVIATIONS.get(first.key)!)));
    return true;
  }
  return false;
};

/** "Halvang province", "the Yangtze river". */
export const PLACE_NOUN_AFTER: SegmentRule = (s, g) => {
  const { a, b, last } = g;
  const nextWord = s.tokens[b];
  if (nextWord && nextWord.kind === TokenKind.Word && !nextWord.cap && PLACE_NOUNS_AFTER.has(nextWord.key) && !s.isOrganization(a, b, g.key) && !demonymOf(last) && !commonWordOf(last)) {
    s.emit(withPlace(s.makeCandidate(a, b, 'place', true, g.initial), 'region', undefined));
    return true;
  }
  return false;
};

/** "US$ 5 million", "80 million US dollars": a currency, not a place (no candidate). */
export const CURRENCY: SegmentRule = (s, g) => {
  const { text, tokens } = s;
  const { a, b } = g;
  if (text.charCodeAt(g.last.end) === 36) return true;
  return !!(tokens[b] && CURRENCY_WORDS.has(tokens[b].key) && (tokens[a - 1]?.digit || NUMBER_WORDS.has(tokens[a - 1]?.key ?? '')));
};

/** A place the lexicon knows (or a direction and a known place). */
export const KNOWN_PLACE: SegmentRule = (s, g) => {
  const place = s.placeOf(g.a, g.b);
  if (place) {
    s.emit(withPlace(s.makeCandidate(g.a, g.b, 'place', true, g.initial), place.kind, place.canonical));
    return true;
  }
  return false;
};

/**
 * A place followed by more capitalised words ("Portland Herons"): a team or company. A
 * country naming a national body ("Iceland Customs", "U.S. Trade Representative") is still the
 * place; a city naming a team or company is not.
 */
export const PLACE_NAMING_A_BODY: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b, first } = g;
  if (g.len < 2) return false;
  for (let k = b - 1; k > a; k--) {
    const prefix = s.placeOf(a, k);
    if (prefix && !firstNameOf(tokens[k]) && !firstNameOf(first) && !isInitial(tokens[k]) && !(k + 1 < b && isInitial(tokens[k + 1]))) {
      // "an Ohio Republican", "Wyoming Democrats": the place and a party member of it.
      let party = true;
      for (let m = k; m < b; m++) if (!PARTY_MEMBERS.has(tokens[m].key)) party = false;
      if (party) {
        s.emit(withPlace(s.makeCandidate(a, k, 'place', true, g.initial), prefix.kind, prefix.canonical));
        return true;
      }
      let event = false;
      for (let m = k; m < b; m++) if (MISC_WORDS.has(tokens[m].key) || CURRENCY_WORDS.has(tokens[m].key)) event = true;
      if (prefix.kind === 'country' && !event) {
        s.emit(withPlace(s.makeCandidate(a, k, 'place', true, g.initial), prefix.kind, prefix.canonical));
        s.emit(s.makeCandidate(k, b, 'organization', true, false));
        return true;
      }
      s.emit(s.makeCandidate(a, b, 'organization', true, g.initial));
      return true;
    }
  }
  // A name ending in a place: "Moscow-born"? no; "Greater London" handled by lookupPlace.
  return false;
};

const PARTY_MEMBERS = new Set(['republican', 'republicans', 'democrat', 'democrats', 'conservative', 'conservatives', 'liberal', 'liberals', 'socialist', 'socialists', 'communist', 'communists', 'tory', 'tories', 'gop']);

/** Nouns before "of" + a place ("the town of Marvik"), or right before it ("the regional capital Orlova"). */
const PLACE_NOUNS_BEFORE = new Set(['town', 'towns', 'city', 'cities', 'village', 'villages', 'capital', 'port', 'province', 'provinces', 'district', 'districts', 'island', 'islands', 'county', 'municipality', 'suburb', 'suburbs', 'outskirts', 'resort', 'enclave', 'hamlet', 'region', 'state']);
const PLACE_NOUNS_RIGHT_BEFORE = new Set(['capital', 'town', 'village', 'port', 'city', 'resort', 'suburb', 'hamlet']);

function placeNounAt(s: { tokens: readonly { key: string; cap: boolean; kind: number }[] }, k: number, nouns: ReadonlySet<string>): boolean {
  const t = s.tokens[k];
  return t !== undefined && !t.cap && t.kind === TokenKind.Word && nouns.has(t.key);
}

/** "the town of Marvik", "the towns of Marvik and Dunholt", "the regional capital Orlova". */
export const PLACE_NOUN_BEFORE: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b, first } = g;
  if (g.len > 3 || s.isOrganization(a, b, g.key) || (firstNameOf(first) && !s.placeOf(a, b))) return false;
  const ofAt = (k: number) => tokens[k]?.key === 'of' && !tokens[k].cap && placeNounAt(s, k - 1, PLACE_NOUNS_BEFORE);
  let named = ofAt(a - 1) || placeNounAt(s, a - 1, PLACE_NOUNS_RIGHT_BEFORE);
  // The second of a pair: "the towns of Marvik and [Upper Dunholt]".
  if (!named && tokens[a - 1]?.key === 'and' && tokens[a - 2]?.cap) {
    let k = a - 2;
    while (k > a - 5 && tokens[k - 1]?.cap) k--;
    named = ofAt(k - 1);
  }
  if (!named) return false;
  for (let k = a; k < b; k++) if (commonWordOf(tokens[k]) && !s.placeOf(a, b)) return false;
  const place = s.placeOf(a, b);
  s.emit(withPlace(s.makeCandidate(a, b, 'place', true, g.initial), place?.kind ?? 'city', place?.canonical));
  return true;
};

/**
 * A letter's signature: the writer's name, then the town and state ("Anne B. Whitfield Dayton,
 * Tenn.", "Ruth Ellen Spiers Macon, Ga."): the name is a person, the town a place.
 */
export const SIGNATURE_TOWN: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b, first } = g;
  if (g.len < 3 || !firstNameOf(first) || tokens[b]?.text !== ',') return false;
  const state = tokens[b + 1];
  if (!state || !((state.text.endsWith('.') && US_STATE_ABBREVIATIONS.has(state.key)) || placeKindOf(state) === 'region' || placeKindOf(state) === 'country')) return false;
  for (let k = a + 2; k < b; k++) {
    const place = s.placeOf(k, b);
    if (!place || place.kind === 'country') continue;
    s.emit(s.makeCandidate(a, k, 'person', true, g.initial));
    s.emit(withPlace(s.makeCandidate(k, b, 'place', true, false), place.kind, place.canonical));
    return true;
  }
  // A town the lexicon lacks, before an AP state abbreviation: the name ends at a suffix ("Jr."),
  // at the word after a middle initial, or else one word before the state.
  if (!(state.text.endsWith('.') && US_STATE_ABBREVIATIONS.has(state.key))) return false;
  let k = b - 1;
  for (let m = a + 1; m < b - 1; m++) {
    if (NAME_SUFFIXES.has(tokens[m].key)) {
      k = m + 1;
      break;
    }
    if (isInitial(tokens[m]) && m + 2 < b) k = m + 2;
  }
  if (k - a < 2 || firstNameOf(tokens[k]) || commonWordOf(tokens[k])) return false;
  s.emit(s.makeCandidate(a, k, 'person', true, g.initial));
  s.emit(withPlace(s.makeCandidate(k, b, 'place', true, false), 'city', undefined));
  return true;
};

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const BYLINE_NOUNS = new Set(['reporter', 'reporters', 'correspondent', 'correspondents', 'intern', 'interns', 'photographer']);

/** "by reporter [Dong Qiao]", "reporters Xi Ran and [Bian Lu]": a byline's name starts at `a`. */
function bylineAt(tokens: Parameters<SegmentRule>[0]['tokens'], a: number): boolean {
  const prev = tokens[a - 1];
  if (!prev || prev.cap) return false;
  if (BYLINE_NOUNS.has(prev.key)) return true;
  if (prev.key !== 'and') return false;
  for (let k = a - 2; k >= a - 6 && k >= 0; k--) if (!tokens[k].cap && BYLINE_NOUNS.has(tokens[k].key)) return true;
  return false;
}

/**
 * Wire copy that runs a byline into the dateline or the story ("by reporter Dong Qiao Harbin",
 * "reporter Bian Lu Shanghai, the largest city"): a reporter's name of two words or more, then a
 * known place that is no given name, is the person and the place.
 */
export const NAME_THEN_PLACE: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b } = g;
  if (g.len < 3 || g.titled || !bylineAt(tokens, a)) return false;
  for (let k = a + 2; k < b; k++) {
    const t = tokens[k - 1];
    if (!t.cap || t.upper || commonWordOf(t) || placeKindOf(t) || MISC_WORDS.has(t.key) || demonymOf(t)) return false;
    const place = s.placeOf(k, b);
    if (!place || (k === b - 1 && firstNameOf(tokens[k]))) continue;
    s.emit(s.makeCandidate(a, k, 'person', true, g.initial));
    s.emit(withPlace(s.makeCandidate(k, b, 'place', true, false), place.kind, place.canonical));
    return true;
  }
  return false;
};
