// Classification rules for people: a name after a title ("Mr. Blinken", "President Volodymyr
// Zelensky"), and last, what is left: a person by first name, role, initials or shape, an
// organization by "the" or an event word, or a weak candidate for the grouping pass to resolve.
import { NAME_PARTICLES } from '../cues';
import { ambiguousFirstNameOf, commonWordOf, demonymOf, firstNameOf, isInitial, lastNameOf, placeKindOf } from '../token-facts';
import { TokenKind } from '../tokens';
import { MISC_WORDS, NEVER_NAME, ORG_HEADS, PLACE_HEADS, SPEECH_VERBS, TITLES } from '../words';
import type { SegmentRule } from './segment';
import { placeKind } from '../../lexicon/index';
import { scoreLine } from './teams';

/**
 * Titled or honorific person. Without a name after the title ("Mr. Secretary", "Major Market
 * Index") it decides nothing, but may move the segment's start past a word that belongs to the
 * title ("Miss World Lucia Ferrante").
 */
export const TITLED_PERSON: SegmentRule = (s, g) => {
  if (!g.titled) return false;
  const { tokens } = s;
  const { a, b, first, len } = g;
  // "Mr. Secretary", "General Cargo Terminal": no name after the title.
  let everyday = true;
  for (let k = a; k < b; k++) if (!commonWordOf(tokens[k]) && !TITLES.has(tokens[k].key)) everyday = false;
  if (len === 1 && TITLES.has(first.key)) return true;
  // "Miss World Lucia Ferrante": a word between the title and a first name belongs to the title.
  // (The segment's key and end words stay those of the whole segment for the rules after this one.)
  if (len >= 3 && !firstNameOf(first) && firstNameOf(tokens[a + 1]) && !ambiguousFirstNameOf(tokens[a + 1])) {
    g.a = a + 1;
  }
  if (!(everyday && g.weakTitle)) {
    const c = s.makeCandidate(g.a, b, 'person', true, false);
    c.title = g.title;
    c.role = g.role ?? s.roleAfter(b);
    c.gender = g.gender;
    s.emit(c);
    return true;
  }
  return false;
};

const ORDINAL = /^\d+(?:st|nd|rd|th)(?:$|-)/;

const OPENING_MARKS = '"“';
const CLOSING_MARKS = '"”';

/** The text [start, end) stands alone in quotation marks, the closing one perhaps after a comma or period. */
function quotedAlone(text: string, start: number, end: number): boolean {
  if (start === 0 || !OPENING_MARKS.includes(text[start - 1])) return false;
  let k = end;
  if (text[k] === ',' || text[k] === '.') k++;
  return k < text.length && CLOSING_MARKS.includes(text[k]);
}

/** "sri lankans" → "sri lanka", "new zealander" → "new zealand": the demonym of a country. */
function countryDemonym(key: string): boolean {
  for (const suffix of DEMONYM_SUFFIXES) {
    if (key.length > suffix.length + 3 && key.endsWith(suffix) && placeKind(key.slice(0, -suffix.length)) === 'country') return true;
  }
  return false;
}

const DEMONYM_SUFFIXES = ['n', 'ns', 'er', 'ers', 'ian', 'ians'];

