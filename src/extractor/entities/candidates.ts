// The candidate pass over one paragraph: a pure function of the paragraph that finds candidate
// person, place and organization spans from capitalisation, lexicons and nearby context. It keeps
// no state between calls, so its result can be cached per paragraph; grouping.ts groups the
// candidates of a whole text afterwards. Runs of capitalised words are cut at titles and "of" into
// segments, which the rules of rules/ classify in order.
import type { Candidate } from './candidate';
import { CONNECTORS, DASHES, MAX_RUN, MONTH_NAMES, NAME_PARTICLES, PARTY_WORDS, US_STATE_ABBREVIATIONS, WEAK_INNER_TITLES } from './cues';
import { SEGMENT_RULES } from './rules';
import { type Segment, type SegmentOptions, UNTITLED } from './rules/segment';
import { CandidateScan } from './scan';
import { headlineLines, titleLength } from './spans';
import { ambiguousFirstNameOf, commonWordOf, demonymOf, firstNameOf, isDemonym, isInitial, isNameWord, nameAfter, placeKindOf, withPlace } from './token-facts';
import { type Token, TokenKind, tokenize } from './tokens';
import { HONORIFICS, MISC_WORDS, NEVER_NAME, OF_HEADS, ORG_HEADS, PERSON_NOUNS, PLACE_HEADS, TITLES } from './words';
import { COUNTRY_CANON, lexKey, placeKind } from '../lexicon/index';

export type { Candidate, CandidateType } from './candidate';

const ISO_DATE = /^\d{4}-\d\d-\d\d/;

/** Demonym nouns that stand before a name like a demonym ("Pole Tomasz Wrona"). */
const DEMONYM_NOUNS = new Set(['pole', 'swede', 'dane', 'finn', 'turk', 'briton', 'spaniard', 'scot', 'welshman', 'kiwi', 'aussie']);

/** Tokens of a nationality or party word at `a` ("Australian", "South African", "Frenchman"), or 0. */
function modifierLength(tokens: Token[], a: number, b: number): number {
  const t = tokens[a];
  if (demonymOf(t) || PARTY_WORDS.has(t.key) || DEMONYM_NOUNS.has(t.key)) return 1;
  if (t.key.endsWith('man') && t.key.length > 5 && (isDemonym(t.key.slice(0, -3)) || isDemonym(`${t.key.slice(0, -3)}h`))) return 1;
  if (a + 1 < b && DIRECTION_WORDS.has(t.key) && demonymOf(tokens[a + 1])) return 2;
  return 0;
}

const DIRECTION_WORDS = new Set(['south', 'north', 'east', 'west']);

/** Capitalised words [a, b) shaped like a name: no everyday, head, title or place word, no ALL-CAPS word. */
function nameShaped(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t.cap || t.digit || (t.upper && t.text.length > 2) || commonWordOf(t) || ORG_HEADS.has(t.key) || PLACE_HEADS.has(t.key) || TITLES.has(t.key) || NEVER_NAME.has(t.key) || MISC_WORDS.has(t.key) || (placeKindOf(t) && !firstNameOf(t)) || demonymOf(t)) return false;
  }
  return true;
}

/**
 * An organization word right before a title inside [a, b) ("Dunmore Corp. Chairman Lena Vance"):
 * the run holds a company and then a person, even when the company's first word is a given name.
 */
function orgHeadBeforeTitle(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b - 2; k++) if (ORG_HEADS.has(tokens[k].key) && titleLength(tokens, k + 1, b) > 0) return true;
  return false;
}

