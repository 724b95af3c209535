// Which mentions to draw: pure span arithmetic behind the highlights, unit-tested in plain Node.
import type { Analysis, MentionType, Span } from '../../extractor/types';

/** Spans sorted by start, with the longest span's length so that window queries stay exact. */
export interface SpanIndex<T extends Span = Span> {
  spans: T[];
  maxLength: number;
}

export function indexSpans<T extends Span>(spans: readonly T[]): SpanIndex<T> {
  const sorted = [...spans];
  if (!isSortedByStart(sorted)) sorted.sort((a, b) => a.start - b.start || a.end - b.end);
  let maxLength = 0;
  for (const span of sorted) maxLength = Math.max(maxLength, span.end - span.start);
  return { spans: sorted, maxLength };
}

/** Mentions of each type, indexed. */
export function mentionsByType(analysis: Analysis): Map<MentionType, SpanIndex> {
  const byType = new Map<MentionType, Span[]>();
  for (const mention of analysis.mentions) {
    let list = byType.get(mention.type);
    if (!list) byType.set(mention.type, (list = []));
    list.push(mention);
  }
  return new Map([...byType].map(([type, spans]) => [type, indexSpans(spans)]));
}

/**
 * The spans that intersect [from, to), in order. Binary search for the first span that can reach
 * `from`, then a walk: O(log n + spans starting in [from − maxLength, to)). Overlapping and nested
 * spans are fine.
 */
export function spansIn<T extends Span>(index: SpanIndex<T>, from: number, to: number): T[] {
  const { spans } = index;
  const earliest = from - index.maxLength;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid].start < earliest) low = mid + 1;
    else high = mid;
  }
  const hits: T[] = [];
  for (let i = low; i < spans.length && spans[i].start < to; i++) {
    if (spans[i].end > from) hits.push(spans[i]);
  }
  return hits;
}

/**
 * At most `buckets` representatives of `spans` (sorted by start) for the overview ruler: the first
 * span in each 1/buckets slice of the text. The ruler is only as tall as the editor, so more
 * marks would be drawn on top of each other anyway; fewer keep typing fast in long documents.
 */
export function rulerMarks<T extends Span>(spans: readonly T[], textLength: number, buckets: number): T[] {
  if (spans.length <= buckets || textLength <= 0) return [...spans];
  const marks: T[] = [];
  let lastBucket = -1;
  for (const span of spans) {
    const bucket = Math.min(buckets - 1, Math.floor((span.start / textLength) * buckets));
    if (bucket !== lastBucket) {
      marks.push(span);
      lastBucket = bucket;
    }
  }
  return marks;
}

function isSortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}
