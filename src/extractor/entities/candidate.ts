// A name candidate: a span of one paragraph that may be a person, place or organization, with
// the evidence the candidate pass found for it. The grouping pass reads and completes these.
import type { PlaceKind } from '../lexicon/index';

export type CandidateType = 'person' | 'place' | 'organization' | 'unknown';

export interface Candidate {
  start: number;
  end: number;
  type: CandidateType;
  /** Lexicon key of the span ("antony j blinken"). */
  key: string;
  /** Keys of the name words, initials excluded (["antony", "blinken"]). */
  words: string[];
  /** Strong: lexicon or context evidence. Weak: only capitalisation (resolved by the global pass). */
  strong: boolean;
  /** Capitalisation says little here: sentence start or a headline. */
  initial: boolean;
  role?: string;
  /** Title or honorific as written before the name ("Mr.", "Secretary"). */
  title?: string;
  gender?: 'female' | 'male';
  placeKind?: PlaceKind;
  /** Canonical country name for country variants ("U.S." → "United States"). */
  canonical?: string;
  /** Context hints for a weak single word. */
  hint?: 'speech' | 'locative' | 'acronym' | 'personCue';
  /** Stands where a sports team would: in a score or table line, after "v" or "beat". */
  team?: boolean;
  /** Right after a locative preposition ("in", "at", "from"). */
  locative?: boolean;
  /** Context says organization ("X shares", "a spokesman for X", "analyst at X"); 'itself' when
   * the name speaks of itself as "it" ("X said its profit rose"), which holds for the whole text. */
  orgCue?: boolean | 'itself';
  /** In a paragraph that reports sport (innings, goals, standings…). */
  sports?: boolean;
  /** Followed by a possessive ’s ("Jordan's King Abdullah"). */
  possessive?: boolean;
  /** A person only by the shape of the words; "supported" when a list, a figure or a country follows. */
  shapeOnly?: 'bare' | 'supported';
  /** Memo of `words.join(' ')`, filled in when first needed. */
  name?: string;
  /** Memo of the span's text, filled in when first needed. */
  surface?: string;
  /** The person the grouping pass linked this candidate to (its own record type). */
  person?: unknown;
}
