// Noun phrases around a reporting verb: the speaker phrase before or after it, the start of the
// main clause and the sentence subject.
import { DETERMINERS, NOUN_PHRASE_STOPS, SUBORDINATORS } from './lexicon';
import { TokenReader } from './reader';
import { isSpaceCode, Kind } from './tokens';
import { CLAUSE_LINKS, INTRO_ENDINGS, PREPOSITIONS, SENTENCE_ADVERBS, WEEKDAYS } from './words';

export interface Phrase {
  /** Token range [first, last] of the speaker phrase. */
  first: number;
  last: number;
  /** For a relative pronoun ("…, who said"), the phrase it stands for. */
  refers?: Phrase;
}

/** Reads speaker phrases and clause boundaries off the tokens. */
export class PhraseReader extends TokenReader {
  /** The words right before token `k` (inclusive) that form a speaker phrase, at most 8, not before `lo`. */
  wordsBack(k: number, lo: number): Phrase | undefined {
    if (k >= lo && this.isPunct(k, ')')) {
      let j = k - 1;
      while (j >= lo && j > k - 12 && !this.isPunct(j, '(')) j--;
      if (j < lo || !this.isPunct(j, '(')) return undefined;
      k = j - 1;
    }
    if (k < lo) return undefined;
    if (this.pronoun(k)) return { first: k, last: k };
    let first = k + 1;
    while (first - 1 >= lo && k - first < 7 && this.phraseWord(first - 1)) first--;
    if (first > k) return undefined;
    // "Officials in the United States said": through a preposition when that reaches the clause start
    if (first - 1 > lo && this.inTable(first - 1, PREPOSITIONS) && this.tokens.norm(first - 1) !== 'to' && this.personNoun(first - 2)) {
      let j = first - 1;
      while (j - 1 >= lo && k - j < 10 && (this.phraseWord(j - 1) || (this.inTable(j - 1, PREPOSITIONS)))) j--;
      const opensClause = j === lo || (j > 0 && this.tokens.kind[j - 1] === Kind.Punct && this.tokens.norm(j - 1) !== ')');
      if (opensClause && this.phraseWord(j) && !this.inTable(j, PREPOSITIONS)) first = j;
    }
    // A phrase does not start with a preposition-like "of" nor end in one.
    while (first <= k && this.tokens.norm(first) === 'of') first++;
    if (first > k || this.tokens.norm(k) === 'of') return undefined;
    return { first, last: k };
  }

  /** The speaker phrase before a reporting verb at `v`: "Ms. Psaki said", "Psaki, the press secretary, said", "she later told". */
  phraseBefore(v: number, lo: number): Phrase | undefined {
    let k = v - 1;
    for (;;) {
      while (k >= lo && this.modifier(k) && !this.pronoun(k)) k--;
      // "on Monday", "in 2010" between speaker and verb
      const timeWord = k >= lo && this.isWord(k) && (this.inTable(k, WEEKDAYS) || this.fourDigits(k));
      if (timeWord && k - 1 >= lo && this.isWord(k - 1) && (this.tokens.norm(k - 1) === 'on' || this.tokens.norm(k - 1) === 'in')) k -= 2;
      else break;
    }
    if (k < lo) return undefined;
    // "…, who said": the relative pronoun, standing for the phrase before it
    if (this.isWord(k) && (this.tokens.norm(k) === 'who' || this.tokens.norm(k) === 'which')) {
      const refers = this.wordsBack(this.isPunct(k - 1, ',') ? k - 2 : k - 1, lo);
      return refers ? { first: k, last: k, refers } : undefined;
    }
    if (this.isPunct(k, ',')) {
      // "Marlow, during a town hall meeting in Dayton, Ohio, said": a subject set off by commas
      const subject = this.subject(lo, k);
      if (subject && this.isPunct(subject.last + 1, ',') && subject.last + 1 < k) return subject;
      // Appositions or relative clauses between commas ("Psaki, the press secretary, said"): the
      // speaker stands before them, unless a common-noun description precedes a name in the
      // apposition ("the campaign chairman, Neil Ashdown, said").
      let right = k;
      for (let level = 0; level < 3; level++) {
        let j = right - 1;
        while (j >= lo && j > right - 40 && !this.isPunct(j, ',') && this.tokens.kind[j] !== Kind.Quote && this.tokens.sentence[j] === this.tokens.sentence[k]) j--;
        if (j < lo || !this.isPunct(j, ',')) return undefined;
        const segment = this.wordsBack(right - 1, j + 1);
        if (segment && segment.first === j + 1 && (this.allCapitalised(segment) || this.pronoun(segment.first))) {
          if (level > 0) return segment; // "Of Ferris, Okafor, who has …, said"
          const before = this.wordsBack(j - 1, lo);
          if (!before || !this.capitalised(before.last)) return segment;
        }
        const before = this.wordsBack(j - 1, lo);
        if (!before) return undefined;
        if (before.first === lo || !this.isPunct(before.first - 1, ',')) return before;
        right = j;
      }
      return undefined;
    }
    return this.wordsBack(k, lo);
  }

