/**
 * Peer extractors run beside ours in the benchmarks: compromise (+ compromise-dates) and wink-nlp.
 * Development dependencies only: loaded at run time from node_modules (bench/build.mjs keeps them
 * external), so nothing that ships includes them and a process that does not call these never loads them.
 */
import { createRequire } from 'node:module';
import type { PredictedSpan } from '../src/eval/score';

const load = createRequire(__filename);

interface TermJson {
  offset: { start: number; length: number };
}
interface MatchJson {
  terms: TermJson[];
}
interface PeerView {
  json(options: object): MatchJson[];
}
interface CompromiseDocument {
  people(): PeerView;
  places(): PeerView;
  dates(): PeerView;
  quotations(): PeerView;
}
export type Compromise = (text: string) => CompromiseDocument;

/** compromise with the compromise-dates plugin. */
export function loadCompromise(): Compromise {
  const nlp = load('compromise');
  nlp.plugin(load('compromise-dates'));
  return nlp;
}

/**
 * compromise's people, places, dates (compromise-dates) and quotations as spans. A match's span runs
 * from its first word to the end of its last word (term offsets), so the punctuation compromise keeps
 * around a match ("on Friday," / “…”) is left out, as in the gold.
 */
export function compromiseSpans(nlp: Compromise, text: string): PredictedSpan[] {
  const doc = nlp(text);
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

/**
 * compromise's analysis for the speed benchmarks: parse with compromise-dates, then the text of its people,
 * places, dates and quotations. Offsets are left out here because compromise computes them slowly
 * (superlinearly on large documents), which would understate its speed.
 */
export function compromiseAnalyse(nlp: Compromise, text: string): number {
  const doc = nlp(text) as unknown as Record<'people' | 'places' | 'dates' | 'quotations', () => { out(format: string): unknown[] }>;
  return doc.people().out('array').length + doc.places().out('array').length + doc.dates().out('array').length + doc.quotations().out('array').length;
}

interface WinkCollection {
  out(as?: unknown): unknown[];
  length(): number;
}
interface WinkDocument {
  entities(): WinkCollection;
  sentences(): WinkCollection;
  tokens(): WinkCollection;
}
interface Wink {
  readDoc(text: string): WinkDocument;
  its: { detail: unknown; value: unknown };
}

/** wink-nlp with its English web model. */
export function loadWink(): Wink {
  const winkNLP = load('wink-nlp');
  return winkNLP(load('wink-eng-lite-web-model'));
}

/** wink-nlp's full pass: tokens, sentences and its named entities (dates, durations, numbers…); it tags no people or places. */
export function winkEntities(nlp: Wink, text: string): number {
  const doc = nlp.readDoc(text);
  return doc.entities().out(nlp.its.detail).length + doc.sentences().length();
}
