/** Flattens an analysis into the span list that `extract --jsonl` writes and the scorer reads. */
import type { Analysis } from '../extractor/types';
import type { PredictedSpan } from './score';

export interface OutputSpan extends PredictedSpan {
  text: string;
}

/** Entity and date mentions, then quotes with their speakers; sorted by start. */
export function analysisToSpans(analysis: Analysis): OutputSpan[] {
  const spans: OutputSpan[] = [];
  for (const m of analysis.mentions) {
    if (m.type === 'quote') continue; // taken from `quotes`, which carry the speaker
    spans.push({ start: m.start, end: m.end, type: m.type, text: m.text });
  }
  for (const q of analysis.quotes) {
    const span: OutputSpan = { start: q.start, end: q.end, type: 'quote', text: q.text };
    if (q.speaker !== undefined) span.speaker = q.speaker;
    if (q.speakerStart !== undefined && q.speakerEnd !== undefined) {
      span.speakerStart = q.speakerStart;
      span.speakerEnd = q.speakerEnd;
    }
    spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}
