// The candidate pass's view of one paragraph: lexicon keys and place lookups of spans (the last
// one kept), making candidates with their context flags, and the role phrases and hints around a
// name. The classification rules (rules/) and ParagraphScan work through it.
import { type Candidate, type CandidateType, CompactCandidate } from './candidate';
import {
  ARTICLES,
  DASHES,
  LOCATIVE_PREPOSITIONS,
  maybeSportsWord,
  ORG_AFTER,
  ORG_BEFORE,
  ORG_BEFORE_LINKS,
  COMPANY_NOUNS,
  ORG_IT_VERBS,
  PERSON_AFTER,
  ROLE_STOP_VERBS,
  SPORTS_WORDS,
  STOCK_VERBS,
  TEAM_AFTER,
  TEAM_BEFORE,
} from './cues';
import { spanKey } from './spans';
import { commonWordOf, demonymOf, isInitial, isNameWord, organizationOf, placeKindOf } from './token-facts';
import { type Token, TokenKind } from './tokens';
import { DIRECTIONAL_REGIONS, DIRECTIONS, isPersonNoun, NEVER_NAME, ORG_HEADS, SPEECH_VERBS } from './words';
import { COUNTRY_CANON, ORGANIZATIONS, placeKind, type PlaceKind } from '../lexicon/index';

export interface Place {
  kind: PlaceKind;
  canonical?: string;
}
// Shared answers of the place lookup (frozen: every caller gets the same object).
const REGION: Readonly<Place> = Object.freeze({ kind: 'region', canonical: undefined });
const PLACE_OF_KIND: Readonly<Record<PlaceKind, Place>> = {
  country: Object.freeze({ kind: 'country', canonical: undefined }),
  region: REGION,
  city: Object.freeze({ kind: 'city', canonical: undefined }),
};



