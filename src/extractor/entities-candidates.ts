// Local pass of the entity recogniser: a pure function of one paragraph that finds candidate
// person, place and organization spans from capitalisation, lexicons and nearby context. It keeps
// no state between calls, so its result can be cached per paragraph; entities.ts groups the
// candidates of a whole text afterwards.
import { Token, TokenKind, tokenize } from './entities-tokens';
import {
  DEMONYMS,
  LAST_NAMES,
  ORGANIZATIONS,
  AMBIGUOUS_FIRST_NAMES,
  isFirstName,
  isCommonWord,
  placeKind,
  COUNTRY_CANON,
  lexKey,
  type PlaceKind,
} from './lexicon/index';
import {
  DIRECTIONAL_REGIONS,
  DIRECTIONS,
  EXTRA_DEMONYMS,
  HONORIFICS,
  MISC_WORDS,
  NEVER_NAME,
  OF_HEADS,
  ORG_HEADS,
  PERSON_NOUNS,
  PLACE_HEADS,
  SPEECH_VERBS,
  TITLES,
} from './entities-words';

export type CandidateType = 'person' | 'place' | 'organization' | 'unknown';

export interface Candidate {
  start: number;
  end: number;
  type: CandidateType;
  /** Lexicon key of the span ("antony j blinken"). */
  key: string;
  /** Keys of the name words, initials excluded (["antony", "blinken"]). */
  words: string[];
  /** Strong: lexicon or context evidence. Weak: only capitalisation (resolved by the global pass). */
  strong: boolean;
  /** Capitalisation says little here: sentence start or a headline. */
  initial: boolean;
  role?: string;
  /** Title or honorific as written before the name ("Mr.", "Secretary"). */
  title?: string;
  gender?: 'female' | 'male';
  placeKind?: PlaceKind;
  /** Canonical country name for country variants ("U.S." → "United States"). */
  canonical?: string;
  /** Context hints for a weak single word. */
  hint?: 'speech' | 'locative' | 'acronym' | 'personCue';
  /** Stands where a sports team would: in a score or table line, after "v" or "beat". */
  team?: boolean;
  /** Right after a locative preposition ("in", "at", "from"). */
  locative?: boolean;
  /** Context says organization ("X shares", "a spokesman for X", "analyst at X"). */
  orgCue?: boolean;
  /** In a paragraph that reports sport (innings, goals, standings…). */
  sports?: boolean;
  /** Followed by a possessive ’s ("Jordan's King Abdullah"). */
  possessive?: boolean;
  /** A person only by the shape of the words; "supported" when a list, a figure or a country follows. */
  shapeOnly?: 'bare' | 'supported';
  /** Memo of `words.join(' ')`, filled in when first needed. */
  name?: string;
  /** Memo of the span's text, filled in when first needed. */
  surface?: string;
  /** The person the grouping pass linked this candidate to (its own record type). */
  person?: unknown;
}

