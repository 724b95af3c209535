// Questions about single speaker tokens (is it a word, a reporting verb, a pronoun, a modifier…),
// the base of the phrase and cue readers.
import { SPEECH_VERB_FORMS, NOUN_MARKERS, NOUN_LIKE_VERBS, NOUN_PHRASE_STOPS, SUBJECT_PRONOUNS, VERB_MODIFIERS } from './lexicon';
import { isDashCode, isPossessive, isUpperCode, Kind, type TokenList } from './tokens';
import { HEADLINE_VERBS, IN_WORDS, W_CUE, WEEKDAYS, WORD_FLAGS, WORDS } from './words';

export class TokenReader {
  constructor(
    protected readonly text: string,
    protected readonly tokens: TokenList,
  ) {}

  isWord(k: number): boolean {
    return k >= 0 && k < this.tokens.length && this.tokens.kind[k] === Kind.Word;
  }

  isPunct(k: number, ch: string): boolean {
    // A punctuation token is one UTF-16 unit and `ch` one character: compared by code, without a string.
    return k >= 0 && k < this.tokens.length && this.tokens.kind[k] === Kind.Punct && this.text.charCodeAt(this.tokens.start[k]) === ch.charCodeAt(0);
  }

  /** A punctuation token that is a dash (—, ―, –). */
  isDash(k: number): boolean {
    return this.tokens.kind[k] === Kind.Punct && isDashCode(this.text.charCodeAt(this.tokens.start[k]));
  }

  capitalised(k: number): boolean {
    return isUpperCode(this.text.charCodeAt(this.tokens.start[k]));
  }

  /** A reporting verb used as a verb here (not "his remarks", "the United States", "late-night tweets"). */
  speechVerb(k: number): boolean {
    // Every reporting verb form is in WORDS: a word it does not hold is none.
    if (!this.isWord(k) || this.tokens.word[k] < 0) return false;
    const w = this.tokens.norm(k);
    const lemma = SPEECH_VERB_FORMS.get(w);
    if (lemma === undefined) return false;
    if (this.capitalised(k) && k > 0 && this.tokens.sentence[k - 1] === this.tokens.sentence[k]) {
      // Title case only in a headline that ends with the verb: "…, Senator Says."
      const last = k + 1 >= this.tokens.length || this.tokens.sentence[k + 1] !== this.tokens.sentence[k] || this.isPunct(k + 1, '.') || this.isPunct(k + 1, ':');
      if (!(last && HEADLINE_VERBS.has(w) && this.capitalised(k - 1))) return false;
    }
    if (lemma === 'put' && !(this.isWord(k + 1) && this.tokens.norm(k + 1) === 'it')) return false;
    if (w === lemma && k > 0 && this.isWord(k - 1) && this.tokens.norm(k - 1) === 'to') return false; // an infinitive
    if (k > 0 && this.isWord(k - 1)) {
      const prev = this.tokens.norm(k - 1);
      if (NOUN_MARKERS.has(prev) || isPossessive(prev)) return false;
      if (NOUN_LIKE_VERBS.has(lemma) && w !== lemma && (w === lemma + 's' || w === lemma + 'es')) {
        if (prev === 'he' || prev === 'she' || prev === 'it') return true;
        // "Trump claims" but not "of Republican claims", "the Trump tweets"
        const before = k > 1 && this.isWord(k - 2) ? this.tokens.norm(k - 2) : '';
        return this.capitalised(k - 1) && !NOUN_MARKERS.has(before) && before !== 'of' && !/^\d/.test(before);
      }
      if (NOUN_LIKE_VERBS.has(lemma) && w === lemma) {
        return prev === 'i' || prev === 'we' || prev === 'you' || prev === 'they' || (prev.endsWith('s') && !prev.endsWith('ss') && !isPossessive(prev));
      }
    }
    return true;
  }

  /** Word k's lowercase form is in `set`, one of the word sets WORDS holds entirely (false for any other token). */
  inTable(k: number, set: ReadonlySet<string>): boolean {
    if (k < 0 || k >= this.tokens.length) return false;
    const id = this.tokens.word[k];
    return id >= 0 && set.has(WORDS.words[id]);
  }

  /** Word k is the word `lit` (in lower case). */
  is(k: number, lit: string): boolean {
    if (k < 0 || k >= this.tokens.length || this.tokens.kind[k] !== Kind.Word) return false;
    const id = this.tokens.word[k];
    if (id >= 0) return WORDS.words[id] === lit;
    // A word outside the table spells no table word.
    return !IN_WORDS.has(lit) && this.tokens.norm(k) === lit;
  }

