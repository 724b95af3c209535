// Head families of days relative to the article's own: "tonight", "this morning", "last night",
// "yesterday", "today", "tomorrow", "now", and frequencies ("daily", "weekly").
import { DEICTIC_DAYS, FREQUENCY_WORDS } from '../lexicon';
import { type HeadFamily, HeadShape, NEXT_FAMILY } from '../reader';
import { Kind } from '../tokens';
import { DAY_PARTS } from '../words';

export const TONIGHT: HeadFamily = (s, j, parts, m) => {
  if (!(s.t[j].w === 'tonight' && m.mods === 0)) return NEXT_FAMILY;
  s.pointHead = HeadShape.Point;
  parts.dayRel = 0;
  return j + 1;
};

/** "this morning", "last night" */
export const PARTS_OF_TODAY: HeadFamily = (s, j, parts, m) => {
  const w = s.t[j].w;
  if (!(DAY_PARTS.has(w) && m.mods === 1 && (s.w(m.start) === 'this' || (w === 'night' && s.w(m.start) === 'last')))) return NEXT_FAMILY;
  parts.dayRel = w === 'night' && s.w(m.start) === 'last' ? -1 : 0;
  return j + 1;
};

/** yesterday / today / tomorrow, but not in a name ("Good Morning Today") */
export const DEICTIC: HeadFamily = (s, j, parts) => {
  const t = s.t;
  const tok = t[j];
  const w = tok.w;
  if (!(DEICTIC_DAYS.has(w) && !(tok.cap && !s.sentenceStart(j) && t[j - 1]?.kind === Kind.Word && t[j - 1].cap))) return NEXT_FAMILY;
  s.pointHead = HeadShape.Point;
  parts.dayRel = DEICTIC_DAYS.get(w);
  return j + 1;
};

export const FREQUENCIES: HeadFamily = (s, j, parts) => {
  const tok = s.t[j];
  if (!(FREQUENCY_WORDS.has(tok.w) && !(tok.cap && !s.sentenceStart(j)))) return NEXT_FAMILY;
  s.pointHead = HeadShape.Compound;
  parts.noValue = true;
  return j + 1;
};

// "now" refers to the article's present (the TIMEX3 standard's PRESENT_REF); "currently" and
// "recently" are left out: they qualify a state more often than they date an event.
export const NOW: HeadFamily = (s, j, parts, m) => {
  if (!(s.t[j].w === 'now' && m.mods === 0)) return NEXT_FAMILY;
  parts.noValue = true;
  s.pointHead = HeadShape.Point;
  return j + 1;
};