  /** Words only, none of them a clause link or auxiliary (prepositions allowed): "a narrator in the ad". */
  plainPhrase(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (!this.isWord(k)) return false;
      const w = this.tokens.norm(k);
      if (NOUN_PHRASE_STOPS.has(w) && !PREPOSITIONS.has(w) && !this.pronoun(k)) return false;
      if (this.pronoun(k) && k !== from) return false;
    }
    return to > from;
  }

  allCaps(k: number): boolean {
    if (!this.isWord(k)) return false;
    const from = this.tokens.start[k];
    const to = this.tokens.end[k];
    // ASCII by character codes: no lower-case letter and at least one upper-case one.
    let upper = false;
    let i = from;
    for (; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 128) break;
      if (c >= 0x61 && c <= 0x7a) return false;
      if (c >= 0x41 && c <= 0x5a) upper = true;
    }
    if (i === to) return to - from > 1 && upper;
    const t = this.text.slice(from, to);
    return t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase();
  }


  allCapitalised(p: Phrase): boolean {
    for (let k = p.first; k <= p.last; k++) if (!this.capitalised(k)) return false;
    return true;
  }

  /** The speaker phrase after a reporting verb: "said Ms. Psaki", "according to officials". */
  phraseAfter(k: number, hi: number): Phrase | undefined {
    if (k >= hi) return undefined;
    if (this.pronoun(k)) return { first: k, last: k };
    let last = k - 1;
    // "according to its summary": a possessive "its" opens a phrase, though it ends one elsewhere
    if (this.is(k, 'its') && this.phraseWord(k + 1)) last = k;
    while (last + 1 < hi && last + 1 - k < 8 && this.phraseWord(last + 1)) last++;
    if (last < k) return undefined;
    while (last >= k && this.tokens.norm(last) === 'of') last--;
    if (last < k) return undefined;
    return { first: k, last };
  }

  /** Where the main clause of a sentence starts: after "But"/"And" and an introductory clause ending in a comma. */
  clauseStart(sa: number, hi: number): number {
    let k = sa;
    if (this.allCaps(k)) {
      // A dateline or a heading run into the text: "WASHINGTON — …", "TUCSON, Oct. 14 (UPI) — …"
      let j = k;
      while (j < hi && j < k + 15 && !this.isDash(j)) j++;
      if (j < hi && j < k + 15) k = j + 1;
    }
    while (k < hi && this.inTable(k, CLAUSE_LINKS)) k++;
    // "However, …", "First, …", "Wednesday, …" (but not "Ferris, who …")
    if (k + 1 < hi && this.isPunct(k + 1, ',') && this.sentenceAdverb(k)) k += 2;
    while (k < hi && this.inTable(k, WEEKDAYS)) k++;
    // "Then he …", "Still, …"
    if (k + 1 < hi && this.sentenceAdverb(k) && !this.pronoun(k) && this.isWord(k + 1) && (this.pronoun(k + 1) || this.capitalised(k + 1))) k++;
    if (k < hi && this.isWord(k) && (this.inTable(k, SUBORDINATORS) || this.introParticiple(k))) {
      let j = k;
      while (j < hi && j < k + 30 && !this.isPunct(j, ',') && !(this.tokens.kind[j] === Kind.Quote && this.quoteEndsWithComma(j))) j++;
      if (j < hi && (this.isPunct(j, ',') || this.tokens.kind[j] === Kind.Quote)) {
        k = j + 1;
        if (k + 1 < hi && this.isPunct(k + 1, ',') && this.sentenceAdverb(k)) k += 2; // "…, though, Allen said"
      }
      return k;
    }
    // An adverb of time and a prepositional phrase opening the sentence ("Late in the day, …")
    if (k + 1 < hi && (this.is(k, 'early') || this.is(k, 'late') || this.is(k, 'later') || this.is(k, 'earlier')) && this.inTable(k + 1, PREPOSITIONS)) {
      for (let j = k + 2; j < hi && j <= k + 8; j++) {
        if (this.isPunct(j, ',')) return j + 1;
        if (!this.isWord(j)) break;
      }
    }
    // "Eight years ago, …", "A month later, …", "Somewhere in there, …"
    for (let j = k + 1; j < hi && j <= k + 5; j++) {
      if (this.isPunct(j, ',')) {
        if (this.inTable(j - 1, INTRO_ENDINGS)) return j + 1;
        break;
      }
      if (!this.isWord(j)) break;
    }
    return k;
  }

  /** An adverb that can open a sentence before a comma: "However,", "First,", "Unfortunately,", "Monday,". */
  sentenceAdverb(k: number): boolean {
    if (!this.isWord(k)) return false;
    // A word outside the table is in none of the sets: only an -ly ending can make it one.
    if (this.tokens.word[k] < 0 && !this.endsWithFolded(k, 0x6c, 0x79)) return false;
    const w = this.tokens.norm(k);
    return SENTENCE_ADVERBS.has(w) || WEEKDAYS.has(w) || INTRO_ENDINGS.has(w) || (w.length > 4 && w.endsWith('ly'));
  }

  /** "Reading from a prepared text, …", "Bemoaning the …": an -ing word opening the sentence. */
  introParticiple(k: number): boolean {
    // "Led by the speaker, …", "Warned of the vote, …": a past participle and its agent or object
    if (this.capitalised(k) && this.endsWithFolded(k, 0x65, 0x64) && (this.is(k + 1, 'by') || this.is(k + 1, 'of') || this.is(k + 1, 'about'))) return true;
    if (!this.capitalised(k) || !this.endsWithFolded(k, 0x6e, 0x67)) return false; // "…ng"
    const w = this.tokens.norm(k);
    return w.length > 5 && w.endsWith('ing') && w !== 'according' && this.capitalised(k);
  }

  /** A quotation whose text ends with a comma (“…,”), which closes the clause around it. */
  quoteEndsWithComma(k: number): boolean {
    let e = this.tokens.end[k] - 1;
    while (e > this.tokens.start[k] && (this.text.charCodeAt(e) === 0x201d || this.text.charCodeAt(e) === 0x22 || isSpaceCode(this.text.charCodeAt(e)))) e--;
    return this.text.charCodeAt(e) === 0x2c;
  }

  /** True when the sentence opens with a subordinate clause whose end (a comma) is not found before `hi`. */
  openIntro(sa: number, hi: number): boolean {
    const k = this.clauseStart(sa, hi);
    return k < hi && this.inTable(k, SUBORDINATORS) && !this.pronoun(k);
  }

  /**
   * Sentence subject: a pronoun, or the phrase that opens the main clause, cut after its last
   * capitalised word ("Former Republican gubernatorial candidate Dale Whitcombe"), or a determiner and a
   * noun ("The piece").
   */
  subject(sa: number, hi: number): Phrase | undefined {
    const k = this.clauseStart(sa, hi);
    if (k >= hi || !this.isWord(k)) return undefined;
    if (this.pronoun(k)) return { first: k, last: k };
    let last = -1;
    let lower = 0; // lowercase words since the last capitalised one
    for (let j = k; j < hi && j - k < 8 && this.phraseWord(j); j++) {
      const determiner = this.inTable(j, DETERMINERS);
      if (this.capitalised(j) && !determiner) {
        last = j;
        lower = 0;
        continue;
      }
      if (determiner && j === k) continue;
      // A lowercase word may sit inside a name phrase ("Republican gubernatorial candidate Dale
      // Whitcombe"), but one that looks like a verb ends it ("Whitcombe attacked Pellworth").
      if (this.endsLikeVerb(j) || ++lower > 2) break;
    }
    if (last >= k) return { first: k, last };
    if (this.inTable(k, DETERMINERS) && this.phraseWord(k + 1) && k + 1 < hi) return { first: k, last: k + 1 };
    return undefined;
  }
}
