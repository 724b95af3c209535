// The first copyright notice of a text ("© 2022", "Copyright 2021"), whose year a dateline without
// one takes. Found again after an edit only around the edited stretch when the last text had none,
// or had its first one well before the edit.
import type { Stretch } from '../edits';

const NOTICE = /(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)\b/gi;
const NOTICE_AT = /(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)\b/iy;
/** Longest opening word of a notice ("copyright"), and what a match reads past its spaces (four digits and one character). */
const OPENING = 9;
const YEAR_AND_NEXT = 5;

/** A notice found: where it starts and ends (after the year), and its year. */
interface Notice {
  at: number;
  end: number;
  year: number;
}

/** The first notice of `text` (whole-text search). */
export function firstNotice(text: string): Notice | undefined {
  NOTICE.lastIndex = 0;
  const m = NOTICE.exec(text);
  return m ? { at: m.index, end: m.index + m[0].length, year: Number(m[1]) } : undefined;
}

/** The characters of the pattern's `\s` (JavaScript's set, wider than the quotation and speaker readers' spaces). */
function isPatternSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A notice that reads a character of the edited stretch of `text` (the text after the edit): any
 * other notice stood in the text before it. Tries only the places from which a match can reach
 * the stretch: its opening word, the spaces after it, the year and the character after the year.
 */
function noticeAround(text: string, edit: Stretch): Notice | undefined {
  let from = Math.max(0, edit.start - YEAR_AND_NEXT - 1);
  while (from > 0 && isPatternSpace(text.charCodeAt(from - 1))) from--;
  from = Math.max(0, from - OPENING - 1);
  for (let i = from; i < edit.newEnd + 1 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ©, ( and c or C: the first characters a notice can open with.
    if (c !== 0xa9 && c !== 40 && c !== 99 && c !== 67) continue;
    NOTICE_AT.lastIndex = i;
    const m = NOTICE_AT.exec(text);
    if (m) return { at: i, end: i + m[0].length, year: Number(m[1]) };
  }
  return undefined;
}

/** The first notice of the last text it was asked about, to answer for an edited version of that text. */
export class CopyrightScan {
  private text: string | undefined;
  private notice: Notice | undefined;

  /** The year of the first notice of `text`, which is `before` edited in `edit` (when given). */
  year(text: string, before?: { text: string; edit: Stretch }): number | undefined {
    if (this.text !== text) {
      const edit = before !== undefined && this.text !== undefined && this.text === before.text ? before.edit : undefined;
      // A notice ending well before the edit is still the first: what any earlier attempt read is unchanged.
      const keptBefore = edit !== undefined && this.notice !== undefined && this.notice.end + YEAR_AND_NEXT < edit.start;
      if (!keptBefore) this.notice = edit !== undefined && this.notice === undefined ? noticeAround(text, edit) : firstNotice(text);
      this.text = text;
    }
    return this.notice?.year;
  }
}
