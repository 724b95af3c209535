// People, places and organizations: a local candidate pass per paragraph (candidates.ts, with the
// classification rules of rules/) and a cheap global pass that resolves weak candidates against the
// names the whole text establishes and groups mentions into entities (grouping.ts, resolve.ts,
// mentions.ts). paragraphs.ts moves candidates between paragraphs and the whole text.
import type { Entity, Mention } from '../types';
import { findCandidates, type Candidate } from './candidates';
import { groupCandidates } from './grouping';
import { collectCandidates } from './paragraphs';

export { groupCandidates } from './grouping';
export { collectCandidates, movedInPlace, paragraphStarts, resetCopy, shareNames, shifted, type KnownNames } from './paragraphs';

/**
 * People, places and organizations mentioned in `text`, grouped into entities.
 * `candidatesOf` may be a memoised `findCandidates` (keyed by paragraph text) for incremental
 * analysis: the per-paragraph pass is pure, and only the cheap grouping pass sees the whole text.
 */
export function findEntities(text: string, candidatesOf: (paragraph: string) => Candidate[] = findCandidates): { mentions: Mention[]; entities: Entity[] } {
  return groupCandidates(text, collectCandidates(text, candidatesOf));
}

export { findCandidates, type Candidate };
