// Head families of business quarters and halves: "Q3", "Q3 2021", "H1", "the second half".
import { YEAR_CUES } from '../lexicon';
import { type HeadFamily, NEXT_FAMILY, NO_DATE } from '../reader';
import { Kind } from '../tokens';

export const QUARTER_CODES: HeadFamily = (s, j, parts, m) => {
  const t = s.t;
  const tok = t[j];
  const w = tok.w;
  if (!(tok.cap && w.length === 2 && (w[0] === 'q' || w[0] === 'h') && w[1] >= '1' && w[1] <= (w[0] === 'q' ? '4' : '2'))) return NEXT_FAMILY;
  if (w[0] === 'q') parts.quarter = Number(w[1]);
  else parts.half = Number(w[1]);
  parts.unit = w[0] === 'q' ? 'quarter' : 'half';
  let end = j + 1;
  const y = t[end];
  if (y && y.kind === Kind.Num && y.w.length === 4 && y.n >= 1900 && y.n <= 2199) {
    parts.year = y.n;
    end++;
  } else if (!(m.mods > 0 || YEAR_CUES.has(s.w(m.start - 1)))) return NO_DATE;
  return end;
};

/** "the second half", "the first half" */
export const HALVES: HeadFamily = (s, j, parts, m) => {
  if (!(s.t[j].w === 'half' && m.ordinal !== undefined && m.det)) return NEXT_FAMILY;
  parts.unit = 'half';
  parts.half = m.ordinal > 0 ? m.ordinal : 2;
  return j + 1;
};
