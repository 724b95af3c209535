// The one list of abbreviations whose final period belongs to the word ("Mr.", "Jan.", "Calif."):
// such a period ends no sentence, and the word keeps it. Lower case, without the final period.
//
// The stages do not read the same words yet: each row says which stages read it. Speaker
// attribution reads a few dotted forms and police titles; the entity tokenizer reads US and
// Canadian state abbreviations and street words; the date scanner reads titles and months only.
// Making them agree changes the output, so that belongs with accuracy work, where it can be
// measured against the gold texts.

/** A stage that reads the list. */
const SPEAKERS = 1;
const ENTITIES = 2;
const DATES = 4;

const ROWS: ReadonlyArray<[readers: number, words: string]> = [
  // Titles and company words.
  [SPEAKERS | ENTITIES | DATES, 'mr mrs ms dr sen rep gov gen lt col capt sgt prof st jr sr rev hon pres supt adm maj cmdr inc corp co ltd no vs'],
  [SPEAKERS | DATES, 'amb sec'],
  [ENTITIES | DATES, 'atty messrs'],
  [SPEAKERS, 'det insp nos etc'],
  [ENTITIES, 'mme mlle sens reps gens cpl pvt msgr fr plc v'],
  // Months.
  [SPEAKERS | ENTITIES | DATES, 'jan feb mar apr jun jul aug sep sept oct nov dec'],
  // Institutions and places.
  [SPEAKERS | ENTITIES, 'mt ft bros dept univ assn'],
  [ENTITIES, 'ave blvd rd'],
  // US states and Canadian provinces, as AP style writes them.
  [ENTITIES, 'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo ont que sask alta'],
  // Dotted forms, read as one word by the speakers' tokenizer.
  [SPEAKERS, 'a.m p.m u.s u.k u.n e.g i.e'],
];

function readBy(reader: number): ReadonlySet<string> {
  const set = new Set<string>();
  for (const [readers, words] of ROWS) if ((readers & reader) !== 0) for (const w of words.split(' ')) set.add(w);
  return set;
}

/** The abbreviations speaker attribution reads. */
export const SPEAKER_ABBREVIATIONS = readBy(SPEAKERS);
/** The abbreviations the entity tokenizer reads. */
export const ENTITY_ABBREVIATIONS = readBy(ENTITIES);
/** The abbreviations the date scanner reads (a period after one ends no clause). */
export const DATE_ABBREVIATIONS = readBy(DATES);