/** The candidate pass over one paragraph: one object per paragraph instead of a closure per step. */
class ParagraphScan extends CandidateScan {
  /**
   * Classifies the capitalised words [a, b) of a run: `initial` when capitalisation says little there,
   * `titled` after a title (`title` as written, `role` unless an honorific, `weakTitle` for one that
   * is often part of another name).
   */
  private classifySegment(o: SegmentOptions): void {
    const { tokens } = this;
    let { a, b } = o;
    if (a >= b) return;
    // Drop a trailing particle or connector left by a split.
    while (b > a && !tokens[b - 1].cap) b--;
    while (a < b && !tokens[a].cap) a++;
    if (a >= b) return;
    const segment: Segment = {
      a,
      b,
      initial: o.initial,
      titled: o.titled,
      weakTitle: o.weakTitle,
      title: o.title,
      role: o.role,
      gender: o.gender,
      described: o.described,
      key: this.keyOf(a, b),
      first: tokens[a],
      last: tokens[b - 1],
      len: b - a,
    };
    for (let r = 0; r < SEGMENT_RULES.length; r++) if (SEGMENT_RULES[r](this, segment)) return;
  }

  /** Classifies a run of capitalised words [a, b) in running text. */
  private classifyRun(a: number, b: number): void {
    const { text, tokens } = this;
    let initial = tokens[a].sentenceStart;
    // Whole-run lookups first: "General Motors" is a company, "Secretary of State" alone is no one.
    const wholeKey = this.keyOf(a, b);
    if (this.isOrganization(a, b, wholeKey)) {
      this.emit(this.makeCandidate(a, b, 'organization', true, initial));
      return;
    }
    // A title inside the run ("Portland Mayor Ruth Castellan", "Transportation Secretary Elliot
    // Brambury"): what stands before it is classified on its own.
    if (!firstNameOf(tokens[a]) || ORG_HEADS.has(tokens[a].key) || titleLength(tokens, a, b) > 0 || orgHeadBeforeTitle(tokens, a, b)) {
      for (let q = a + 1; q < b - 1; q++) {
        const len = titleLength(tokens, q, b);
        if (len === 0 || q + len >= b) continue;
        if (len === 1 && WEAK_INNER_TITLES.has(tokens[q].key) && !(firstNameOf(tokens[q + 1]) && !ambiguousFirstNameOf(tokens[q + 1])) && !(b - q >= 3 && nameShaped(tokens, q + 1, b)) && !ORG_HEADS.has(tokens[q - 1].key)) continue;
        if (ORG_HEADS.has(tokens[b - 1].key) || !isNameWord(tokens[q + len])) continue;
        if (titleLength(tokens, a, b) > 0 && q < a + titleLength(tokens, a, b)) continue;
        // "Norland Foreign Minister": the country goes with the title; "Bank of Norland Governor": with the bank.
        if ((demonymOf(tokens[q - 1]) || placeKindOf(tokens[q - 1]) === 'country') && !(tokens[q - 2]?.key === 'of' && !tokens[q - 2].cap)) {
          if (q - 1 === a) break;
          this.classifySegment({ a, b: q - 1, initial, ...UNTITLED });
          a = q - 1;
        } else {
          this.classifySegment({ a, b: q, initial, ...UNTITLED });
          a = q;
        }
        break;
      }
    }
    // "(Chancellor of the) Exchequer Roger Quenby": the end of an office's name before a full name.
    if (b - a >= 3 && ORG_HEADS.has(tokens[a].key) && !firstNameOf(tokens[a]) && firstNameOf(tokens[a + 1]) && !ambiguousFirstNameOf(tokens[a + 1]) && nameShaped(tokens, a + 1, b)) {
      this.classifySegment({ a, b: a + 1, initial, ...UNTITLED });
      a++;
      initial = false;
    }
    // "Explains Fiona Castellane", "Professors Walter Quennell": an everyday word before a first name.
    // "Centre Piet Vorster", "Then Ludmila Berrow": also before a two-word name outside the lexicon.
    if (b - a >= 3 && (commonWordOf(tokens[a]) || PERSON_NOUNS.has(tokens[a].key)) && !firstNameOf(tokens[a]) && !this.placeOf(a, b) && titleLength(tokens, a, b) === 0 && (!ORG_HEADS.has(tokens[a].key) || PERSON_NOUNS.has(tokens[a].key)) && !placeKindOf(tokens[a]) && ((firstNameOf(tokens[a + 1]) && !ambiguousFirstNameOf(tokens[a + 1])) || (b - a === 3 && nameShaped(tokens, a + 1, b) && !tokens[b - 1].key.endsWith('ies'))) && !ORG_HEADS.has(tokens[b - 1].key)) {
      a++;
      initial = false;
    }
    // "Australian Ben Carver", "Republican Walt Denning", "South African Lize Botha",
    // "Frenchman Luc Arnaud": the modifier is not part of the name, and says it is a person's.
    let described = false;
    const modifier = modifierLength(tokens, a, b);
    if (modifier > 0 && b - a > modifier && !this.placeOf(a, b) && titleLength(tokens, a + modifier, b) === 0) {
      const rest = tokens[a + modifier];
      if (firstNameOf(rest) || isInitial(rest) || (b - a === modifier + 1 && !commonWordOf(rest) && !ORG_HEADS.has(rest.key)) || (b - a >= modifier + 2 && nameShaped(tokens, a + modifier, b))) {
        described = b - a >= modifier + 2;
        a += modifier;
        initial = false;
      }
    }
    // Titles and honorifics at the start, possibly after a demonym or country ("Russian President").
    let p = a;
    let title: string | undefined;
    let role: string | undefined;
    let gender: 'female' | 'male' | undefined;
    let titled = false;
    let weakTitle = false;
    for (;;) {
      let q = p;
      if (q < b - 1 && (demonymOf(tokens[q]) || placeKindOf(tokens[q]) === 'country') && titleLength(tokens, q + 1, b) > 0) q++;
      // "West Norlandic Chancellor": a direction and a demonym before a title.
      else if (q < b - 2 && DIRECTION_WORDS.has(tokens[q].key) && demonymOf(tokens[q + 1]) && titleLength(tokens, q + 2, b) > 0) q += 2;
      const len = titleLength(tokens, q, b);
      if (len === 0 || q + len >= b) break;
      // "U.S. Assistant Secretary of State Ellen Marchetti": the country is a place of its own.
      if (q > p) {
        const country = this.placeOf(p, q);
        if (country) this.emit(withPlace(this.makeCandidate(p, q, 'place', true, initial), country.kind, country.canonical));
      }
      // "General Foundry": a title followed only by an organization head is no person ("Mr. Holding" is).
      if (ORG_HEADS.has(tokens[b - 1].key) && !(len === 1 && HONORIFICS.has(tokens[q].key) && tokens[q].text.endsWith('.'))) break;
      const words = text.slice(tokens[q].start, tokens[q + len - 1].end);
      const hkey = tokens[q].key;
      if (HONORIFICS.has(hkey) && len === 1) {
        gender = HONORIFICS.get(hkey) ?? gender;
      } else {
        role = words;
      }
      title = words;
      titled = true;
      weakTitle = len === 1 && WEAK_INNER_TITLES.has(hkey);
      p = q + len;
    }
    // A lower-case title right before ("press secretary Jen Psaki") works like a title.
    // Split at "of" unless the left part is a head that keeps it ("Bank of England").
    let s = p;
    for (let k = p; k < b; k++) {
      const t = tokens[k];
      if (t.key === 'of' && !t.cap) {
        const head = tokens[k - 1];
        if (k > s && OF_HEADS.has(head.key) && !titled) continue;
        // "Voice of America": one everyday word before "of" names an institution, not a place.
        if (k === s + 1 && commonWordOf(head) && !TITLES.has(head.key) && !firstNameOf(head)) continue;
        this.classifySegment({ a: s, b: k, initial: initial && s === a, titled: titled && s === p, weakTitle, title, role, gender });
        s = k + 1;
      }
    }
    this.classifySegment({ a: s, b, initial: initial && s === a, titled: titled && s === p, weakTitle, title, role, gender, described: described && s === a && !titled });
  }

