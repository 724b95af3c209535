/** Categories a span of an article can belong to. `organization` is kept apart from people and places. */
export type MentionType = 'person' | 'place' | 'organization' | 'date' | 'quote';
export type EntityType = 'person' | 'place' | 'organization';

/** Offsets are UTF-16 code-unit offsets into the analysed text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  type: MentionType;
  text: string;
  /** Set for person, place and organization mentions; points into `Analysis.entities`. */
  entityId?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form seen ("Antony J. Blinken"). */
  name: string;
  /** Other surface forms seen in the text, canonical name excluded. */
  aliases: string[];
  mentionCount: number;
  /** A stated title or apposition ("Secretary of State", "the White House press secretary"). */
  role?: string;
  /** For a person: the gender stated by an honorific (Mr., Ms.) or typical of the first name. */
  gender?: 'female' | 'male';
}

export interface Quote extends Span {
  id: string;
  /** Text inside the marks (start..end, marks excluded). */
  text: string;
  /** Span of the quotation including its marks (for a multi-paragraph quote, first opening to last closing mark). */
  outerStart: number;
  outerEnd: number;
  /** A short quoted phrase that is not speech ("scare quote", a title): kept but flagged. */
  short: boolean;
  /**
   * For a quote running over several paragraphs: the text of each paragraph inside its marks
   * (the first part starts at `start`, the last ends at `end`). Absent for a one-paragraph quote.
   */
  parts?: Span[];
  speakerEntityId?: string;
  /** Canonical speaker name when known, else the cue's own words ("officials", "the Foreign Ministry"). */
  speaker?: string;
  /** The mention the cue attaches to ("she", "Ms. Psaki"), when found. */
  speakerStart?: number;
  speakerEnd?: number;
  /** The speech verb or phrase ("said", "according to"). */
  cue?: string;
}

export interface DateMention extends Span {
  text: string;
  /** ISO 8601 value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, …) when resolvable. */
  value?: string;
}

export interface Analysis {
  /** All person/place/organization/date/quote mentions, sorted by start. */
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  /** The article's own date (from a dateline or `Date:` line, or the option) when known, ISO YYYY-MM-DD. */
  articleDate?: string;
}

export interface ExtractOptions {
  /** Fallback article date (ISO YYYY-MM-DD) used to resolve relative dates when the text states none. */
  articleDate?: string;
}
