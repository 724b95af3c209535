// Cues: the reporting clause that names a quote's speaker, after the quote (", she said"), earlier
// in its sentence ("Ms. Psaki said: …"), closing the sentence (", Okafor said."), or a possessor
// ("Trump’s claim that …").
import { SPEECH_NOUNS, SPEECH_VERB_FORMS, SUBORDINATORS, VERB_MODIFIERS } from './lexicon';
import { type Phrase, PhraseReader } from './phrases';
import { isPossessive, Kind } from './tokens';
import { BE_FORMS, CAUSATIVES, CLAUSE_LINKS, CLAUSE_SUBORDINATORS, COORDINATORS, LABEL_PARTICIPLES, POLL_NOUNS } from './words';

export interface Cue {
  phrase: Phrase;
  verb: number;
  /** Token count of the cue (2 for "according to"). */
  verbLength: number;
  /** Used only when no other cue is found in the clause (an infinitive: "quick to add"). */
  weak?: boolean;
}

/** Finds the cues around a quotation token. */
export class Attributor extends PhraseReader {
  /** "Trump’s claim that …": the possessor of a noun for something said. */
  possessorCue(t: number, lo: number): Cue | undefined {
    for (let v = t - 1; v > lo; v--) {
      if (this.tokens.kind[v] === Kind.Quote) return undefined;
      if (!this.inTable(v, SPEECH_NOUNS)) continue;
      let k = v - 1;
      if (this.isWord(k) && !this.capitalised(k) && !isPossessive(this.tokens.norm(k)) && !this.possessivePronoun(k)) k--; // "Trump’s latest claim"
      if (this.possessivePronoun(k)) return { phrase: { first: k, last: k }, verb: v, verbLength: 0 }; // "her claim that …"
      if (!this.isWord(k) || !isPossessive(this.tokens.norm(k)) || !this.capitalised(k)) continue;
      const phrase = this.wordsBack(k, lo);
      if (phrase) return { phrase, verb: v, verbLength: 0 };
    }
    return undefined;
  }


  /** "his", "her": a possessive pronoun of a person. */
  possessivePronoun(k: number): boolean {
    return this.is(k, 'his') || this.is(k, 'her');
  }

  /** A reporting clause after the quote: ", she said", ", said Ms. Psaki", " — Name", "…, according to X". */
  cueAfter(t: number, hi: number): Cue | undefined {
    let r = t + 1;
    if (this.isPunct(r, ',')) r++;
    if (r >= hi) return undefined;
    if (this.isDash(r)) {
      const phrase = this.phraseAfter(r + 1, hi);
      if (phrase && this.capitalised(phrase.first)) return { phrase, verb: r, verbLength: 1 };
      return undefined;
    }
    if (this.accordingTo(r)) {
      const phrase = this.phraseAfter(r + 2, hi);
      return phrase ? { phrase, verb: r, verbLength: 2 } : undefined;
    }
    if (this.speechVerb(r)) {
      if (this.isParticiple(r)) return undefined; // "…,” answering questions: no speaker after it
      const phrase = this.phraseAfter(r + 1, hi);
      return phrase ? this.reportedBy({ phrase, verb: r, verbLength: 1 }, hi) : undefined;
    }
    const sentence = this.tokens.sentence[r];
    const crossed = sentence !== this.tokens.sentence[t];
    for (let v = r + 1; v < hi && v < r + 26; v++) {
      if (this.tokens.kind[v] === Kind.Quote || this.tokens.sentence[v] !== sentence) break;
      if (!this.speechVerb(v) || this.isParticiple(v)) continue;
      const phrase = this.phraseBefore(v, r);
      if (!phrase || phrase.first !== r) {
        // "“…” a narrator in the campaign ad asks.": a longer phrase with prepositions
        if (v - r <= 10 && this.plainPhrase(r, v)) return { phrase: { first: r, last: v - 1 }, verb: v, verbLength: 1 };
        break;
      }
      // In the next sentence ("“…” Trump said."), only a clause that quotes nothing else and does
      // not go on to report something new ("“…” Fessler said he would …", "… agreed that …").
      if (crossed) {
        if (this.is(v + 1, 'that') || this.pronoun(v + 1)) return undefined;
        if ((this.is(v + 1, 'a') || this.is(v + 1, 'an')) && SPEECH_VERB_FORMS.get(this.tokens.norm(v)) !== 'tell') return undefined;
        for (let u = v + 1; u < hi && this.tokens.sentence[u] === sentence; u++) if (this.tokens.kind[u] === Kind.Quote) return undefined;
      }
      return this.reportedBy({ phrase, verb: v, verbLength: 1 }, hi);
    }
    if (crossed) return undefined;
    // "…, according to X" or "as X put it" later in the sentence
    for (let v = r; v < hi && v < r + 40; v++) {
      if (this.tokens.kind[v] === Kind.Quote || this.tokens.sentence[v] !== sentence) break;
      if (this.accordingTo(v)) {
        const phrase = this.phraseAfter(v + 2, hi);
        if (phrase) return { phrase, verb: v, verbLength: 2 };
      }
      if (this.isWord(v) && this.tokens.norm(v) === 'as') {
        for (let u = v + 2; u < hi && u < v + 10; u++) {
          if (this.tokens.norm(u) === 'put' && this.speechVerb(u)) {
            const phrase = this.phraseBefore(u, v + 1);
            if (phrase) return { phrase, verb: u, verbLength: 2 };
          }
        }
      }
    }
    return undefined;
  }

