// Head families of seasons ("last spring", "fall 2021", not "Arab Spring") and holidays
// ("Christmas", "New Year's Day", "Labor Day").
import { DETERMINERS, HOLIDAYS, RELATIVE, SEASONS, YEAR_CUES } from '../lexicon';
import { type HeadFamily, NEXT_FAMILY, NO_DATE } from '../reader';
import { Kind } from '../tokens';

export const SEASON_NAMES: HeadFamily = (s, j, parts, m) => {
  const t = s.t;
  const tok = t[j];
  const w = tok.w;
  if (!SEASONS.has(w)) return NEXT_FAMILY;
  const prev = s.w(m.start - 1);
  const yearNext = t[j + 1]?.kind === Kind.Num && t[j + 1].w.length === 4;
  const ofYear =
    s.w(j + 1) === 'of' && ((t[j + 2]?.kind === Kind.Num && t[j + 2].w.length === 4) || (s.w(j + 3) === 'year' && (DETERMINERS.has(s.w(j + 2)) || RELATIVE.has(s.w(j + 2)))));
  if (tok.cap && !s.sentenceStart(j) && !yearNext) return NO_DATE; // a name: "Arab Spring", "Prague Spring"
  const first = s.w(m.start);
  if (w === 'fall' && !(m.edge || m.rel !== undefined || yearNext || ofYear || (m.det && first === 'the' && (prev === 'in' || prev === 'by' || prev === 'until' || prev === 'during' || prev === 'through')) || first === 'each' || first === 'every' || first === 'that')) return NO_DATE;
  if (w === 'spring' && m.mods === 0 && !yearNext && !YEAR_CUES.has(prev)) return NO_DATE;
  if ((m.count !== undefined && !m.strong) || (m.vague && m.rel === undefined)) return NO_DATE;
  parts.season = SEASONS.get(w);
  parts.seasonRel = m.rel;
  if (m.rel === 0) parts.seasonRel = 0;
  let end = j + 1;
  if (yearNext) {
    parts.year = t[j + 1].n;
    end++;
  }
  return end;
};

/** "Christmas", "Christmas Eve", "Thanksgiving Day" */
export const HOLIDAY_NAMES: HeadFamily = (s, j, parts) => {
  const tok = s.t[j];
  if (!(tok.cap && HOLIDAYS.has(tok.w))) return NEXT_FAMILY;
  parts.noValue = true;
  let end = j + 1;
  if (s.w(end) === 'eve' || s.w(end) === 'day' || s.w(end) === 'season') end++;
  return end;
};

/** "Labor Day", "Election Day": a capitalised word before a capitalised "Day" */
export const NAMED_DAYS: HeadFamily = (s, j, parts, m) => {
  const t = s.t;
  const tok = t[j];
  if (!(tok.cap && s.w(j + 1) === 'day' && t[j + 1].cap && !t[j + 2]?.cap && m.mods === 0 && j > 0 && t[j - 1].kind !== Kind.Break && s.w(j - 1) !== '.')) return NEXT_FAMILY;
  parts.noValue = true;
  return j + 2;
};

/** "New Year's Day", "New Year's Eve", "New Year" */
export const NEW_YEAR: HeadFamily = (s, j, parts) => {
  const t = s.t;
  const tok = t[j];
  if (!(tok.cap && tok.w === 'new' && s.w(j + 1) === 'year' && t[j + 1].cap)) return NEXT_FAMILY;
  parts.noValue = true;
  let end = j + 2;
  if (s.isPossessive(end)) end += 2;
  if (s.w(end) === 'day' || s.w(end) === 'eve') end++;
  return end;
};