/** The last rule: always decides. */
export const NAME_OR_OTHER: SegmentRule = (s, g) => {
  const { tokens } = s;
  const { a, b, first, last, len, initial } = g;
  // Words that never make a person: demonyms and event/product words.
  let miscWord = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (k === a && len >= 2 && firstNameOf(t) && !demonymOf(t)) continue;
    if (demonymOf(t) || MISC_WORDS.has(t.key)) miscWord = true;
  }

  const before = s.roleBefore(a);
  const after = s.roleAfter(b);
  // People seldom take "the": "the Treasury", "the Marlowe", "the Goat King" (a character at most).
  const article = tokens[a - 1];
  const following = tokens[b];
  const modifies = following !== undefined && following.kind === TokenKind.Word && !following.cap && !SPEECH_VERBS.has(following.key) && following.key !== 'and' && following.key !== 'or';
  if (article && !modifies && article.kind === TokenKind.Word && (article.key === 'the' || article.key === 'a' || article.key === 'an') && !before && !firstNameOf(first)) {
    s.emit(s.makeCandidate(a, b, 'organization', false, initial));
    return true;
  }
  // An ALL-CAPS word among lower-case text ("DANA filings") is an acronym or a heading, whatever the lexicon says.
  let firstIsName = firstNameOf(first) && !(ambiguousFirstNameOf(first) && initial) && !NAME_PARTICLES.has(first.key) && !(len >= 2 && first.upper && first.text.length > 2 && !initial);
  // "Green Valley Growers", "Tin Roof Singers": an everyday first word with everyday words after it.
  if (firstIsName && ambiguousFirstNameOf(first)) {
    for (let k = a + 1; k < b; k++) if (commonWordOf(tokens[k])) firstIsName = false;
  }
  if (len === 1 && demonymOf(first)) return true;
  // A name alone in quotation marks is a title ("The Remarkable Jimmy Q", "Harbour Lights"), not a person.
  if (!before && !after && quotedAlone(s.text, tokens[a].start, last.end)) return true;
  // A demonym of a country of several words: "Sri Lankan(s)", "Costa Rican", "New Zealander".
  if (len >= 2 && countryDemonym(g.key)) return true;
  // A club in a results or standings line: "2 Borel Vantaa 1", "Borel Vantaa 2 1 1 0 4 3 4".
  if (!firstIsName && !before && !after && scoreLine(s.text, tokens, a, b)) {
    s.emit(s.makeCandidate(a, b, 'organization', true, initial));
    return true;
  }
  if (miscWord && !before && !after) {
    s.emit(s.makeCandidate(a, b, 'organization', false, initial));
    return true;
  }
  if (len >= 2) {
    // Name-shaped: no everyday word, no ALL-CAPS word ("Jianhong Tao", "Aurelio Benavente").
    let shaped = true;
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      if (isInitial(t) || NAME_PARTICLES.has(t.key)) continue;
      if (t.text.length === 1) shaped = false;
      if ((placeKindOf(t) && !firstNameOf(t)) || (t.upper && t.text.length > 2) || commonWordOf(t) || ORG_HEADS.has(t.key) || PLACE_HEADS.has(t.key) || TITLES.has(t.key) || NEVER_NAME.has(t.key)) shaped = false;
    }
    const hint = s.contextHint(a, b);
    const firm = firstIsName || g.described === true || before !== undefined || after !== undefined || isInitial(first) || isInitial(tokens[a + 1]) || lastNameOf(last) || hint === 'speech';
    const evidence = firm || shaped;
    const c = s.makeCandidate(a, b, evidence ? 'person' : 'unknown', evidence, initial && !evidence);
    c.role = before ?? after;
    c.hint = hint;
    // Shape alone is weak ("Garrison Ludlow" looks like a name too): it needs support from context.
    if (!firm && shaped) c.shapeOnly = s.listContext(a, b) ? 'supported' : 'bare';
    s.emit(c);
    return true;
  }
  // One word.
  // A scorer and the minute in a results line: "Scorers: Brankov (54th)", "(Varga 12th, Holm 61st)".
  if ((ORDINAL.test(following?.text ?? '') || (following?.text === '(' && ORDINAL.test(tokens[b + 1]?.text ?? ''))) && !s.placeOf(a, b)) {
    const c = s.makeCandidate(a, b, 'person', true, initial);
    c.hint = 'personCue';
    s.emit(c);
    return true;
  }
  // "Norland's Foreign Minister, Kessler said": a title, a comma, then the name.
  const titleBefore = !before && tokens[a - 1]?.text === ',' && tokens[a - 2]?.cap && TITLES.has(tokens[a - 2].key) && !commonWordOf(first) ? s.text.slice(tokens[a - 2].start, tokens[a - 2].end) : undefined;
  // "Actually, Dora met a reporter": an everyday word opening a sentence has no apposition.
  if ((before || after || titleBefore) && !(initial && commonWordOf(first) && !firstNameOf(first))) {
    const c = s.makeCandidate(a, b, 'person', true, initial);
    c.role = before ?? after ?? titleBefore;
    s.emit(c);
    return true;
  }
  if (first.upper && first.text.length <= 6 && !first.text.includes('.')) {
    const c = s.makeCandidate(a, b, 'unknown', false, initial);
    c.hint = 'acronym';
    s.emit(c);
    return true;
  }
  // A first name alone ("Doris has a plan") is a person, unless it is also an everyday word.
  if (firstNameOf(first) && !ambiguousFirstNameOf(first) && !commonWordOf(first)) {
    const c = s.makeCandidate(a, b, 'person', true, initial);
    c.hint = s.contextHint(a, b);
    s.emit(c);
    return true;
  }
  const c = s.makeCandidate(a, b, lastNameOf(first) ? 'person' : 'unknown', false, initial);
  c.hint = s.contextHint(a, b);
  s.emit(c);
  return true;
};