  /**
   * The source a reporting clause is itself reported from, later in its sentence: "the judge said,
   * according to the paper" / "said Ada Lorn, …, reports the Gazette" name the paper; else `cue`.
   */
  reportedBy(cue: Cue, hi: number): Cue {
    const from = Math.max(cue.verb + cue.verbLength - 1, cue.phrase.last) + 1;
    const sentence = this.tokens.sentence[cue.verb];
    for (let u = from; u < hi && u < from + 25 && this.tokens.sentence[u] === sentence; u++) {
      if (this.tokens.kind[u] === Kind.Quote) break;
      if (this.accordingTo(u)) {
        const phrase = this.phraseAfter(u + 2, hi);
        return phrase ? { phrase, verb: u, verbLength: 2 } : cue;
      }
      if (this.isPunct(u, ',') && (this.is(u + 1, 'reports') || this.is(u + 1, 'reported'))) {
        const phrase = this.phraseAfter(u + 2, hi);
        return phrase ? { phrase, verb: u + 1, verbLength: 1 } : cue;
      }
    }
    return cue;
  }

  /** A reporting clause earlier in the sentence: "Ms. Psaki said: “…”", "X said he was “…”"; the main clause's verb first. */
  cueBefore(t: number, sa: number): Cue | undefined {
    const lo = Math.max(sa, t - 80);
    let from = this.clauseStart(lo, t);
    if (from >= t) from = lo;
    // With an opening subordinate clause whose end is not marked, the verb nearest the quote is the main one.
    // In "…, but X said …", "…; X said …" the clause nearest the quote comes first.
    let clause = from;
    let clauseWord = -1; // first word of the coordinate clause
    let subordinate = false; // the clause nearest the quote is a subordinate one: only a reporting verb there counts
    for (let k = t - 1; k > from; k--) {
      const comma = this.isPunct(k, ',') || this.isDash(k) || this.isPunct(k, '-') || (this.tokens.kind[k] === Kind.Quote && this.quoteEndsWithComma(k));
      if (comma && this.is(k + 2, 'i') && this.is(k + 3, 'quote')) continue; // the writer's aside (and I quote), no clause of its own
      if (this.isPunct(k, ';') || (comma && this.inTable(k + 1, COORDINATORS))) {
        clauseWord = this.isPunct(k, ';') ? k + 1 : k + 2;
        clause = this.clauseStart(clauseWord, t);
        if (clause >= t) clause = clauseWord;
        break;
      }
      // "… that “…,” Lorn added, saying “…”": the reporting clause after an earlier quotation comes first
      if (this.tokens.kind[k] === Kind.Quote && k + 1 < t && (this.pronoun(k + 1) || this.capitalised(k + 1))) {
        clauseWord = k + 1;
        clause = clauseWord;
        subordinate = true;
        break;
      }
      // "X tweeted after Y argued that “…”": a subordinate clause with its own subject, nearest the quote
      if (this.inTable(k, CLAUSE_SUBORDINATORS) && !this.capitalised(k) && k + 1 < t && (this.pronoun(k + 1) || this.capitalised(k + 1))) {
        clauseWord = k + 1;
        clause = clauseWord;
        subordinate = true;
        break;
      }
    }
    const starts = clause > from && clause < t ? [clause, from] : [from];
    for (const start of starts) {
      const nearestFirst = this.openIntro(start, t);
      let relative: Cue | undefined; // "X, who says …, wrote": the main verb's cue is preferred
      for (let step = 0; step < t - start; step++) {
        const v = nearestFirst ? t - 1 - step : start + step;
        const cue = this.cueAt(v, start, t);
        if (!cue) continue;
        if ((cue.phrase.refers && this.isPunct(cue.phrase.first - 1, ',') && !nearestFirst) || cue.weak) {
          relative ??= cue;
          continue;
        }
        return nearestFirst ? cue : (this.relativeAfter(cue, t) ?? cue);
      }
      if (relative) return relative;
      if (start === clause && clause > from && !subordinate) {
        // A coordinate clause with its own subject and no reporting verb: "…, and as Marlow went on about “…”"
        let k = clauseWord;
        if (this.inTable(k, SUBORDINATORS)) k++;
        const subject = k < t && (this.pronoun(k) || this.capitalised(k) || (this.is(k, 'the') && this.capitalised(k + 1))) ? this.subject(k, t) : undefined;
        if (subject) return { phrase: subject, verb: subject.first, verbLength: 0 };
      }
    }
    return undefined;
  }

