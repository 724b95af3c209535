import type { Analysis, ExtractOptions } from './types';
import { analyse, ParagraphCache } from './extract';

/**
 * Re-analyses a document after edits, reusing the results of paragraphs whose text did not
 * change. Cross-paragraph work (quote pairing, entity grouping, speakers) is redone each time;
 * it runs over candidates and marks, not characters, so it stays cheap. Results equal extract().
 */
export class IncrementalExtractor {
  private readonly cache = new ParagraphCache();

  constructor(private readonly options: ExtractOptions = {}) {}

  update(text: string): Analysis {
    return analyse(text, this.options, this.cache);
  }
}