/** Arabic article prefixes written with a hyphen ("al-Saadani", "el-Sisi"). */
const ARTICLE_PREFIXES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'abu', 'ibn']);
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'y', 'zu', 'ter', 'op']);
/** Lower-case words inside a name: the particles, and "of". */
const CONNECTORS = new Set(['of', ...NAME_PARTICLES]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const ARTICLES = new Set(['the', 'a', 'an']);
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'across', 'throughout', 'into', 'toward', 'towards', 'via', 'around']);
const STATE_PLACE_HEADS = new Set(['republic', 'kingdom', 'emirates', 'states', 'islands', 'sultanate', 'principality', 'commonwealth']);
const DASHES = new Set(['—', '–', '-']);
/** Titles that, inside a longer capitalised run, are more often part of another name. */
const WEAK_INNER_TITLES = new Set(['general', 'gen', 'major', 'maj', 'chief', 'private', 'officer', 'chair', 'justice', 'father', 'sister', 'brother', 'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'dame', 'sir', 'marshal', 'cardinal', 'bishop', 'pope', 'director', 'speaker']);
/** Party and ideology words that stand before a name like a title ("Republican Marshall Coleman"). */
const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'labour', 'labor', 'conservative', 'liberal', 'socialist', 'communist', 'independent', 'tory', 'green', 'nationalist']);
/** Lower-case words after a surname that show it is a person ("the Bush administration"). */
const PERSON_AFTER = new Set(['administration', 'presidency', 'era', 'years', 'aides', 'aide', 'campaign', 'camp', 'doctrine', 'loyalists', 'supporters', 'allies', 'himself', 'herself']);
const TEAM_BEFORE = new Set(['v', 'vs', 'beat', 'against', 'host', 'hosts', 'hosting', 'visit', 'visiting', 'champions', 'leaders', 'joined', 'defeated', 'bowled', 'dismissed']);
const TEAM_AFTER = new Set(['beat', 'beats', 'drew', 'lost', 'defeated', 'routed', 'edged', 'thrashed', 'won', 'reached', 'scored', 'captain', 'coach', 'manager', 'striker', 'goalkeeper', 'midfielder', 'defender', 'player', 'players', 'v', 'vs', 'at']);
const PLACE_NOUNS_AFTER = new Set(['province', 'provinces', 'county', 'prefecture', 'region', 'district', 'river', 'valley', 'island', 'islands', 'peninsula', 'municipality', 'oblast', 'township', 'village', 'town', 'city']);
/** AP-style US state abbreviations (key without periods) and the state they stand for. */
const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  'ala:alabama,ariz:arizona,ark:arkansas,calif:california,colo:colorado,conn:connecticut,del:delaware,fla:florida,ga:georgia,ill:illinois,ind:indiana,kan:kansas,kans:kansas,ky:kentucky,la:louisiana,md:maryland,mass:massachusetts,mich:michigan,minn:minnesota,miss:mississippi,mo:missouri,mont:montana,neb:nebraska,nev:nevada,nh:new hampshire,nj:new jersey,nm:new mexico,ny:new york,nc:north carolina,nd:north dakota,okla:oklahoma,ore:oregon,pa:pennsylvania,ri:rhode island,sc:south carolina,sd:south dakota,tenn:tennessee,tex:texas,vt:vermont,va:virginia,wash:washington,wva:west virginia,wis:wisconsin,wyo:wyoming,dc:district of columbia'
    .split(',')
    .map((pair) => pair.split(':') as [string, string]),
);
/** Streets and hills that stand for an industry or an institution in news ("Wall Street fell"). */
const METONYMS = new Set(['wall street', 'capitol hill', 'madison avenue', 'fleet street', 'main street', 'downing street', 'foggy bottom', 'whitehall', 'quai d\'orsay']);
/** Lower-case words after a name that show it is a company or institution ("Hearst shares"). */
const ORG_AFTER = new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'spokesman', 'spokeswoman', 'spokesperson', 'subsidiary', 'unit', 'units', 'employees', 'executives', 'management', 'stake', 'bonds', 'debt', 'earnings', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'brand', 'brands', 'products', 'stores', 'plant', 'plants', 'merchandise', 'salesman', 'dealers', 'franchise', 'franchisees', 'securities', 'division', 'inc', 'corp']);
/** Words before "of/for/at/in" + name that show a company ("shares of X", "analyst at X"). */
const ORG_BEFORE = new Set(['shares', 'stake', 'unit', 'subsidiary', 'division', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'analysts', 'economist', 'strategist', 'trader', 'traders', 'acquisition', 'parent', 'owner', 'holder', 'holders', 'chief', 'executive', 'executives', 'chairman', 'shareholders', 'stockholders', 'employees', 'bid', 'takeover', 'stock', 'offer', 'purchase', 'sale', 'buyout', 'merger', 'investment', 'broker', 'brokers', 'vice', 'affiliate', 'president', 'founder', 'partner', 'partners', 'director', 'directors', 'managers', 'customers', 'clients', 'subsidiaries', 'members']);
/** The prepositions between ORG_BEFORE and a name ("shares of X", "analyst at X"). */
const ORG_BEFORE_LINKS = new Set(['of', 'for', 'at', 'in', 'with', 'by']);
/** Place head words that are also common surnames ("Leo Fields", "Anita Hill"). */
const SURNAME_HEADS = new Set(['lane', 'fields', 'field', 'hill', 'hills', 'park', 'wall', 'banks', 'ford', 'rivers', 'lake', 'bridge', 'bridges', 'street', 'waters', 'woods', 'wood', 'heights', 'gates', 'towers', 'moore', 'marsh']);
/** Market verbs that, followed by a figure, show a listed company ("Hilton lost 20%"). */
const STOCK_VERBS = new Set(['rose', 'fell', 'gained', 'lost', 'jumped', 'slipped', 'dropped', 'climbed', 'declined', 'added', 'eased', 'advanced', 'slid', 'tumbled', 'surged', 'plunged', 'edged', 'finished', 'closed']);
/** Months that are also first names ("August Strindberg"), when a name follows. */
const MONTH_NAMES = new Set(['april', 'june', 'august']);
const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'mark', 'marks', 'franc', 'francs', 'yuan', 'yen', 'pound', 'pounds', 'peso', 'pesos', 'rupee', 'rupees', 'euro', 'euros', 'ruble', 'rubles', 'rouble', 'roubles', 'lira', 'lire', 'won', 'krona', 'kronor', 'krone', 'kroner', 'rand', 'shekel', 'shekels', 'dinar', 'dinars', 'riyal', 'riyals', 'ringgit', 'baht', 'rupiah', 'guilders', 'guilder', 'schillings', 'escudos', 'pesetas', 'drachmas', 'cents']);
const NUMBER_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'of', 'in', 'one', 'a']);
/** Words of sports reporting; three of them in a paragraph make it a sports report. */
const SPORTS_WORDS = new Set(['innings', 'wickets', 'wicket', 'overs', 'batting', 'bowling', 'goal', 'goals', 'striker', 'midfielder', 'goalkeeper', 'championship', 'league', 'cup', 'tournament', 'seeded', 'qualifier', 'semifinal', 'semi-final', 'quarter-final', 'quarterfinal', 'final', 'standings', 'halftime', 'inning', 'innings', 'homer', 'homers', 'pitcher', 'rbi', 'touchdown', 'playoff', 'playoffs', 'match', 'matches', 'scored', 'scorers', 'penalty', 'draw', 'drew', 'beat', 'defeated', 'coach', 'captain', 'season', 'points', 'rugby', 'soccer', 'cricket', 'baseball', 'tennis', 'golf', 'hockey', 'basketball', 'football', 'racing', 'cycling', 'athletics']);
/** Lengths of the sports words by first and last letter, so that most words need no set lookup. */
const SPORTS_SHAPES = (() => {
  const shapes = new Uint16Array(32 * 32);
  for (const w of SPORTS_WORDS) shapes[(w.charCodeAt(0) & 31) * 32 + (w.charCodeAt(w.length - 1) & 31)]! |= 1 << w.length;
  return shapes;
})();

/** False only for a word that cannot be a sports word (an ASCII word of another shape). */
function maybeSportsWord(key: string): boolean {
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  if (first < 97 || first > 122 || last < 97 || last > 122) return true;
  return (SPORTS_SHAPES[(first & 31) * 32 + (last & 31)]! & (1 << key.length)) !== 0;
}

/** Verbs that end a role phrase read backwards from a name. */
const ROLE_STOP_VERBS = new Set(['met', 'meets', 'meet', 'saw', 'sees', 'see', 'called', 'calls', 'told', 'tells', 'asked', 'asks', 'thanked', 'praised', 'urged', 'named', 'appointed', 'replaced', 'joined', 'hired', 'fired', 'elected', 'defeated', 'beat', 'beats', 'hosts', 'hosted', 'visited', 'visits', 'succeeded', 'succeeds', 'became', 'becomes', 'like', 'with', 'by', 'for', 'against', 'to', 'from', 'and', 'or', 'but']);
const MAX_RUN = 12;
const PLACE_PREFIXES = new Set(['river', 'mount', 'mt', 'lake', 'cape', 'gulf', 'isle', 'fort', 'ft', 'port', 'lac', 'rio', 'sierra', 'monte', 'bay', 'sea', 'strait']);

/** "new jersey" → "New Jersey", "district of columbia" → "District of Columbia". */
function titleCased(name: string): string {
  return name.replace(/\b[a-z]/g, (ch, at: number) => (at > 0 && name.startsWith('of', at) ? ch : ch.toUpperCase()));
}

/** A nationality or group word ("Russian", "Russians", "Cypriot"). */
function isDemonym(key: string): boolean {
  if (DEMONYMS.has(key) || EXTRA_DEMONYMS.has(key)) return true;
  return key.endsWith('s') && (DEMONYMS.has(key.slice(0, -1)) || EXTRA_DEMONYMS.has(key.slice(0, -1)));
}

