// Head family of weekdays: "Friday", "last Tuesday", "Sundays"; not a feast ("Black Monday").
import { WEEKDAYS } from '../lexicon';
import { type HeadFamily, HeadShape, NEXT_FAMILY, NO_DATE } from '../reader';
import { Kind } from '../tokens';
import { EVENT_DAY_WORDS } from '../words';

export const WEEKDAY_NAMES: HeadFamily = (s, j, parts, m) => {
  const t = s.t;
  const tok = t[j];
  const w = tok.w;
  if (!(tok.cap && WEEKDAYS.has(w))) return NEXT_FAMILY;
  const before = t[j - 1];
  if (m.mods === 0 && before && before.kind === Kind.Word && before.cap && EVENT_DAY_WORDS.has(before.w)) return NO_DATE; // "Black Monday"
  s.pointHead = HeadShape.Point;
  parts.weekday = WEEKDAYS.get(w);
  if (w.endsWith('s') || m.anaphoric) parts.noValue = true; // "Sundays", "the following Friday"
  // news reports mostly past events: a weekday without a future cue is the most recent one
  parts.weekdayDir = m.rel === -1 ? -2 : m.rel === 1 ? 2 : m.rel === 0 ? 1 : s.tense(m.start, j) || -1;
  let end = j + 1;
  if (s.w(end) === '.' && w.length <= 4) end++;
  return end;
};
