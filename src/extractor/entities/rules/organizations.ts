// Classification rules for organizations: metonyms ("Wall Street"), organizations in the lexicon,
// and names with an organization or place head word ("State Department", "Bank of England",
// "Gulf of Mexico").
import { METONYMS, PLACE_PREFIXES, STATE_PLACE_HEADS, SURNAME_HEADS } from '../cues';
import { ambiguousFirstNameOf, commonWordOf, firstNameOf, isInitial, lastNameOf, withPlace } from '../token-facts';
import { ORG_HEADS, PLACE_HEADS, TITLES } from '../words';
import type { SegmentRule } from './segment';

export const METONYM: SegmentRule = (s, g) => {
  if (!METONYMS.has(g.key)) return false;
  s.emit(s.makeCandidate(g.a, g.b, 'organization', true, g.initial));
  return true;
};

export const KNOWN_ORGANIZATION: SegmentRule = (s, g) => {
  if (!s.isOrganization(g.a, g.b, g.key)) return false;
  s.emit(s.makeCandidate(g.a, g.b, 'organization', true, g.initial));
  return true;
};

/** An organization head word ("Department", "Bank of"), else a place head word ("Gulf of", "Mount …"). */
export const HEAD_WORD: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b, first, last, len, initial } = g;
  let orgHead = ORG_HEADS.has(last.key);
  let placeHead = PLACE_HEADS.has(last.key) && len >= 2;
  for (let k = a; k < b - 1; k++) {
    const t = tokens[k];
    if (tokens[k + 1].key === 'of' && !tokens[k + 1].cap) {
      if (ORG_HEADS.has(t.key)) orgHead = true;
      else if (STATE_PLACE_HEADS.has(t.key) || PLACE_HEADS.has(t.key)) placeHead = true;
    }
  }
  if (ORG_HEADS.has(first.key) && len >= 2 && !firstNameOf(first)) orgHead = true;
  // "Cie. de Transports Réunis", "Banco de Bilbao": the name after an organization word and "de".
  const de = tokens[a - 1];
  const body = tokens[a - 2]?.text === '.' ? tokens[a - 3] : tokens[a - 2];
  if (de && !de.cap && (de.key === 'de' || de.key === 'du' || de.key === 'des') && body && ORG_HEADS.has(body.key)) orgHead = true;
  for (let k = a; k < b; k++) if (tokens[k].text === '&') orgHead = true;
  if (len >= 2 && PLACE_PREFIXES.has(first.key)) placeHead = true;
  if (orgHead) {
    s.emit(s.makeCandidate(a, b, 'organization', true, initial));
    return true;
  }
  // "Ashby Park" after "at" is the ground, not a person.
  // "the Ashby Bridge": people seldom take "the".
  const at = tokens[a - 1]?.key === 'at' || (tokens[a - 1]?.key === 'the' && !tokens[a - 1].cap);
  // "Lena Hill", "Lena B. Hill": a given name (at a sentence's start an unambiguous one) before a surname-like head.
  const surname = SURNAME_HEADS.has(last.key) && firstNameOf(first) && (!initial || !ambiguousFirstNameOf(first)) && (len === 2 || (len === 3 && isInitial(tokens[a + 1])));
  if (placeHead && !(surname && !at)) {
    s.emit(withPlace(s.makeCandidate(a, b, 'place', true, initial), 'region', undefined));
    return true;
  }
  return false;
};

/**
 * "Dana Whitlow of Corbin Dane", "a partner of Harlan Briggs": the name right after a person's
 * name and "of" is where that person works, not a second person. Places were decided before.
 */
export const AFFILIATION_OF: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b, initial } = g;
  const of = tokens[a - 1];
  const name = tokens[a - 2];
  if (!of || of.key !== 'of' || of.cap || !name || !name.cap || name.upper || isInitial(name)) return false;
  if (commonWordOf(name) || TITLES.has(name.key) || ORG_HEADS.has(name.key) || PLACE_HEADS.has(name.key)) return false;
  if (!(firstNameOf(name) || lastNameOf(name) || firstNameOf(tokens[a - 3] ?? name))) return false;
  s.emit(s.makeCandidate(a, b, 'organization', true, initial));
  return true;
};

/**
 * "the Minister for Harbour Affairs", "High Commissioner for Fair Trade": the capitalised words
 * after an office and "for" name its portfolio or field, not a person. Places were decided before.
 */
export const PORTFOLIO_AFTER_FOR: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b, first, initial } = g;
  const prep = tokens[a - 1];
  const office = tokens[a - 2];
  if (!prep || prep.key !== 'for' || prep.cap || !office || !office.cap || !(TITLES.has(office.key) || ORG_HEADS.has(office.key))) return false;
  if (firstNameOf(first) && !commonWordOf(first)) return false;
  s.emit(s.makeCandidate(a, b, 'organization', true, initial));
  return true;
};

const SUFFIXES_AFTER_PLACE = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'bhd', 'pty', 'spa']);

/** "Dunmore Securities (Norland) Ltd.", "Velo (Norland) Pharmaceutical": a place in parentheses before a suffix or company word is part of a company's name. */
export const PLACE_IN_COMPANY_NAME: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b } = g;
  const suffix = tokens[b + 1];
  return tokens[a - 1]?.text === '(' && tokens[b]?.text === ')' && suffix !== undefined && suffix.cap && (SUFFIXES_AFTER_PLACE.has(suffix.key) || ORG_HEADS.has(suffix.key)) && tokens[a - 2]?.cap === true && s.placeOf(a, b) !== undefined;
};

/** "Dunmore Prebon (Norland) Inc.": the name before a parenthesised place and a company suffix is the company. */
export const COMPANY_BEFORE_PLACE: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b } = g;
  if (tokens[b]?.text !== '(') return false;
  for (let close = b + 2; close <= b + 4 && close < tokens.length; close++) {
    if (tokens[close].text !== ')') continue;
    const suffix = tokens[close + 1];
    if (!suffix || !suffix.cap || !SUFFIXES_AFTER_PLACE.has(suffix.key) || !s.placeOf(b + 1, close)) return false;
    s.emit(s.makeCandidate(a, b, 'organization', true, g.initial));
    return true;
  }
  return false;
};
