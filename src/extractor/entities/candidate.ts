// A name candidate: a span of one paragraph that may be a person, place or organization, with
// the evidence the candidate pass found for it. The grouping pass reads and completes these.
// A text holds a candidate for every run of capitalised words, hundreds of thousands in a long or
// hostile text, and all of them live until grouping is done: so a candidate is stored compactly
// (CompactCandidate), its small fields packed into one integer and its rare strings kept apart.
import type { PlaceKind } from '../lexicon/index';

export type CandidateType = 'person' | 'place' | 'organization' | 'unknown';
export type CandidateHint = 'speech' | 'locative' | 'acronym' | 'personCue';

/** The fields of a candidate, as the rules and the grouping pass read and write them. */
export interface CandidateFields {
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
  hint?: CandidateHint;
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

/** The values of each small field, in the order of their codes (code 0 is always "not set"). */
const TYPES: readonly CandidateType[] = ['person', 'place', 'organization', 'unknown'];
const GENDERS = [undefined, 'female', 'male'] as const;
const PLACE_KINDS = [undefined, 'country', 'region', 'city'] as const;
const HINTS = [undefined, 'speech', 'locative', 'acronym', 'personCue'] as const;
const FLAGS = [undefined, true, false] as const;
const ORG_CUES = [undefined, true, false, 'itself'] as const;
const SHAPES = [undefined, 'bare', 'supported'] as const;

/** Where each small field sits in the packed integer: its shift and its mask. */
const TYPE = [0, 3] as const;
const STRONG = [2, 1] as const;
const INITIAL = [3, 1] as const;
const GENDER = [4, 3] as const;
const PLACE_KIND = [6, 3] as const;
const HINT = [8, 7] as const;
const TEAM = [11, 3] as const;
const LOCATIVE = [13, 3] as const;
const ORG_CUE = [15, 3] as const;
const SPORTS = [17, 3] as const;
const POSSESSIVE = [19, 3] as const;
const SHAPE = [21, 3] as const;

type Field = readonly [number, number];

/** The code of a value (the types allow only listed values). */
const codeOf = <T>(values: readonly T[], value: T): number => values.indexOf(value);
const flagCode = (v: boolean | undefined): number => (v === undefined ? 0 : v ? 1 : 2);

/** A candidate as the passes hold it. */
export type Candidate = CompactCandidate;

/** The rarely set strings of a candidate, kept apart so that most candidates hold none. */
interface RareStrings {
  role: string | undefined;
  title: string | undefined;
  canonical: string | undefined;
}

/** What a candidate is made with; every field not given is not set. */
export interface CandidateInit {
  start: number;
  end: number;
  type: CandidateType;
  key: string;
  words: string[];
  strong: boolean;
  initial: boolean;
  team?: boolean;
  locative?: boolean;
  orgCue?: boolean | 'itself';
  sports?: boolean;
  possessive?: boolean;
}

/**
 * A candidate in nine fields: positions, the strings grouping reads and completes, the person it
 * links to, the small fields packed into `bits` and the rare strings in `rare`. It reads and writes
 * like any Candidate (the small fields through accessors).
 */
export class CompactCandidate implements CandidateFields {
  start: number;
  end: number;
  key: string;
  words: string[];
  name: string | undefined = undefined;
  surface: string | undefined = undefined;
  person: unknown = undefined;
  private bits: number;
  private rare: RareStrings | undefined = undefined;

  constructor(init: CandidateInit) {
    this.start = init.start;
    this.end = init.end;
    this.key = init.key;
    this.words = init.words;
    this.bits =
      (codeOf(TYPES, init.type) << TYPE[0]) |
      ((init.strong ? 1 : 0) << STRONG[0]) |
      ((init.initial ? 1 : 0) << INITIAL[0]) |
      (flagCode(init.team) << TEAM[0]) |
      (flagCode(init.locative) << LOCATIVE[0]) |
      (codeOf(ORG_CUES, init.orgCue) << ORG_CUE[0]) |
      (flagCode(init.sports) << SPORTS[0]) |
      (flagCode(init.possessive) << POSSESSIVE[0]);
  }