// Lexicon answers about a token's key are asked again and again: each is kept in the token's
// `lexicon` bits (shared by the tokens of one key, see Token.learn), one bit saying it was asked and
// the next one (two for places) holding the answer.
const ASKED_FIRST_NAME = 1;
const ASKED_COMMON = 4;
const ASKED_DEMONYM = 16;
const ASKED_PLACE = 64;
const PLACE_SHIFT = 7;
const ASKED_ORGANIZATION = 512;
const ASKED_LAST_NAME = 2048;
const ASKED_AMBIGUOUS = 8192;
const PLACE_KINDS: readonly (PlaceKind | undefined)[] = [undefined, 'country', 'region', 'city'];

/** `ask`'s answer about the token's key, asked once per key. */
function remembered(t: Token, asked: number, ask: (key: string) => boolean): boolean {
  let bits = t.lexicon;
  if ((bits & asked) === 0) t.learn((bits |= asked | (ask(t.key) ? asked << 1 : 0)));
  return (bits & (asked << 1)) !== 0;
}

const firstNameOf = (t: Token): boolean => remembered(t, ASKED_FIRST_NAME, isFirstName);
const commonWordOf = (t: Token): boolean => remembered(t, ASKED_COMMON, isCommonWord);
const demonymOf = (t: Token): boolean => remembered(t, ASKED_DEMONYM, isDemonym);
const organizationOf = (t: Token): boolean => remembered(t, ASKED_ORGANIZATION, (key) => ORGANIZATIONS.has(key));
const lastNameOf = (t: Token): boolean => remembered(t, ASKED_LAST_NAME, (key) => LAST_NAMES.has(key));
/** A first name that is also an everyday word or a place ("Will", "Georgia"). */
const ambiguousFirstNameOf = (t: Token): boolean => remembered(t, ASKED_AMBIGUOUS, (key) => AMBIGUOUS_FIRST_NAMES.has(key));

function placeKindOf(t: Token): PlaceKind | undefined {
  const bits = t.lexicon;
  if ((bits & ASKED_PLACE) !== 0) return PLACE_KINDS[(bits >>> PLACE_SHIFT) & 3];
  const answer = placeKind(t.key);
  t.learn(bits | ASKED_PLACE | (PLACE_KINDS.indexOf(answer) << PLACE_SHIFT));
  return answer;
}

/** Whether a word token can be part of a capitalised name. */
function isNameWord(t: Token): boolean {
  if (t.kind !== TokenKind.Word || t.digit) return false;
  const hyphen = t.hyphen;
  if (!t.cap) {
    // "al-Saadani": an article prefix before a capitalised name.
    return hyphen > 0 && hyphen + 1 < t.text.length && ARTICLE_PREFIXES.has(t.key.slice(0, hyphen)) && isUpperChar(t.text[hyphen + 1]!);
  }
  // "Russian-backed", "U.S.-led": a capitalised word with a lower-case tail is an adjective, but
  // a short syllable that is no English word is part of a name ("Song-ho", "Young-hoon").
  if (hyphen > 0 && hyphen + 1 < t.text.length) {
    const next = t.text[hyphen + 1]!;
    if (next === next.toLowerCase() && next !== next.toUpperCase()) {
      const tail = t.key.slice(hyphen + 1);
      return tail.length <= 4 && tail.indexOf('-') < 0 && !isCommonWord(tail) && !TAIL_WORDS.has(tail);
    }
  }
  return true;
}

const TAIL_WORDS = new Set(['led', 'run', 'born', 'era', 'like', 'wide', 'made', 'owned', 'held', 'bred', 'style', 'type', 'area', 'size', 'only', 'less', 'free', 'bound', 'day', 'year', 'based', 'linked', 'backed']);
function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** "J." or a run of initials ("C.J.B."). */
function isInitial(t: Token): boolean {
  if (!t.cap || t.text.length < 2 || t.text[1] !== '.') return false;
  if (t.text.length === 2) return true;
  return /^(?:[A-Z]\.){2,4}$/.test(t.text);
}

function withPlace(c: Candidate, kind: PlaceKind, canonical: string | undefined): Candidate {
  c.placeKind = kind;
  c.canonical = canonical;
  return c;
}

/** A name word follows token i on its line. */
function nameAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && isNameWord(next) && !NEVER_NAME.has(next.key) && !next.lineStart;
}

/** Is this line a headline (title case or all capitals), where capitalisation is no evidence? */
const NO_HEADLINES = new Uint8Array(0);

function headlineLines(tokens: Token[]): Uint8Array {
  // Most paragraphs have no headline line: they share one empty (never written) array.
  let flags = NO_HEADLINES;
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.lineStart) j++;
    let words = 0;
    let caps = 0;
    let uppers = 0;
    let everydayCaps = 0;
    let lower = 0;
    let sentences = 0;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (t.kind !== TokenKind.Word || t.digit) continue;
      if (!t.cap) {
        if (t.key.length <= 4 && NEVER_NAME.has(t.key)) continue;
        // Running text: two lower-case words already rule out a headline (see titleCase, allCaps).
        if (++lower > 1) {
          words = 0;
          break;
        }
      } else if (k > i && tokens[k - 1]!.kind === TokenKind.Punct && (tokens[k - 1]!.text === '.' || tokens[k - 1]!.text === '?' || tokens[k - 1]!.text === '!')) {
        // A second sentence: running text, not a headline.
        sentences++;
      }
      words++;
      if (t.cap) {
        caps++;
        // A capitalised everyday word ("Will Meet With", "Pushes") marks title case; names alone do
        // not. Counted only while title case is still possible.
        if (lower === 0 && sentences === 0 && t.text.length > 2 && (NEVER_NAME.has(t.key) || commonWordOf(t)) && !firstNameOf(t)) everydayCaps++;
      }
      if (t.upper) uppers++;
    }
    const titleCase = words >= 2 && lower === 0 && sentences === 0 && caps >= words * 0.8 && everydayCaps >= Math.max(1, caps * 0.25);
    const allCaps = words >= 2 && uppers >= words * 0.6 && lower <= 1;
    if (titleCase || allCaps) {
      if (flags === NO_HEADLINES) flags = new Uint8Array(tokens.length);
      flags.fill(1, i, j);
    }
    i = j;
  }
  return flags;
}