  /**
   * A dateline opening a line: ALL-CAPS words, then a comma and a state or country ("DUNMORE,
   * N.J. 2003-05-12", "PORTVALE, Norland") or a date ("PORTVALE 2003-05-12"). Emits the place and
   * returns where the dateline's name ends, or `a` when the line opens with none.
   */
  private datelinePlace(a: number, b: number): number {
    const { text, tokens } = this;
    let j = a;
    while (j < b && j - a < 4 && tokens[j].kind === TokenKind.Word && tokens[j].upper && !tokens[j].digit) j++;
    const after = tokens[j];
    if (j === a || !after) return a;
    const region = tokens[j + 1];
    const stateOrCountry =
      after.text === ',' &&
      region !== undefined &&
      ((region.text.endsWith('.') && US_STATE_ABBREVIATIONS.has(region.key)) || placeKindOf(region) === 'region' || placeKindOf(region) === 'country' || (region.cap && j + 3 <= tokens.length && this.placeOf(j + 1, j + 3)?.kind === 'region'));
    if (!stateOrCountry && !ISO_DATE.test(text.slice(after.start, after.start + 10))) return a;
    for (let k = a; k < j; k++) if ((!/[AEIOUY]/.test(tokens[k].text) && tokens[k].key !== 'st') || (commonWordOf(tokens[k]) && !placeKindOf(tokens[k]))) return a;
    const place = this.placeOf(a, j);
    this.emit(withPlace(this.makeCandidate(a, j, 'place', true, true), place?.kind ?? 'city', place?.canonical));
    return j;
  }