  /**
   * "“…,” said Weaver, who said voters know that “…”": a relative clause after the cue whose
   * reporting verb is the last before the quote at `t` reports it.
   */
  relativeAfter(cue: Cue, t: number): Cue | undefined {
    for (let v = t - 1; v > cue.verb + cue.verbLength; v--) {
      if (this.tokens.kind[v] === Kind.Quote) return undefined;
      if (!this.speechVerb(v) || this.isParticiple(v)) continue;
      const later = this.cueAt(v, cue.verb + cue.verbLength, t);
      return later?.phrase.refers && this.is(later.phrase.first, 'who') && this.isPunct(later.phrase.first - 1, ',') ? later : undefined;
    }
    return undefined;
  }

  /** The cue whose reporting verb is at `v`, with its speaker between `from` and `t`. */
  cueAt(v: number, from: number, t: number): Cue | undefined {
    if (!this.mayCue(v)) return undefined;
    if (this.accordingTo(v)) {
      const phrase = this.phraseAfter(v + 2, t);
      return phrase ? { phrase, verb: v, verbLength: 2 } : undefined;
    }
    if (this.isWord(v) && SPEECH_VERB_FORMS.get(this.tokens.norm(v)) === this.tokens.norm(v) && v > from && this.isWord(v - 1) && this.tokens.norm(v - 1) === 'to') {
      // "…, leading Ferris to counter that …": the object of a verb of causing speaks
      for (let c = v - 2; c > from && c >= v - 10; c--) {
        if (!this.inTable(c, CAUSATIVES)) continue;
        const caused = this.wordsBack(v - 2, c + 1);
        if (caused && caused.first === c + 1) return { phrase: caused, verb: v, verbLength: 1 };
        break;
      }
      // "Marlow was quick to add that …": the subject of the clause, unless a finite verb speaks
      const phrase = this.subject(from, v);
      return phrase ? { phrase, verb: v, verbLength: 1, weak: true } : undefined;
    }
    if (!this.speechVerb(v)) return undefined;
    if (this.is(v, 'quote') && this.is(v - 1, 'i')) return undefined; // the writer's aside (X said, and I quote, …)
    // "X was asked by Y whether …": the agent of the passive speaks
    if (this.is(v + 1, 'by') && v > from && this.isWord(v - 1) && BE_FORMS.has(this.tokens.norm(v - 1))) {
      const agent = this.phraseAfter(v + 2, t);
      if (agent) return { phrase: agent, verb: v, verbLength: 1 };
    }
    if (this.isParticiple(v) && !this.progressive(v)) {
      // "…, saying “…”": the speaker is the subject of the clause the participle hangs on.
      const phrase = this.subject(from, v);
      return phrase ? { phrase, verb: v, verbLength: 1 } : undefined;
    }
    // "Said Ms. Psaki: …", "“…”, said Ms. Psaki", "“…,” said Ms. Psaki, explaining …: “…”"
    const afterQuote = (k: number): boolean => k >= 0 && this.tokens.kind[k] === Kind.Quote;
    const inverted = v === from || afterQuote(v - 1) || (this.isPunct(v - 1, ',') && afterQuote(v - 2));
    const phrase = this.phraseBefore(v, from) ?? (inverted ? this.phraseAfter(v + 1, t) : undefined);
    return phrase ? { phrase, verb: v, verbLength: 1 } : undefined;
  }

