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

const ONE_DIGIT = /^\d$/;
const FIGURE = /^\d/;

/** The token after a parenthesised place opening at `open` ("(Norland)", "(Faroe Islands)"), or -1. */
function afterPlaceInParentheses(s: Parameters<SegmentRule>[0], open: number): number {
  const { tokens } = s;
  if (tokens[open]?.text !== '(') return -1;
  for (let close = open + 2; close <= open + 4 && close < tokens.length; close++) {
    if (tokens[close].text !== ')') continue;
    const place = s.placeOf(open + 1, close);
    return place && place.kind !== 'city' ? close + 1 : -1;
  }
  return -1;
}

/** The opening parenthesis of a parenthesised place that closes right before `a`, or -1. */
function placeInParenthesesBefore(s: Parameters<SegmentRule>[0], a: number): number {
  const { tokens } = s;
  if (tokens[a - 1]?.text !== ')') return -1;
  for (let open = a - 3; open >= a - 5 && open >= 0; open--) if (afterPlaceInParentheses(s, open) === a) return open;
  return -1;
}

/**
 * Results lines: a club before its country and a one-figure score ("Borel Vantaa (Norland) 2"),
 * and a car or team after a driver and the driver's country ("Ada Quill (Norland) Velaro 1:52.4").
 */
export const TEAM_IN_RESULTS: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b } = g;
  const after = afterPlaceInParentheses(s, b);
  const score = tokens[after];
  const next = tokens[after + 1];
  // A score stands alone ("2 Dunmore Rovers", "2 (1-0)"), unlike the first figure of a time ("4:09.2").
  const club = after > 0 && score !== undefined && ONE_DIGIT.test(score.text) && !isInitial(tokens[a]) && (next === undefined || (next.start > score.end && (next.cap || next.text === '(')));
  const open = club ? -1 : placeInParenthesesBefore(s, a);
  const car = open > 0 && tokens[open - 1].cap && FIGURE.test(tokens[b]?.text ?? '');
  if (!club && !car) return false;
  s.emit(s.makeCandidate(a, b, 'organization', true, g.initial));
  return true;
};