  /** Headline line: look words up one by one (longest lexicon match); leave the rest weak. */
  private classifyHeadline(a: number, b: number): void {
    const { tokens } = this;
    let k = tokens[a].lineStart ? this.datelinePlace(a, b) : a;
    while (k < b) {
      const t = tokens[k];
      if (t.kind !== TokenKind.Word || !t.cap || t.digit || (NEVER_NAME.has(t.key) && !placeKindOf(t))) {
        k++;
        continue;
      }
      // Dateline: "WASHINGTON —", "MOSCOW (Reuters) -", "LONDON 2003-05-12".
      let matched = 0;
      for (let m = Math.min(b, k + 4); m > k; m--) {
        if (!tokens[m - 1].cap) continue;
        const place = this.placeOf(k, m);
        if (place) {
          this.emit(withPlace(this.makeCandidate(k, m, 'place', true, true), place.kind, place.canonical));
          matched = m - k;
          break;
        }
        const key = this.keyOf(k, m);
        if (this.isOrganization(k, m, key)) {
          this.emit(this.makeCandidate(k, m, 'organization', true, true));
          matched = m - k;
          break;
        }
      }
      if (matched) {
        k += matched;
        continue;
      }
      // A first name and a surname in a headline.
      const next = tokens[k + 1];
      if (next && k + 1 < b && isNameWord(next) && firstNameOf(t) && !ambiguousFirstNameOf(t) && !NEVER_NAME.has(next.key)) {
        this.emit(this.makeCandidate(k, k + 2, 'person', true, true));
        k += 2;
        continue;
      }
      if (!NEVER_NAME.has(t.key) && !TITLES.has(t.key)) this.emit(this.makeCandidate(k, k + 1, 'unknown', false, true));
      k++;
    }
  }

  /** Emits the places named by the parts of a hyphenated word (and a capitalised word before it). */
  private hyphenatedPlaces(i: number): void {
    const { text, tokens } = this;
    const t = tokens[i];
    let partStart = t.start;
    for (let k = t.start; k <= t.end; k++) {
      if (k < t.end && text[k] !== '-') continue;
      const part = text.slice(partStart, k);
      const c0 = part.charCodeAt(0);
      if (c0 >= 65 && c0 <= 90 && part.length > 1) {
        let start = partStart;
        let key = lexKey(part);
        let kind = placeKind(key);
        const prev = tokens[i - 1];
        // "New York-based": the capitalised word before belongs to the name.
        if (partStart === t.start && prev && prev.cap && prev.end + 1 === t.start && !prev.lineStart) {
          const longer = placeKind(`${prev.key} ${key}`);
          if (longer) {
            kind = longer;
            start = prev.start;
            key = `${prev.key} ${key}`;
          }
        }
        if (kind && !isDemonym(key)) {
          const c = this.makeCandidate(i, i + 1, 'place', true, false);
          c.start = start;
          c.end = k;
          c.key = key;
          c.words = key.split(' ');
          c.placeKind = kind;
          c.canonical = kind === 'country' ? COUNTRY_CANON.get(key) : undefined;
          c.team = undefined;
          this.emit(c);
        }
      }
      partStart = k + 1;
    }
  }

