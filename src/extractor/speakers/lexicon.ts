/**
 * Word lists for speaker attribution.
 *
 * Speech verbs: the reporting verbs of English, as listed in reference grammars (Quirk et al.,
 * "A Comprehensive Grammar of the English Language", §14.29 and §16.53 on reporting clauses;
 * Biber et al., "Longman Grammar of Spoken and Written English", §6.3.2 on speech-act verbs)
 * and the common reporting-verb lists of academic writing guides. Each entry is a lemma,
 * optionally followed by "/past" and "/participle" when English spelling does not make them by
 * rule (irregular verbs, doubled final consonants).
 */
const SPEECH_VERBS = `
say/said tell/told write/wrote speak/spoke read/read put/put/putting
add acknowledge admit/admitted/admitting advise affirm agree allege announce answer argue ask assert assure
bark beam beg blast boast brag
call caution charge chide claim comment complain concede conclude confess confide confirm contend continue counter
cry declare decry demand deny describe detail disclose dismiss dub/dubbed/dubbing
echo elaborate emphasize emphasise estimate exclaim explain
fume gripe gush grumble
hint
insist inform instruct interject
joke
lament laud lash liken mention maintain marvel mock muse
note
object observe offer opine
plead point portray post praise predict press proclaim promise pronounce propose protest
quip/quipped/quipping quote
rage rail rant read recall recount recommend reflect reiterate relate remark remind repeat reply report respond retort reveal
scoff scold shout sigh slam/slammed/slamming snap/snapped/snapping state stress suggest swear/swore
taunt testify thunder tout tweet
urge
vow
warn whisper wonder
yell
`;

/** Lowercase inflected form → lemma. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, string> = buildForms(SPEECH_VERBS);

function buildForms(list: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const entry of list.split(/\s+/)) {
    if (!entry) continue;
    const [lemma, past, participle] = entry.split('/');
    const add = (form: string): void => {
      if (!forms.has(form)) forms.set(form, lemma);
    };
    add(lemma);
    add(thirdPerson(lemma));
    add(past ?? regularPast(lemma));
    add(participle ?? regularParticiple(lemma));
  }
  return forms;
}

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

function thirdPerson(v: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(v)) return v + 'es';
  if (v.endsWith('y') && !isVowel(v[v.length - 2])) return v.slice(0, -1) + 'ies';
  return v + 's';
}

function regularPast(v: string): string {
  if (v.endsWith('e')) return v + 'd';
  if (v.endsWith('y') && !isVowel(v[v.length - 2])) return v.slice(0, -1) + 'ied';
  return v + 'ed';
}

function regularParticiple(v: string): string {
  if (v.endsWith('ie')) return v.slice(0, -2) + 'ying';
  if (v.endsWith('e') && !v.endsWith('ee')) return v.slice(0, -1) + 'ing';
  return v + 'ing';
}

/**
 * Reporting verbs that are also common nouns ("his remarks", "late-night tweets", "the United
 * States"): their base and -s forms count as verbs only after a pronoun or a name.
 */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set(
  `tweet remark comment call report note claim post quote answer reply promise charge offer vow joke state echo cry
   rant boast protest point sigh snap slam shout yell whisper wonder urge hint bark blast counter mock marvel lash rail
   praise object estimate demand detail mention repeat taunt thunder rage muse fume comment dub press`.split(/\s+/),
);

/** Words that open an introductory subordinate clause ("After the debate ended, …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  `after when as while before if although though because since once until whereas unless despite with without during in at on for following amid given unlike like under through over by from of`.split(/\s+/),
);

/** Determiners and possessives that make the next word a noun ("his remarks", "a call"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(
  `a an the his her their its my our your this these those every each no any some`.split(/\s+/),
);

/** Nouns for something said, whose possessor is the speaker ("Trump’s claim that …"). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  `claim claims statement statements remark remarks comment comments words assertion assertions description promise pledge
   argument suggestion warning quip tweet tweets accusation accusations allegation allegations slogan motto catchphrase
   response answer reply message speech testimony prediction vow declaration announcement`.split(/\s+/),
);

/** Personal pronouns that can be the subject of a reporting clause, with the gender they imply. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'female' | 'male' | undefined> = new Map<string, 'female' | 'male' | undefined>([
  ['he', 'male'],
  ['she', 'female'],
  ['they', undefined],
  ['i', undefined],
  ['we', undefined],
  ['it', undefined],
]);

/**
 * Lowercase words that end a speaker noun phrase when met walking away from the verb: clause
 * links, auxiliaries, prepositions other than "of", and negation.
 */
export const NOUN_PHRASE_STOPS: ReadonlySet<string> = new Set(
  `that and but or nor yet so who whom whose which what when where why how while as because if whether unless though although since until after before than
   is was were are be been being am has had have having do does did will would shall should can could may might must
   to in on at for with from by about into onto over under against between through during without within upon among toward towards
   not never no it its this these those there here then also too just only even still again already
   i me we us you he him she they them
   when once said says say told tells
   perhaps maybe now later earlier however meanwhile indeed instead yesterday recently finally ultimately
   shortly briefly soon outside inside across beyond near`.split(/\s+/),
);

/**
 * Words allowed between a speaker and the reporting verb ("Smith also said", "she later told",
 * "officials have said"): adverbs in -ly are accepted by rule besides these.
 */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set(
  `also then later again still once previously recently just further earlier first finally repeatedly often never
   has had have was were is are will would could might may did does do cannot
   reportedly simply only even not`.split(/\s+/),
);

/** Determiners and quantifiers that may open a speaker noun phrase ("a source", "two officials"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  `the a an another one two three four five several some many most other others each both all`.split(/\s+/),
);


/** Honorifics that mark the gender of the name that follows. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, 'female' | 'male'> = new Map<string, 'female' | 'male'>([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['sir', 'male'],
  ['lady', 'female'],
  ['lord', 'male'],
]);
