// The rules that find a quote's speaker, in the order they are tried: the first that finds one
// wins. Each reads the quote being attributed from a QuoteAttribution (its token, sentence, …).
import type { QuoteAttribution } from './attribute';
import { transcriptLabel, type Speaker } from './linking';

export interface CueRule {
  name: string;
  find(a: QuoteAttribution): Speaker | undefined;
}

export const CUE_RULES: readonly CueRule[] = [
  // "SMITH: …" — a transcript turn whose speaker label opens the quotation.
  { name: 'transcript label', find: (a) => transcriptLabel(a.text, a.quote) },
  // “…,” she said / said Ms. Psaki / Ms. Psaki said / — Name / …, according to X
  { name: 'reporting clause after', find: (a) => a.speakerOf(a.at.cueAfter(a.t, a.sb)) },
  // Ms. Psaki said: “…” / X said he was “…”
  { name: 'reporting clause before', find: (a) => a.speakerOf(a.at.cueBefore(a.t, a.sa)) },
  // A cashier who “…” is held accountable, Warren said.
  { name: 'reporting clause closing the sentence', find: (a) => a.speakerOf(a.at.closingCue(a.t, a.sentenceEnd(a.t))) },
  // Trump’s claim that “…”
  {
    name: 'possessor',
    find: (a) => {
      if (!a.leftHasWords) return undefined;
      const possessor = a.at.possessorCue(a.t, a.sa);
      return possessor ? { ...a.linker.speakerFrom(possessor), cue: undefined } : undefined;
    },
  },
  // A quote opening its sentence with no cue: the speaker of the previous sentence in the
  // paragraph, or, for a quote opening its paragraph, of the previous paragraph.
  {
    name: 'previous sentence',
    find: (a) => {
      if (a.leftHasWords) return undefined;
      if (a.sa > 0 && a.tokens.paragraph[a.sa - 1] === a.tokens.paragraph[a.t]) return a.sentenceCue(a.sentenceStart(a.sa - 1), a.sa);
      return a.previousParagraphSpeaker(a.sa);
    },
  },
  // A phrase quoted inside a sentence without a reporting verb: the sentence's subject. A phrase
  // quoted inside an introductory clause belongs to the main clause's subject.
  {
    name: 'sentence subject',
    find: (a) => {
      if (!a.leftHasWords) return undefined;
      const main = a.at.clauseStart(a.sa, a.sentenceEnd(a.t));
      const subject = main > a.t ? a.at.subject(a.sa, a.sentenceEnd(a.t)) : a.at.subject(a.sa, a.t);
      return subject ? { ...a.linker.speakerFrom({ phrase: subject, verb: subject.first, verbLength: 0 }), cue: undefined } : undefined;
    },
  },
];