  /**
   * A name that a hard-wrapped line cuts after the given name ("… Lena\nVorst, Ada Quill"): the
   * given name ending the line and the name-shaped words opening the next are both a person's.
   * `from` is where the candidates of the run [i, j) start in the output.
   */
  private wrappedName(i: number, j: number, from: number): void {
    const { text, tokens, out } = this;
    const given = tokens[i - 1];
    const beforeGiven = tokens[i - 2];
    if (!given || !given.cap || given.kind !== TokenKind.Word || !firstNameOf(given) || ambiguousFirstNameOf(given) || given.lineStart) return;
    if (text.slice(given.end, tokens[i].start) !== '\n' || (beforeGiven && beforeGiven.cap && beforeGiven.kind === TokenKind.Word) || !nameShaped(tokens, i, j)) return;
    let first: Candidate | undefined;
    for (let k = from - 1; k >= 0 && out[k].end >= given.end; k--) if (out[k].start === given.start && out[k].end === given.end) first = out[k];
    const rest = out.length === from + 1 ? out[from] : undefined;
    if (!first || !rest || rest.start !== tokens[i].start || rest.type === 'place' || rest.type === 'organization') return;
    for (const c of [first, rest]) {
      c.type = 'person';
      c.strong = true;
      c.hint = 'personCue';
    }
    rest.initial = false;
  }

  /**
   * A place of two words that a hard-wrapped line cuts ("(Czech\nRepublic)"): both parts are the
   * place. Emits them and returns true when the word at line start `i` completes such a place.
   */
  private wrappedPlace(i: number): boolean {
    const { text, tokens, out } = this;
    const head = tokens[i - 1];
    const t = tokens[i];
    if (!head || !head.cap || head.kind !== TokenKind.Word || text.slice(head.end, t.start) !== '\n' || tokens[i + 1]?.cap) return false;
    const place = this.placeOf(i - 1, i + 1);
    if (!place) return false;
    const last = out[out.length - 1];
    if (!(last && last.start === head.start && last.end === head.end)) this.emit(withPlace(this.makeCandidate(i - 1, i, 'place', true, false), place.kind, place.canonical));
    else if (last.type !== 'place') return false;
    this.emit(withPlace(this.makeCandidate(i, i + 1, 'place', true, false), place.kind, place.canonical));
    return true;
  }

  /**
   * "First Dunmore", "First Dunmore Corp.": a bank or firm named "First" and its city or state.
   * Emits it and returns the index after it, or `i + 1` when "First" at `i` opens no such name.
   */
  private firstAndPlace(i: number): number {
    const { tokens, n } = this;
    const t = tokens[i];
    const next = tokens[i + 1];
    const kind = next && next.cap && !next.lineStart && next.start === t.end + 1 && !t.upper ? placeKindOf(next) : undefined;
    if (!kind || kind === 'country') return i + 1;
    let j = i + 2;
    while (j < n && j - i < MAX_RUN && !tokens[j].lineStart && isNameWord(tokens[j]) && !NEVER_NAME.has(tokens[j].key)) j++;
    this.emit(this.makeCandidate(i, j, 'organization', true, t.sentenceStart));
    return j;
  }

