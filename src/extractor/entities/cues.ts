// Context words of the candidate pass: particles and connectors inside names, and the words
// around a name that say team, place, organization or role.

/** Arabic article prefixes written with a hyphen ("al-Saadani", "el-Sisi"). */
export const ARTICLE_PREFIXES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'abu', 'ibn']);
export const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'y', 'zu', 'ter', 'op']);
/** Lower-case words inside a name: the particles, and "of". */
export const CONNECTORS = new Set(['of', ...NAME_PARTICLES]);

export const ARTICLES = new Set(['the', 'a', 'an']);
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'across', 'throughout', 'into', 'toward', 'towards', 'via', 'around']);
export const STATE_PLACE_HEADS = new Set(['republic', 'kingdom', 'emirates', 'states', 'islands', 'sultanate', 'principality', 'commonwealth']);
export const DASHES = new Set(['—', '–', '-']);
/** Titles that, inside a longer capitalised run, are more often part of another name. */
export const WEAK_INNER_TITLES = new Set(['general', 'gen', 'major', 'maj', 'chief', 'private', 'officer', 'chair', 'justice', 'father', 'sister', 'brother', 'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'dame', 'sir', 'marshal', 'cardinal', 'bishop', 'pope', 'director', 'speaker']);
/** Party and ideology words that stand before a name like a title ("Republican Walt Denning"). */
export const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'labour', 'labor', 'conservative', 'liberal', 'socialist', 'communist', 'independent', 'tory', 'green', 'nationalist']);
/** Lower-case words after a surname that show it is a person ("the Bush administration"). */
export const PERSON_AFTER = new Set(['administration', 'presidency', 'era', 'years', 'aides', 'aide', 'campaign', 'camp', 'doctrine', 'loyalists', 'supporters', 'allies', 'himself', 'herself']);
export const TEAM_BEFORE = new Set(['v', 'vs', 'beat', 'against', 'host', 'hosts', 'hosting', 'visit', 'visiting', 'champions', 'leaders', 'joined', 'defeated', 'bowled', 'dismissed']);
export const TEAM_AFTER = new Set(['beat', 'beats', 'drew', 'lost', 'defeated', 'routed', 'edged', 'thrashed', 'won', 'reached', 'scored', 'captain', 'coach', 'manager', 'striker', 'goalkeeper', 'midfielder', 'defender', 'player', 'players', 'v', 'vs', 'at']);
export const PLACE_NOUNS_AFTER = new Set(['province', 'provinces', 'county', 'prefecture', 'region', 'district', 'river', 'valley', 'island', 'islands', 'peninsula', 'municipality', 'oblast', 'township', 'village', 'town', 'city', 'provincial', 'municipal']);
/** AP-style US state abbreviations (key without periods) and the state they stand for. */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  'ala:alabama,ariz:arizona,ark:arkansas,calif:california,colo:colorado,conn:connecticut,del:delaware,fla:florida,ga:georgia,ill:illinois,ind:indiana,kan:kansas,kans:kansas,ky:kentucky,la:louisiana,md:maryland,mass:massachusetts,mich:michigan,minn:minnesota,miss:mississippi,mo:missouri,mont:montana,neb:nebraska,nev:nevada,nh:new hampshire,nj:new jersey,nm:new mexico,ny:new york,nc:north carolina,nd:north dakota,okla:oklahoma,ore:oregon,pa:pennsylvania,ri:rhode island,sc:south carolina,sd:south dakota,tenn:tennessee,tex:texas,vt:vermont,va:virginia,wash:washington,wva:west virginia,wis:wisconsin,wyo:wyoming,dc:district of columbia'
    .split(',')
    .map((pair) => pair.split(':') as [string, string]),
);
/** Streets and hills that stand for an industry or an institution in news ("Wall Street fell"). */
export const METONYMS = new Set(['wall street', 'capitol hill', 'madison avenue', 'fleet street', 'main street', 'downing street', 'foggy bottom', 'whitehall', 'quai d\'orsay']);
/** Lower-case words after a name that show it is a company or institution ("Pellworth shares"). */
export const ORG_AFTER = new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'spokesman', 'spokeswoman', 'spokesperson', 'subsidiary', 'unit', 'units', 'employees', 'executives', 'management', 'stake', 'bonds', 'debt', 'earnings', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'brand', 'brands', 'products', 'stores', 'plant', 'plants', 'merchandise', 'salesman', 'dealers', 'franchise', 'franchisees', 'securities', 'division', 'inc', 'corp', 'officials', 'shareholder', 'bid', 'offer', 'mines', 'issue', 'board', 'directors', 'workers', 'analysts', 'traders']);
/** Words before "of/for/at/in" + name that show a company ("shares of X", "analyst at X"). */
export const ORG_BEFORE = new Set(['shares', 'stake', 'unit', 'subsidiary', 'division', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'analysts', 'economist', 'strategist', 'trader', 'traders', 'acquisition', 'parent', 'owner', 'holder', 'holders', 'chief', 'executive', 'executives', 'chairman', 'shareholders', 'stockholders', 'employees', 'bid', 'takeover', 'stock', 'offer', 'purchase', 'sale', 'buyout', 'merger', 'investment', 'broker', 'brokers', 'vice', 'affiliate', 'president', 'founder', 'partner', 'partners', 'director', 'directors', 'managers', 'customers', 'clients', 'subsidiaries', 'members', 'control', 'shareholder', 'bonds', 'notes', 'stakes']);
/** The prepositions between ORG_BEFORE and a name ("shares of X", "analyst at X"). */
export const ORG_BEFORE_LINKS = new Set(['of', 'for', 'at', 'in', 'with', 'by']);
/** Place head words that are also common surnames ("Nora Fields", "Anita Hill"). */
export const SURNAME_HEADS = new Set(['lane', 'fields', 'field', 'hill', 'hills', 'park', 'wall', 'banks', 'ford', 'rivers', 'lake', 'bridge', 'bridges', 'street', 'waters', 'woods', 'wood', 'heights', 'gates', 'towers', 'moore', 'marsh']);
/** Verbs after "X said it …" that a company does, unlike an impersonal "it" ("said it was"). */
export const ORG_IT_VERBS = new Set(['plans', 'planned', 'intends', 'intended', 'expects', 'expected', 'agreed', 'reached', 'completed', 'acquired', 'filed', 'posted', 'earned', 'sold', 'bought', 'signed', 'received', 'hopes', 'purchased', 'redeemed', 'issued', 'owns', 'holds', 'operates', 'employs', 'sells']);
/** Head nouns of an apposition that makes a name a company ("X, a trading company", "X, the
 * country's biggest bank"). */
