// The classification rules for a segment of capitalised words, in the order they are tried: the
// first that decides wins. Lexicon and context evidence for places and organizations comes before
// the shape of a person's name, which decides last.
import { AFFILIATION_OF, COMPANY_BEFORE_PLACE, HEAD_WORD, KNOWN_ORGANIZATION, METONYM, PLACE_IN_COMPANY_NAME, PORTFOLIO_AFTER_FOR } from './organizations';
import { NAME_OR_OTHER, TITLED_PERSON } from './people';
import { CITY_BEFORE_STATE, CURRENCY, KNOWN_PLACE, NAME_THEN_PLACE, PLACE_NAMING_A_BODY, PLACE_NOUN_AFTER, PLACE_NOUN_BEFORE, SIGNATURE_TOWN, STATE_ABBREVIATION } from './places';
import type { SegmentRule } from './segment';
import { SCORECARD_PLAYER, TEAM_IN_RESULTS } from './teams';

export const SEGMENT_RULES: readonly SegmentRule[] = [
  TITLED_PERSON,
  SCORECARD_PLAYER,
  TEAM_IN_RESULTS,
  SIGNATURE_TOWN,
  CITY_BEFORE_STATE,
  STATE_ABBREVIATION,
  PLACE_NOUN_AFTER,
  METONYM,
  CURRENCY,
  PLACE_IN_COMPANY_NAME,
  KNOWN_PLACE,
  KNOWN_ORGANIZATION,
  PLACE_NOUN_BEFORE,
  HEAD_WORD,
  COMPANY_BEFORE_PLACE,
  NAME_THEN_PLACE,
  PLACE_NAMING_A_BODY,
  AFFILIATION_OF,
  PORTFOLIO_AFTER_FOR,
  NAME_OR_OTHER,
];
