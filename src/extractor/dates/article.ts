// The article's own date: read from a dateline, a `Date:` line or a header near the top, to resolve
// the relative dates of the text against.
import { MONTHS } from './lexicon';
import { Kind, tokenize } from './tokens';
import { formatDay } from './resolve';
import { firstNotice } from './copyright';

/**
 * The article's own date (ISO YYYY-MM-DD): a `Date:`/`Published:` line, a short byline or header line
 * with a full date, an ISO timestamp near the top, or a dateline ("WASHINGTON, Jan. 18, 2022 (Reuters) —").
 * A dateline without a year ("WASHINGTON, Jan. 18 (Reuters) —") takes its year from a header line above
 * it or a copyright line; with neither it is not enough.
 */
export function findArticleDate(text: string, copyrightYear: (text: string) => number | undefined = yearOfFirstNotice): string | undefined {
  // The first 3000 characters, CRs not counted, so a CRLF file looks as far as its LF checkout.
  let headEnd = Math.min(text.length, 3000);
  for (let i = text.indexOf('\r'); i >= 0 && i < headEnd; i = text.indexOf('\r', i + 1)) headEnd = Math.min(text.length, headEnd + 1);
  const head = text.slice(0, headEnd);
  let lineStart = 0;
  let headerYear: number | undefined;
  let datelineDay: { m: number; d: number } | undefined;
  let bodyStarted = false; // after the first long paragraph only labelled lines count
  for (let lineNo = 0; lineNo < 12 && lineStart < head.length; lineNo++) {
    let lineEnd = head.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = head.length;
    const line = head.slice(lineStart, lineEnd).trim();
    lineStart = lineEnd + 1;
    if (!line) continue;
    const labelled = /^(?:date|dated|published|updated|posted|first published|last updated)\b/i.test(line);
    const short = line.length <= 100 && !bodyStarted;
    const dateline = /^[A-Z][A-Z .'-]{1,40},/.test(line) && !bodyStarted;
    if (line.length > 100) bodyStarted = true;
    if (!labelled && !short && !dateline && lineNo > 0) continue;
    const found = firstFullDate(dateline && !short && !labelled ? line.slice(0, 60) : line);
    if (found && (labelled || short || dateline)) return found;
    if (dateline && !datelineDay) datelineDay = monthDayAt(line.slice(0, 60));
    if (short && !datelineDay && headerYear === undefined) headerYear = yearIn(line);
  }
  if (datelineDay) {
    const y = headerYear ?? copyrightYear(text);
    if (y !== undefined && isRealDay(y, datelineDay.m, datelineDay.d)) return formatDay({ y, m: datelineDay.m, d: datelineDay.d });
  }
  return undefined;
}

const yearOfFirstNotice = (text: string): number | undefined => firstNotice(text)?.year;

/** Month and day of a dateline ("WASHINGTON, Jan. 18 (Reuters) —"). */
function monthDayAt(line: string): { m: number; d: number } | undefined {
  const tokens = tokenize(line, 0, line.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || !MONTHS.has(tokens[i].w)) continue;
    let k = i + 1;
    if (tokens[k]?.w === '.') k++;
    const day = tokens[k];
    if (day && day.kind === Kind.Num && day.n >= 1 && day.n <= 31) return { m: MONTHS.get(tokens[i].w)!, d: day.n };
    return undefined;
  }
  return undefined;
}

/** A plausible publication year standing alone in a header line. */
function yearIn(line: string): number | undefined {
  const m = /(?:^|[^\d$.,])((?:19|20)\d\d)(?![\d%,.]\d)/.exec(line);
  return m ? Number(m[1]) : undefined;
}

/** The first complete calendar date in a line: "Jan. 18, 2022", "18 January 2022", 2022-01-18, 1/18/2022. */
function firstFullDate(line: string): string | undefined {
  const tokens = tokenize(line, 0, line.length);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    let y: number | undefined;
    let m: number | undefined;
    let d: number | undefined;
    // Only a token that opens with a digit can be a numeric date (and no pattern is compiled for a header without one).
    const c = tok.w.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    const iso = digit ? /^(\d{4})-(\d{2})-(\d{2})(?:t[\d:.]+z?)?$/.exec(tok.w) ?? (tok.w.length > 10 ? /^(\d{4})-(\d{2})-(\d{2})/.exec(tok.w) : null) : null;
    const slashed = digit ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(tok.w) : null;
    if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else if (slashed) [m, d, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    else if (tok.cap && MONTHS.has(tok.w)) {
      let k = i + 1;
      if (tokens[k]?.w === '.') k++;
      const day = tokens[k];
      if (day && /^\d{1,2}(st|nd|rd|th)?$/.test(day.w)) {
        k++;
        if (tokens[k]?.w === ',') k++;
        const year = tokens[k];
        if (year && year.kind === Kind.Num && year.w.length === 4) [y, m, d] = [year.n, MONTHS.get(tok.w)!, parseInt(day.w, 10)];
      }
    } else if (digit && /^\d{1,2}(st|nd|rd|th)?$/.test(tok.w) && tokens[i + 1]?.cap && MONTHS.has(tokens[i + 1].w)) {
      let k = i + 2;
      if (tokens[k]?.w === '.') k++;
      if (tokens[k]?.w === ',') k++;
      const year = tokens[k];
      if (year && year.kind === Kind.Num && year.w.length === 4) [y, m, d] = [year.n, MONTHS.get(tokens[i + 1].w)!, parseInt(tok.w, 10)];
    }
    if (y !== undefined && m !== undefined && d !== undefined && y >= 1800 && y <= 2199 && isRealDay(y, m, d)) return formatDay({ y, m, d });
  }
  return undefined;
}

function isRealDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