export class CandidateScan {
  readonly out: Candidate[] = [];
  readonly n: number;
  /** A sports report: its cities and counties are mostly teams. */
  readonly sportsReport: boolean;
  // The same span is looked up several times in a row (run, segment, place, candidate): keep the last.
  private keyA = -1;
  private keyB = -1;
  private lastKey = '';
  private placeA = -1;
  private placeB = -1;
  private lastPlace: Place | undefined = undefined;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
  ) {
    const n = tokens.length;
    this.n = n;
    let sportsWords = 0;
    for (let k = 0; k < n && sportsWords < 3; k++) {
      const t = tokens[k];
      if (t.kind === TokenKind.Word && t.key.length >= 3 && t.key.length <= 13 && maybeSportsWord(t.key) && SPORTS_WORDS.has(t.key)) sportsWords++;
    }
    this.sportsReport = sportsWords >= 3;
  }

  keyOf(a: number, b: number): string {
    if (a !== this.keyA || b !== this.keyB) {
      this.lastKey = spanKey(this.text, this.tokens, a, b);
      this.keyA = a;
      this.keyB = b;
    }
    return this.lastKey;
  }

  placeOf(a: number, b: number): Place | undefined {
    if (a !== this.placeA || b !== this.placeB) {
      this.lastPlace = this.lookupPlace(a, b);
      this.placeA = a;
      this.placeB = b;
    }
    return this.lastPlace;
  }

  /** Whether tokens [a, b), of lexicon key `key`, name an organization in the lexicon. */
  isOrganization(a: number, b: number, key: string): boolean {
    // One word whose key is the lookup key: its token remembers the answer.
    return b === a + 1 && key === this.tokens[a].key ? organizationOf(this.tokens[a]) : ORGANIZATIONS.has(key);
  }

  /** Place lookup for tokens [a, b): lexicon, bare directional regions, or direction + known place. */
  lookupPlace(a: number, b: number): Place | undefined {
    const key = this.keyOf(a, b);
    // One word whose key is the lookup key: its token remembers the answer.
    const kind = b === a + 1 && key === this.tokens[a].key ? placeKindOf(this.tokens[a]) : placeKind(key);
    if (kind) {
      const canonical = kind === 'country' ? COUNTRY_CANON.get(key) : undefined;
      return canonical === undefined ? PLACE_OF_KIND[kind] : { kind, canonical };
    }
    if (DIRECTIONAL_REGIONS.has(key)) return REGION;
    if (b - a >= 2 && DIRECTIONS.has(this.tokens[a].key)) {
      const rest = this.keyOf(a + 1, b);
      if (placeKind(rest) || DIRECTIONAL_REGIONS.has(rest)) return REGION;
    }
    return undefined;
  }

  emit(c: Candidate): void {
    this.out.push(c);
  }

  makeCandidate(a: number, b: number, type: CandidateType, strong: boolean, initial: boolean): Candidate {
    const { tokens, sportsReport } = this;
    // An array of just the words' number: a pushed-to one reserves 17 slots, and a long or hostile
    // text holds hundreds of thousands of candidates.
    let count = 0;
    let first = '';
    let second = '';
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      if (t.kind === TokenKind.Word && t.cap && !isInitial(t)) {
        if (count === 0) first = t.key;
        else if (count === 1) second = t.key;
        count++;
      }
    }
    let words: string[];
    if (count === 1) words = [first];
    else if (count === 2) words = [first, second];
    else {
      words = new Array<string>(count);
      let w = 0;
      for (let k = a; k < b; k++) {
        const t = tokens[k];
        if (t.kind === TokenKind.Word && t.cap && !isInitial(t)) words[w++] = t.key;
      }
    }
    // Context flags first, so that the candidate is made with its final values.
    let team: true | undefined;
    let locative: true | undefined;
    let orgCue: true | 'itself' | undefined;
    const prev = tokens[a - 1];
    const next = tokens[b];
    // The tokens before and after on the same line.
    const prevSameLine = prev !== undefined && !tokens[a].lineStart;
    const nextSameLine = next !== undefined && !next.lineStart;
    // A score or table figure, not a dateline's date ("LONDON 2003-05-12").
    const numberAfter = nextSameLine && next.digit && next.text.length <= 7 && !(next.text.length >= 8 && next.text.includes('-'));
    const numberBefore = prevSameLine && prev.digit;
    if ((tokens[a].lineStart && numberAfter) || (numberBefore && numberAfter)) team = true;
    else if (prevSameLine && prev.kind === TokenKind.Word && TEAM_BEFORE.has(prev.key) && (prev.key !== 'at' || prev.upper)) team = true;
    else if (nextSameLine && next.kind === TokenKind.Word && TEAM_AFTER.has(next.key) && (next.key !== 'at' || next.upper)) team = true;
    if (prevSameLine && prev.kind === TokenKind.Word && LOCATIVE_PREPOSITIONS.has(prev.key)) locative = true;
    // A dateline ("NEW YORK 2003-05-12", "TEMPE, Arizona 2003-05-13") or a venue ("Bristol:",
    // "at Marlow Park, London)") names the place even in a sports report.
    else if (next && next.digit && next.text.length >= 8 && next.text.includes('-')) locative = true;
    else if (next && next.text === ':' && tokens[a].lineStart) locative = true;
    else if (prev && prev.text === ',' && tokens[a - 2]?.cap && (!next || next.text === ')' || next.lineStart || (next.text === ',' && tokens[a - 2].lineStart))) locative = true;
    else if (prev && prev.text === '(' && next?.text === ')' && tokens[a - 2]?.cap) locative = true;
    if (next && next.kind === TokenKind.Word && !next.cap && ORG_AFTER.has(next.key)) orgCue = true;
    else if (next && next.kind === TokenKind.Word && STOCK_VERBS.has(next.key) && tokens[b + 1]?.digit) orgCue = true;
    else if (next && next.kind === TokenKind.Possessive && tokens[b + 1] && !tokens[b + 1].cap && ORG_AFTER.has(tokens[b + 1].key)) orgCue = true;
    else if (prev && ORG_BEFORE_LINKS.has(prev.key) && tokens[a - 2] && ORG_BEFORE.has(tokens[a - 2].key)) orgCue = true;
    // A body speaks of itself as "it" ("X said its profit rose", "X said it would sell").
    else if (next && next.kind === TokenKind.Word && !next.cap && (next.key === 'said' || next.key === 'says') && !tokens[b + 1]?.cap && (tokens[b + 1]?.key === 'its' || (tokens[b + 1]?.key === 'it' && tokens[b + 2] !== undefined && ORG_IT_VERBS.has(tokens[b + 2].key)))) orgCue = 'itself';
    if (!orgCue && next?.text === ',' && tokens[b + 1] !== undefined && ARTICLES.has(tokens[b + 1].key) && !tokens[b + 1].cap) orgCue = companyApposition(tokens, b + 2);
    return new CompactCandidate({
      start: tokens[a].start,
      end: tokens[b - 1].end,
      type,
      key: this.keyOf(a, b),
      words,
      strong,
      initial,
      team,
      locative,
      orgCue,
      sports: sportsReport || undefined,
      possessive: tokens[b]?.kind === TokenKind.Possessive || undefined,
    });
  }

  /** Role phrase before a name: "the White House press secretary Jen Psaki" → "White House press secretary". */
  roleBefore(a: number): string | undefined {
    const { text, tokens } = this;
    const prev = tokens[a - 1];
    if (!prev || prev.kind !== TokenKind.Word || prev.cap || !isPersonNoun(prev.key)) return undefined;
    let s = a - 1;
    while (s - 1 >= 0 && a - s < 6) {
      const t = tokens[s - 1];
      if (t.kind !== TokenKind.Word || ARTICLES.has(t.key) || NEVER_NAME.has(t.key) || t.digit) break;
      // Stop at a verb ("met Chinese leader Xi") and at names that are not institutions or places.
      if (!t.cap && (ROLE_STOP_VERBS.has(t.key) || SPEECH_VERBS.has(t.key) || (t.key.endsWith('ed') && t.key.length > 4))) break;
      if (t.cap && !(demonymOf(t) || placeKindOf(t) || ORG_HEADS.has(t.key) || commonWordOf(t) || t.upper)) break;
      s--;
    }
    return text.slice(tokens[s].start, prev.end);
  }

  /** Apposition after a name: "Jen Psaki, the White House press secretary," → "White House press secretary". */
  roleAfter(b: number): string | undefined {
    const { text, tokens, n } = this;
    if (tokens[b]?.text !== ',') return undefined;
    let k = b + 1;
    if (k < n && tokens[k].kind === TokenKind.Word && ARTICLES.has(tokens[k].key)) k++;
    // A clause, not an apposition: "Sadly, he was a reporter".
    if (k < n && tokens[k].kind === TokenKind.Word && CLAUSE_SUBJECTS.has(tokens[k].key)) return undefined;
    const s = k;
    let hasRoleNoun = false;
    let lastRoleNoun = -1;
    while (k < n && k - s < 12) {
      const t = tokens[k];
      if (t.kind === TokenKind.Possessive) {
        k++;
        continue;
      }
      if (t.kind !== TokenKind.Word) break;
      if (!t.cap && (t.key === 'who' || t.key === 'which' || SPEECH_VERBS.has(t.key))) break;
      if (isPersonNoun(t.key)) {
        hasRoleNoun = true;
        lastRoleNoun = k;
      }
      k++;
    }
    if (!hasRoleNoun || k === s) return undefined;
    const end = tokens[k];
    if (!end || end.kind !== TokenKind.Punct) {
      // A long phrase: keep it only up to its role noun ("general manager of the … department").
      if (k - s < 12 || tokens[lastRoleNoun + 1]?.key !== 'of') return undefined;
      return text.slice(tokens[s].start, tokens[lastRoleNoun].end);
    }
    // The role noun ends the phrase, or only "of/for/at …" follows it ("finance minister of Kenya").
    if (lastRoleNoun !== k - 1) {
      const after = tokens[lastRoleNoun + 1];
      if (!(after.key === 'of' || after.key === 'for' || after.key === 'at' || after.key === 'in' || after.key === 'from')) return undefined;
    }
    // Keep "X of Y" complements ("foreign minister of Russia") but stop at a clause.
    return text.slice(tokens[s].start, tokens[Math.max(lastRoleNoun, k - 1)].end);
  }

  /** Context typical of people in results and lists: "(Kenya)", a figure, an age, a list of names. */
  listContext(a: number, b: number): boolean {
    const { tokens } = this;
    const next = tokens[b];
    const prev = tokens[a - 1];
    if (!next) return prev?.text === ',';
    // A name alone on its line (a byline), a lineup number before it, a country's possessive.
    if (tokens[a].lineStart && next.lineStart) return true;
    if (prev && DASHES.has(prev.text) && tokens[a - 2]?.digit) return true;
    if (prev?.kind === TokenKind.Possessive && tokens[a - 2] && placeKindOf(tokens[a - 2]) === 'country') return true;
    if (next.text === '(' && tokens[b + 1] && tokens[b + 1].cap) return true;
    // A scorer and the minute: "Dan Mircea (32nd)", "Jan Hruza (1st and 26th)".
    if (next.text === '(' && ORDINAL.test(tokens[b + 1]?.text ?? '')) return true;
    // An apposition: "Kenjiro Obata, a …", "Thura Kyaw, an elected member".
    if (next.text === ',' && (tokens[b + 1]?.key === 'a' || tokens[b + 1]?.key === 'an') && !tokens[b + 1].cap) return true;
    if (next.digit && !next.lineStart) return true;
    if (next.text === ',' && tokens[b + 1]?.digit && tokens[b + 2]?.text === ',') return true;
    if ((next.text === ',' || next.key === 'and') && tokens[b + 1] && isNameWord(tokens[b + 1]) && (prev?.text === ',' || prev?.key === 'and' || prev?.text === ':' || prev?.lineStart === false)) return true;
    if ((prev?.text === ',' || prev?.key === 'and') && tokens[a - 2] && isNameWord(tokens[a - 2])) return true;
    return false;
  }

  contextHint(a: number, b: number): Candidate['hint'] {
    const { tokens } = this;
    const prev = tokens[a - 1];
    const next = tokens[b];
    if (next && next.kind === TokenKind.Word && !next.cap && PERSON_AFTER.has(next.key)) return 'personCue';
    // "the agency quoted Volkonin as saying": the one quoted is a person.
    if (prev?.key === 'quoted' && next?.key === 'as' && tokens[b + 1]?.key === 'saying') return 'personCue';
    if ((next && next.kind === TokenKind.Word && SPEECH_VERBS.has(next.key)) || (prev && prev.kind === TokenKind.Word && SPEECH_VERBS.has(prev.key))) return 'speech';
    if (prev && prev.kind === TokenKind.Word && LOCATIVE_PREPOSITIONS.has(prev.key)) return 'locative';
    return undefined;
  }
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Pronouns that open a clause after a comma, where an apposition would open with a noun. */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'there']);

const APPOSITION_ENDS = new Set(['that', 'which', 'whose', 'based', 'with', 'in', 'and']);

/** "X, a trading company": a company noun within a few words after the article ends the apposition's head. */
function companyApposition(tokens: Token[], from: number): 'itself' | undefined {
  for (let k = from; k < from + 5 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === TokenKind.Possessive) continue;
    if (t.kind !== TokenKind.Word) return undefined;
    // The noun must end the phrase: "the group's chairman" is a person.
    if (!t.cap && COMPANY_NOUNS.has(t.key)) return tokens[k + 1] === undefined || (tokens[k + 1].kind !== TokenKind.Word && tokens[k + 1].kind !== TokenKind.Possessive) || APPOSITION_ENDS.has(tokens[k + 1].key) ? 'itself' : undefined;
  }
  return undefined;
}
