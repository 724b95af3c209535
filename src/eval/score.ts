/**
 * Scores predicted spans against gold annotations: precision, recall and F1 per type, strict
 * (exact offsets) and lenient (overlap after trimming), plus speaker accuracy for quotes.
 * Pure functions: no I/O.
 */
import { SCORED_TYPES, type GoldDocument, type GoldSpan, type ScoredType } from './gold';

/** One predicted span, as `newsmark extract --jsonl` writes it. */
export interface PredictedSpan {
  start: number;
  end: number;
  type: string;
  text?: string;
  /** Quotes: canonical speaker name. */
  speaker?: string;
  /** Quotes: the mention the speech cue attaches to. */
  speakerStart?: number;
  speakerEnd?: number;
}

export interface MatchCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface TypeCounts {
  gold: number;
  /** Predictions that were scored (don't-care ones excluded). */
  predicted: number;
  /** Predictions left out as don't-care (overlapping a kindred `other` region and no gold span). */
  ignored: number;
  strict: MatchCounts;
  lenient: MatchCounts;
  /** Quotes: of lenient matches whose gold names a speaker, how many got the speaker right. */
  speakers: { correct: number; total: number };
}

export interface SpanError {
  type: ScoredType;
  start: number;
  end: number;
  text: string;
  /** For a wrong speaker: what was expected and what was predicted. */
  expected?: string;
  predicted?: string;
}

export interface DocumentScore {
  id: string;
  /** Only the types annotated in this document. */
  counts: Partial<Record<ScoredType, TypeCounts>>;
  /** Lenient errors, for reading what went wrong. */
  missed: SpanError[];
  spurious: SpanError[];
  wrongSpeakers: SpanError[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** `other` labels whose regions an unmatched prediction of the type may fall in without penalty. */
const KINDRED_LABELS: Record<ScoredType, ReadonlySet<string>> = {
  person: new Set(),
  place: new Set(),
  date: new Set(['TIME', 'TIMEX3:TIME', 'TIMEX3:DURATION', 'TIMEX3:SET']),
  quote: new Set(['quotation-marks-outside-attribution']),
};

const QUOTATION_MARKS = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u201a', '\u201b', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2039', '\u203a', '`', '\u300c', '\u300d']);
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '\u2026', '-', '\u2013', '\u2014']);

function isSpace(ch: string): boolean {
  return ch.trim() === '';
}

interface Range {
  start: number;
  end: number;
}

/**
 * The span without surrounding quotation marks and whitespace and without trailing punctuation.
 * A span that would become empty is kept as it is.
 */
export function trimSpan(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text[s]) || QUOTATION_MARKS.has(text[s]))) s++;
  while (e > s && (isSpace(text[e - 1]) || QUOTATION_MARKS.has(text[e - 1]) || TRAILING_PUNCTUATION.has(text[e - 1]))) e--;
  return s < e ? { start: s, end: e } : { start, end };
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

function emptyMatchCounts(): MatchCounts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

export function emptyTypeCounts(): TypeCounts {
  return { gold: 0, predicted: 0, ignored: 0, strict: emptyMatchCounts(), lenient: emptyMatchCounts(), speakers: { correct: 0, total: 0 } };
}

/** Adds `b` into `a` (micro-averaging over documents). */
export function addTypeCounts(a: TypeCounts, b: TypeCounts): TypeCounts {
  a.gold += b.gold;
  a.predicted += b.predicted;
  a.ignored += b.ignored;
  for (const mode of ['strict', 'lenient'] as const) {
    a[mode].truePositives += b[mode].truePositives;
    a[mode].falsePositives += b[mode].falsePositives;
    a[mode].falseNegatives += b[mode].falseNegatives;
  }
  a.speakers.correct += b.speakers.correct;
  a.speakers.total += b.speakers.total;
  return a;
}