export const COMPANY_NOUNS = new Set(['company', 'companies', 'firm', 'group', 'maker', 'manufacturer', 'bank', 'concern', 'retailer', 'chain', 'producer', 'conglomerate', 'insurer', 'airline', 'carrier', 'brokerage', 'publisher', 'distributor', 'supplier', 'developer', 'operator', 'utility', 'subsidiary', 'automaker', 'carmaker', 'steelmaker', 'refiner', 'exporter', 'importer', 'lender', 'bottler', 'shipper', 'wholesaler']);
/** Market verbs that, followed by a figure, show a listed company ("Brantwell lost 12%"). */
export const STOCK_VERBS = new Set(['rose', 'fell', 'gained', 'lost', 'jumped', 'slipped', 'dropped', 'climbed', 'declined', 'added', 'eased', 'advanced', 'slid', 'tumbled', 'surged', 'plunged', 'edged', 'finished', 'closed']);
/** Months that are also first names ("August Lindqvist"), when a name follows. */
export const MONTH_NAMES = new Set(['april', 'june', 'august']);
export const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'mark', 'marks', 'franc', 'francs', 'yuan', 'yen', 'pound', 'pounds', 'peso', 'pesos', 'rupee', 'rupees', 'euro', 'euros', 'ruble', 'rubles', 'rouble', 'roubles', 'lira', 'lire', 'won', 'krona', 'kronor', 'krone', 'kroner', 'rand', 'shekel', 'shekels', 'dinar', 'dinars', 'riyal', 'riyals', 'ringgit', 'baht', 'rupiah', 'guilders', 'guilder', 'schillings', 'escudos', 'pesetas', 'drachmas', 'cents']);
export const NUMBER_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'of', 'in', 'one', 'a']);
/** Words of sports reporting; three of them in a paragraph make it a sports report. */
export const SPORTS_WORDS = new Set(['innings', 'wickets', 'wicket', 'overs', 'batting', 'bowling', 'goal', 'goals', 'striker', 'midfielder', 'goalkeeper', 'championship', 'league', 'cup', 'tournament', 'seeded', 'qualifier', 'semifinal', 'semi-final', 'quarter-final', 'quarterfinal', 'final', 'standings', 'halftime', 'inning', 'innings', 'homer', 'homers', 'pitcher', 'rbi', 'touchdown', 'playoff', 'playoffs', 'match', 'matches', 'scored', 'scorers', 'penalty', 'draw', 'drew', 'beat', 'defeated', 'coach', 'captain', 'season', 'points', 'rugby', 'soccer', 'cricket', 'baseball', 'tennis', 'golf', 'hockey', 'basketball', 'football', 'racing', 'cycling', 'athletics']);
/** Lengths of the sports words by first and last letter, so that most words need no set lookup. */
const SPORTS_SHAPES = (() => {
  const shapes = new Uint16Array(32 * 32);
  for (const w of SPORTS_WORDS) shapes[(w.charCodeAt(0) & 31) * 32 + (w.charCodeAt(w.length - 1) & 31)] |= 1 << w.length;
  return shapes;
})();

/** False only for a word that cannot be a sports word (an ASCII word of another shape). */
export function maybeSportsWord(key: string): boolean {
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  if (first < 97 || first > 122 || last < 97 || last > 122) return true;
  return (SPORTS_SHAPES[(first & 31) * 32 + (last & 31)] & (1 << key.length)) !== 0;
}

/** Verbs that end a role phrase read backwards from a name. */
export const ROLE_STOP_VERBS = new Set(['met', 'meets', 'meet', 'saw', 'sees', 'see', 'called', 'calls', 'told', 'tells', 'asked', 'asks', 'thanked', 'praised', 'urged', 'named', 'appointed', 'replaced', 'joined', 'hired', 'fired', 'elected', 'defeated', 'beat', 'beats', 'hosts', 'hosted', 'visited', 'visits', 'succeeded', 'succeeds', 'became', 'becomes', 'like', 'with', 'by', 'for', 'against', 'to', 'from', 'and', 'or', 'but']);
export const MAX_RUN = 12;
export const PLACE_PREFIXES = new Set(['river', 'mount', 'mt', 'lake', 'cape', 'gulf', 'isle', 'fort', 'ft', 'port', 'lac', 'rio', 'sierra', 'monte', 'bay', 'sea', 'strait']);
