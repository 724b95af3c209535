// Sports results and standings: a name between two scores or before a row of whole figures stands
// for a club ("2 Borel Vantaa 1", "Borel Vantaa 2 1 1 0 4 3 4"); a player's averages
// have decimals.
import { isInitial } from '../token-facts';
import type { Token } from '../tokens';
import type { SegmentRule } from './segment';

const INTEGER = /^\d+$/;
const DECIMAL = /\d\.\d/;

/** Tokens [a, b) stand between two scores, or before a row of at least three figures. */
export function scoreLine(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  const next = tokens[b]?.text ?? '';
  if (!INTEGER.test(next) || isInitial(tokens[a])) return false;
  // A player's averages have decimals ("Pell 13 2 42 1 42.00"); a club's standings do not.
  const last = tokens[Math.min(b + 8, tokens.length) - 1];
  if (DECIMAL.test(text.slice(tokens[b].start, last.end))) return false;
  if (INTEGER.test(tokens[a - 1]?.text ?? '')) return true;
  return INTEGER.test(tokens[b + 1]?.text ?? '') && INTEGER.test(tokens[b + 2]?.text ?? '');
}

const CRICKET_MARKS = new Set(['c', 'b', 'st']);
const BOWLING = /^\d+(?:\.\d)?-\d+-\d+-\d+$/;

/** A fielder or bowler in a cricket scorecard ("c Pell b Ashby", "Pell 12.2-3-40-2"): a person, even when the name is a town's. */
export function inScorecard(tokens: readonly Token[], a: number, b: number): boolean {
  const prev = tokens[a - 1]?.text ?? '';
  const next = tokens[b]?.text ?? '';
  return CRICKET_MARKS.has(prev) || next === 'b' || BOWLING.test(next);
}

export const SCORECARD_PLAYER: SegmentRule = (s, g) => {
  if (g.len > 3 || !inScorecard(s.tokens, g.a, g.b)) return false;
  const c = s.makeCandidate(g.a, g.b, 'person', true, g.initial);
  if (g.len === 1) c.hint = 'personCue';
  s.emit(c);
  return true;
};