  /** "is claiming", "was already telling": a participle after a form of "be" (and at most a few modifiers). */
  progressive(v: number): boolean {
    let k = v - 1;
    const floor = Math.max(0, v - 32);
    while (k >= floor && this.inTable(k, VERB_MODIFIERS) && !BE_FORMS.has(this.tokens.norm(k))) k--;
    return k >= floor && this.isWord(k) && BE_FORMS.has(this.tokens.norm(k));
  }

  /**
   * The last "he" or "she" opening a clause ("…, although she …", "…, he …"), or "who" opening a
   * relative clause after a name, after the first word of the sentence and before the quote at `t`, or -1.
   */
  nearestPersonPronoun(sa: number, t: number): number {
    for (let k = t - 1; k > sa; k--) {
      if (this.tokens.kind[k] === Kind.Quote) return -1;
      if ((this.is(k, 'he') || this.is(k, 'she')) && (this.inTable(k - 1, CLAUSE_SUBORDINATORS) || this.isPunct(k - 1, ','))) return k;
      if (this.is(k, 'who') && (this.isPunct(k - 1, ',') || this.capitalised(k - 1))) return k; // "…, who could be “…”"
    }
    return -1;
  }

  /** A speaker phrase that counts people ("42 percent of renters", "Four in 10 tenants", "18% of …"). */
  countsPeople(p: Phrase): boolean {
    for (let k = Math.max(0, p.first - 3); k <= p.last; k++) {
      if (this.tokens.sentence[k] !== this.tokens.sentence[p.last]) continue;
      const c = this.text.charCodeAt(this.tokens.start[k]);
      if ((this.isWord(k) && c >= 0x30 && c <= 0x39) || this.is(k, 'percent') || this.isPunct(k, '%')) return true;
    }
    return false;
  }

  /** The poll named earlier in the sentence ("The new poll finds that …", "In a poll released Monday, …"). */
  pollBefore(sa: number, t: number): Cue | undefined {
    for (let k = t - 1; k >= sa; k--) {
      if (!this.inTable(k, POLL_NOUNS)) continue;
      const phrase = this.wordsBack(k, sa);
      return phrase ? { phrase, verb: k, verbLength: 0 } : undefined;
    }
    return undefined;
  }