  /** Word k ends in "ed", or in "s" but not "'s" (its lowercase form, read from the text). */
  endsLikeVerb(k: number): boolean {
    const id = this.tokens.word[k];
    if (id >= 0) {
      const w = WORDS.words[id];
      return w.endsWith('ed') || (w.endsWith('s') && !isPossessive(w));
    }
    const a = this.tokens.start[k];
    const e = this.tokens.end[k];
    const last = this.text.charCodeAt(e - 1) | 32;
    if (e - a >= 2 && (this.text.charCodeAt(e - 2) | 32) === 0x65 && last === 0x64) return true;
    if (last !== 0x73) return false;
    if (e - a < 2) return true;
    const b = this.text.charCodeAt(e - 2);
    return b !== 0x27 && b !== 0x2019;
  }

  /** Word k is four ASCII digits ("2010"). */
  fourDigits(k: number): boolean {
    const a = this.tokens.start[k];
    if (this.tokens.end[k] - a !== 4) return false;
    for (let i = a; i < a + 4; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return false;
    }
    return true;
  }

  /** Word k ends in "n't" or "n’t", in any case (as its lowercase form would). */
  endsWithNt(k: number): boolean {
    const e = this.tokens.end[k];
    if (e - this.tokens.start[k] < 3) return false;
    const a = this.text.charCodeAt(e - 3);
    const b = this.text.charCodeAt(e - 2);
    return (a | 32) === 0x6e && (b === 0x27 || b === 0x2019) && (this.text.charCodeAt(e - 1) | 32) === 0x74;
  }

  /** Word k ends in the two lower-case ASCII letters `a` `b`, in any case. */
  endsWithFolded(k: number, a: number, b: number): boolean {
    const e = this.tokens.end[k];
    return e - this.tokens.start[k] >= 2 && (this.text.charCodeAt(e - 2) | 32) === a && (this.text.charCodeAt(e - 1) | 32) === b;
  }

  /** Whether a cue may turn on token k: false unless it is a form of a reporting verb or "according". */
  mayCue(k: number): boolean {
    if (!this.isWord(k)) return false;
    const id = this.tokens.word[k];
    return id >= 0 && (WORD_FLAGS[id] & W_CUE) !== 0;
  }

  isParticiple(k: number): boolean {
    const w = this.tokens.norm(k);
    const lemma = SPEECH_VERB_FORMS.get(w);
    return lemma !== undefined && lemma !== w && w.endsWith('ing');
  }

  accordingTo(k: number): boolean {
    return this.is(k, 'according') && this.is(k + 1, 'to');
  }

  /** A word that may sit between a speaker and the verb: "also", "later", "on Monday", "-ly" adverbs. */
  modifier(k: number): boolean {
    if (!this.isWord(k)) return false;
    // A word WORDS does not hold is in none of these sets: only its ending counts ("-n't", "-ly").
    if (this.tokens.word[k] < 0 && !this.endsWithNt(k) && !this.endsWithFolded(k, 0x6c, 0x79)) return false;
    const w = this.tokens.norm(k);
    if (VERB_MODIFIERS.has(w) || WEEKDAYS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return true;
    return w.length > 4 && w.endsWith('ly') && !this.capitalised(k);
  }

  /** A word that can be part of a speaker phrase. */
  phraseWord(k: number): boolean {
    if (!this.isWord(k)) return false;
    if (this.tokens.word[k] < 0) return !this.endsWithNt(k);
    const w = this.tokens.norm(k);
    if (NOUN_PHRASE_STOPS.has(w) || (SPEECH_VERB_FORMS.has(w) && this.speechVerb(k))) return false;
    if (w === 'according' || w.endsWith("n't") || w.endsWith('n’t')) return false;
    return true;
  }

  pronoun(k: number): boolean {
    return this.isWord(k) && this.tokens.word[k] >= 0 && SUBJECT_PRONOUNS.has(this.tokens.norm(k));
  }

  /** A common noun for people or bodies ("officials", "spokesman", "director", "consultant") by its ending. */
  personNoun(k: number): boolean {
    if (!this.isWord(k)) return false;
    return /(?:s|man|woman|person|er|or|ist|ent|ant)$/.test(this.tokens.norm(k)) && !isPossessive(this.tokens.norm(k));
  }
}
