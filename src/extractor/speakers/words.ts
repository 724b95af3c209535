// The words speaker attribution looks up: small word sets of the clause grammar and one word table
// (WORDS) whose index the tokenizer stores per token, with flag bits for abbreviations and cue words.
import { COMMON_WORDS, WordTable } from '../dates/tokens';
import { SPEAKER_ABBREVIATIONS } from '../text/abbreviations';
import {
  DETERMINERS,
  GENDERED_HONORIFICS,
  NOUN_LIKE_VERBS,
  NOUN_MARKERS,
  NOUN_PHRASE_STOPS,
  SUBORDINATORS,
  SPEECH_NOUNS,
  SPEECH_VERB_FORMS,
  SUBJECT_PRONOUNS,
  VERB_MODIFIERS,
} from './lexicon';

/** Last words of short introductory phrases of time or place ("Two years ago,", "At one point,"). */
export const INTRO_ENDINGS = new Set(
  'ago later earlier there then now however meanwhile instead also too though today tonight yesterday year years week weeks month months day days time times point night morning afternoon evening weekend'.split(' '),
);
export const SENTENCE_ADVERBS = new Set(
  'however meanwhile first second third finally still instead now then separately also moreover indeed again nevertheless nonetheless likewise similarly though too yes no well so overall ultimately initially previously afterward afterwards eventually otherwise anyway besides additionally specifically notably importantly'.split(' '),
);
export const HEADLINE_VERBS = new Set(['says', 'said', 'tells', 'warns', 'claims', 'insists', 'admits', 'urges', 'vows', 'argues', 'asks', 'declares']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', 'am']);
export const COORDINATORS = new Set(['but', 'and', 'while', 'whereas', 'yet', 'so']);
/** Nouns for polls, through which the people they count speak ("42 percent said …", says the poll). */
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/**
 * Past participles of naming and asking verbs, whose agent ("by X") speaks the quoted label or
 * question ("known by some as a “…”", "asked by a reporter whether it “…”").
 */
export const LABEL_PARTICIPLES = new Set(['asked', 'labeled', 'labelled', 'dubbed', 'known', 'branded', 'derided', 'termed', 'described', 'called', 'nicknamed']);
/** Verbs of causing, whose object is the subject of the infinitive after it ("leading X to say …"). */
export const CAUSATIVES = new Set(['leading', 'led', 'prompting', 'prompted', 'forcing', 'forced', 'causing', 'caused', 'pushing', 'pushed', 'urging', 'urged', 'inviting', 'invited']);
/** Words that open a finite subordinate clause inside a sentence ("…, when she called it …"). */
export const CLAUSE_SUBORDINATORS = new Set(['when', 'after', 'though', 'although', 'because', 'while', 'whereas', 'since', 'before', 'until', 'once', 'where', 'unless']);
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'of', 'to']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);

/** The period of an abbreviation or a title ("Gov.", "Jan.") ends no sentence. */
export const W_ABBREVIATION = 1;
/** A form of a reporting verb, or "according": the only words a cue can turn on. */
export const W_CUE = 2;

/**
 * Words whose lowercase form the tokenizer hands out as a shared string (no string made per
 * token): those the rules look up and the most frequent words of news text, with their W_* bits.
 */
export const WORDS = new WordTable(1024)
  .add(W_CUE, SPEECH_VERB_FORMS.keys(), ['according'])
  .add(W_ABBREVIATION, SPEAKER_ABBREVIATIONS)
  .add(
    0, NOUN_LIKE_VERBS, SUBORDINATORS, NOUN_MARKERS, SPEECH_NOUNS, SUBJECT_PRONOUNS.keys(), NOUN_PHRASE_STOPS, VERB_MODIFIERS, DETERMINERS,
    Array.from(SPEAKER_ABBREVIATIONS, (w) => w + '.'), GENDERED_HONORIFICS.keys(), INTRO_ENDINGS, SENTENCE_ADVERBS, HEADLINE_VERBS, COORDINATORS,
    PREPOSITIONS, WEEKDAYS, COMMON_WORDS, CLAUSE_SUBORDINATORS, POLL_NOUNS, ['percent'], LABEL_PARTICIPLES, CAUSATIVES,
  );
export const IN_WORDS: ReadonlySet<string> = new Set(WORDS.words);
/** Words that may open a main clause before its subject ("But …", "And …"). */
export const CLAUSE_LINKS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet']);
export const WORD_FLAGS = WORDS.flags;