function spanKey(text: string, tokens: Token[], a: number, b: number): string {
  // One ASCII word: its token key is already the lexicon key.
  if (b === a + 1) {
    const t = tokens[a]!;
    if (t.kind === TokenKind.Word && !t.nonAscii) return t.key;
  } else {
    // ASCII words one space apart ("New York"): their keys with those spaces.
    let key = '';
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (t.kind !== TokenKind.Word || t.nonAscii) break;
      if (k === a) key = t.key;
      else if (t.start === tokens[k - 1]!.end + 1 && text.charCodeAt(t.start - 1) === 32) key = `${key} ${t.key}`;
      else break;
      if (k === b - 1) return key;
    }
  }
  let k = text.slice(tokens[a]!.start, tokens[b - 1]!.end).toLowerCase();
  // Most keys are plain ASCII words and single spaces: nothing below would change them.
  let plain = true;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c >= 128 || c === 46 || c === 10 || c === 9 || (c === 32 && k.charCodeAt(i + 1) === 32)) {
      plain = false;
      break;
    }
  }
  if (plain) return k;
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (k.indexOf('.') >= 0) k = k.replace(/[.]/g, '');
  if (k.indexOf('’') >= 0) k = k.replace(/’/g, "'");
  if (k.indexOf('  ') >= 0 || k.indexOf('\n') >= 0 || k.indexOf('\t') >= 0) k = k.replace(/\s+/g, ' ');
  return k;
}

/** Longest title phrase starting at token a (within [a, b)), as a token count. */
/** The titles as a tree of words ("secretary" → "of" → "state"), walked with the tokens' keys. */
interface TitleWord {
  /** The words up to here make a title. */
  title: boolean;
  next: Map<string, TitleWord> | undefined;
}
const TITLE_TREE: ReadonlyMap<string, TitleWord> = (() => {
  const root = new Map<string, TitleWord>();
  for (const title of TITLES) {
    let level = root;
    const words = title.split(' ');
    words.forEach((word, i) => {
      let node = level.get(word);
      if (node === undefined) level.set(word, (node = { title: false, next: undefined }));
      if (i === words.length - 1) node.title = true;
      else level = node.next ??= new Map();
    });
  }
  return root;
})();

function titleLength(tokens: Token[], a: number, b: number): number {
  if (a >= b) return 0;
  let node = TITLE_TREE.get(tokens[a]!.key);
  if (node === undefined) return 0;
  let best = node.title ? 1 : 0;
  for (let k = a + 1; k < b && k < a + 5; k++) {
    node = node.next?.get(tokens[k]!.key);
    if (node === undefined) break;
    if (node.title) best = k - a + 1;
  }
  // "Secretary of Transportation", "Minister of Foreign Affairs": an office of one department.
  const head = tokens[a]!;
  if (OFFICE_TITLES.has(head.key) && best <= 1 && a + 3 < b && tokens[a + 1]!.key === 'of' && !tokens[a + 1]!.cap && tokens[a + 2]!.cap) {
    let k = a + 3;
    if (tokens[k]!.key === 'affairs' || tokens[k]!.key === 'security' || tokens[k]!.key === 'services') k++;
    if (k < b) best = k - a;
  }
  return best;
}

const OFFICE_TITLES = new Set(['secretary', 'minister', 'director', 'chairman', 'head', 'governor', 'commissioner', 'ambassador', 'undersecretary', 'administrator', 'chancellor']);

interface Segment {
  a: number;
  b: number;
}