  /** "often labeled a “…” by its critics", "known by some voters as a “…”": the agent of a naming participle. */
  labeledBy(t: number, sa: number, hi: number): Cue | undefined {
    let label = -1;
    for (let k = t - 1; k >= sa && k >= t - 8; k--) {
      if (this.tokens.kind[k] === Kind.Quote) return undefined;
      if (this.inTable(k, LABEL_PARTICIPLES)) {
        label = k;
        break;
      }
    }
    if (label < 0) return undefined;
    if (this.is(label + 1, 'by')) {
      const phrase = this.phraseAfter(label + 2, t);
      return phrase ? { phrase, verb: label, verbLength: 0 } : undefined;
    }
    if (this.is(t + 1, 'by')) {
      const phrase = this.phraseAfter(t + 2, hi);
      return phrase ? { phrase, verb: label, verbLength: 0 } : undefined;
    }
    return undefined;
  }

  /** "As the report noted, …“…”": a reporting clause opening the sentence with "as", up to its comma. */
  asIntro(sa: number, t: number): Cue | undefined {
    let k = sa;
    while (k < t && this.inTable(k, CLAUSE_LINKS)) k++;
    if (!this.is(k, 'as')) return undefined;
    let comma = k + 2;
    while (comma < t && comma < k + 16 && !this.isPunct(comma, ',')) comma++;
    if (comma >= t || !this.isPunct(comma, ',')) return undefined;
    for (let v = k + 2; v < comma; v++) {
      if (this.tokens.kind[v] === Kind.Quote) return undefined;
      if (!this.speechVerb(v) || this.isParticiple(v)) continue;
      const phrase = this.phraseBefore(v, k + 1);
      return phrase && phrase.first === k + 1 ? { phrase, verb: v, verbLength: 1 } : undefined;
    }
    return undefined;
  }

  /** A reporting clause closing the sentence: "A driver who “…” is held responsible, Okafor said." */
  closingCue(t: number, sb: number): Cue | undefined {
    let end = sb;
    while (end > t + 1 && this.tokens.kind[end - 1] === Kind.Punct && !this.isPunct(end - 1, ',')) end--;
    let nearest = true;
    for (let c = end - 2; c > t && c >= end - 30; c--) {
      if (this.tokens.kind[c] === Kind.Quote) return undefined;
      if (!this.isPunct(c, ',')) continue;
      const r = c + 1;
      if (this.speechVerb(r)) {
        const phrase = this.phraseAfter(r + 1, end);
        // "…, says Ilse Brandauer, a consultant with Ridge Media in Dayton, Ohio."
        return phrase && (phrase.last === end - 1 || this.apposition(phrase.last + 1, end)) ? { phrase, verb: r, verbLength: 1 } : undefined;
      }
      // Farther back than the last comma only "…, says X, an apposition."
      if (!nearest || c < end - 14) continue;
      nearest = false;
      for (let v = r + 1; v < end; v++) {
        if (!this.speechVerb(v) || this.isParticiple(v)) continue;
        const phrase = this.phraseBefore(v, r);
        if (!phrase || phrase.first !== r) return undefined;
        // only modifiers, an addressee or a time after the verb: "…, he told reporters on Monday."
        for (let u = v + 1; u < end; u++) if (!this.isWord(u) || this.speechVerb(u)) return undefined;
        return { phrase, verb: v, verbLength: 1 };
      }
    }
    return undefined;
  }

  /** A comma and then only words and commas up to `end`: an apposition closing the sentence. */
  apposition(k: number, end: number): boolean {
    if (!this.isPunct(k, ',') || k + 1 >= end) return false;
    for (let u = k + 1; u < end; u++) {
      if (this.isPunct(u, ',')) continue;
      if (!this.isWord(u) || this.speechVerb(u)) return false;
    }
    return true;
  }
}