  /** A copy at other offsets, with the memos and every field but `person`. */
  movedCopy(start: number, end: number): CompactCandidate {
    const c = new CompactCandidate(this);
    c.start = start;
    c.end = end;
    c.bits = this.bits;
    c.rare = this.rare;
    c.name = this.name;
    c.surface = this.surface;
    return c;
  }

  /** Sets the copy's small fields and rare strings back to those of `c` (see resetCopy()). */
  resetFrom(c: CompactCandidate): void {
    this.bits = c.bits;
    this.rare = c.rare;
  }

  private get_(f: Field): number {
    return (this.bits >> f[0]) & f[1];
  }

  private set_(f: Field, code: number): void {
    this.bits = (this.bits & ~(f[1] << f[0])) | (code << f[0]);
  }

  private rareOf(): RareStrings {
    // Rare strings are shared by copies: a copy that changes one gets its own.
    const rare: RareStrings = { role: this.rare?.role, title: this.rare?.title, canonical: this.rare?.canonical };
    this.rare = rare;
    return rare;
  }

  get type(): CandidateType {
    return TYPES[this.get_(TYPE)];
  }
  set type(v: CandidateType) {
    this.set_(TYPE, codeOf(TYPES, v));
  }
  get strong(): boolean {
    return this.get_(STRONG) === 1;
  }
  set strong(v: boolean) {
    this.set_(STRONG, v ? 1 : 0);
  }
  get initial(): boolean {
    return this.get_(INITIAL) === 1;
  }
  set initial(v: boolean) {
    this.set_(INITIAL, v ? 1 : 0);
  }
  get gender(): 'female' | 'male' | undefined {
    return GENDERS[this.get_(GENDER)];
  }
  set gender(v: 'female' | 'male' | undefined) {
    this.set_(GENDER, codeOf(GENDERS, v));
  }
  get placeKind(): PlaceKind | undefined {
    return PLACE_KINDS[this.get_(PLACE_KIND)];
  }
  set placeKind(v: PlaceKind | undefined) {
    this.set_(PLACE_KIND, codeOf(PLACE_KINDS, v));
  }
  get hint(): CandidateHint | undefined {
    return HINTS[this.get_(HINT)];
  }
  set hint(v: CandidateHint | undefined) {
    this.set_(HINT, codeOf(HINTS, v));
  }
  get team(): boolean | undefined {
    return FLAGS[this.get_(TEAM)];
  }
  set team(v: boolean | undefined) {
    this.set_(TEAM, flagCode(v));
  }
  get locative(): boolean | undefined {
    return FLAGS[this.get_(LOCATIVE)];
  }
  set locative(v: boolean | undefined) {
    this.set_(LOCATIVE, flagCode(v));
  }
  get orgCue(): boolean | 'itself' | undefined {
    return ORG_CUES[this.get_(ORG_CUE)];
  }
  set orgCue(v: boolean | 'itself' | undefined) {
    this.set_(ORG_CUE, codeOf(ORG_CUES, v));
  }
  get sports(): boolean | undefined {
    return FLAGS[this.get_(SPORTS)];
  }
  set sports(v: boolean | undefined) {
    this.set_(SPORTS, flagCode(v));
  }
  get possessive(): boolean | undefined {
    return FLAGS[this.get_(POSSESSIVE)];
  }
  set possessive(v: boolean | undefined) {
    this.set_(POSSESSIVE, flagCode(v));
  }
  get shapeOnly(): 'bare' | 'supported' | undefined {
    return SHAPES[this.get_(SHAPE)];
  }
  set shapeOnly(v: 'bare' | 'supported' | undefined) {
    this.set_(SHAPE, codeOf(SHAPES, v));
  }
  get role(): string | undefined {
    return this.rare?.role;
  }
  set role(v: string | undefined) {
    if (v !== undefined || this.rare !== undefined) this.rareOf().role = v;
  }
  get title(): string | undefined {
    return this.rare?.title;
  }
  set title(v: string | undefined) {
    if (v !== undefined || this.rare !== undefined) this.rareOf().title = v;
  }
  get canonical(): string | undefined {
    return this.rare?.canonical;
  }
  set canonical(v: string | undefined) {
    if (v !== undefined || this.rare !== undefined) this.rareOf().canonical = v;
  }
}
