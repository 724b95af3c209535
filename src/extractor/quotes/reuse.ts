// Incremental reuse for finding quotations: after an edit, the scan resumes at the last place
// before the edit where no quotation was open and nothing read so far reached the edit, and stops
// where, past the edit, it stands as the last scan stood at the same place; the quotations on
// either side are the last scan's (moved after the edit). The scan itself knows nothing of it.
import type { Stretch } from '../edits';
import { findQuotes, NEAR, type RawQuote } from './find';

/** A place the scan may resume at: a quotation mark with no quotation open (see ScanHooks). */
interface Rest {
  at: number;
  /** Quotations found before it, and the furthest character read before it. */
  quotes: number;
  horizon: number;
}

/** Places kept are at least this many characters apart. */
const REST_SPACING = 256;

/** The quotations of the last text scanned and places to resume at, for the next text: findQuotes() results, found again only around an edit. */
export class QuoteScanCache {
  private quotes: RawQuote[] = [];
  private rests: Rest[] = [];

  find(text: string, edit: Stretch | undefined): RawQuote[] {
    const rests: Rest[] = [];
    const keep = (at: number, quotes: number, horizon: number): void => {
      if (rests.length === 0 || at - rests[rests.length - 1].at >= REST_SPACING) rests.push({ at, quotes, horizon });
    };
    const old = this.rests;
    let from = -1;
    if (edit !== undefined) {
      for (let k = 0; k < old.length && old[k].at < edit.start && old[k].horizon < edit.start; k++) from = k;
    }
    if (from < 0) {
      const out = findQuotes(text, { rest: (at, quotes, horizon) => (keep(at, quotes, horizon), false) });
      this.quotes = out;
      this.rests = rests;
      return out;
    }
    const { newEnd, delta } = edit!;
    const resume = old[from];
    for (let k = 0; k <= from; k++) rests.push(old[k]);
    let o = from + 1;
    let met: { rest: number; quotes: number; horizon: number } | undefined;
    const out = findQuotes(text, {
      from: { at: resume.at, out: this.quotes.slice(0, resume.quotes), horizon: resume.horizon },
      rest: (at, quotes, horizon) => {
        if (at > resume.at && at >= newEnd + NEAR) {
          // Past the edit, the same state at the same place: the rest is the last scan's, moved.
          while (o < old.length && old[o].at < at - delta) o++;
          if (o < old.length && old[o].at === at - delta) {
            met = { rest: o, quotes, horizon };
            return true;
          }
        }
        if (at > resume.at) keep(at, quotes, horizon);
        return false;
      },
    });
    if (met !== undefined) {
      const m = met;
      const shift = m.quotes - old[m.rest].quotes;
      for (let k = old[m.rest].quotes; k < this.quotes.length; k++) out.push(moved(this.quotes[k], delta));
      for (let k = m.rest; k < old.length; k++) {
        const r = old[k];
        // Reads before the place met were this scan's; reads after it the last scan's, moved.
        const rest = { at: r.at + delta, quotes: r.quotes + shift, horizon: Math.max(m.horizon, r.horizon + delta) };
        if (rests.length === 0 || rest.at - rests[rests.length - 1].at >= REST_SPACING || k === m.rest) rests.push(rest);
      }
    }
    this.quotes = out;
    this.rests = rests;
    return out;
  }
}

function moved(q: RawQuote, delta: number): RawQuote {
  const out: RawQuote = { start: q.start + delta, end: q.end + delta, outerStart: q.outerStart + delta, outerEnd: q.outerEnd + delta, short: q.short };
  if (q.parts) out.parts = q.parts.map((p) => ({ start: p.start + delta, end: p.end + delta }));
  return out;
}
