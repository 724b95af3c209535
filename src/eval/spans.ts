/** Flattens an analysis into the span list that `extract --jsonl` writes and the scorer reads. */
import type { Analysis } from '../extractor/types';
import type { PredictedSpan } from './score';

export interface OutputSpan extends PredictedSpan {
  text: string;
}

/**
 * Entity and date mentions, then quotes with their speakers; sorted by start. Quote spans follow
 * the convention of news gold corpora rather than `Analysis.quotes`: they include their quotation
 * marks, and a quote running over several paragraphs gives one span per paragraph (each from its
 * opening mark; the last to its closing mark), all with the quote's speaker.
 */
export function analysisToSpans(analysis: Analysis, text: string): OutputSpan[] {
  const spans: OutputSpan[] = [];
  for (const m of analysis.mentions) {
    if (m.type === 'quote') continue; // taken from `quotes`, which carry the speaker
    spans.push({ start: m.start, end: m.end, type: m.type, text: m.text });
  }
  for (const q of analysis.quotes) {
    const parts = q.parts && q.parts.length > 0 ? q.parts : [{ start: q.start, end: q.end }];
    parts.forEach((part, k) => {
      const start = k === 0 ? q.outerStart : part.start - 1;
      const end = k === parts.length - 1 ? q.outerEnd : part.end;
      const span: OutputSpan = { start, end, type: 'quote', text: text.slice(start, end) };
      if (q.speaker !== undefined) span.speaker = q.speaker;
      if (q.speakerStart !== undefined && q.speakerEnd !== undefined) {
        span.speakerStart = q.speakerStart;
        span.speakerEnd = q.speakerEnd;
      }
      spans.push(span);
    });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}
