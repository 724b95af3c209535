// The rules that find a quote's speaker, in the order they are tried: the first that finds one
// wins. Each reads the quote being attributed from a QuoteAttribution (its token, sentence, …).
import type { QuoteAttribution } from './attribute';
import { transcriptLabel, type Speaker } from './linking';
import { Kind } from './tokens';

/** A rule: the speaker it finds for the quote at hand, or undefined for the next rule to try. */
export type CueRule = (a: QuoteAttribution) => Speaker | undefined;

/** "SMITH: …" — a transcript turn whose speaker label opens the quotation. */
const TRANSCRIPT_LABEL: CueRule = (a) => transcriptLabel(a.text, a.quote);

/** “…,” she said / said Ms. Psaki / Ms. Psaki said / — Name / …, according to X */
const CLAUSE_AFTER: CueRule = (a) => a.speakerOf(a.at.cueAfter(a.t, a.sb));

/** Ms. Psaki said: “…” / X said he was “…” */
const CLAUSE_BEFORE: CueRule = (a) => {
  const cue = a.at.cueBefore(a.t, a.sa);
  // "A poll shows that 42 percent of renters say …“…”": the poll speaks for those it counts
  const poll = cue && a.at.countsPeople(cue.phrase) ? a.at.pollBefore(a.sa, a.t) : undefined;
  return a.speakerOf(poll ? { ...poll, verb: cue!.verb, verbLength: cue!.verbLength } : cue);
};

/** "Analysts agree - Dana Morrow: “…”", "More from Harlow: “…”": a person named right before the colon. */
const NAME_BEFORE_COLON: CueRule = (a) => {
  const colon = a.t - 1;
  const name = colon - 1;
  const { tokens } = a;
  if (name < 0 || tokens.kind[colon] !== Kind.Punct || a.text.charCodeAt(tokens.start[colon]) !== 58 || tokens.kind[name] !== Kind.Word) return undefined;
  const m = a.linker.mentionIn(tokens.start[name], tokens.end[name]);
  if (!m || m.type !== 'person' || m.end !== tokens.end[name]) return undefined;
  return { ...a.linker.speakerFrom({ phrase: { first: name, last: name }, verb: colon, verbLength: 0 }), cue: undefined };
};

/** "Analysts agree - Dana Morrow: “…”": a name set off by a dash right before the colon. */
const DASHED_NAME_COLON: CueRule = (a) => {
  const colon = a.t - 1;
  const { tokens } = a;
  if (colon < 1 || tokens.kind[colon] !== Kind.Punct || a.text.charCodeAt(tokens.start[colon]) !== 58) return undefined;
  let first = colon - 1;
  while (first > 0 && colon - first < 5 && tokens.kind[first] === Kind.Word && a.at.capitalised(first)) first--;
  if (first === colon - 1 || !(a.at.isDash(first) || a.at.isPunct(first, '-'))) return undefined;
  return { ...a.linker.speakerFrom({ phrase: { first: first + 1, last: colon - 1 }, verb: colon, verbLength: 0 }), cue: undefined };
};

/** A driver who “…” is held responsible, Okafor said. */
const CLOSING_CLAUSE: CueRule = (a) => a.speakerOf(a.at.closingCue(a.t, a.sentenceEnd(a.t)));

/** Trump’s claim that “…” */
const POSSESSOR: CueRule = (a) => {
  // "X dismissed Y’s plan as “…”": a characterization, the subject's own words
  if (!a.leftHasWords || a.at.is(a.t - 1, 'as')) return undefined;
  const possessor = a.at.possessorCue(a.t, a.sa);
  return possessor ? { ...a.linker.speakerFrom(possessor), cue: undefined } : undefined;
};

/** "often labeled a “…” by its critics", "known by some voters as a “…”" */
const LABELED_BY: CueRule = (a) => (a.leftHasWords ? a.speakerOf(a.at.labeledBy(a.t, a.sa, a.sentenceEnd(a.t))) : undefined);

/** "As the report noted, three taxes were postponed, “…”" */
const AS_INTRO: CueRule = (a) => (a.leftHasWords ? a.speakerOf(a.at.asIntro(a.sa, a.t)) : undefined);

/**
 * A quote opening its sentence with no cue: the speaker of the previous sentence in the
 * paragraph, or, for a quote opening its paragraph, of the previous paragraph.
 */
const PREVIOUS_SENTENCE: CueRule = (a) => {
  if (a.leftHasWords) return undefined;
  if (a.sa > 0 && a.tokens.paragraph[a.sa - 1] === a.tokens.paragraph[a.t]) return a.sentenceCue(a.sentenceStart(a.sa - 1), a.sa);
  return a.previousParagraphSpeaker(a.sa);
};

/**
 * A phrase quoted inside a sentence without a reporting verb: the sentence's subject. A phrase
 * quoted inside an introductory clause belongs to the main clause's subject.
 */
const SENTENCE_SUBJECT: CueRule = (a) => {
  if (!a.leftHasWords) return undefined;
  // "X endorsed the deal, although she made it clear that she has “…”": the nearest "he"/"she" before the quote
  const near = a.at.nearestPersonPronoun(a.sa, a.t);
  const nearPhrase = near < 0 ? undefined : a.at.is(near, 'who') ? a.at.phraseBefore(near + 1, a.sa) : { first: near, last: near };
  if (nearPhrase) return { ...a.linker.speakerFrom({ phrase: nearPhrase, verb: near, verbLength: 0 }), cue: undefined };
  const main = a.at.clauseStart(a.sa, a.sentenceEnd(a.t));
  const subject = main > a.t ? a.at.subject(a.sa, a.sentenceEnd(a.t)) : a.at.subject(a.sa, a.t);
  return subject ? { ...a.linker.speakerFrom({ phrase: subject, verb: subject.first, verbLength: 0 }), cue: undefined } : undefined;
};

export const CUE_RULES: readonly CueRule[] = [TRANSCRIPT_LABEL, CLAUSE_AFTER, DASHED_NAME_COLON, CLAUSE_BEFORE, NAME_BEFORE_COLON, CLOSING_CLAUSE, POSSESSOR, PREVIOUS_SENTENCE, LABELED_BY, AS_INTRO, SENTENCE_SUBJECT];
