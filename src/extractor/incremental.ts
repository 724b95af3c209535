import type { Analysis, ExtractOptions } from './types';
import { analyse, ParagraphCache, type AnalysisState } from './extract';

/**
 * Re-analyses a document after edits, reusing the results of paragraphs (and of the bounded
 * pieces of an over-long one, see pieces.ts) whose text did not change (found by position around
 * the edited stretch). Entity grouping is reused, moved, when the
 * edited paragraphs yield the same candidates; quote pairing and speakers are redone each time.
 * Results equal extract().
 */
export class IncrementalExtractor {
  private readonly cache = new ParagraphCache();
  private state: AnalysisState | undefined;

  constructor(private readonly options: ExtractOptions = {}) {}

  update(text: string): Analysis {
    const { analysis, state } = analyse(text, this.options, this.cache, this.state);
    this.state = state;
    return analysis;
  }

  /** How many characters the last update() analysed afresh: the paragraphs, or pieces of a long one, it could not reuse. */
  get analysedCharacters(): number {
    return this.cache.analysedCharacters;
  }
}