interface Place {
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


/** The candidate pass over one paragraph: one object per paragraph instead of a closure per step. */
class ParagraphScan {
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
      const t = tokens[k]!;
      if (t.kind === TokenKind.Word && t.key.length >= 3 && t.key.length <= 13 && maybeSportsWord(t.key) && SPORTS_WORDS.has(t.key)) sportsWords++;
    }
    this.sportsReport = sportsWords >= 3;
  }

  private keyOf(a: number, b: number): string {
    if (a !== this.keyA || b !== this.keyB) {
      this.lastKey = spanKey(this.text, this.tokens, a, b);
      this.keyA = a;
      this.keyB = b;
    }
    return this.lastKey;
  }

  private placeOf(a: number, b: number): Place | undefined {
    if (a !== this.placeA || b !== this.placeB) {
      this.lastPlace = this.lookupPlace(a, b);
      this.placeA = a;
      this.placeB = b;
    }
    return this.lastPlace;
  }

  /** Whether tokens [a, b), of lexicon key `key`, name an organization in the lexicon. */
  private isOrganization(a: number, b: number, key: string): boolean {
    // One word whose key is the lookup key: its token remembers the answer.
    return b === a + 1 && key === this.tokens[a]!.key ? organizationOf(this.tokens[a]!) : ORGANIZATIONS.has(key);
  }

  /** Place lookup for tokens [a, b): lexicon, bare directional regions, or direction + known place. */
  private lookupPlace(a: number, b: number): Place | undefined {
    const key = this.keyOf(a, b);
    // One word whose key is the lookup key: its token remembers the answer.
    const kind = b === a + 1 && key === this.tokens[a]!.key ? placeKindOf(this.tokens[a]!) : placeKind(key);
    if (kind) {
      const canonical = kind === 'country' ? COUNTRY_CANON.get(key) : undefined;
      return canonical === undefined ? PLACE_OF_KIND[kind] : { kind, canonical };
    }
    if (DIRECTIONAL_REGIONS.has(key)) return REGION;
    if (b - a >= 2 && DIRECTIONS.has(this.tokens[a]!.key)) {
      const rest = this.keyOf(a + 1, b);
      if (placeKind(rest) || DIRECTIONAL_REGIONS.has(rest)) return REGION;
    }
    return undefined;
  }

  private emit(c: Candidate): void {
    this.out.push(c);
  }

  private makeCandidate(a: number, b: number, type: CandidateType, strong: boolean, initial: boolean): Candidate {
    const { tokens, sportsReport } = this;
    // Most names have one or two words: an array of just that size (a pushed-to one reserves 17).
    let count = 0;
    let first = '';
    let second = '';
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
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
      words = [];
      for (let k = a; k < b; k++) {
        const t = tokens[k]!;
        if (t.kind === TokenKind.Word && t.cap && !isInitial(t)) words.push(t.key);
      }
    }
    // Context flags first, so that the candidate is made with its final values.
    let team: true | undefined;
    let locative: true | undefined;
    let orgCue: true | undefined;
    const prev = tokens[a - 1];
    const next = tokens[b];
    // The tokens before and after on the same line.
    const prevSameLine = prev !== undefined && !tokens[a]!.lineStart;
    const nextSameLine = next !== undefined && !next.lineStart;
    // A score or table figure, not a dateline's date ("LONDON 1996-08-30").
    const numberAfter = nextSameLine && next.digit && next.text.length <= 7 && !(next.text.length >= 8 && next.text.includes('-'));
    const numberBefore = prevSameLine && prev.digit;
    if ((tokens[a]!.lineStart && numberAfter) || (numberBefore && numberAfter)) team = true;
    else if (prevSameLine && prev.kind === TokenKind.Word && TEAM_BEFORE.has(prev.key) && (prev.key !== 'at' || prev.upper)) team = true;
    else if (nextSameLine && next.kind === TokenKind.Word && TEAM_AFTER.has(next.key) && (next.key !== 'at' || next.upper)) team = true;
    if (prevSameLine && prev.kind === TokenKind.Word && LOCATIVE_PREPOSITIONS.has(prev.key)) locative = true;
    // A dateline ("NEW YORK 1996-08-30", "ARLINGTON, Texas 1996-08-31") or a venue ("Bristol:",
    // "at Lord's, London)") names the place even in a sports report.
    else if (next && next.digit && next.text.length >= 8 && next.text.includes('-')) locative = true;
    else if (next && next.text === ':' && tokens[a]!.lineStart) locative = true;
    else if (prev && prev.text === ',' && tokens[a - 2]?.cap && (!next || next.text === ')' || next.lineStart || (next.text === ',' && tokens[a - 2]!.lineStart))) locative = true;
    else if (prev && prev.text === '(' && next?.text === ')' && tokens[a - 2]?.cap) locative = true;
    if (next && next.kind === TokenKind.Word && !next.cap && ORG_AFTER.has(next.key)) orgCue = true;
    else if (next && next.kind === TokenKind.Word && STOCK_VERBS.has(next.key) && tokens[b + 1]?.digit) orgCue = true;
    else if (next && next.kind === TokenKind.Possessive && tokens[b + 1] && !tokens[b + 1]!.cap && ORG_AFTER.has(tokens[b + 1]!.key)) orgCue = true;
    else if (prev && ORG_BEFORE_LINKS.has(prev.key) && tokens[a - 2] && ORG_BEFORE.has(tokens[a - 2]!.key)) orgCue = true;
    const c: Candidate = {
      start: tokens[a]!.start,
      end: tokens[b - 1]!.end,
      type,
      key: this.keyOf(a, b),
      words,
      strong,
      initial,
      role: undefined,
      title: undefined,
      gender: undefined,
      placeKind: undefined,
      canonical: undefined,
      hint: undefined,
      team,
      locative,
      orgCue,
      shapeOnly: undefined,
      name: undefined,
      surface: undefined,
      person: undefined,
      sports: sportsReport || undefined,
      possessive: tokens[b]?.kind === TokenKind.Possessive || undefined,
    };
    return c;
  }

  /** Role phrase before a name: "the White House press secretary Jen Psaki" → "White House press secretary". */
  private roleBefore(a: number): string | undefined {
    const { text, tokens } = this;
    const prev = tokens[a - 1];
    if (!prev || prev.kind !== TokenKind.Word || prev.cap || !PERSON_NOUNS.has(prev.key)) return undefined;
    let s = a - 1;
    while (s - 1 >= 0 && a - s < 6) {
      const t = tokens[s - 1]!;
      if (t.kind !== TokenKind.Word || ARTICLES.has(t.key) || NEVER_NAME.has(t.key) || t.digit) break;
      // Stop at a verb ("met Chinese leader Xi") and at names that are not institutions or places.
      if (!t.cap && (ROLE_STOP_VERBS.has(t.key) || SPEECH_VERBS.has(t.key) || (t.key.endsWith('ed') && t.key.length > 4))) break;
      if (t.cap && !(demonymOf(t) || placeKindOf(t) || ORG_HEADS.has(t.key) || commonWordOf(t) || t.upper)) break;
      s--;
    }
    return text.slice(tokens[s]!.start, prev.end);
  }

  /** Apposition after a name: "Jen Psaki, the White House press secretary," → "White House press secretary". */
  private roleAfter(b: number): string | undefined {
    const { text, tokens, n } = this;
    if (tokens[b]?.text !== ',') return undefined;
    let k = b + 1;
    if (k < n && tokens[k]!.kind === TokenKind.Word && ARTICLES.has(tokens[k]!.key)) k++;
    const s = k;
    let hasRoleNoun = false;
    let lastRoleNoun = -1;
    while (k < n && k - s < 12) {
      const t = tokens[k]!;
      if (t.kind === TokenKind.Possessive) {
        k++;
        continue;
      }
      if (t.kind !== TokenKind.Word) break;
      if (!t.cap && (t.key === 'who' || t.key === 'which' || SPEECH_VERBS.has(t.key))) break;
      if (PERSON_NOUNS.has(t.key)) {
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
      return text.slice(tokens[s]!.start, tokens[lastRoleNoun]!.end);
    }
    // The role noun ends the phrase, or only "of/for/at …" follows it ("finance minister of Kenya").
    if (lastRoleNoun !== k - 1) {
      const after = tokens[lastRoleNoun + 1]!;
      if (!(after.key === 'of' || after.key === 'for' || after.key === 'at' || after.key === 'in')) return undefined;
    }
    // Keep "X of Y" complements ("foreign minister of Russia") but stop at a clause.
    return text.slice(tokens[s]!.start, tokens[Math.max(lastRoleNoun, k - 1)]!.end);
  }

  /** Context typical of people in results and lists: "(Kenya)", a figure, an age, a list of names. */
  private listContext(a: number, b: number): boolean {
    const { tokens } = this;
    const next = tokens[b];
    const prev = tokens[a - 1];
    if (!next) return prev?.text === ',';
    // A name alone on its line (a byline), a lineup number before it, a country's possessive.
    if (tokens[a]!.lineStart && next.lineStart) return true;
    if (prev && DASHES.has(prev.text) && tokens[a - 2]?.digit) return true;
    if (prev?.kind === TokenKind.Possessive && tokens[a - 2] && placeKindOf(tokens[a - 2]!) === 'country') return true;
    if (next.text === '(' && tokens[b + 1] && tokens[b + 1]!.cap) return true;
    // An apposition: "Tatsunori Hara, a …", "Hla Than, an elected member".
    if (next.text === ',' && (tokens[b + 1]?.key === 'a' || tokens[b + 1]?.key === 'an') && !tokens[b + 1]!.cap) return true;
    if (next.digit && !next.lineStart) return true;
    if (next.text === ',' && tokens[b + 1]?.digit && tokens[b + 2]?.text === ',') return true;
    if ((next.text === ',' || next.key === 'and') && tokens[b + 1] && isNameWord(tokens[b + 1]!) && (prev?.text === ',' || prev?.key === 'and' || prev?.text === ':' || prev?.lineStart === false)) return true;
    if ((prev?.text === ',' || prev?.key === 'and') && tokens[a - 2] && isNameWord(tokens[a - 2]!)) return true;
    return false;
  }

  private contextHint(a: number, b: number): Candidate['hint'] {
    const { tokens } = this;
    const prev = tokens[a - 1];
    const next = tokens[b];
    if (next && next.kind === TokenKind.Word && !next.cap && PERSON_AFTER.has(next.key)) return 'personCue';
    if ((next && next.kind === TokenKind.Word && SPEECH_VERBS.has(next.key)) || (prev && prev.kind === TokenKind.Word && SPEECH_VERBS.has(prev.key))) return 'speech';
    if (prev && prev.kind === TokenKind.Word && LOCATIVE_PREPOSITIONS.has(prev.key)) return 'locative';
    return undefined;
  }

  /**
   * Classifies the capitalised words [a, b) of a run: `initial` when capitalisation says little there,
   * `titled` after a title (`title` as written, `role` unless an honorific, `weakTitle` for one that
   * is often part of another name).
   */
  private classifySegment(a: number, b: number, initial: boolean, titled: boolean, weakTitle: boolean, title: string | undefined, role: string | undefined, gender: 'female' | 'male' | undefined): void {
    const { text, tokens } = this;
    if (a >= b) return;
    // Drop a trailing particle or connector left by a split.
    while (b > a && !tokens[b - 1]!.cap) b--;
    while (a < b && !tokens[a]!.cap) a++;
    if (a >= b) return;
    const key = this.keyOf(a, b);
    const first = tokens[a]!;
    const last = tokens[b - 1]!;
    const len = b - a;

    // Titled or honorific person: "Mr. Blinken", "President Volodymyr Zelensky".
    if (titled) {
      // "Mr. Secretary", "Major Market Index": no name after the title.
      let everyday = true;
      for (let k = a; k < b; k++) if (!commonWordOf(tokens[k]!) && !TITLES.has(tokens[k]!.key)) everyday = false;
      if (len === 1 && TITLES.has(first.key)) return;
      // "Miss Universe Alicia Machado": a word between the title and a first name belongs to the title.
      if (len >= 3 && !firstNameOf(first) && firstNameOf(tokens[a + 1]!) && !ambiguousFirstNameOf(tokens[a + 1]!)) {
        a++;
      }
      if (!(everyday && weakTitle)) {
        const c = this.makeCandidate(a, b, 'person', true, false);
        c.title = title;
        c.role = role ?? this.roleAfter(b);
        c.gender = gender;
        this.emit(c);
        return;
      }
    }
    // "Arnold, Calif.", "Reddington Shores, Fla.": a name followed by a state is a place.
    const state = tokens[b + 1];
    const afterState = tokens[b + 2];
    const stateLike =
      state !== undefined &&
      ((state.text.endsWith('.') && US_STATE_ABBREVIATIONS.has(state.key)) ||
        (state.cap && !firstNameOf(first) && (placeKindOf(state) === 'region' || placeKindOf(state) === 'country') && (afterState === undefined || afterState.kind === TokenKind.Punct)));
    if (!isInitial(last) && tokens[b]?.text === ',' && stateLike && (!afterState || afterState.kind !== TokenKind.Word || !afterState.cap)) {
      this.emit(withPlace(this.makeCandidate(a, b, 'place', true, initial), 'city', undefined));
      return;
    }
    // AP state abbreviations after a city: "Reno, Nev.", "White Plains, N.Y.".
    if (len === 1 && first.text.endsWith('.') && tokens[a - 1]?.text === ',' && placeKind(US_STATE_ABBREVIATIONS.get(first.key) ?? '')) {
      this.emit(withPlace(this.makeCandidate(a, b, 'place', true, false), 'region', titleCased(US_STATE_ABBREVIATIONS.get(first.key)!)));
      return;
    }
    // "Jiangsu province", "the Yangtze river".
    const nextWord = tokens[b];
    if (nextWord && nextWord.kind === TokenKind.Word && !nextWord.cap && PLACE_NOUNS_AFTER.has(nextWord.key) && !this.isOrganization(a, b, key) && !demonymOf(last) && !commonWordOf(last)) {
      this.emit(withPlace(this.makeCandidate(a, b, 'place', true, initial), 'region', undefined));
      return;
    }

    // Organizations: known names, or an organization head word ("State Department", "Bank of England").
    if (METONYMS.has(key)) {
      this.emit(this.makeCandidate(a, b, 'organization', true, initial));
      return;
    }
    // "US$ 5 million", "80 million US dollars": a currency, not a place.
    if (text.charCodeAt(last.end) === 36) return;
    if (tokens[b] && CURRENCY_WORDS.has(tokens[b]!.key) && (tokens[a - 1]?.digit || NUMBER_WORDS.has(tokens[a - 1]?.key ?? ''))) return;
    const place = this.placeOf(a, b);
    if (place) {
      this.emit(withPlace(this.makeCandidate(a, b, 'place', true, initial), place.kind, place.canonical));
      return;
    }
    if (this.isOrganization(a, b, key)) {
      this.emit(this.makeCandidate(a, b, 'organization', true, initial));
      return;
    }
    let orgHead = ORG_HEADS.has(last.key);
    let placeHead = PLACE_HEADS.has(last.key) && len >= 2;
    for (let k = a; k < b - 1; k++) {
      const t = tokens[k]!;
      if (tokens[k + 1]!.key === 'of' && !tokens[k + 1]!.cap) {
        if (ORG_HEADS.has(t.key)) orgHead = true;
        else if (STATE_PLACE_HEADS.has(t.key) || PLACE_HEADS.has(t.key)) placeHead = true;
      }
    }
    if (ORG_HEADS.has(first.key) && len >= 2 && !firstNameOf(first)) orgHead = true;
    for (let k = a; k < b; k++) if (tokens[k]!.text === '&') orgHead = true;
    if (len >= 2 && PLACE_PREFIXES.has(first.key)) placeHead = true;
    if (orgHead) {
      this.emit(this.makeCandidate(a, b, 'organization', true, initial));
      return;
    }
    if (placeHead && !(len === 2 && SURNAME_HEADS.has(last.key) && firstNameOf(first) && !initial)) {
      this.emit(withPlace(this.makeCandidate(a, b, 'place', true, initial), 'region', undefined));
      return;
    }
    // A place followed by more capitalised words ("San Francisco Giants"): a team or company.
    if (len >= 2) {
      for (let k = b - 1; k > a; k--) {
        const prefix = this.placeOf(a, k);
        if (prefix && !firstNameOf(tokens[k]!) && !firstNameOf(first) && !isInitial(tokens[k]!) && !(k + 1 < b && isInitial(tokens[k + 1]!))) {
          // A country naming a national body ("Finland Customs", "U.S. Trade Representative") is
          // still the place; a city naming a team or company ("San Francisco Giants") is not.
          let event = false;
          for (let m = k; m < b; m++) if (MISC_WORDS.has(tokens[m]!.key) || CURRENCY_WORDS.has(tokens[m]!.key)) event = true;
          if (prefix.kind === 'country' && !event) {
            this.emit(withPlace(this.makeCandidate(a, k, 'place', true, initial), prefix.kind, prefix.canonical));
            this.emit(this.makeCandidate(k, b, 'organization', true, false));
            return;
          }
          this.emit(this.makeCandidate(a, b, 'organization', true, initial));
          return;
        }
      }
      // A name ending in a place: "Moscow-born"? no; "Greater London" handled by lookupPlace.
    }

    // Words that never make a person: demonyms and event/product words.
    let miscWord = false;
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (k === a && len >= 2 && firstNameOf(t) && !demonymOf(t)) continue;
      if (demonymOf(t) || MISC_WORDS.has(t.key)) miscWord = true;
    }

    const before = this.roleBefore(a);
    const after = this.roleAfter(b);
    // People seldom take "the": "the Treasury", "the Petrus", "the Sheep Man" (a character at most).
    const article = tokens[a - 1];
    const following = tokens[b];
    const modifies = following !== undefined && following.kind === TokenKind.Word && !following.cap && !SPEECH_VERBS.has(following.key) && following.key !== 'and' && following.key !== 'or';
    if (article && !modifies && article.kind === TokenKind.Word && (article.key === 'the' || article.key === 'a' || article.key === 'an') && !before && !firstNameOf(first)) {
      this.emit(this.makeCandidate(a, b, 'organization', false, initial));
      return;
    }
    let firstIsName = firstNameOf(first) && !(ambiguousFirstNameOf(first) && initial) && !NAME_PARTICLES.has(first.key);
    // "Red Cross Societies", "Pet Shop Boys": an everyday first word with everyday words after it.
    if (firstIsName && ambiguousFirstNameOf(first)) {
      for (let k = a + 1; k < b; k++) if (commonWordOf(tokens[k]!)) firstIsName = false;
    }
    if (len === 1 && demonymOf(first)) return;
    if (miscWord && !before && !after) {
      this.emit(this.makeCandidate(a, b, 'organization', false, initial));
      return;
    }
    if (len >= 2) {
      // Name-shaped: no everyday word, no ALL-CAPS word ("Xianglong Dai", "Norberto Tellez").
      let shaped = true;
      for (let k = a; k < b; k++) {
        const t = tokens[k]!;
        if (isInitial(t) || NAME_PARTICLES.has(t.key)) continue;
        if (t.text.length === 1) shaped = false;
        if ((placeKindOf(t) && !firstNameOf(t)) || (t.upper && t.text.length > 2) || commonWordOf(t) || ORG_HEADS.has(t.key) || PLACE_HEADS.has(t.key) || TITLES.has(t.key) || NEVER_NAME.has(t.key)) shaped = false;
      }
      const hint = this.contextHint(a, b);
      const firm = firstIsName || before !== undefined || after !== undefined || isInitial(first) || isInitial(tokens[a + 1]!) || lastNameOf(last) || hint === 'speech';
      const evidence = firm || shaped;
      const c = this.makeCandidate(a, b, evidence ? 'person' : 'unknown', evidence, initial && !evidence);
      c.role = before ?? after;
      c.hint = hint;
      // Shape alone is weak ("Eastman Kodak" looks like a name too): it needs support from context.
      if (!firm && shaped) c.shapeOnly = this.listContext(a, b) ? 'supported' : 'bare';
      this.emit(c);
      return;
    }
    // One word.
    if (before || after) {
      const c = this.makeCandidate(a, b, 'person', true, initial);
      c.role = before ?? after;
      this.emit(c);
      return;
    }
    if (first.upper && first.text.length <= 6 && !first.text.includes('.')) {
      const c = this.makeCandidate(a, b, 'unknown', false, initial);
      c.hint = 'acronym';
      this.emit(c);
      return;
    }
    // A first name alone ("Bob has an agenda") is a person, unless it is also an everyday word.
    if (firstNameOf(first) && !ambiguousFirstNameOf(first) && !commonWordOf(first)) {
      const c = this.makeCandidate(a, b, 'person', true, initial);
      c.hint = this.contextHint(a, b);
      this.emit(c);
      return;
    }
    const c = this.makeCandidate(a, b, lastNameOf(first) ? 'person' : 'unknown', false, initial);
    c.hint = this.contextHint(a, b);
    this.emit(c);
  }

  /** Classifies a run of capitalised words [a, b) in running text. */
  private classifyRun(a: number, b: number): void {
    const { text, tokens } = this;
    let initial = tokens[a]!.sentenceStart;
    // Whole-run lookups first: "General Motors" is a company, "Secretary of State" alone is no one.
    const wholeKey = this.keyOf(a, b);
    if (this.isOrganization(a, b, wholeKey)) {
      this.emit(this.makeCandidate(a, b, 'organization', true, initial));
      return;
    }
    // A title inside the run ("Los Angeles Mayor Tom Bradley", "Transportation Secretary Samuel
    // Skinner"): what stands before it is classified on its own.
    if (!firstNameOf(tokens[a]!) || titleLength(tokens, a, b) > 0) {
      for (let q = a + 1; q < b - 1; q++) {
        const len = titleLength(tokens, q, b);
        if (len === 0 || q + len >= b) continue;
        if (len === 1 && WEAK_INNER_TITLES.has(tokens[q]!.key) && !(firstNameOf(tokens[q + 1]!) && !ambiguousFirstNameOf(tokens[q + 1]!)) && !ORG_HEADS.has(tokens[q - 1]!.key)) continue;
        if (ORG_HEADS.has(tokens[b - 1]!.key) || !isNameWord(tokens[q + len]!)) continue;
        if (titleLength(tokens, a, b) > 0 && q < a + titleLength(tokens, a, b)) continue;
        if (demonymOf(tokens[q - 1]!) || placeKindOf(tokens[q - 1]!) === 'country') {
          if (q - 1 === a) break;
          this.classifySegment(a, q - 1, initial, false, false, undefined, undefined, undefined);
          a = q - 1;
        } else {
          this.classifySegment(a, q, initial, false, false, undefined, undefined, undefined);
          a = q;
        }
        break;
      }
    }
    // "Explains Sheila MacDonald", "Professors Philip Kurland": an everyday word before a first name.
    if (b - a >= 3 && (commonWordOf(tokens[a]!) || PERSON_NOUNS.has(tokens[a]!.key)) && !firstNameOf(tokens[a]!) && !this.placeOf(a, b) && titleLength(tokens, a, b) === 0 && !ORG_HEADS.has(tokens[a]!.key) && !placeKindOf(tokens[a]!) && firstNameOf(tokens[a + 1]!) && !ambiguousFirstNameOf(tokens[a + 1]!) && !ORG_HEADS.has(tokens[b - 1]!.key)) {
      a++;
      initial = false;
    }
    // "Australian Tom Moody", "Republican Marshall Coleman": the modifier is not part of the name.
    if (b - a >= 2 && !this.placeOf(a, b) && (demonymOf(tokens[a]!) || PARTY_WORDS.has(tokens[a]!.key)) && titleLength(tokens, a + 1, b) === 0) {
      const rest = tokens[a + 1]!;
      if (firstNameOf(rest) || isInitial(rest) || (b - a === 2 && !commonWordOf(rest) && !ORG_HEADS.has(rest.key))) {
        a++;
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
      if (q < b - 1 && (demonymOf(tokens[q]!) || placeKindOf(tokens[q]!) === 'country') && titleLength(tokens, q + 1, b) > 0) q++;
      const len = titleLength(tokens, q, b);
      if (len === 0 || q + len >= b) break;
      // "U.S. Assistant Secretary of State John Kornblum": the country is a place of its own.
      if (q > p) {
        const country = this.placeOf(p, q);
        if (country) this.emit(withPlace(this.makeCandidate(p, q, 'place', true, initial), country.kind, country.canonical));
      }
      // "General Electric": a title followed only by an organization head is no person.
      if (ORG_HEADS.has(tokens[b - 1]!.key)) break;
      const words = text.slice(tokens[q]!.start, tokens[q + len - 1]!.end);
      const hkey = tokens[q]!.key;
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
      const t = tokens[k]!;
      if (t.key === 'of' && !t.cap) {
        const head = tokens[k - 1]!;
        if (k > s && OF_HEADS.has(head.key) && !titled) continue;
        // "Voice of America": one everyday word before "of" names an institution, not a place.
        if (k === s + 1 && commonWordOf(head) && !TITLES.has(head.key) && !firstNameOf(head)) continue;
        this.classifySegment(s, k, initial && s === a, titled && s === p, weakTitle, title, role, gender);
        s = k + 1;
      }
    }
    this.classifySegment(s, b, initial && s === a, titled && s === p, weakTitle, title, role, gender);
  }

  /** Headline line: look words up one by one (longest lexicon match); leave the rest weak. */
  private classifyHeadline(a: number, b: number): void {
    const { tokens } = this;
    let k = a;
    while (k < b) {
      const t = tokens[k]!;
      if (t.kind !== TokenKind.Word || !t.cap || t.digit || (NEVER_NAME.has(t.key) && !placeKindOf(t))) {
        k++;
        continue;
      }
      // Dateline: "WASHINGTON —", "MOSCOW (Reuters) -", "LONDON 1996-08-30".
      let matched = 0;
      for (let m = Math.min(b, k + 4); m > k; m--) {
        if (!tokens[m - 1]!.cap) continue;
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
    const t = tokens[i]!;
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

  /** Finds the candidates: headline lines, hyphenated places and runs of capitalised words. */
  run(headline: Uint8Array): Candidate[] {
    const { text, tokens, n } = this;
    let i = 0;
    while (i < n) {
      const t = tokens[i]!;
      // Headline lines.
      if (headline.length !== 0 && headline[i] && t.lineStart) {
        let j = i + 1;
        while (j < n && !tokens[j]!.lineStart) j++;
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
        i++;
        continue;
      }
      // Dateline inside a text line: "WASHINGTON — Secretary ...".
      if (t.lineStart && t.upper) {
        let j = i;
        while (j < n && j - i < MAX_RUN && tokens[j]!.upper && (j === i || !tokens[j]!.lineStart)) j++;
        const after = tokens[j];
        if (j > i && after && (DASHES.has(after.text) || after.text === '(' || after.text === ',')) {
          const place = this.placeOf(i, j);
          this.emit(withPlace(this.makeCandidate(i, j, 'place', true, true), place?.kind ?? 'city', place?.canonical));
          i = j;
          continue;
        }
      }
      let j = i + 1;
      // Names are short: a longer capitalised stretch (a title-case list, a table) is cut into runs
      // of at most MAX_RUN words so that the work on one run stays bounded.
      while (j < n && j - i < MAX_RUN) {
        const u = tokens[j]!;
        if (u.lineStart) break;
        if (isNameWord(u) && (!NEVER_NAME.has(u.key) || isInitial(u))) {
          j++;
          continue;
        }
        // Connectors inside names: "Bank of England", "Ludwig van Beethoven", "Secretary of State".
        if (u.kind === TokenKind.Word && !u.cap && CONNECTORS.has(u.key) && j + 1 < n && isNameWord(tokens[j + 1]!) && !NEVER_NAME.has(tokens[j + 1]!.key) && !tokens[j + 1]!.lineStart) {
          j++;
          continue;
        }
        // Two particles: "Joost van der Westhuizen", "Maria de la Cruz".
        if (u.kind === TokenKind.Word && !u.cap && NAME_PARTICLES.has(u.key) && j + 2 < n && NAME_PARTICLES.has(tokens[j + 1]!.key) && !tokens[j + 1]!.cap && isNameWord(tokens[j + 2]!) && !tokens[j + 2]!.lineStart) {
          j += 2;
          continue;
        }
        if (u.text === '&' && j + 1 < n && isNameWord(tokens[j + 1]!)) {
          j++;
          continue;
        }
        break;
      }
      // A particle may start a name only inside a run ("al-Assad" is one word anyway).
      this.classifyRun(i, j);
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
  void NAME_PARTICLES;
  void SUFFIXES;
  return new ParagraphScan(text, tokens).run(headline);
}
