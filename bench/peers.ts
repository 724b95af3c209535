/**
 * Peer extractors run beside ours in the benchmarks: compromise (+ compromise-dates) and wink-nlp.
 * Development dependencies only; bench/build.mjs keeps them external so nothing that ships includes them.
 */
import nlp from 'compromise';
import datePlugin from 'compromise-dates';
import type { PredictedSpan } from '../src/eval/score';

nlp.plugin(datePlugin);

interface TermJson {
  offset: { start: number; length: number };
}
interface MatchJson {
  terms: TermJson[];
}
interface PeerView {
  json(options: object): MatchJson[];
}
interface PeerDocument {
  people(): PeerView;
  places(): PeerView;
  dates(): PeerView;
  quotations(): PeerView;
}

/**
 * compromise's people, places, dates (compromise-dates) and quotations as spans. A match's span runs
 * from its first word to the end of its last word (term offsets), so the punctuation compromise keeps
 * around a match ("on Friday," / “…”) is left out, as in the gold.
 */
export function compromiseSpans(text: string): PredictedSpan[] {
  const doc = nlp(text) as unknown as PeerDocument;
  const spans: PredictedSpan[] = [];
  const add = (view: PeerView, type: string) => {
    // `dates: false`: spans only; compromise-dates' value parser is not needed and throws on some text.
    for (const match of view.json({ offset: true, terms: { offset: true }, dates: false })) {
      const terms = match.terms;
      if (!terms || terms.length === 0) continue;
      const start = terms[0].offset.start;
      const last = terms[terms.length - 1].offset;
      const end = last.start + last.length;
      if (end > start) spans.push({ start, end, type, text: text.slice(start, end) });
    }
  };
  add(doc.people(), 'person');
  add(doc.places(), 'place');
  add(doc.dates(), 'date');
  add(doc.quotations(), 'quote');
  return spans;
}