  /** Finds the candidates: headline lines, hyphenated places and runs of capitalised words. */
  run(headline: Uint8Array): Candidate[] {
    const { text, tokens, n } = this;
    let i = 0;
    while (i < n) {
      const t = tokens[i];
      // Headline lines.
      if (headline.length !== 0 && headline[i] && t.lineStart) {
        let j = i + 1;
        while (j < n && !tokens[j].lineStart) j++;
        // A dateline at the start of a line: ALL-CAPS words, then a dash, a parenthesis or a date.
        this.classifyHeadline(i, j);
        i = j;
        continue;
      }
      // Places inside hyphenated words: "Chicago-based", "New York-based", "anti-China".
      if (t.kind === TokenKind.Word && t.hyphen > 0 && !t.digit && !isNameWord(t)) {
        this.hyphenatedPlaces(i);
        i++;
        continue;
      }
      if (!t.cap || t.kind !== TokenKind.Word) {
        i++;
        continue;
      }
      if (!isNameWord(t) || (NEVER_NAME.has(t.key) && !(t.upper && placeKindOf(t)) && !((isInitial(t) || MONTH_NAMES.has(t.key)) && nameAfter(tokens, i)))) {
        i = t.key === 'first' ? this.firstAndPlace(i) : i + 1;
        continue;
      }
      // Dateline inside a text line: "WASHINGTON — Secretary ...".
      if (t.lineStart && t.upper) {
        let j = i;
        while (j < n && j - i < MAX_RUN && tokens[j].upper && (j === i || !tokens[j].lineStart)) j++;
        const after = tokens[j];
        const place = j > i ? this.placeOf(i, j) : undefined;
        // Not a known place: a section label ("NOTE -", "WEATHER -", "SPORTS BRIEFS -") or a wire code ("RTRS -") is none.
        let label = false;
        if (!place) for (let k = i; k < j; k++) if (commonWordOf(tokens[k]) || !/[AEIOUY]/.test(tokens[k].text)) label = true;
        if (j > i && after && !label && (DASHES.has(after.text) || after.text === '(' || after.text === ',' || ISO_DATE.test(text.slice(after.start, after.start + 10)))) {
          this.emit(withPlace(this.makeCandidate(i, j, 'place', true, true), place?.kind ?? 'city', place?.canonical));
          i = j;
          continue;
        }
      }
      let j = i + 1;
      // Names are short: a longer capitalised stretch (a title-case list, a table) is cut into runs
      // of at most MAX_RUN words so that the work on one run stays bounded.
      while (j < n && j - i < MAX_RUN) {
        const u = tokens[j];
        if (u.lineStart) break;
        if (isNameWord(u) && (!NEVER_NAME.has(u.key) || isInitial(u))) {
          j++;
          continue;
        }
        // Connectors inside names: "Bank of England", "Ludwig van Beethoven", "Secretary of State".
        if (u.kind === TokenKind.Word && !u.cap && CONNECTORS.has(u.key) && j + 1 < n && isNameWord(tokens[j + 1]) && !NEVER_NAME.has(tokens[j + 1].key) && !tokens[j + 1].lineStart) {
          j++;
          continue;
        }
        // Two particles: "Anneke van der Velsen", "Maria de la Cruz".
        if (u.kind === TokenKind.Word && !u.cap && NAME_PARTICLES.has(u.key) && j + 2 < n && NAME_PARTICLES.has(tokens[j + 1].key) && !tokens[j + 1].cap && isNameWord(tokens[j + 2]) && !tokens[j + 2].lineStart) {
          j += 2;
          continue;
        }
        if (u.text === '&' && j + 1 < n && isNameWord(tokens[j + 1])) {
          j++;
          continue;
        }
        break;
      }
      if (t.lineStart && i > 0 && tokens[i - 1].cap && this.wrappedPlace(i)) {
        i++;
        continue;
      }
      // A particle may start a name only inside a run ("al-Assad" is one word anyway).
      const before = this.out.length;
      this.classifyRun(i, j);
      if (t.lineStart && j - i <= 2) this.wrappedName(i, j, before);
      i = j;
    }
    return this.out;
  }
}

/** Name candidates of one paragraph; `pool` lends token objects (see tokenize()), none of which the candidates keep. */
export function findCandidates(text: string, pool?: Token[]): Candidate[] {
  const tokens = tokenize(text, pool);
  const headline = headlineLines(tokens);
  // Lower-case-title evidence for following runs is handled in classifySegment via roleBefore.
  return new ParagraphScan(text, tokens).run(headline);
}