export function prf(counts: MatchCounts): PRF {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Maximum one-to-one matching between gold and predicted ranges that overlap (augmenting paths).
 * Candidates are tried largest overlap first, so the closest pairs are kept when there is a choice.
 * Returns, for each gold index, the matched prediction index or -1.
 */
function matchOverlapping(gold: Range[], predicted: Range[]): number[] {
  const order = predicted.map((_, i) => i).sort((a, b) => predicted[a].start - predicted[b].start);
  const candidates: number[][] = gold.map((g) => {
    const list: number[] = [];
    for (const p of order) {
      if (predicted[p].start >= g.end) break;
      if (predicted[p].end > g.start) list.push(p);
    }
    const shared = (p: number) => Math.min(g.end, predicted[p].end) - Math.max(g.start, predicted[p].start);
    return list.sort((a, b) => shared(b) - shared(a) || a - b);
  });
  const goldOfPrediction = new Array<number>(predicted.length).fill(-1);
  const predictionOfGold = new Array<number>(gold.length).fill(-1);

  const tryAssign = (g: number, visited: Uint8Array): boolean => {
    for (const p of candidates[g]) {
      if (visited[p]) continue;
      visited[p] = 1;
      if (goldOfPrediction[p] === -1 || tryAssign(goldOfPrediction[p], visited)) {
        goldOfPrediction[p] = g;
        predictionOfGold[g] = p;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold.length; g++) {
    if (candidates[g].length > 0) tryAssign(g, new Uint8Array(predicted.length));
  }
  return predictionOfGold;
}

/** Exact-offset one-to-one matching; returns the number of matched pairs. */
function countExactMatches(gold: Range[], predicted: Range[]): number {
  const available = new Map<string, number>();
  for (const g of gold) {
    const key = `${g.start}:${g.end}`;
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  let matched = 0;
  for (const p of predicted) {
    const key = `${p.start}:${p.end}`;
    const left = available.get(key) ?? 0;
    if (left > 0) {
      available.set(key, left - 1);
      matched++;
    }
  }
  return matched;
}

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'the')
    .join(' ');
}

/** Same name, or the same last word ("Jen Psaki" / "Ms. Psaki"). */
export function namesAgree(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  return x.slice(x.lastIndexOf(' ') + 1) === y.slice(y.lastIndexOf(' ') + 1);
}

function goldNamesSpeaker(gold: GoldSpan): boolean {
  return (gold.speaker !== undefined && gold.speaker.trim() !== '') || gold.speaker_start !== undefined;
}

/** Right when the predicted speaker mention overlaps the gold speaker span, or the names agree. */
export function speakerIsRight(gold: GoldSpan, predicted: PredictedSpan): boolean {
  if (
    gold.speaker_start !== undefined &&
    gold.speaker_end !== undefined &&
    predicted.speakerStart !== undefined &&
    predicted.speakerEnd !== undefined &&
    overlaps({ start: gold.speaker_start, end: gold.speaker_end }, { start: predicted.speakerStart, end: predicted.speakerEnd })
  ) {
    return true;
  }
  return gold.speaker !== undefined && predicted.speaker !== undefined && namesAgree(gold.speaker, predicted.speaker);
}

/** Scores one document's predictions on the types its gold annotates; other predicted types are ignored. */
export function scoreDocument(doc: GoldDocument, predictions: readonly PredictedSpan[]): DocumentScore {
  const result: DocumentScore = { id: doc.id, counts: {}, missed: [], spurious: [], wrongSpeakers: [] };
  const text = doc.text;
  const errorOf = (type: ScoredType, r: Range): SpanError => ({ type, start: r.start, end: r.end, text: text.slice(r.start, r.end) });

  for (const type of SCORED_TYPES) {
    if (!doc.types.includes(type)) continue;
    const counts = emptyTypeCounts();
    const gold = doc.spans.filter((s) => s.type === type);
    const goldTrimmed = gold.map((s) => trimSpan(text, s.start, s.end));
    const kindred = doc.other.filter((o) => KINDRED_LABELS[type].has(o.label));

    const predicted: PredictedSpan[] = [];
    for (const p of predictions) {
      if (p.type !== type) continue;
      const trimmed = trimSpan(text, p.start, p.end);
      const dontCare = kindred.some((o) => overlaps(o, p)) && !goldTrimmed.some((g) => overlaps(g, trimmed));
      if (dontCare) counts.ignored++;
      else predicted.push(p);
    }
    const predictedTrimmed = predicted.map((p) => trimSpan(text, p.start, p.end));
    counts.gold = gold.length;
    counts.predicted = predicted.length;

    const exact = countExactMatches(gold, predicted);
    counts.strict = { truePositives: exact, falsePositives: predicted.length - exact, falseNegatives: gold.length - exact };

    const match = matchOverlapping(goldTrimmed, predictedTrimmed);
    const used = new Uint8Array(predicted.length);
    let lenientMatches = 0;
    match.forEach((p, g) => {
      if (p === -1) {
        result.missed.push(errorOf(type, gold[g]));
        return;
      }
      used[p] = 1;
      lenientMatches++;
      if (type === 'quote' && goldNamesSpeaker(gold[g])) {
        counts.speakers.total++;
        if (speakerIsRight(gold[g], predicted[p])) counts.speakers.correct++;
        else
          result.wrongSpeakers.push({
            ...errorOf(type, gold[g]),
            expected: gold[g].speaker,
            predicted: predicted[p].speaker,
          });
      }
    });
    predicted.forEach((p, i) => {
      if (!used[i]) result.spurious.push(errorOf(type, p));
    });
    counts.lenient = {
      truePositives: lenientMatches,
      falsePositives: predicted.length - lenientMatches,
      falseNegatives: gold.length - lenientMatches,
    };
    result.counts[type] = counts;
  }
  return result;
}

/** Micro-averaged totals per type over many documents. */
export function totalCounts(scores: readonly DocumentScore[]): Partial<Record<ScoredType, TypeCounts>> {
  const totals: Partial<Record<ScoredType, TypeCounts>> = {};
  for (const score of scores) {
    for (const type of SCORED_TYPES) {
      const counts = score.counts[type];
      if (counts) totals[type] = addTypeCounts(totals[type] ?? emptyTypeCounts(), counts);
    }
  }
  return totals;
}
