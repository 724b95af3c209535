// Closed-class English words the entity recogniser reasons with: honorifics, titles, cue words of
// organizations and places, and function words that are capitalised only because they start a
// sentence. General English, not names. All keys are lower case without periods.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s*\|\s*/));

/** Honorifics with the gender they state. */
export const HONORIFICS: ReadonlyMap<string, 'female' | 'male' | undefined> = new Map([
  ['mr', 'male'], ['messrs', 'male'], ['sir', 'male'], ['lord', 'male'], ['monsieur', 'male'], ['herr', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mme', 'female'], ['mlle', 'female'],
  ['madame', 'female'], ['lady', 'female'], ['dame', 'female'], ['frau', 'female'],
  ['dr', undefined], ['prof', undefined],
]);

/** Titles that stand before a name ("Foreign Minister Sergey V. Lavrov"). Longest match wins. */
export const TITLES = words(`
  president|vice president|president-elect|prime minister|deputy prime minister|premier|chancellor|
  secretary|secretary of state|secretary of defense|secretary of the treasury|secretary-general|
  secretary general|under secretary|undersecretary|deputy secretary|assistant secretary|
  attorney general|surgeon general|solicitor general|postmaster general|inspector general|
  foreign minister|defense minister|defence minister|finance minister|interior minister|
  minister|deputy minister|foreign secretary|home secretary|defense secretary|
  defence secretary|treasury secretary|state secretary|energy secretary|commerce secretary|
  health secretary|labor secretary|press secretary|chief of staff|national security adviser|
  senator|sen|sens|senators|representative|rep|reps|congressman|congresswoman|assemblyman|assemblywoman|councilman|
  councilwoman|governor|gov|lieutenant governor|lt gov|mayor|deputy mayor|speaker|
  ambassador|envoy|consul|commissioner|chairman|chairwoman|chair|vice chairman|chief executive|
  director|general|gen|lt gen|lieutenant general|major general|maj gen|brigadier general|
  brig gen|admiral|adm|vice admiral|rear admiral|colonel|col|lt col|lieutenant colonel|major|maj|
  captain|capt|lieutenant|lt|sergeant|sgt|corporal|cpl|private|pvt|commander|cmdr|marshal|
  field marshal|officer|detective|inspector|constable|chief|sheriff|
  judge|justice|chief justice|magistrate|prosecutor|attorney|district attorney|city attorney|
  county attorney|state attorney|us attorney|special counsel|counsel|spokesman|spokeswoman|
  king|queen|prince|princess|crown prince|emperor|empress|sultan|emir|sheikh|shah|duke|duchess|
  pope|cardinal|archbishop|bishop|rev|reverend|father|sister|brother|rabbi|imam|ayatollah|pastor|
  coach|manager|striker|midfielder|defender|goalkeeper|skipper|whip|majority whip|minority whip|
  majority leader|minority leader|composer|conductor|owner|publisher|editor|author|novelist|
  professors|representatives|ministers|generals|judges|
  dr|prof|professor|mr|mrs|ms|miss|messrs|mme|mlle|sir|dame|lord|lady|madame|monsieur|herr|frau|
  major-general|lieutenant-general|brigadier-general|lieutenant-colonel|vice-president|
  vice-chairman|vice-admiral|rear-admiral|sergeant-major|field-marshal|vice-premier|
  deputy-director|director-general
`);

/** Lower-case nouns that, right before a capitalised name, mark it as a person ("press secretary Jen Psaki"). */
export const PERSON_NOUNS = words(`
  secretary|minister|president|spokesman|spokeswoman|spokesperson|chairman|chairwoman|director|
  leader|official|officials|adviser|advisor|aide|ambassador|envoy|diplomat|senator|governor|mayor|
  lawmaker|legislator|congressman|congresswoman|candidate|nominee|judge|lawyer|attorney|prosecutor|
  analyst|economist|strategist|researcher|scientist|professor|historian|author|writer|novelist|
  journalist|reporter|correspondent|editor|columnist|commentator|photographer|
  actor|actress|singer|musician|artist|producer|composer|
  coach|manager|captain|striker|midfielder|defender|goalkeeper|keeper|batsman|bowler|pitcher|
  player|champion|seed|rider|driver|runner|sprinter|golfer|boxer|skipper|forward|winger|
  chief|executive|founder|owner|partner|investor|banker|trader|
  father|mother|son|daughter|brother|sister|wife|husband|widow|uncle|aunt|cousin|
  colleague|friend|king|queen|prince|princess|general|colonel|commander|officer|sergeant|
  premier|chancellor|dictator|rebel|activist|dissident|opponent|rival|challenger|incumbent|
  deputy|counterpart|successor|predecessor|vice|mr|ms|mrs|broker|fullback|quarterback|
  catcher|shortstop|outfielder|centre|center|wing|lock|prop|hooker|scrum-half|fly-half|
  commissioner|representative|delegate|member|head|farmer|herdsman|student|teacher|doctor|
  worker|resident|villager|intern|veteran|athlete|secretary-general
`);

const ROLE_PREFIXES = ['vice-', 'deputy-', 'co-', 'ex-', 'acting-', 'assistant-'];

/** A person noun, also with a prefix ("vice-governor", "deputy-director", "co-founder"). */
export function isPersonNoun(key: string): boolean {
  if (PERSON_NOUNS.has(key)) return true;
  for (const p of ROLE_PREFIXES) if (key.startsWith(p) && PERSON_NOUNS.has(key.slice(p.length))) return true;
  return false;
}

/** Words that, ending a capitalised sequence, make it an organization. */
export const ORG_HEADS = words(`
  ministry|department|agence|presse|banco|banque|dept|council|committee|commission|agency|authority|administration|bureau|
  office|board|service|services|bank|bancorp|fund|reserve|exchange|party|front|movement|alliance|
  coalition|union|federation|confederation|association|assn|league|organization|organisation|
  institute|institution|foundation|trust|society|academy|university|univ|college|school|
  inc|corp|corporation|co|cos|company|ltd|bhd|cie|plc|llc|lp|ag|sa|nv|gmbh|group|holdings|industries|
  systems|technologies|technology|communications|networks|partners|capital|securities|
  investments|enterprises|international|motors|airlines|airways|energy|petroleum|oil|
  pharmaceuticals|telecom|media|entertainment|studios|records|press|times|post|journal|news|
  herald|tribune|gazette|telegraph|guardian|review|magazine|radio|television|tv|network|
  channel|army|navy|corps|guard|brigade|brigades|command|forces|police|court|tribunal|
  congress|parliament|senate|assembly|cabinet|government|legislature|duma|knesset|
  church|club|fc|team|clinic|hospital|laboratory|laboratories|lab|labs|center|centre|
  bros|brothers|associates|stores|foods|products|motor|steel|mining|
  chemical|chemicals|electric|electronics|insurance|financial|bancshares|
  airline|railway|railways|railroad|cooperative|syndicate|consortium|
  republicans|democrats|taliban|caucus|house|
  treasury|pentagon|kremlin|fed|exchequer|politburo|junta|secretariat|presidium|bundestag|bundesbank|
  majlis|sejm|riksdag|storting|folketing|dail|seanad|
  advertising|cellar|cellars|mines|craftsmen|publishing|publishers|consulting|ventures|resources|
  properties|realty|trading|shipping|construction|engineering|software|computers|computer|
  semiconductor|pharmaceutical|beverages|brewing|brewery|breweries|distillers|vineyards|vineyard|
  winery|wineries|farms|mills|textiles|apparel|fashions|cosmetics|toys|pictures|films|productions|
  broadcasting|publications|magazines|newspapers|books|solutions|logistics|transport|aviation|
  aerospace|defense|marine|plastics|metals|paper|packaging|glass|power|utilities|gas|telephone|
  wireless|cable|savings|loan|mortgage|credit|finance|leasing|trustco|fidelity|mutual|
  assurance|reinsurance|underwriters|funds|equities|advisers|advisors|management|research|
  hotels|resorts|casinos|restaurants|airport|lines|express|mail|
  observer|chronicle|courier|bulletin|monitor|inquirer|examiner|digest|weekly|daily|
  orchestra|philharmonic|symphony|choir|band|ensemble|theater|theatre|ballet|opera|
  commerce|industry|agriculture|labor|labour|justice|education|health|transportation|housing|
  force|taskforce|societies|embassy|consulate|newsroom|
  banque|banco|banca|societe|compagnie|cie|groupe|grupo|financiere|caisse|compania|empresa|assicurazioni
`);

/** Heads after which " of " stays inside one name ("Bank of England", "Gulf of Mexico"). */
export const OF_HEADS = words(`
  bank|university|ministry|department|council|committee|commission|institute|academy|college|
  school|museum|church|court|board|office|bureau|federation|association|league|union|party|
  chamber|house|society|foundation|order|organization|organisation|government|republic|kingdom|
  state|states|emirates|islands|isle|isles|gulf|bay|sea|strait|straits|cape|lake|mount|city|
  province|district|county|port|cathedral|palace|tower|statue|library|hall|secretary|
  minister|president|director|chairman|governor|mayor|duke|prince|princess|king|queen|
  democratic republic|people's republic|federated states|united states|united kingdom|
  sultanate|principality|commonwealth|gate|isthmus
`);

/** Words that, ending a capitalised sequence, make it a place (including facilities). */
export const PLACE_HEADS = words(`
  street|st|road|rd|avenue|ave|boulevard|blvd|lane|square|plaza|park|bridge|tunnel|highway|
  freeway|expressway|airport|stadium|arena|station|port|harbor|harbour|canal|river|lake|lakes|
  sea|ocean|gulf|bay|strait|straits|channel|coast|peninsula|island|islands|isle|isles|mountain|
  mountains|mount|mt|hills|hill|heights|valley|desert|plain|plains|plateau|forest|falls|beach|
  county|province|prefecture|district|region|territory|territories|state|oblast|canton|
  township|borough|parish|village|town|city|basin|delta|glacier|reef|
  cape|pass|range|steppe|jungle|gorge|canyon|volcano|oasis|ridge|downs|palace|
  cathedral|temple|mosque|tower|wall|gate|mall|zone|strip|bank|quarter|corridor|crossing|border|field|fields|cay|keys|atoll|archipelago
`);

/** Direction words that combine with a place into a place ("Eastern Ukraine", "South Korea"). */
export const DIRECTIONS = words(`
  north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|
  southwest|northeastern|northwestern|southeastern|southwestern|upper|lower|greater|metropolitan|metro|downtown|suburban|rural|coastal|
  mid|middle|far|near|inner|outer
`);

/** Regions named by a bare direction ("the West", "the Middle East"). */
export const DIRECTIONAL_REGIONS = words(`
  west|east|middle east|near east|far east|mideast|north|south|northeast|northwest|southeast|southwest|
  east bloc|eastern bloc|soviet bloc|west coast|east coast|gulf coast|balkans|caucasus|gulf|
  persian gulf|arctic|antarctic|sahara|sahel|baltics|levant|maghreb|scandinavia|siberia|
  west bank|gaza strip|gaza|kashmir|tibet|crimea|donbas|donbass|kurdistan|darfur|chechnya|
  soviet union|ussr|yugoslavia|czechoslovakia|east germany|west germany|hong kong|macau|taiwan|
  kosovo|palestine|england|scotland|wales|northern ireland|britain|great britain|
  latin america|south america|north america|central america|southeast asia|east asia|
  central asia|south asia|western europe|eastern europe|central europe|sub-saharan africa|
  north africa|west africa|east africa|southern africa|pacific|atlantic|mediterranean|
  silicon valley|golan heights|korean peninsula|midwest|mid-west|great plains|
  rust belt|sun belt|corn belt|bible belt|pacific northwest|deep south|new england|south pacific|
  caribbean|baltic|andes|alps|himalayas|urals
`);

/** Capitalised words that are never (the first word of) a name: function words, pronouns, etc. */
export const NEVER_NAME = words(`
  the|a|an|and|or|but|nor|so|yet|for|of|in|on|at|to|from|by|with|without|about|above|after|
  against|along|among|around|as|before|behind|below|beneath|beside|besides|between|beyond|
  despite|during|except|inside|into|like|near|off|onto|outside|over|past|since|than|through|
  throughout|till|toward|towards|under|underneath|unlike|until|up|upon|via|within|
  i|me|my|mine|we|us|our|ours|you|your|yours|he|him|his|she|her|hers|it|its|they|them|their|
  theirs|this|that|these|those|there|here|who|whom|whose|which|what|when|where|why|how|
  whether|if|then|else|because|although|though|while|whereas|unless|once|also|too|very|
  not|no|yes|all|any|both|each|every|either|neither|few|many|much|more|most|other|another|
  some|such|only|own|same|just|even|still|already|again|ever|never|always|often|sometimes|
  is|are|was|were|be|been|being|am|do|does|did|have|has|had|will|would|shall|should|can|could|
  may|might|must|let|let's|it's|i'm|we're|they're|you're|he's|she's|that's|there's|what's|
  don't|doesn't|didn't|won't|can't|isn't|aren't|wasn't|weren't|
  monday|tuesday|wednesday|thursday|friday|saturday|sunday|
  january|february|march|april|june|july|august|september|october|november|december|
  jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|
  mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|
  today|tomorrow|yesterday|tonight|now|however|meanwhile|moreover|furthermore|therefore|
  thus|hence|instead|indeed|perhaps|maybe|please|thanks|oh|well|ok|okay|
  one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|
  says|said|according|ago|per|etc|pm|re|vs
`);

/** Nouns that name sports, events, documents or products rather than people ("World Cup"). */
export const MISC_WORDS = words(`
  cup|championship|championships|open|games|olympics|olympic|series|tournament|trophy|prize|classic|invitational|
  award|awards|festival|war|crisis|revolution|act|bill|treaty|accord|agreement|convention|hurricane|typhoon|cyclone|
  plan|index|average|day|week|month|year|era|age|dynasty|empire|
  stock|market|markets|bond|bonds|receipts|shares|notes|dollar|dollars|euro|euros|yen|pound|
  internet|web|online|email|ceo|cfo|gdp|tv|am|pm|ad|bc|
  report|survey|study|program|programme|project|initiative|summit|conference|talks|
  election|elections|primary|referendum|budget|constitution|charter|
  god|lord|allah|christ|jesus|bible|koran|quran|islam|christianity|
  english|french|german|spanish|italian|russian|chinese|japanese|arabic|latin|
  catholic|protestant|muslim|muslims|jewish|christian|christians|sunni|shiite|shia|hindu|
  democrat|democrats|republican|republicans|communist|communists|socialist|socialists|
  conservative|conservatives|liberal|liberals|labour|tory|tories
`);

/** Speech verbs that make an adjacent unknown capitalised name likely a person ("Brankstone said"). */
export const SPEECH_VERBS = words(`
  said|says|say|told|tells|added|adds|asked|asks|noted|notes|stated|states|declared|declares|
  explained|explains|insisted|insists|argued|argues|warned|warns|wrote|writes|replied|replies|
  acknowledged|admitted|announced|commented|confirmed|denied|recalled|remarked|reported|
  stressed|suggested|urged|conceded|contended|countered|testified|tweeted|predicted|believed|
  believes|thinks|hoped|hopes|emphasized|emphasised|pointed|indicated|expressed|revealed|
  disclosed|estimated|maintained|claimed|complained|wondered|asserted|recalls|concluded
`);

/** Nationality and group adjectives that the generated demonym list lacks (general English). */
export const EXTRA_DEMONYMS = words(`
  argentinian|azerbaijani|bahraini|british|burmese|cypriot|danish|english|eritrean|finnish|irish|
  kosovar|kyrgyz|malian|maltese|moldovan|montenegrin|mozambican|nepalese|polish|salvadoran|
  slovenian|somali|spanish|swedish|tajik|tanzanian|tibetan|turkish|uruguayan|uzbek|yemeni|arab|
  kurdish|basque|catalan|flemish|soviet|yugoslav|latin|
  chechen|serb|bosniak|pashtun|tamil|sikh|hindu|muslim|moslem|jewish|
  sunni|shiite|shia|alawite|druze|maronite|coptic|orthodox|catholic|protestant|buddhist|
  hispanic|caribbean|scandinavian|nordic|baltic|balkan|slav|slavic|
  anglo|gallic|teutonic|iberian|persian|ottoman|byzantine|roman|celtic|gaelic|scots|
  walloon|bavarian|prussian|sicilian|corsican|sardinian|tuscan|neapolitan|
  floridian|new yorker|londoner|parisian|muscovite|berliner|quebecois
`);
