// A segment of capitalised words to classify, and the shape of a classification rule.
import type { CandidateScan } from '../scan';
import type { Token } from '../tokens';

/** What classifySegment() is told about the capitalised words [a, b) of a run. */
export interface SegmentOptions {
  a: number;
  b: number;
  /** Capitalisation says little here: sentence start or a headline. */
  initial: boolean;
  /** After a title or honorific ("Mr.", "President"). */
  titled: boolean;
  /** The title is one often part of another name ("General", "Chief"). */
  weakTitle: boolean;
  /** The title as written. */
  title: string | undefined;
  /** The title as a role, unless it was an honorific. */
  role: string | undefined;
  /** The gender an honorific states. */
  gender: 'female' | 'male' | undefined;
  /** A nationality or party word stood right before the name ("German Petra Lindner"). */
  described?: boolean;
}

/** No title before the segment. */
export const UNTITLED = { titled: false, weakTitle: false, title: undefined, role: undefined, gender: undefined } as const;

/** A segment as the rules read it: trimmed to capitalised words, with its key and end words. */
export interface Segment extends SegmentOptions {
  /** Lexicon key of the segment as trimmed, before any rule moved `a`. */
  key: string;
  first: Token;
  last: Token;
  len: number;
}

/**
 * A classification rule: emits the segment's candidates and returns true when it decides the
 * segment (with a candidate or with none), else false for the next rule to try.
 */
export type SegmentRule = (s: CandidateScan, g: Segment) => boolean;
