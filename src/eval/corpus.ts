/** Scores a whole gold file with any predictor (ours or a peer's). Pure apart from what `predict` does. */
import type { GoldDocument, ScoredType } from './gold';
import { scoreDocument, totalCounts, type DocumentScore, type PredictedSpan, type TypeCounts } from './score';

export interface CorpusScore {
  documents: DocumentScore[];
  totals: Partial<Record<ScoredType, TypeCounts>>;
}

export function scoreCorpus(docs: readonly GoldDocument[], predict: (doc: GoldDocument) => readonly PredictedSpan[]): CorpusScore {
  const documents = docs.map((doc) => scoreDocument(doc, predict(doc)));
  return { documents, totals: totalCounts(documents) };
}
