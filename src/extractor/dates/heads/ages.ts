// Head family of ages: "the age of 35", "aged 61" (read as one phrase so that the number is no year).
import { type HeadFamily, NEXT_FAMILY } from '../reader';
import { Kind } from '../tokens';

export const AGES: HeadFamily = (s, j) => {
  const t = s.t;
  const w = t[j].w;
  if ((w === 'age' || w === 'aged') && t[j + 1]?.kind === Kind.Num && t[j + 1].w.length <= 3) return j + 2;
  if (w === 'age' && s.w(j + 1) === 'of' && t[j + 2]?.kind === Kind.Num && t[j + 2].w.length <= 3) return j + 3;
  return NEXT_FAMILY;
};
